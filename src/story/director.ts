// The director: the game's mode state machine. It pulls the story forward on the player's
// intents, applies each command to the scene state and tells the presenters what changed.
// It decides; it never draws, plays or touches the DOM.
import { applyCommand, initialSceneState, setBlack, type SceneState } from '../scene/state';
import type { SceneDef } from '../scene/schema';
import type { Command } from './commands';
import type { InkStory, StoryChoice, StoryLine } from './inkStory';

export type Mode = 'title' | 'explore' | 'dialogue' | 'cutscene' | 'paused' | 'ended';

export interface Snapshot {
  readonly ink: string;
  readonly scene: SceneState;
  readonly beat: string;
}

export type DirectorEvent =
  | { readonly type: 'mode'; readonly mode: Mode }
  | { readonly type: 'line'; readonly speaker: string | null; readonly text: string; readonly seen: boolean }
  | { readonly type: 'choices'; readonly choices: readonly StoryChoice[] }
  | { readonly type: 'objects'; readonly props: readonly string[] }
  | { readonly type: 'command'; readonly command: Command }
  | { readonly type: 'cutscene'; readonly id: string }
  | { readonly type: 'restore'; readonly scene: SceneState }
  | { readonly type: 'autosave'; readonly snapshot: Snapshot; readonly atBeat: boolean };

export type Emit = (event: DirectorEvent) => void;

export class Director {
  private modeNow: Mode = 'title';
  private modeBeforePause: Mode = 'title';
  private sceneState: SceneState;
  private beat = 'start';
  private objectChoices = new Map<string, number>();
  private dialogueChoices: readonly StoryChoice[] = [];
  private lineWaiting: StoryLine | null = null;
  private lastBeat: Snapshot | null = null;

  constructor(
    private readonly story: InkStory,
    private readonly scene: SceneDef,
    private readonly emit: Emit,
    private readonly seenLines: Set<string> = new Set(),
  ) {
    this.sceneState = initialSceneState(scene);
  }

  get mode(): Mode {
    return this.modeNow;
  }

  get state(): SceneState {
    return this.sceneState;
  }

  get currentBeat(): string {
    return this.beat;
  }

  get availableObjects(): readonly string[] {
    return [...this.objectChoices.keys()];
  }

  get lastBeatSnapshot(): Snapshot | null {
    return this.lastBeat;
  }

  /** Starts the story from its beginning (the story must be fresh). */
  begin(): void {
    this.sceneState = initialSceneState(this.scene);
    this.emit({ type: 'restore', scene: this.sceneState });
    this.run();
  }

  /** Resumes from a snapshot taken by autosave. */
  resume(snapshot: Snapshot): void {
    this.story.loadState(snapshot.ink);
    this.sceneState = snapshot.scene;
    this.beat = snapshot.beat;
    this.lastBeat = snapshot;
    this.emit({ type: 'restore', scene: this.sceneState });
    this.run();
  }

  /** The player asks for the next line. */
  advance(): void {
    if (this.modeNow === 'dialogue' && this.dialogueChoices.length === 0) this.run();
  }

  /** The player picks a dialogue choice by its position in the list shown. */
  choose(position: number): void {
    const choice = this.dialogueChoices[position];
    if (this.modeNow !== 'dialogue' || !choice) return;
    this.story.choose(choice.index);
    this.run();
  }

  /** The player uses a prop; false when it is not usable now. */
  useObject(prop: string): boolean {
    const index = this.objectChoices.get(prop);
    if (index === undefined || (this.modeNow !== 'explore' && this.modeNow !== 'dialogue')) return false;
    if (this.modeNow === 'dialogue' && this.dialogueChoices.length === 0) return false;
    this.story.choose(index);
    this.run();
    return true;
  }

  /** A cutscene step changed the scene; it is recorded like a story command. */
  applyFromCutscene(command: Command): void {
    this.apply(command);
  }

  /** A cutscene faded to or from black; saves and skips must know the screen is dark. */
  fadeFromCutscene(black: boolean): void {
    this.sceneState = setBlack(this.sceneState, black);
  }

  /** The running cutscene has ended (watched or skipped). */
  cutsceneDone(): void {
    if (this.modeNow !== 'cutscene') return;
    const waiting = this.lineWaiting;
    this.lineWaiting = null;
    if (waiting && waiting.text.length > 0) this.showLine(waiting);
    else this.run();
  }

  pause(): void {
    if (this.modeNow === 'paused' || this.modeNow === 'title' || this.modeNow === 'ended') return;
    this.modeBeforePause = this.modeNow;
    this.setMode('paused');
  }

  unpause(): void {
    if (this.modeNow === 'paused') this.setMode(this.modeBeforePause);
  }

  snapshot(): Snapshot {
    return { ink: this.story.saveState(), scene: this.sceneState, beat: this.beat };
  }

  private run(): void {
    for (;;) {
      const inkBefore = this.story.saveState();
      const stateBefore = this.sceneState;
      const step = this.story.next();
      if (step.type === 'end') {
        this.clearChoices();
        this.setMode('ended');
        return;
      }
      if (step.type === 'choices') {
        this.offerChoices(step.choices);
        return;
      }
      const line = step.line;
      const beat = line.commands.find((c) => c.kind === 'beat');
      if (beat?.kind === 'beat') {
        this.beat = beat.beat;
        this.lastBeat = { ink: inkBefore, scene: stateBefore, beat: beat.beat };
        this.emit({ type: 'autosave', snapshot: this.lastBeat, atBeat: true });
      }
      const cut = line.commands.find((c) => c.kind === 'cut');
      for (const command of line.commands) if (command.kind !== 'cut') this.apply(command);
      if (cut?.kind === 'cut') {
        this.clearChoices();
        this.lineWaiting = line;
        this.setMode('cutscene');
        this.emit({ type: 'cutscene', id: cut.cutscene });
        return;
      }
      if (line.text.length > 0) {
        this.showLine(line);
        return;
      }
    }
  }

  private showLine(line: StoryLine): void {
    this.clearChoices();
    const key = `${line.speaker ?? ''}|${line.text}`;
    const seen = this.seenLines.has(key);
    this.seenLines.add(key);
    this.setMode('dialogue');
    this.emit({ type: 'line', speaker: line.speaker, text: line.text, seen });
  }

  private offerChoices(choices: readonly StoryChoice[]): void {
    this.objectChoices = new Map(choices.filter((c) => c.object !== null).map((c) => [c.object ?? '', c.index]));
    this.dialogueChoices = choices.filter((c) => c.object === null);
    this.emit({ type: 'objects', props: this.availableObjects });
    this.emit({ type: 'choices', choices: this.dialogueChoices });
    this.setMode(this.dialogueChoices.length > 0 ? 'dialogue' : 'explore');
    this.emit({ type: 'autosave', snapshot: this.snapshot(), atBeat: false });
  }

  private clearChoices(): void {
    if (this.objectChoices.size > 0) this.emit({ type: 'objects', props: [] });
    if (this.dialogueChoices.length > 0) this.emit({ type: 'choices', choices: [] });
    this.objectChoices = new Map();
    this.dialogueChoices = [];
  }

  private apply(command: Command): void {
    this.sceneState = applyCommand(this.sceneState, command);
    this.emit({ type: 'command', command });
  }

  private setMode(mode: Mode): void {
    if (this.modeNow === mode) return;
    this.modeNow = mode;
    this.emit({ type: 'mode', mode });
  }
}
