// What a running cutscene asks of the outside world. The interpreter decides when; these
// interfaces do the drawing (the presenter) and the recording (the sink: the director).
import type { Command } from '../story/commands';

/** How an actor leaves in a dissolve: smoke, or a plain fade under reduced motion. */
export type DissolveStyle = 'smoke' | 'fade';

export interface CutscenePresenter {
  /** A scene command, its change blending over `ms` (0 = a cut). Sound commands come too. */
  command(command: Command, ms: number): void;
  /** A line shown for `ms`; `lineDone` takes it down. */
  line(speaker: string | null, text: string, ms: number): void;
  lineDone(): void;
  /** A line the player skipped past: logged for the history, never shown. */
  logLine(speaker: string | null, text: string): void;
  dissolve(actor: string, ms: number, style: DissolveStyle): void;
  fade(toBlack: boolean, ms: number): void;
  card(text: string, ms: number): void;
  cardDone(): void;
  holdShow(action: string, prompt: string): void;
  /** `fraction` of the hold done (0–1), and whether the player is holding now. */
  holdProgress(fraction: number, holding: boolean): void;
  holdHide(): void;
  /** Roll the credits; the caller reports the end with `Interpreter.creditsDone()`. */
  credits(): void;
  creditsHide(): void;
  /** The cutscene is over, watched to the end or skipped. */
  ended(skipped: boolean): void;
}

/** Where a cutscene's lasting changes are recorded, so the scene state knows them. */
export interface CutsceneSink {
  applyFromCutscene(command: Command): void;
  fadeFromCutscene(black: boolean): void;
}
