// A phone's life in the built game: leaving the page keeps the place to the line (a reload fires
// a real pagehide; a hidden tab a visibilitychange), a progress code carries it into a fresh
// browser, a damaged code is refused with its message and changes nothing, and the fullscreen
// control is hidden where the browser has no element fullscreen (iPhone Safari).
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser, type GameDriver } from './harness';

const browser = useBrowser();

async function fastCutscenes(game: GameDriver): Promise<void> {
  await game.page.evaluate(() => (document.documentElement.dataset.cutsceneSpeed = '40'));
}

async function keyUntil(game: GameDriver, wanted: string): Promise<void> {
  for (let i = 0; i < 80 && (await game.mode()) !== wanted; i++) {
    if ((await game.mode()) === 'dialogue') await game.press('Space');
    else
      await game.page.waitForFunction(
        () => document.body.dataset.mode === 'dialogue' || document.body.dataset.mode === 'explore',
        undefined,
        { timeout: 120_000 },
      );
  }
  expect(await game.mode()).toBe(wanted);
}

const lineOnShow = (game: GameDriver): Promise<string> =>
  game.page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('#dialogue');
    return box && !box.hidden ? (box.querySelector('.line-text')?.textContent ?? '') : '';
  });

const storedSave = (game: GameDriver): Promise<string | null> => game.page.evaluate(() => localStorage.getItem('every-night:save'));

/**
 * New game, past the opening, the lighter used: a line after that choice point, where the last
 * autosave (the choice point) is NOT this line. Returns the line's words.
 */
async function toLineAfterAChoice(game: GameDriver): Promise<string> {
  await game.open();
  await fastCutscenes(game);
  await game.clickButton('New game');
  await keyUntil(game, 'explore');
  await game.clickButton('The silver lighter');
  await game.waitForMode('dialogue');
  await expect.poll(() => lineOnShow(game)).not.toBe('');
  return lineOnShow(game);
}

async function continueFromTitle(game: GameDriver): Promise<void> {
  await game.waitForTitle();
  await fastCutscenes(game);
  await game.clickButton('Continue');
  await game.waitForMode('dialogue');
}

