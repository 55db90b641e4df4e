// A line of the story as it is said: its id (its key in the string tables), who says it
// (null: narration) and its English text. Story lines, cutscene lines and the history all
// carry the same thing, so any of them can be shown again in another language.
export interface Line {
  readonly id: string | null;
  readonly speaker: string | null;
  readonly text: string;
}
