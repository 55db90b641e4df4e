// The page's life on a phone, as three plain calls: hidden (switched away from, locked, closed),
// shown again, and a gesture that ended. It translates the browser's events and decides nothing:
// what to keep and what to wake is the session's and the sound's.
//
// Why these events: a phone rarely unloads a page politely. `visibilitychange` to hidden is the
// last event a backgrounded tab is sure to get (iOS may kill it after without another word);
// `pagehide` covers a tab closed or navigated away from, and a page going into the back-forward
// cache; `pageshow` brings it back from there. iOS lets sound start only in the handler of a touch
// that ENDS (touchend, pointerup, click), never on touchstart or pointerdown.

export interface PageLifeHooks {
  /** The page is hidden or being left: keep the place now, quiet the sound. */
  readonly hidden: () => void;
  /** The page is visible again (the tab came back, or the back-forward cache restored it). */
  readonly shown: () => void;
  /** A touch, click or key press ended: the moment a phone lets sound (re)start. */
  readonly gestureEnded: () => void;
}

const GESTURE_ENDS = ['pointerup', 'touchend', 'click', 'keydown'] as const;

export function listenToPageLife(win: Window, hooks: PageLifeHooks): () => void {
  const doc = win.document;
  const visibility = (): void => (doc.visibilityState === 'hidden' ? hooks.hidden() : hooks.shown());
  const hide = (): void => hooks.hidden();
  const show = (): void => {
    if (doc.visibilityState !== 'hidden') hooks.shown();
  };
  const gesture = (): void => hooks.gestureEnded();
  doc.addEventListener('visibilitychange', visibility);
  win.addEventListener('pagehide', hide);
  win.addEventListener('pageshow', show);
  // Capture, passive: seen before any handler can stop it, and never delaying a scroll.
  for (const type of GESTURE_ENDS) win.addEventListener(type, gesture, { capture: true, passive: true });
  return () => {
    doc.removeEventListener('visibilitychange', visibility);
    win.removeEventListener('pagehide', hide);
    win.removeEventListener('pageshow', show);
    for (const type of GESTURE_ENDS) win.removeEventListener(type, gesture, { capture: true });
  };
}

/** Asks the browser once to keep the game's storage (Safari drops a site's after 7 days unvisited). */
export function askToPersistStorage(nav: Navigator): void {
  const storage = nav.storage as StorageManager | undefined;
  if (typeof storage?.persist !== 'function') return;
  void storage
    .persisted()
    .then((already) => (already ? true : storage.persist()))
    .catch(() => false);
}
