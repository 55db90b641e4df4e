// A thin wrapper over the inkjs runtime: one call gives the next thing the story says, with
// its tags already parsed into commands and its speaker split from its text.
import { Story } from 'inkjs';
import type { Command, ContentIndex } from './commands';
import type { Line } from './line';
import { parseTag } from './tags';

/** A line of the story with the commands its tags stand for. */
export interface StoryLine extends Line {
  readonly commands: readonly Command[];
}

export interface StoryChoice {
  readonly index: number;
  readonly id: string | null;
  readonly text: string;
  /** The prop this choice is the hotspot of, when it is an object interaction. */
  readonly object: string | null;
}

export type StoryStep =
  | { readonly type: 'line'; readonly line: StoryLine }
  | { readonly type: 'choices'; readonly choices: readonly StoryChoice[] }
  | { readonly type: 'end' };

export class InkStory {
  private readonly story: Story;

  constructor(
    compiledJson: string,
    private readonly index: ContentIndex,
    private readonly speakers: readonly string[],
  ) {
    this.story = new Story(compiledJson);
    this.story.onError = (message) => {
      throw new Error(`ink: ${message}`);
    };
  }

  next(): StoryStep {
    if (this.story.canContinue) {
      const raw = this.story.Continue() ?? '';
      const { id, tags } = splitId(this.story.currentTags ?? []);
      const commands = tags.map((tag) => parseTag(tag, this.index));
      return { type: 'line', line: { id, ...this.splitSpeaker(raw.trim()), commands } };
    }
    const choices = this.story.currentChoices;
    if (choices.length === 0) return { type: 'end' };
    return {
      type: 'choices',
      choices: choices.map((choice) => {
        const { id, tags } = splitId(choice.tags ?? []);
        const object = tags.map((tag) => parseTag(tag, this.index)).find((c) => c.kind === 'object');
        return { index: choice.index, id, text: choice.text, object: object?.kind === 'object' ? object.prop : null };
      }),
    };
  }

  choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  saveState(): string {
    return this.story.state.toJson();
  }

  loadState(json: string): void {
    this.story.state.LoadJson(json);
  }

  private splitSpeaker(text: string): { speaker: string | null; text: string } {
    const colon = text.indexOf(':');
    if (colon > 0) {
      const name = text.slice(0, colon).trim();
      if (this.speakers.includes(name)) return { speaker: name, text: text.slice(colon + 1).trim() };
    }
    return { speaker: null, text };
  }
}

/** A line's tags without its `id:` tag, and that id: the id names the line, it does nothing. */
export function splitId(tags: readonly string[]): { id: string | null; tags: string[] } {
  let id: string | null = null;
  const rest: string[] = [];
  for (const tag of tags) {
    const match = /^\s*id:\s*(\S+)\s*$/.exec(tag);
    if (match?.[1] !== undefined) id = match[1];
    else rest.push(tag);
  }
  return { id, tags: rest };
}
