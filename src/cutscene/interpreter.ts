// Runs one cutscene on a clock the caller drives: `advance(ms)` moves it on, and not calling
// it is pausing. Steps run in order (a `together` side by side); each effect goes to the
// presenter, each lasting change to the sink (the director), so the scene state follows.
// `skip()` lands on exactly the state that watching to the end reaches.
import type { Command } from '../story/commands';
import type { Line } from '../story/line';
import type { CutscenePresenter, CutsceneSink } from './presenter';
import { runnerFor, type RunContext, type Runner, type SkipRecord } from './runners';
import type { Cutscene } from './schema';

export interface InterpreterOptions {
  readonly reducedMotion?: boolean;
  /** How long a line stays up in the player's language (default: the step's `ms`). */
  readonly lineMs?: (line: Line, ms: number) => number;
}

export class CutsceneInterpreter {
  private readonly runners: readonly Runner[];
  private index = 0;
  private holdingNow = false;
  private creditsOver = false;
  private reduced: boolean;
  private finishedNow = false;
  private startedNow = false;
  private elapsed = 0;

  constructor(
    readonly cutscene: Cutscene,
    private readonly presenter: CutscenePresenter,
    private readonly sink: CutsceneSink,
    options: InterpreterOptions = {},
  ) {
    this.reduced = options.reducedMotion ?? false;
    const ctx: RunContext = {
      presenter,
      sink,
      reducedMotion: () => this.reduced,
      holding: () => this.holdingNow,
      creditsFinished: () => this.creditsOver,
      lineMs: options.lineMs ?? ((_line, ms) => ms),
    };
    this.runners = cutscene.steps.map((step) => runnerFor(step, ctx));
  }

  get finished(): boolean {
    return this.finishedNow;
  }

  /** Clock time the cutscene has run (holds count only while held). */
  get elapsedMs(): number {
    return this.elapsed;
  }

  /** Runs the opening steps that take no time, so the first frame already shows them. */
  start(): void {
    if (this.startedNow) return;
    this.startedNow = true;
    this.advance(0);
  }

  advance(ms: number): void {
    if (!this.startedNow || this.finishedNow) return;
    this.elapsed += ms;
    let left = ms;
    while (this.index < this.runners.length) {
      const runner = this.runners[this.index];
      if (!runner) break;
      if (!runner.started) runner.begin();
      const leftover = runner.advance(left);
      if (leftover === null) return;
      left = leftover;
      this.index++;
    }
    this.end(false);
  }

  /** The player presses (true) or lets go of (false) the lean key or mouse button. */
  setHolding(holding: boolean): void {
    this.holdingNow = holding;
  }

  get holding(): boolean {
    return this.holdingNow;
  }

  setReducedMotion(reduced: boolean): void {
    this.reduced = reduced;
  }

  /** The credits have rolled to their end, or the player skipped them. */
  creditsDone(): void {
    this.creditsOver = true;
    this.advance(0);
  }

  /** Applies every remaining step's end state at once and ends. */
  skip(): void {
    if (this.finishedNow) return;
    this.startedNow = true;
    const record: SkipRecord = { commands: [], black: null, lines: [] };
    for (const runner of this.runners.slice(this.index)) runner.skip(record);
    this.index = this.runners.length;
    for (const line of record.lines) this.presenter.logLine(line);
    for (const command of settle(record.commands)) this.sink.applyFromCutscene(command, 0);
    if (record.black !== null) this.sink.fadeFromCutscene(record.black);
    this.end(true);
  }

  private end(skipped: boolean): void {
    if (this.finishedNow) return;
    this.finishedNow = true;
    this.presenter.ended(skipped);
  }
}

/**
 * The commands a skip applies: every lasting one in order, except that one-shot sounds are
 * dropped (a skip should not fire a burst of them) and music and ambience jump straight to
 * their last cue (no crossfade through cues that would have played). The state is the same.
 */
export function settle(commands: readonly Command[]): Command[] {
  const lastMusic = commands.findLastIndex((c) => c.kind === 'music');
  const lastAmbience = commands.findLastIndex((c) => c.kind === 'ambience');
  return commands.filter((c, i) => {
    if (c.kind === 'sfx') return false;
    if (c.kind === 'music') return i === lastMusic;
    if (c.kind === 'ambience') return i === lastAmbience;
    return true;
  });
}
