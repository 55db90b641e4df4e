// One player for the browser specs: it reads what a person sees (the mode, the dialogue box,
// the choices and objects, the lean prompt) and plays one step at a time with one device —
// the keyboard, the mouse, a finger or a gamepad — never reaching into the game's code. Every
// `data-*` attribute the specs read is read here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ROOT, type GameDriver } from './harness';

export type Device = 'keyboard' | 'mouse' | 'touch' | 'gamepad';

/** The objects on the lid, in the scene file's order: each is used once, in turn. */
export const OBJECT_ORDER: readonly string[] = (
  JSON.parse(readFileSync(join(ROOT, 'levels/crypt.level.json'), 'utf8')) as { props: { id: string; hotspot?: unknown }[] }
).props
  .filter((p) => p.hotspot !== undefined)
  .map((p) => p.id);

/** What is on screen, read in one round trip. */
export interface Screen {
  readonly mode: string;
  readonly beat: string;
  readonly cutscene: string | null;
  /** The lean prompt: waiting for the player, or being held. */
  readonly hold: 'waiting' | 'holding' | null;
  readonly credits: boolean;
  /** The open panel (pause, settings, history, credits), or ''. */
  readonly panel: string;
  readonly titleShowing: boolean;
  readonly errorShowing: boolean;
  readonly device: string;
  /** The dialogue box shows a line. */
  readonly dialogue: boolean;
  readonly choices: readonly string[];
  /** The objects offered, by prop id. */
  readonly objects: readonly string[];
  /** The prop or the choice (its text) that has focus, or null. */
  readonly focused: string | null;
  /** How many entries the story log has had (its live region keeps only the last few). */
  readonly lines: number;
}

export function look(page: Page): Promise<Screen> {
  return page.evaluate(() => {
    const shown = (el: Element): boolean =>
      el instanceof HTMLElement && !el.hidden && el.closest('[hidden]') === null && el.getClientRects().length > 0;
    const data = document.body.dataset;
    const active = document.activeElement;
    const hold = data.hold;
    const title = document.getElementById('title');
    return {
      mode: data.mode ?? '',
      beat: data.beat ?? '',
      cutscene: data.cutscene ?? null,
      hold: hold === 'waiting' || hold === 'holding' ? hold : null,
      credits: data.credits === 'rolling',
      panel: data.panel ?? '',
      titleShowing: title !== null && !title.hidden && !title.classList.contains('preparing'),
      errorShowing: !(document.getElementById('error')?.hidden ?? true),
      device: data.device ?? '',
      dialogue: [...document.querySelectorAll('#dialogue')].some(shown),
      choices: [...document.querySelectorAll('button.choice')].filter(shown).map((b) => b.textContent),
      objects: [...document.querySelectorAll<HTMLButtonElement>('button.hotspot')].filter(shown).map((b) => b.dataset.prop ?? ''),
      focused:
        active instanceof HTMLElement ? (active.dataset.prop ?? (active.classList.contains('choice') ? active.textContent : null)) : null,
      lines: Number(document.getElementById('story-log')?.dataset.count ?? 0),
    };
  });
}

/** A fingerprint of what a step can change: the player waits for it to move. */
const signature = (s: Screen): string =>
  JSON.stringify([s.mode, s.cutscene, s.hold, s.panel, s.titleShowing, s.dialogue, s.choices, s.objects, s.focused, s.lines]);

/**
 * A virtual gamepad with the standard mapping, for an init script: `navigator.getGamepads()`
 * returns it and `gamepadconnected` fires. The page's `__pad.set(button, pressed)` moves it.
 */
