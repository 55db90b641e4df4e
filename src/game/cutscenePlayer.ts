// Plays a cutscene: owns the interpreter, feeds it the game clock and the player's hold, and
// carries out what it asks through the crypt (staging), the dialogue box, the log and the
// cutscene DOM. Skipping (the button, or Esc held) lands on the director's recorded state.
import { CutsceneInterpreter } from '../cutscene/interpreter';
import type { CutscenePresenter, DissolveStyle } from '../cutscene/presenter';
import type { Cutscene } from '../cutscene/schema';
import type { Action, Settings } from '../save/settings';
import type { SceneDef } from '../scene/schema';
import type { Command } from '../story/commands';
import type { Director } from '../story/director';
import type { CreditSource } from '../ui/credits';
import { CreditsRoll } from '../ui/cutsceneCredits';
import { CutsceneUi } from '../ui/cutsceneUi';
import type { DialogueBox } from '../ui/dialogue';
import type { StoryLog } from '../ui/log';
import type { CryptScene } from './CryptScene';
import { CutsceneStaging } from './cutsceneStaging';

/** Holding Esc this long skips; a shorter tap pauses as it always does. */
export const SKIP_HOLD_MS = 800;
/** A cutscene line that is still typing at this share of its time is shown whole. */
const TYPE_BY = 0.6;

/**
 * How fast cutscenes run: 1, unless `<html data-cutscene-speed="8">` asks for more. Browser
 * tests use it (software WebGL draws a few frames a second), and so can anyone reviewing timing.
 */
function cutsceneSpeed(): number {
  const speed = Number(document.documentElement.dataset.cutsceneSpeed);
  return Number.isFinite(speed) && speed > 0 ? speed : 1;
}

export interface CutscenePlayerDeps {
  readonly def: SceneDef;
  readonly cutscenes: ReadonlyMap<string, Cutscene>;
  readonly crypt: () => CryptScene | null;
  readonly director: () => Director | null;
  readonly dialogue: DialogueBox;
  readonly log: StoryLog;
  readonly overlay: HTMLElement;
  readonly credits: readonly CreditSource[];
  readonly settings: () => Settings;
  readonly paused: () => boolean;
}

/** What main.ts should do with a key after the cutscene had its say. */
export type KeyVerdict = 'consumed' | 'pass' | 'tap';

export class CutscenePlayer implements CutscenePresenter {
  private run: CutsceneInterpreter | null = null;
  private readonly ui: CutsceneUi;
  private readonly roll: CreditsRoll;
  private staging: CutsceneStaging | null = null;
  private keyHeld = false;
  private pointerHeld = false;
  /** When Esc went down, in real time: a hold is measured by the wall clock, not frames. */
  private escDownAt: number | null = null;
  private lineTimer: { elapsed: number; ms: number } | null = null;
  private cardTimer: { left: number; fadeMs: number } | null = null;

  constructor(private readonly deps: CutscenePlayerDeps) {
    this.ui = new CutsceneUi(deps.overlay, () => this.skip());
    this.roll = new CreditsRoll(deps.overlay, deps.credits);
    // The mouse half of the lean: press anywhere on the scene, let go anywhere.
    deps.overlay.addEventListener('pointerdown', (event) => {
      if (this.run && event.button === 0) this.setPointer(true);
    });
    window.addEventListener('pointerup', () => this.setPointer(false));
    window.addEventListener('pointercancel', () => this.setPointer(false));
    window.addEventListener('blur', () => {
      this.keyHeld = false;
      this.setPointer(false);
      this.escDownAt = null;
    });
  }

  /** Whether a cutscene is running (its commands are staged here, not by the story path). */
  get active(): boolean {
    return this.run !== null;
  }

  play(id: string): void {
    const cutscene = this.deps.cutscenes.get(id);
    const director = this.deps.director();
    if (!cutscene || !director) {
      director?.cutsceneDone();
      return;
    }
    const crypt = this.deps.crypt();
    this.staging = crypt ? new CutsceneStaging(crypt, this.deps.def) : null;
    this.run = new CutsceneInterpreter(cutscene, this, director, { reducedMotion: this.deps.settings().reducedMotion });
    document.body.dataset.cutscene = id;
    this.ui.setRunning(true);
    this.run.start();
  }

  /** One frame of game time; the game loop does not call it while paused. */
  tick(frameMs: number): void {
    const run = this.run;
    if (!run) return;
    const ms = frameMs * cutsceneSpeed();
    run.setReducedMotion(this.deps.settings().reducedMotion);
    if (this.escDownAt !== null) {
      const held = performance.now() - this.escDownAt;
      this.ui.setSkipHold(Math.min(1, held / SKIP_HOLD_MS));
      if (held >= SKIP_HOLD_MS) {
        this.skip();
        return;
      }
    }
    this.tickLine(ms);
    this.tickCard(ms);
    this.roll.tick(ms);
    run.advance(ms);
  }

  skip(): void {
    if (!this.run || this.deps.paused()) return;
    this.escDownAt = null;
    this.run.skip();
  }

