// The whole game with a gamepad alone: a virtual pad with the standard mapping (an init script
// stubs navigator.getGamepads and fires gamepadconnected), no key and no mouse event sent.
// The menus by D-pad, A and B; the story to the kiss, held with A; the reunion to The End.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser, type GameDriver } from './harness';
import { installVirtualPad, PAD, Player } from './player';

const browser = useBrowser();

/** Counts every key and mouse event the page receives, to prove none was sent. */
async function countKeysAndMice(game: GameDriver): Promise<void> {
  await game.context.addInitScript(() => {
    const counted = { keys: 0, mice: 0 };
    Object.assign(window, { __counted: counted });
    for (const type of ['keydown', 'keyup']) window.addEventListener(type, () => (counted.keys += 1), true);
    for (const type of ['mousedown', 'mouseup', 'click'])
      window.addEventListener(
        type,
        (e) => {
          if ((e as MouseEvent).detail > 0) counted.mice += 1;
        },
        true,
      );
    window.addEventListener('pointerdown', () => (counted.mice += 1), true);
  });
}

const focusedName = (game: GameDriver): Promise<string> =>
  game.page.evaluate(() => {
    const a = document.activeElement;
    const label = a instanceof HTMLInputElement ? a.labels?.[0]?.textContent : null;
    return a ? (a.getAttribute('aria-label') ?? label ?? a.textContent).trim() : '';
  });

describe('the gamepad', () => {
  // A long one: about 150 pad steps of four frames each, in software WebGL.
  it('plays the whole game, from the title through the kiss to The End, with no key or mouse', { timeout: 1_200_000 }, async () => {
    const game = await browser.game({ settings: FAST });
    await countKeysAndMice(game);
    await game.context.addInitScript(installVirtualPad);
    await game.context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => (document.documentElement.dataset.cutsceneSpeed = '30')),
    );
    await game.open();
    const pad = new Player(game, 'gamepad');

    // The menus: D-pad down to Settings, A opens it, left on a slider moves it, B backs out.
    expect(await focusedName(game)).toBe('New game');
    for (let i = 0; i < 6 && (await focusedName(game)) !== 'Settings'; i++) await pad.padPress(PAD.down);
    await pad.padPress(PAD.a);
    await game.page.waitForFunction(() => document.body.dataset.panel === 'settings', undefined, { timeout: 30_000 });
    expect(await game.page.locator('#controls-hint').textContent()).toBe('A chooses · B goes back · Menu pauses');
    const master = game.page.getByLabel('Master volume', { exact: true });
    // The language comes first (a player who cannot read the rest can still find it), then the sound.
    expect(await focusedName(game)).toBe('English');
    for (let i = 0; i < 4 && (await focusedName(game)) !== 'Master volume'; i++) await pad.padPress(PAD.down);
    expect(await focusedName(game)).toBe('Master volume');
    const before = Number(await master.inputValue());
    await pad.padPress(PAD.left);
    expect(Number(await master.inputValue())).toBeLessThan(before);
    await pad.padPress(PAD.down);
    expect(await focusedName(game)).toBe('Music');
    await pad.padPress(PAD.b);
    await game.page.waitForFunction(() => document.body.dataset.panel === '', undefined, { timeout: 30_000 });
    expect(await focusedName(game)).toBe('Settings');

    // New game, and the story to the kiss.
    await pad.newGame();
    await pad.playUntil((s) => s.hold === 'waiting');
    expect(await game.page.locator('#hold-prompt').textContent()).toContain('Hold A to lean in');
    await pad.recordHold();
    await pad.lean();
    expect(await pad.heldStates()).toContain('holding');
    await game.waitForLog('Their lips meet.');

    // Start pauses, View opens the history over the pause menu, B backs out twice.
    await pad.playUntil((s) => s.mode === 'dialogue' && s.dialogue);
    await pad.padPress(PAD.start);
    await game.page.waitForFunction(() => document.body.dataset.panel === 'pause', undefined, { timeout: 30_000 });
    expect(await focusedName(game)).toBe('Resume');
    await pad.padPress(PAD.view);
    await game.page.waitForFunction(() => document.body.dataset.panel === 'history', undefined, { timeout: 30_000 });
    await pad.padPress(PAD.b);
    await pad.padPress(PAD.b);
    await game.page.waitForFunction(() => document.body.dataset.panel === '', undefined, { timeout: 30_000 });
    expect(await game.mode()).toBe('dialogue');

    // The reunion to The End and the credits, and back to the title.
    await pad.playToTheCredits();
    await pad.padPress(PAD.a);
    await game.waitForTitle();
    expect(await game.logLines()).toContain('Spike: But I heard the last bit.');
    expect(await game.page.evaluate(() => (window as unknown as { __counted: { keys: number; mice: number } }).__counted)).toEqual({
      keys: 0,
      mice: 0,
    });
  });

  it('skips a cutscene when B is held, and pauses when it is tapped', async () => {
    const game = await browser.game({ settings: FAST });
    await game.context.addInitScript(installVirtualPad);
    await game.open();
    const pad = new Player(game, 'gamepad');
    await pad.newGame();
    await game.waitForMode('cutscene');
    await pad.padPress(PAD.b);
    await game.page.waitForFunction(() => document.body.dataset.panel === 'pause', undefined, { timeout: 30_000 });
    await pad.padPress(PAD.b);
    await game.page.waitForFunction(() => document.body.dataset.panel === '', undefined, { timeout: 30_000 });
    expect(await game.mode()).toBe('cutscene');
    await pad.padSet(PAD.b, true);
    await game.page.waitForFunction(() => document.body.dataset.mode !== 'cutscene', undefined, { timeout: 30_000 });
    await pad.padSet(PAD.b, false);
    expect(await game.logLines()).toContain('Buffy: Same time tomorrow.');
    expect(await game.page.evaluate(() => document.body.dataset.panel)).toBe('');
  });
});
