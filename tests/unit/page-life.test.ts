// The page-life adapter on a stand-in window (Node's EventTarget): it only translates the
// browser's events into hidden / shown / gesture-ended, and asks once for lasting storage.
import { describe, expect, it } from 'vitest';
import { askToPersistStorage, listenToPageLife } from '../../src/input/pageLifeAdapter';

function page(): { win: Window; doc: EventTarget & { visibilityState: string }; calls: string[]; stop: () => void } {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const win = Object.assign(new EventTarget(), { document: doc }) as unknown as Window;
  const calls: string[] = [];
  const stop = listenToPageLife(win, {
    hidden: () => calls.push('hidden'),
    shown: () => calls.push('shown'),
    gestureEnded: () => calls.push('gesture'),
  });
  return { win, doc, calls, stop };
}

describe('the page-life adapter', () => {
  it('says hidden when the tab is hidden, and shown when it comes back', () => {
    const { doc, calls } = page();
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(calls).toEqual(['hidden', 'shown']);
  });

  it('says hidden when the page is left, and shown when the back-forward cache brings it back', () => {
    const { win, calls } = page();
    win.dispatchEvent(new Event('pagehide'));
    win.dispatchEvent(new Event('pageshow'));
    expect(calls).toEqual(['hidden', 'shown']);
  });

  it('reports the gestures that end (where iOS lets sound start), never a touch that begins', () => {
    const { win, calls } = page();
    for (const type of ['pointerdown', 'touchstart', 'pointerup', 'touchend', 'click', 'keydown']) win.dispatchEvent(new Event(type));
    expect(calls).toEqual(['gesture', 'gesture', 'gesture', 'gesture']);
  });

  it('stops listening when asked', () => {
    const { win, calls, stop } = page();
    stop();
    win.dispatchEvent(new Event('pagehide'));
    win.dispatchEvent(new Event('pointerup'));
    expect(calls).toEqual([]);
  });
});

describe('asking for lasting storage', () => {
  it('asks once where the browser can keep it, and not when it already does', async () => {
    const asked: string[] = [];
    const storage = (already: boolean): Navigator =>
      ({
        storage: { persisted: () => Promise.resolve(already), persist: () => (asked.push('persist'), Promise.resolve(true)) },
      }) as unknown as Navigator;
    askToPersistStorage(storage(false));
    askToPersistStorage(storage(true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual(['persist']);
  });

  it('does nothing where there is no Storage API', () => {
    expect(() => askToPersistStorage({} as Navigator)).not.toThrow();
  });
});
