// Passes a running cutscene's presenter calls through while keeping what the director must
// know of them: whether the hold prompt is up (the input context is "hold"), whether the
// credits roll, and when the cutscene has ended.
import type { CutscenePresenter } from '../cutscene/presenter';
import type { HoldAction } from '../cutscene/schema';

export interface CutsceneWatch {
  readonly presenter: CutscenePresenter;
  readonly holdShowing: boolean;
  readonly creditsRolling: boolean;
}

export function trackCutscene(inner: CutscenePresenter, ended: () => void): CutsceneWatch {
  const watch = {
    holdShowing: false,
    creditsRolling: false,
    presenter: {
      ...bind(inner),
      holdShow: (action: HoldAction) => {
        watch.holdShowing = true;
        inner.holdShow(action);
      },
      holdHide: () => {
        watch.holdShowing = false;
        inner.holdHide();
      },
      credits: () => {
        watch.creditsRolling = true;
        inner.credits();
      },
      creditsHide: () => {
        watch.creditsRolling = false;
        inner.creditsHide();
      },
      ended: (skipped: boolean) => {
        watch.holdShowing = false;
        watch.creditsRolling = false;
        inner.ended(skipped);
        ended();
      },
    } satisfies CutscenePresenter,
  };
  return watch;
}

/** The presenter's methods, bound to it, so a class instance can be spread like a record. */
function bind(p: CutscenePresenter): CutscenePresenter {
  return {
    line: (line, ms) => p.line(line, ms),
    lineDone: () => p.lineDone(),
    logLine: (line) => p.logLine(line),
    dissolve: (actor, ms, style) => p.dissolve(actor, ms, style),
    fade: (toBlack, ms) => p.fade(toBlack, ms),
    card: (card, ms) => p.card(card, ms),
    cardDone: () => p.cardDone(),
    holdShow: (action) => p.holdShow(action),
    holdProgress: (fraction, holding) => p.holdProgress(fraction, holding),
    holdHide: () => p.holdHide(),
    credits: () => p.credits(),
    creditsHide: () => p.creditsHide(),
    ended: (skipped) => p.ended(skipped),
  };
}