export function installVirtualPad(): void {
  const buttons = Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 }));
  const rumbles: unknown[] = [];
  const pad = {
    id: 'Virtual pad (STANDARD GAMEPAD Vendor: 045e Product: 028e)',
    index: 0,
    connected: true,
    mapping: 'standard',
    timestamp: 0,
    buttons,
    axes: [0, 0, 0, 0],
    vibrationActuator: {
      type: 'dual-rumble',
      playEffect: (_type: string, params: unknown) => {
        rumbles.push(params);
        return Promise.resolve('complete');
      },
    },
  };
  Object.defineProperty(navigator, 'getGamepads', { configurable: true, value: () => [pad, null, null, null] });
  Object.assign(window, {
    __pad: {
      set: (button: number, pressed: boolean) => {
        buttons[button] = { pressed, touched: pressed, value: pressed ? 1 : 0 };
        pad.timestamp = performance.now();
      },
      rumbles,
    },
  });
  window.addEventListener('DOMContentLoaded', () => {
    const event = new Event('gamepadconnected');
    Object.defineProperty(event, 'gamepad', { value: pad });
    window.dispatchEvent(event);
  });
}

/** The standard mapping's buttons. */
export const PAD = { a: 0, b: 1, view: 8, start: 9, up: 12, down: 13, left: 14, right: 15 } as const;

/** Resolves after the page has drawn `n` more frames (a frame can take a second in software GL). */
export function frames(page: Page, n = 2): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = (): void => {
          left -= 1;
          if (left <= 0) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    n,
  );
}

export class Player {
  private readonly used = new Map<string, number>();
  private turn = 0;
  /** New game has been pressed: from then on the title means the game is over. */
  private started = false;
  private cdp: CDPSession | null = null;

  constructor(
    readonly game: GameDriver,
    readonly device: Device,
  ) {}

  get page(): Page {
    return this.game.page;
  }

  look(): Promise<Screen> {
    return look(this.page);
  }

