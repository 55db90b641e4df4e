// Shows a running cutscene: its lines in the dialogue box and the log, the title cards, the
// hold prompt with its progress, the credits, and the staged moments in the crypt (her lean,
// his dissolve, the fades). The director runs the cutscene and sends its commands the one way
// every command goes; this is the rest of its presenter. It listens to no device: the lean and
// the skip come through the input layer and the director.
import type { CutscenePresenter, DissolveStyle } from '../cutscene/presenter';
import type { Card, HoldAction } from '../cutscene/schema';
import type { Line } from '../story/line';
import type { SceneState } from '../scene/state';
import type { CreditSource } from '../ui/credits';
import { CreditsRoll } from '../ui/creditsRoll';
import { CutsceneUi } from '../ui/cutsceneUi';
import type { DialogueBox } from '../ui/dialogue';
import type { StoryLog, Words } from '../ui/log';
import type { CryptScene } from '../game/scenes/CryptScene';
import type { CutsceneStaging } from '../game/render/cutsceneStaging';

/** A cutscene line that is still typing at this share of its time is shown whole. */
const TYPE_BY = 0.6;

/**
 * How fast cutscenes run: 1, unless `<html data-cutscene-speed="8">` asks for more. Browser
 * tests use it (software WebGL draws a few frames a second), and so can anyone reviewing timing.
 */
export function cutsceneSpeed(): number {
  const speed = Number(document.documentElement.dataset.cutsceneSpeed);
  return Number.isFinite(speed) && speed > 0 ? speed : 1;
}

export interface CutscenePresenterHooks {
  readonly crypt: () => CryptScene | null;
  readonly staging: () => CutsceneStaging | null;
  readonly dialogue: DialogueBox;
  readonly log: StoryLog;
  readonly overlay: HTMLElement;
  readonly credits: readonly CreditSource[];
  /** The scene state a skip lands on (the director's). */
  readonly state: () => SceneState | null;
  /** The credits rolled to their end. */
  readonly creditsDone: () => void;
  /** The hold prompt and the Skip button's name, worded for the device in use. */
  readonly leanPrompt: () => string;
  readonly skipLabel: () => string;
  /** A line's or card's words in the player's language. */
  readonly words: Words;
}

export class PageCutscenePresenter implements CutscenePresenter {
  private readonly ui: CutsceneUi;
  private readonly roll: CreditsRoll;
  private lineTimer: { elapsed: number; ms: number } | null = null;
  private cardTimer: { left: number; fadeMs: number } | null = null;
  private running = false;

  constructor(private readonly hooks: CutscenePresenterHooks) {
    this.ui = new CutsceneUi(hooks.overlay);
    this.roll = new CreditsRoll(hooks.overlay, hooks.credits);
  }

  /** A cutscene begins (the director says which). */
  begin(id: string): void {
    this.running = true;
    document.body.dataset.cutscene = id;
    this.ui.setSkipLabel(this.hooks.skipLabel());
    this.ui.setRunning(true);
  }

  /** One frame of cutscene time (already at the cutscene speed); not called while paused. */
  tick(ms: number): void {
    if (!this.running) return;
    this.tickLine(ms);
    this.tickCard(ms);
    this.roll.tick(ms);
  }

  /** The player changed device: the words on screen follow. */
  reword(): void {
    this.ui.setSkipLabel(this.hooks.skipLabel());
    this.ui.setHoldPrompt(this.hooks.leanPrompt());
  }

  showSkipProgress(fraction: number): void {
    this.ui.setSkipHold(fraction);
  }

  /** Leaves a running cutscene without finishing it (a new game, or back to the title). */
  abandon(): void {
    this.tidy();
  }

  line(line: Line, ms: number): void {
    this.hooks.log.add({ line, kind: 'line' });
    this.hooks.dialogue.showLine(line, false);
    this.lineTimer = { elapsed: 0, ms };
  }

  lineDone(): void {
    this.lineTimer = null;
    this.hooks.dialogue.hideLine();
  }

  logLine(line: Line): void {
    this.hooks.log.add({ line, kind: 'line' });
  }

  dissolve(actor: string, ms: number, style: DissolveStyle): void {
    this.hooks.staging()?.dissolve(actor, ms / cutsceneSpeed(), style);
  }

  fade(toBlack: boolean, ms: number): void {
    this.hooks.crypt()?.fade(toBlack, ms / cutsceneSpeed());
  }

  card(card: Card, ms: number): void {
    this.ui.showCard(this.hooks.words({ id: card.id, speaker: null, text: card.text }), ms / cutsceneSpeed());
    this.cardTimer = { left: ms, fadeMs: Math.min(1200, ms / 4) };
  }

  cardDone(): void {
    this.cardTimer = null;
    this.ui.hideCard();
  }

  holdShow(action: HoldAction): void {
    // The one hold there is: the lean (its prompt is worded from the player's controls).
    document.body.dataset.hold = 'waiting';
    document.body.dataset.holdAction = action;
    this.ui.showHold(this.hooks.leanPrompt());
    this.hooks.staging()?.beginHeldLean();
  }

  holdProgress(fraction: number, holding: boolean): void {
    document.body.dataset.hold = holding ? 'holding' : 'waiting';
    this.ui.setHold(fraction, holding);
    this.hooks.staging()?.holdLean(fraction);
  }

  holdHide(): void {
    delete document.body.dataset.hold;
    delete document.body.dataset.holdAction;
    this.ui.hideHold();
  }

  credits(): void {
    document.body.dataset.credits = 'rolling';
    this.roll.start(() => this.hooks.creditsDone());
  }

  creditsHide(): void {
    delete document.body.dataset.credits;
    this.roll.hide();
  }

  ended(skipped: boolean): void {
    this.tidy();
    const state = this.hooks.state();
    if (skipped && state) {
      // Everything the skipped steps would have done is in the director's state: draw it at once.
      this.hooks.crypt()?.restore(state);
      this.hooks.staging()?.settle(state);
    }
  }

  private tidy(): void {
    this.running = false;
    this.lineTimer = null;
    this.cardTimer = null;
    this.ui.setRunning(false);
    this.roll.hide();
    this.hooks.dialogue.hideLine();
    delete document.body.dataset.cutscene;
    delete document.body.dataset.hold;
    delete document.body.dataset.credits;
  }

  private tickLine(ms: number): void {
    if (!this.lineTimer) return;
    this.lineTimer.elapsed += ms;
    // At a slow text speed the words must still all be up in time to be read.
    if (this.lineTimer.elapsed >= this.lineTimer.ms * TYPE_BY && this.hooks.dialogue.line === 'typing') this.hooks.dialogue.complete();
  }

  private tickCard(ms: number): void {
    if (!this.cardTimer) return;
    this.cardTimer.left -= ms;
    if (this.cardTimer.left <= this.cardTimer.fadeMs) this.ui.fadeCard();
  }
}
