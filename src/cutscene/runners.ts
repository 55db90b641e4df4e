// One runner per step: it starts the step's effect, eats clock time until the step is over,
// and on a skip either tidies up what is on screen (started) or records its end state (not).
import type { Command } from '../story/commands';
import type { Line } from '../story/line';
import type { CutsceneStep, HoldAction } from './schema';
import type { CutscenePresenter, CutsceneSink } from './presenter';

/** What every runner shares: the outside world and the player's live input. */
export interface RunContext {
  readonly presenter: CutscenePresenter;
  readonly sink: CutsceneSink;
  readonly reducedMotion: () => boolean;
  readonly holding: () => boolean;
  readonly creditsFinished: () => boolean;
  /** How long a line stays up: its `ms`, longer where the player's language says it at more length. */
  readonly lineMs: (line: Line, ms: number) => number;
}

/** The end states a skip has to land on, gathered in step order. */
export interface SkipRecord {
  readonly commands: Command[];
  black: boolean | null;
  readonly lines: Line[];
}

/** While released, the hold slips back at this fraction of real time… */
export const HOLD_EASE_BACK_RATE = 0.5;
/** …but never more than this share of the whole hold below the furthest she got. */
export const HOLD_MAX_SLIP = 0.2;

export abstract class Runner {
  started = false;
  done = false;

  begin(): void {
    this.started = true;
    this.start();
  }

  /** Runs `ms` of clock; returns the time left over once the step has ended, else null. */
  abstract advance(ms: number): number | null;
  protected abstract start(): void;
  /** Tidies away a started step's on-screen pieces; its state was recorded at its start. */
  protected abstract interrupt(record: SkipRecord): void;
  /** Records the end state of a step that never started. */
  protected abstract endState(record: SkipRecord): void;

  skip(record: SkipRecord): void {
    if (this.done) return;
    if (this.started) this.interrupt(record);
    else this.endState(record);
    this.started = true;
    this.done = true;
  }
}

export function runnerFor(step: CutsceneStep, ctx: RunContext): Runner {
  switch (step.kind) {
    case 'together':
      return new TogetherRunner(step.steps.map((s) => runnerFor(s, ctx)));
    case 'hold':
      return new HoldRunner(step.action, step.ms, ctx);
    case 'credits':
      return new CreditsRunner(ctx);
    default:
      return new TimedRunner(step, ctx);
  }
}

export function hiddenPose(actor: string): Command {
  return { kind: 'actor', actor, pose: 'hidden' };
}

type TimedStep = Exclude<CutsceneStep, { kind: 'together' | 'hold' | 'credits' }>;

/** Every step that simply lasts its `ms`: commands, lines, waits, dissolves, fades, cards. */
class TimedRunner extends Runner {
  private elapsed = 0;
  private lasts: number;

  constructor(
    private readonly step: TimedStep,
    private readonly ctx: RunContext,
  ) {
    super();
    this.lasts = step.ms;
  }

  protected start(): void {
    const { presenter, sink } = this.ctx;
    const step = this.step;
    if (step.kind === 'line') this.lasts = Math.max(step.ms, this.ctx.lineMs(step.line, step.ms));
    switch (step.kind) {
      case 'command': {
        // Under reduced motion the camera cuts; the step still lasts as long, so lines keep time.
        const blend = step.command.kind === 'shot' && this.ctx.reducedMotion() ? 0 : step.blend;
        sink.applyFromCutscene(step.command, blend);
        return;
      }
      case 'line':
        presenter.line(step.line, this.lasts);
        return;
      case 'dissolve':
        presenter.dissolve(step.actor, step.ms, this.ctx.reducedMotion() ? 'fade' : 'smoke');
        sink.applyFromCutscene(hiddenPose(step.actor), 0);
        return;
      case 'fade':
        sink.fadeFromCutscene(step.to === 'black');
        presenter.fade(step.to === 'black', step.ms);
        return;
      case 'card':
        presenter.card(step.card, step.ms);
        return;
      case 'wait':
        return;
    }
  }

