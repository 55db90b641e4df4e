// The typed commands that story tags and cutscene steps turn into. Presenters execute them;
// the scene state records them.

export type Command =
  | { readonly kind: 'sfx'; readonly cue: string }
  | { readonly kind: 'music'; readonly cue: string | null }
  | { readonly kind: 'ambience'; readonly cue: string | null }
  | { readonly kind: 'light'; readonly light: string; readonly on: boolean }
  | { readonly kind: 'mood'; readonly mood: string }
  | { readonly kind: 'prop'; readonly prop: string; readonly state: string }
  | { readonly kind: 'actor'; readonly actor: string; readonly pose: string }
  /** A figure acts (levels/figures.json); `pose` is the story pose it ends in when it changes one. */
  | { readonly kind: 'act'; readonly actor: string; readonly action: string; readonly pose: string | null }
  | { readonly kind: 'shot'; readonly shot: string }
  | { readonly kind: 'cut'; readonly cutscene: string }
  | { readonly kind: 'beat'; readonly beat: string }
  | { readonly kind: 'object'; readonly prop: string };

export type CommandKind = Command['kind'];

/** The ids a tag may name; built from the scene, the cue registry and the cutscene files. */
export interface ContentIndex {
  readonly cues: ReadonlyMap<string, { readonly bus: 'music' | 'ambience' | 'sfx' }>;
  readonly lights: ReadonlySet<string>;
  readonly moods: ReadonlySet<string>;
  readonly props: ReadonlyMap<string, ReadonlySet<string>>;
  readonly actors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each figure's actions, with the story pose each ends in (null: it keeps the one it had). */
  readonly actions: ReadonlyMap<string, ReadonlyMap<string, string | null>>;
  readonly shots: ReadonlySet<string>;
  readonly cutscenes: ReadonlySet<string>;
}
