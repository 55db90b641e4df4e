// The director: the game's mode state machine. It pulls the story forward on the player's
// intents, runs the cutscenes the story calls for (on the clock it is given), applies every
// command — from a story tag or a cutscene step — to the scene state, and tells the
// presenters what changed. It decides; it never draws, plays or touches the DOM.
import { CutsceneInterpreter } from '../cutscene/interpreter';
import type { CutscenePresenter } from '../cutscene/presenter';
import type { Cutscene } from '../cutscene/schema';
import { applyCommand, initialSceneState, setBlack, type SceneState } from '../scene/state';
import type { LevelDef } from '../level/schema';
import type { Command } from './commands';
import type { InkStory, StoryChoice, StoryLine } from './inkStory';
import type { Line } from './line';
import { trackCutscene, type CutsceneWatch } from './cutsceneWatch';

export type Mode = 'title' | 'explore' | 'dialogue' | 'cutscene' | 'paused' | 'ended';

/** How long a story tag's change takes on screen (a cutscene step says its own). */
export const STORY_BLEND_MS = 900;

export interface Snapshot {
  readonly ink: string;
  readonly scene: SceneState;
  readonly beat: string;
}

export type DirectorEvent =
  | { readonly type: 'mode'; readonly mode: Mode }
  /** A line to show; `seen` when it was read in an earlier playthrough. */
  | { readonly type: 'line'; readonly line: Line; readonly seen: boolean }
  | { readonly type: 'choices'; readonly choices: readonly StoryChoice[] }
  /** The player picked a dialogue choice (the history records it). */
  | { readonly type: 'chosen'; readonly choice: StoryChoice }
  | { readonly type: 'objects'; readonly props: readonly string[] }
  /** A command to show, its change blending over `blend` ms of game time (0 = a cut). */
  | { readonly type: 'command'; readonly command: Command; readonly blend: number }
  | { readonly type: 'cutscene'; readonly id: string }
  /** The whole scene at once (a new story, a loaded save), and the beat it is in. */
  | { readonly type: 'restore'; readonly scene: SceneState; readonly beat: string | null }
  | { readonly type: 'autosave'; readonly snapshot: Snapshot; readonly atBeat: boolean };

export type Emit = (event: DirectorEvent) => void;

export interface DirectorOptions {
  /** Every cutscene the story may call, by id. */
  readonly cutscenes: ReadonlyMap<string, Cutscene>;
  /** Shows a running cutscene's lines, cards, hold prompt and credits. */
  readonly cutscenePresenter: CutscenePresenter;
  /** Lines read in any playthrough, for "skip seen lines"; the director adds to it. */
  readonly seenLines?: Set<string>;
  readonly reducedMotion?: () => boolean;
  /** How long a cutscene line stays up in the player's language. */
  readonly lineMs?: (line: Line, ms: number) => number;
}

export class Director {
  private modeNow: Mode = 'title';
  private modeBeforePause: Mode = 'title';
  private sceneState: SceneState;
  private beat = 'start';
  private objectChoices = new Map<string, number>();
  private dialogueChoices: readonly StoryChoice[] = [];
  private lineWaiting: StoryLine | null = null;
  private lastBeat: Snapshot | null = null;
  private run: CutsceneInterpreter | null = null;
  private watch: CutsceneWatch | null = null;
  private readonly seenLines: Set<string>;

