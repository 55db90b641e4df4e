// What a running cutscene asks of the outside world. The interpreter decides when; these
// interfaces do the drawing (the presenter) and the recording (the sink: the director).
import type { Command } from '../story/commands';
import type { Line } from '../story/line';
import type { Card, HoldAction } from './schema';

/** How an actor leaves in a dissolve: smoke, or a plain fade under reduced motion. */
export type DissolveStyle = 'smoke' | 'fade';

export interface CutscenePresenter {
  /** A line shown for `ms`; `lineDone` takes it down. */
  line(line: Line, ms: number): void;
  lineDone(): void;
  /** A line the player skipped past: logged for the history, never shown. */
  logLine(line: Line): void;
  dissolve(actor: string, ms: number, style: DissolveStyle): void;
  fade(toBlack: boolean, ms: number): void;
  card(card: Card, ms: number): void;
  cardDone(): void;
  /** The hold step begins: the prompt for `action` (the game words it from the player's controls). */
  holdShow(action: HoldAction): void;
  /** `fraction` of the hold done (0–1), and whether the player is holding now. */
  holdProgress(fraction: number, holding: boolean): void;
  holdHide(): void;
  /** Roll the credits; the caller reports the end with `Interpreter.creditsDone()`. */
  credits(): void;
  creditsHide(): void;
  /** The cutscene is over, watched to the end or skipped. */
  ended(skipped: boolean): void;
}

/**
 * Where a cutscene's commands go: the director records each in the scene state and sends it
 * on to the one presenter of commands, its change blending over `blend` ms (0 = a cut).
 */
export interface CutsceneSink {
  applyFromCutscene(command: Command, blend: number): void;
  fadeFromCutscene(black: boolean): void;
}