  advance(ms: number): number | null {
    this.elapsed += ms;
    if (this.elapsed < this.lasts) return null;
    this.done = true;
    this.finish();
    return this.elapsed - this.lasts;
  }

  private finish(): void {
    if (this.step.kind === 'line') this.ctx.presenter.lineDone();
    if (this.step.kind === 'card') this.ctx.presenter.cardDone();
  }

  protected interrupt(): void {
    this.finish();
  }

  protected endState(record: SkipRecord): void {
    const step = this.step;
    if (step.kind === 'command') record.commands.push(step.command);
    if (step.kind === 'dissolve') record.commands.push(hiddenPose(step.actor));
    if (step.kind === 'fade') record.black = step.to === 'black';
    if (step.kind === 'line') record.lines.push(step.line);
  }
}

/** Steps side by side; ends with the longest. */
class TogetherRunner extends Runner {
  constructor(private readonly children: readonly Runner[]) {
    super();
  }

  protected start(): void {
    for (const child of this.children) child.begin();
  }

  advance(ms: number): number | null {
    // The group ends when its last step does: what is left is what that step left over.
    let leftover = ms;
    let running = false;
    for (const child of this.children) {
      if (child.done) continue;
      const left = child.advance(ms);
      if (left === null) running = true;
      else leftover = Math.min(leftover, left);
    }
    if (running) return null;
    this.done = true;
    return leftover;
  }

  protected interrupt(record: SkipRecord): void {
    for (const child of this.children) child.skip(record);
  }

  protected endState(record: SkipRecord): void {
    for (const child of this.children) child.skip(record);
  }
}

/**
 * However long a frame takes, one frame moves a hold on by at most this share of it: a stalled
 * machine must not carry her the whole way in one jump, so the lean is always seen (and a
 * "holding" state always lasts several frames).
 */
export const HOLD_MAX_STEP = 1 / 8;

/** The lean: its clock runs only while the player holds; let go and she hesitates. */
class HoldRunner extends Runner {
  private progress = 0;
  private furthest = 0;

  constructor(
    private readonly action: HoldAction,
    private readonly ms: number,
    private readonly ctx: RunContext,
  ) {
    super();
  }

  get fraction(): number {
    return this.ms <= 0 ? 1 : Math.min(1, this.progress / this.ms);
  }

  protected start(): void {
    this.ctx.presenter.holdShow(this.action);
    this.ctx.presenter.holdProgress(0, this.ctx.holding());
  }

  advance(ms: number): number | null {
    const holding = this.ctx.holding();
    if (holding || this.ms <= 0) {
      this.progress += Math.min(ms, this.ms * HOLD_MAX_STEP);
      this.furthest = Math.max(this.furthest, this.progress);
    } else {
      // She hesitates: a little of the way slips back, never all of it, and it never fails.
      const floor = Math.max(0, this.furthest - this.ms * HOLD_MAX_SLIP);
      this.progress = Math.max(floor, this.progress - ms * HOLD_EASE_BACK_RATE);
    }
    this.ctx.presenter.holdProgress(this.fraction, holding);
    if (this.progress < this.ms) return null;
    this.done = true;
    this.ctx.presenter.holdHide();
    return this.progress - this.ms;
  }

  protected interrupt(): void {
    this.ctx.presenter.holdHide();
  }

  protected endState(): void {
    // A hold changes nothing lasting; the steps after it carry the lean's end state.
  }
}

/** The credits roll until the presenter says they are over (or the player skips). */
class CreditsRunner extends Runner {
  constructor(private readonly ctx: RunContext) {
    super();
  }

  protected start(): void {
    this.ctx.presenter.credits();
  }

  advance(): number | null {
    if (!this.ctx.creditsFinished()) return null;
    this.done = true;
    this.ctx.presenter.creditsHide();
    return 0;
  }

  protected interrupt(): void {
    this.ctx.presenter.creditsHide();
  }

  protected endState(): void {
    // Skipped credits are not replayed.
  }
}