  /** Records every value `data-hold` takes from now on, so a spec can ask what was seen. */
  async recordHold(): Promise<void> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { __holdSeen: seen });
      new MutationObserver(() => seen.push(document.body.dataset.hold ?? '')).observe(document.body, {
        attributes: true,
        attributeFilter: ['data-hold'],
      });
    });
  }

  heldStates(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __holdSeen?: string[] }).__holdSeen ?? []);
  }

  /** The gamepad: a press and its release, each seen by the game's poll. */
  async padPress(button: number): Promise<void> {
    // Pressed for one frame's poll and released the next, all inside the page: a round trip to
    // the test between the two can take longer than a held B takes to mean "skip" (800 ms) on
    // a loaded machine, and then a tap would be read as a hold.
    await this.page.evaluate(async (b) => {
      const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const pad = (window as unknown as { __pad: { set: (b: number, p: boolean) => void } }).__pad;
      // rAF callbacks run in the order they were asked for: the adapter's poll, asked for in
      // the frame before, sees the press before this one lifts it.
      pad.set(b, true);
      await frame();
      pad.set(b, false);
      await frame();
      await frame();
    }, button);
  }

  async padSet(button: number, pressed: boolean): Promise<void> {
    await this.page.evaluate(({ b, p }) => (window as unknown as { __pad: { set: (b: number, p: boolean) => void } }).__pad.set(b, p), {
      b: button,
      p: pressed,
    });
    await frames(this.page, 2);
  }

  /** A touch: down and up at a point, as a finger does (no mouse events are sent). */
  async tap(x: number, y: number): Promise<void> {
    await this.touch('touchStart', x, y);
    await this.touch('touchEnd', x, y);
  }

  async touch(type: 'touchStart' | 'touchEnd', x: number, y: number): Promise<void> {
    this.cdp ??= await this.game.context.newCDPSession(this.page);
    await this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  }

  /** Presses New game on the title, with this player's device. */
  async newGame(): Promise<void> {
    const s = await this.look();
    if (!s.titleShowing) throw new Error('newGame: the title is not showing');
    await this.pressControl('#btn-new', 'New game');
    await this.page.waitForFunction(() => document.body.dataset.mode !== 'title', undefined, { timeout: 60_000 });
    this.started = true;
  }

  /**
   * Plays on to the end credits and leaves them rolling at a reader's pace: a spec that sped
   * the cutscenes up would otherwise see them over, on a loaded machine, before it looked.
   */
  async playToTheCredits(limit = 1500): Promise<Screen> {
    await this.slowTheCreditsWhenTheyRoll();
    const s = await this.playUntil((screen) => screen.credits, limit);
    this.started = false;
    return s;
  }

  /** From the moment the end credits start rolling, cutscenes (and so the roll) run at a reader's pace. */
  async slowTheCreditsWhenTheyRoll(): Promise<void> {
    await this.page.evaluate(() => {
      const watch = new MutationObserver(() => {
        if (document.body.dataset.credits !== 'rolling') return;
        document.documentElement.dataset.cutsceneSpeed = '1';
        watch.disconnect();
      });
      watch.observe(document.body, { attributes: true, attributeFilter: ['data-credits'] });
    });
  }

  /**
   * Plays one step of whatever the game shows, and waits until the screen changes (or a while
   * passes: a cutscene may simply be running). Returns what it saw before acting.
   */
  async step(): Promise<Screen> {
    const s = await this.look();
    this.turn += 1;
    if (s.hold === 'waiting') await this.lean();
    else if (s.mode === 'cutscene' || s.mode === 'loading') await frames(this.page, 2);
    else if (s.choices.length > 0) await this.choose(s);
    else if (s.mode === 'explore' && s.objects.length > 0) await this.useObject(s);
    else if (s.mode === 'dialogue' && s.dialogue) await this.advance();
    else await frames(this.page, 2);
    // Wait on the game, not the clock: until what a step can change has changed.
    const before = signature(s);
    for (let i = 0; i < 30 && signature(await this.look()) === before; i++) await frames(this.page, 1);
    return s;
  }

  /** Plays until `done` says stop, or throws after `limit` steps. */
  async playUntil(done: (s: Screen) => boolean, limit = 800): Promise<Screen> {
    for (let i = 0; i < limit; i++) {
      const s = await this.look();
      if (done(s)) return s;
      if (s.errorShowing) throw new Error('the game showed its error screen');
      // Back at the title while waiting for something else: the game ended unseen (nothing left to play).
      if (s.titleShowing && this.started) throw new Error(`back at the title before it got there: ${signature(s)}`);
      await this.step();
    }
    const s = await this.look();
    // The last lines read tell a loop (a nag repeated) from a stall (one line never moving on).
    const last = (await this.game.logLines()).slice(-6).join(' | ');
    throw new Error(`did not get there in ${String(limit)} steps: ${signature(s)}; last lines: ${last}`);
  }

  /** Reads on: completes a typing line or moves the story on. */
  async advance(): Promise<void> {
    switch (this.device) {
      case 'keyboard':
        await this.page.keyboard.press('Enter');
        return;
      case 'gamepad':
        await this.padPress(PAD.a);
        return;
      default:
        await this.pressAt('#dialogue');
    }
  }

  /** The lean at the kiss: held until the prompt goes, then let go. */
  async lean(): Promise<void> {
    const gone = (): Promise<unknown> =>
      this.page.waitForFunction(() => document.body.dataset.hold === undefined, undefined, { timeout: 180_000 });
    switch (this.device) {
      case 'keyboard':
        await this.page.keyboard.down('Space');
        await gone();
        await this.page.keyboard.up('Space');
        return;
      case 'gamepad':
        await this.padSet(PAD.a, true);
        await gone();
        await this.padSet(PAD.a, false);
        return;
      case 'mouse': {
        const [x, y] = await this.sceneSpot();
        await this.page.mouse.move(x, y);
        await this.page.mouse.down();
        await gone();
        await this.page.mouse.up();
        return;
      }
      case 'touch': {
        const [x, y] = await this.sceneSpot();
        await this.touch('touchStart', x, y);
        await gone();
        await this.touch('touchEnd', x, y);
        return;
      }
    }
  }

  private async choose(s: Screen): Promise<void> {
    const first = s.choices[0] ?? '';
    if (this.device === 'keyboard') {
      await this.page.keyboard.press('Digit1');
    } else if (this.device === 'gamepad') {
      await this.focusWithPad((f) => f === first);
      await this.padPress(PAD.a);
    } else {
      await this.pressAt('button.choice');
    }
  }

  private async useObject(s: Screen): Promise<void> {
    // Each object once, in the scene's order; after that, the one used longest ago.
    const fresh = OBJECT_ORDER.find((o) => s.objects.includes(o) && !this.used.has(o));
    const pick = fresh ?? [...s.objects].sort((a, b) => (this.used.get(a) ?? -1) - (this.used.get(b) ?? -1))[0];
    if (pick === undefined) return;
    this.used.set(pick, this.turn);
    if (this.device === 'keyboard') {
      for (let i = 0; i < 12 && (await this.look()).focused !== pick; i++) await this.page.keyboard.press('ArrowRight');
      await this.page.keyboard.press('Enter');
    } else if (this.device === 'gamepad') {
      await this.focusWithPad((f) => f === pick);
      await this.padPress(PAD.a);
    } else {
      await this.pressAt(`button.hotspot[data-prop="${pick}"]`);
    }
  }

  /** Walks the focus with the D-pad until `wanted` says it is there. */
  private async focusWithPad(wanted: (focused: string | null) => boolean): Promise<void> {
    for (let i = 0; i < 12 && !wanted((await this.look()).focused); i++) await this.padPress(PAD.right);
    if (!wanted((await this.look()).focused)) throw new Error('the D-pad never reached the control');
  }

  /** A press on a title or menu control, with this player's device. */
  async pressControl(selector: string, name: string): Promise<void> {
    if (this.device === 'keyboard') {
      for (let i = 0; i < 12; i++) {
        const focused = await this.page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
        if (focused === name) break;
        await this.page.keyboard.press('ArrowDown');
      }
      await this.page.keyboard.press('Enter');
    } else if (this.device === 'gamepad') {
      for (let i = 0; i < 12; i++) {
        const focused = await this.page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
        if (focused === name) break;
        await this.padPress(PAD.down);
      }
      await this.padPress(PAD.a);
    } else {
      await this.pressAt(selector);
    }
  }

  /**
   * A click or a tap at the middle of the first element `selector` finds on screen. What a finger
   * or the pointer lands on there must be that element: another control over its middle (a
   * neighbour's hit area) would take the press, and the story would loop on the wrong object. A
   * cover that goes (the last line's box leaving as the objects come, the camera settling) is
   * waited out for a few frames; one that stays fails.
   */
  private async pressAt(selector: string): Promise<void> {
    let hit: string | null = null;
    for (let tries = 0; tries < 20; tries++) {
      const box = await this.page.locator(selector).first().boundingBox();
      if (!box) throw new Error(`nothing on screen for ${selector}`);
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      hit = await this.page.evaluate(
        ({ px, py, sel }) => {
          const top = document.elementFromPoint(px, py);
          const wanted = document.querySelector(sel);
          return top === null || wanted === null || wanted.contains(top) ? null : top.outerHTML.slice(0, 120);
        },
        { px: x, py: y, sel: selector },
      );
      if (hit === null) {
        if (this.device === 'touch') await this.tap(x, y);
        else await this.page.mouse.click(x, y);
        return;
      }
      await frames(this.page, 1);
    }
    throw new Error(`the middle of ${selector} is covered by ${String(hit)}`);
  }

  /** A point on the bare scene, away from every button. */
  private async sceneSpot(): Promise<[number, number]> {
    const box = await this.page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    return [box.x + box.width / 2, box.y + box.height / 3];
  }
}