describe("a phone's life", () => {
  it('comes back to the same line after the page was left (a reload fires pagehide)', async () => {
    const game = await browser.game({ settings: FAST });
    const line = await toLineAfterAChoice(game);
    await game.page.reload();
    await continueFromTitle(game);
    expect(await lineOnShow(game)).toBe(line);
    await game.screenshot('phone-life-resumed');
  });

  it('keeps the line when the tab is hidden (visibilitychange), before any unload', async () => {
    const game = await browser.game({ settings: FAST });
    const line = await toLineAfterAChoice(game);
    await game.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const saved = JSON.parse((await storedSave(game)) ?? '{}') as { current?: { line?: { text: string } } };
    expect(saved.current?.line?.text).toBeTruthy();
    await game.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await game.page.reload();
    await continueFromTitle(game);
    expect(await lineOnShow(game)).toBe(line);
  });

  it('carries the place in a progress code into a fresh browser, on the same line', async () => {
    const first = await browser.game({ settings: FAST });
    const line = await toLineAfterAChoice(first);
    await first.press('Escape');
    await first.page.locator('#pause-progress').click();
    const out = first.page.locator('#progress-code-out');
    await expect.poll(() => out.inputValue()).toMatch(/^EN1-/);
    const code = await out.inputValue();
    await first.screenshot('phone-life-progress-copy');

    const second = await browser.game({ settings: FAST });
    await second.open();
    await fastCutscenes(second);
    expect(await second.page.locator('#btn-continue').isVisible()).toBe(false);
    await second.clickButton('Settings');
    await second.page.locator('#settings-progress').click();
    await second.page.locator('#progress-code-in').fill(code);
    await second.page.locator('#progress-read').click();
    await second.page.waitForFunction(() => document.body.dataset.progressCode === 'ready');
    await second.screenshot('phone-life-progress-ready');
    await second.page.locator('#progress-load').click();
    await second.waitForMode('dialogue');
    expect(await lineOnShow(second)).toBe(line);
    expect(await second.page.evaluate(() => document.body.dataset.panel)).toBe('');
    // It is this browser's save now: a reload continues from it.
    await second.page.reload();
    await continueFromTitle(second);
    expect(await lineOnShow(second)).toBe(line);
  });

  it('refuses a damaged code with its message, and overwrites nothing', async () => {
    const game = await browser.game({ settings: FAST });
    await toLineAfterAChoice(game);
    await game.press('Escape');
    await game.page.locator('#pause-progress').click();
    const out = game.page.locator('#progress-code-out');
    await expect.poll(() => out.inputValue()).toMatch(/^EN1-/);
    const code = await out.inputValue();
    const before = await storedSave(game);
    const middle = Math.floor(code.length / 2);
    const damaged = code.slice(0, middle) + (code[middle] === 'x' ? 'y' : 'x') + code.slice(middle + 1);
    await game.page.locator('#progress-code-in').fill(damaged);
    await game.page.locator('#progress-read').click();
    await game.page.waitForFunction(() => document.body.dataset.progressCode === 'refused');
    expect(await game.page.locator('.progress-message').textContent()).toMatch(/damaged or incomplete/);
    expect(await game.page.locator('#progress-load').isVisible()).toBe(false);
    await game.screenshot('phone-life-progress-refused');
    // A code cut short, and a code from another game, are refused the same way.
    await game.page.locator('#progress-code-in').fill(code.slice(0, 40));
    await game.page.locator('#progress-read').click();
    await expect.poll(() => game.page.locator('.progress-message').textContent()).toMatch(/damaged or incomplete/);
    await game.page.locator('#progress-code-in').fill('hello from another game');
    await game.page.locator('#progress-read').click();
    await expect.poll(() => game.page.locator('.progress-message').textContent()).toMatch(/not a progress code/);
    expect(await storedSave(game)).toBe(before);
  });

  it('hides the fullscreen control where the browser has no element fullscreen', async () => {
    const game = await browser.game({ settings: FAST });
    await game.context.addInitScript(() => {
      // As iPhone Safari: neither the standard name nor WebKit's (Chromium has both) says yes.
      for (const name of ['fullscreenEnabled', 'webkitFullscreenEnabled'])
        Object.defineProperty(Document.prototype, name, { get: () => false, configurable: true });
    });
    await game.open();
    expect(await game.page.locator('#btn-fullscreen').isHidden()).toBe(true);
    await game.clickButton('Settings');
    expect(await game.page.getByRole('checkbox', { name: 'Fullscreen', exact: true }).isVisible()).toBe(false);
    // F says why nothing happens rather than failing silently.
    await game.press('Escape');
    await game.press('KeyF');
    await expect.poll(() => game.page.locator('#notice').textContent()).toMatch(/Fullscreen is not allowed here/);
  });

  it('shows the fullscreen control where the browser has it', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    expect(await game.page.evaluate(() => document.fullscreenEnabled)).toBe(true);
    expect(await game.page.locator('#btn-fullscreen').isVisible()).toBe(true);
  });

  it('shows the brightness picture once, the first time on a phone, and the lift reaches the scene', async () => {
    const game = await browser.game({ settings: { textSpeed: 0 }, viewport: { width: 844, height: 390 }, phone: true });
    await game.open();
    await game.page.waitForFunction(() => document.body.dataset.panel === 'brightness');
    expect(
      await game.page.evaluate(() => [document.body.dataset.brightness, document.body.classList.contains('brightness-lifted')]),
    ).toEqual(['0.50', true]);
    await game.page.locator('#brightness-done').tap();
    await game.page.waitForFunction(() => document.body.dataset.panel === '');
    // A reload while the late sheets still download would abort them (a fault): let them land.
    await game.page.waitForFunction(() => document.body.dataset.settled === 'true', undefined, { timeout: 120_000 });
    await game.page.waitForLoadState('networkidle');
    await game.page.reload();
    await game.waitForTitle();
    expect(await game.page.evaluate(() => document.body.dataset.panel)).toBe('');
    expect(await game.page.evaluate(() => document.body.dataset.brightness)).toBe('0.50');
  });
});