  /** Keys during a cutscene: the lean, and Esc held to skip or tapped to pause. */
  handleAction(action: Action, down: boolean): KeyVerdict {
    if (!this.run) return 'pass';
    if (action === 'lean') {
      this.keyHeld = down;
      this.syncHold();
      return 'consumed';
    }
    if (action === 'pause' || action === 'skip') {
      if (down) {
        if (this.deps.paused()) return 'pass';
        this.escDownAt = performance.now();
        return 'consumed';
      }
      if (this.escDownAt === null) return 'pass';
      const held = performance.now() - this.escDownAt;
      this.escDownAt = null;
      this.ui.setSkipHold(0);
      // A slow frame must not turn a long hold into a pause: released late enough, it skips.
      if (held >= SKIP_HOLD_MS) {
        this.skip();
        return 'consumed';
      }
      return action === 'pause' ? 'tap' : 'consumed';
    }
    return action === 'advance' ? 'consumed' : 'pass';
  }

  /** Leaves a running cutscene without finishing it (a new game, or back to the title). */
  abandon(): void {
    this.run = null;
    this.tidy();
  }

  // ── The presenter: what the interpreter asks for ──────────────────────────────────────

  command(command: Command, ms: number): void {
    // Sound goes through the director's command event to the audio service, like story tags.
    if (command.kind === 'sfx' || command.kind === 'music' || command.kind === 'ambience') return;
    const blend = ms / cutsceneSpeed();
    if (this.staging) this.staging.command(command, blend);
    else this.deps.crypt()?.present(command, blend);
  }

  line(speaker: string | null, text: string, ms: number): void {
    this.deps.log.add({ speaker, text, kind: 'line' });
    this.deps.dialogue.showLine(speaker, text, false);
    this.lineTimer = { elapsed: 0, ms };
  }

  lineDone(): void {
    this.lineTimer = null;
    this.deps.dialogue.hideLine();
  }

  logLine(speaker: string | null, text: string): void {
    this.deps.log.add({ speaker, text, kind: 'line' });
  }

  dissolve(actor: string, ms: number, style: DissolveStyle): void {
    this.staging?.dissolve(actor, ms / cutsceneSpeed(), style);
  }

  fade(toBlack: boolean, ms: number): void {
    this.deps.crypt()?.fade(toBlack, ms / cutsceneSpeed());
  }

  card(text: string, ms: number): void {
    this.ui.showCard(text, ms / cutsceneSpeed());
    this.cardTimer = { left: ms, fadeMs: Math.min(1200, ms / 4) };
  }

  cardDone(): void {
    this.cardTimer = null;
    this.ui.hideCard();
  }

  holdShow(_action: string, prompt: string): void {
    document.body.dataset.hold = 'waiting';
    this.ui.showHold(prompt);
    this.staging?.beginHeldLean();
  }

  holdProgress(fraction: number, holding: boolean): void {
    document.body.dataset.hold = holding ? 'holding' : 'waiting';
    this.ui.setHold(fraction, holding);
    this.staging?.holdLean(fraction);
  }

  holdHide(): void {
    delete document.body.dataset.hold;
    this.ui.hideHold();
  }

  credits(): void {
    document.body.dataset.credits = 'rolling';
    this.roll.start(() => this.run?.creditsDone());
  }

  creditsHide(): void {
    delete document.body.dataset.credits;
    this.roll.hide();
  }

  ended(skipped: boolean): void {
    const director = this.deps.director();
    this.run = null;
    this.tidy();
    if (skipped && director) {
      // Everything the skipped steps would have done is in the director's state: draw it at once.
      this.deps.crypt()?.restore(director.state);
      this.staging?.settle(director.state);
    }
    director?.cutsceneDone();
  }

  // ── Inside ────────────────────────────────────────────────────────────────────────────

  private tidy(): void {
    this.keyHeld = false;
    this.pointerHeld = false;
    this.escDownAt = null;
    this.lineTimer = null;
    this.cardTimer = null;
    this.ui.setRunning(false);
    this.roll.hide();
    this.deps.dialogue.hideLine();
    delete document.body.dataset.cutscene;
    delete document.body.dataset.hold;
    delete document.body.dataset.credits;
  }

  private setPointer(held: boolean): void {
    this.pointerHeld = held;
    this.syncHold();
  }

  private syncHold(): void {
    this.run?.setHolding(this.keyHeld || this.pointerHeld);
  }

  private tickLine(ms: number): void {
    if (!this.lineTimer) return;
    this.lineTimer.elapsed += ms;
    // At a slow text speed the words must still all be up in time to be read.
    if (this.lineTimer.elapsed >= this.lineTimer.ms * TYPE_BY && !this.deps.dialogue.lineComplete) this.deps.dialogue.press();
  }

  private tickCard(ms: number): void {
    if (!this.cardTimer) return;
    this.cardTimer.left -= ms;
    if (this.cardTimer.left <= this.cardTimer.fadeMs) this.ui.fadeCard();
  }
}