  constructor(
    private readonly story: InkStory,
    private readonly scene: LevelDef,
    private readonly emit: Emit,
    private readonly options: DirectorOptions,
  ) {
    this.sceneState = initialSceneState(scene);
    this.seenLines = options.seenLines ?? new Set();
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

  get dialogueChoiceCount(): number {
    return this.dialogueChoices.length;
  }

  get lastBeatSnapshot(): Snapshot | null {
    return this.lastBeat;
  }

  /** The running cutscene waits on the player's hold (the lean). */
  get awaitingHold(): boolean {
    return this.watch?.holdShowing ?? false;
  }

  /** The end credits are rolling. */
  get creditsRolling(): boolean {
    return this.watch?.creditsRolling ?? false;
  }

  /** Starts the story from its beginning (the story must be fresh). */
  begin(): void {
    this.sceneState = initialSceneState(this.scene);
    this.emit({ type: 'restore', scene: this.sceneState, beat: null });
    this.next();
  }

  /** Resumes from a snapshot taken by autosave. */
  resume(snapshot: Snapshot): void {
    this.run = null;
    this.watch = null;
    this.story.loadState(snapshot.ink);
    this.sceneState = snapshot.scene;
    this.beat = snapshot.beat;
    this.lastBeat = snapshot;
    this.modeNow = 'title';
    // The beat's own tag ran before the save was taken: say it again with the scene.
    this.emit({ type: 'restore', scene: this.sceneState, beat: this.beat });
    this.next();
  }

  /** The player asks for the next line. */
  advance(): void {
    if (this.modeNow === 'dialogue' && this.dialogueChoices.length === 0) this.next();
  }

  /** The player picks a dialogue choice by its position in the list shown. */
  choose(position: number): void {
    const choice = this.dialogueChoices[position];
    if (this.modeNow !== 'dialogue' || !choice) return;
    this.emit({ type: 'chosen', choice });
    this.story.choose(choice.index);
    this.next();
  }

  /** The player uses a prop; false when it is not usable now. */
  useObject(prop: string): boolean {
    const index = this.objectChoices.get(prop);
    if (index === undefined || (this.modeNow !== 'explore' && this.modeNow !== 'dialogue')) return false;
    if (this.modeNow === 'dialogue' && this.dialogueChoices.length === 0) return false;
    this.story.choose(index);
    this.next();
    return true;
  }

  /** Game time passes (the clock stops while paused): a running cutscene moves on. */
  tick(ms: number): void {
    if (this.modeNow !== 'cutscene' || !this.run) return;
    this.run.setReducedMotion(this.reducedMotion());
    this.run.advance(ms);
  }

  /** The player holds the lean (true) or lets go (false). */
  lean(held: boolean): void {
    this.run?.setHolding(held);
  }

  /** The player skips the running cutscene: its end state is applied at once. */
  skipCutscene(): void {
    if (this.modeNow === 'cutscene') this.run?.skip();
  }

  /** The credits have rolled to their end, or the player skipped them. */
  creditsDone(): void {
    this.run?.creditsDone();
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

  private reducedMotion(): boolean {
    return this.options.reducedMotion?.() ?? false;
  }

  // ── The cutscene sink: a step's lasting change, recorded like a story command ───────────

  private fromCutscene(command: Command, blend: number): void {
    this.apply(command, blend);
  }

  private cutsceneEnded(): void {
    this.run = null;
    this.watch = null;
    if (this.modeNow !== 'cutscene') return;
    const waiting = this.lineWaiting;
    this.lineWaiting = null;
    if (waiting && waiting.text.length > 0) this.showLine(waiting);
    else this.next();
  }

  private startCutscene(id: string): void {
    const cutscene = this.options.cutscenes.get(id);
    this.emit({ type: 'cutscene', id });
    if (!cutscene) {
      this.cutsceneEnded();
      return;
    }
    this.watch = trackCutscene(this.options.cutscenePresenter, () => this.cutsceneEnded());
    this.run = new CutsceneInterpreter(
      cutscene,
      this.watch.presenter,
      {
        applyFromCutscene: (command, blend) => this.fromCutscene(command, blend),
        fadeFromCutscene: (black) => (this.sceneState = setBlack(this.sceneState, black)),
      },
      { reducedMotion: this.reducedMotion(), ...(this.options.lineMs ? { lineMs: this.options.lineMs } : {}) },
    );
    this.run.start();
  }

  // ── The story ───────────────────────────────────────────────────────────────────────────

  private next(): void {
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
      for (const command of line.commands) if (command.kind !== 'cut') this.apply(command, STORY_BLEND_MS);
      if (cut?.kind === 'cut') {
        this.clearChoices();
        this.lineWaiting = line;
        this.setMode('cutscene');
        this.startCutscene(cut.cutscene);
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
    // A line is known by its id; one without (a test's story) by its words.
    const key = line.id ?? `${line.speaker ?? ''}|${line.text}`;
    const seen = this.seenLines.has(key);
    this.seenLines.add(key);
    this.setMode('dialogue');
    this.emit({ type: 'line', line: { id: line.id, speaker: line.speaker, text: line.text }, seen });
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

  private apply(command: Command, blend: number): void {
    this.sceneState = applyCommand(this.sceneState, command);
    this.emit({ type: 'command', command, blend });
  }

  private setMode(mode: Mode): void {
    if (this.modeNow === mode) return;
    this.modeNow = mode;
    this.emit({ type: 'mode', mode });
  }
}
