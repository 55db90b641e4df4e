// Menus played the two ways a person plays them: the keyboard alone and the mouse alone.
// Title → settings → credits → new game → pause → history → settings → resume; focus goes
// back where it was each time a panel closes.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser, type GameDriver } from './harness';

const browser = useBrowser();

/** Cutscenes are not what this file tests: run them fast (the cutscene player's knob). */
async function fastCutscenes(game: GameDriver): Promise<void> {
  await game.page.evaluate(() => (document.documentElement.dataset.cutsceneSpeed = '40'));
}

const focused = (game: GameDriver): Promise<string> =>
  game.page.evaluate(() => {
    const a = document.activeElement;
    return a ? (a.getAttribute('aria-label') ?? a.textContent).trim() : '';
  });
const panel = (game: GameDriver): Promise<string | undefined> => game.page.evaluate(() => document.body.dataset.panel);
const waitPanel = (game: GameDriver, name: string): Promise<unknown> =>
  game.page.waitForFunction((n) => (document.body.dataset.panel ?? '') === n, name, { timeout: 30_000 });

/** Presses the arrow key until the focused control's name matches. */
async function arrowTo(game: GameDriver, name: RegExp, key = 'ArrowDown'): Promise<void> {
  for (let i = 0; i < 12 && !name.test(await focused(game)); i++) await game.press(key);
  expect(await focused(game)).toMatch(name);
}

/** Waits through the cold open (a cutscene) until the story shows a line or objects. */
async function playUntilStory(game: GameDriver): Promise<void> {
  await game.page.waitForFunction(() => document.body.dataset.mode === 'explore' || document.body.dataset.mode === 'dialogue', undefined, {
    timeout: 180_000,
  });
}

describe('menus', () => {
  it('are played with the keyboard alone', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await fastCutscenes(game);
    expect(await focused(game)).toBe('New game');
    // Title → Settings: arrows walk the title menu, Enter opens, focus lands inside.
    await arrowTo(game, /^Settings$/);
    await game.press('Enter');
    await waitPanel(game, 'settings');
    expect(await game.page.evaluate(() => document.querySelector('#settings-panel')?.contains(document.activeElement))).toBe(true);
    // Change the music volume with the arrow keys on its slider.
    await game.page.getByLabel('Music', { exact: true }).focus();
    const before = await game.page.getByLabel('Music', { exact: true }).inputValue();
    await game.press('ArrowLeft');
    await game.press('ArrowLeft');
    expect(Number(await game.page.getByLabel('Music', { exact: true }).inputValue())).toBeLessThan(Number(before));
    // Tab stays inside the panel; Esc closes it and focus goes back to the Settings button.
    for (let i = 0; i < 60; i++) await game.press('Tab');
    expect(await game.page.evaluate(() => document.querySelector('#settings-panel')?.contains(document.activeElement))).toBe(true);
    await game.screenshot('menus-settings');
    await game.press('Escape');
    await waitPanel(game, '');
    expect(await focused(game)).toBe('Settings');
    // Credits and back.
    await arrowTo(game, /^Credits$/);
    await game.press('Space');
    await waitPanel(game, 'credits');
    await game.screenshot('menus-credits');
    await game.press('Escape');
    expect(await focused(game)).toBe('Credits');
    // New game, then Esc pauses: the game clock and the director stop.
    await arrowTo(game, /^New game$/, 'ArrowUp');
    await game.press('Enter');
    await playUntilStory(game);
    await game.press('Escape');
    await waitPanel(game, 'pause');
    await game.waitForMode('paused');
    expect(await focused(game)).toBe('Resume');
    await game.screenshot('menus-pause');
    // Pause → History (from the menu), Esc back to pause, with focus on History again.
    await arrowTo(game, /^History$/);
    await game.press('Enter');
    await waitPanel(game, 'history');
    expect(await game.page.locator('#history-panel li').count()).toBeGreaterThan(0);
    await game.screenshot('menus-history');
    await game.press('Escape');
    await waitPanel(game, 'pause');
    expect(await focused(game)).toBe('History');
    // Resume with Esc; the story goes on where it was.
    await game.press('Escape');
    await waitPanel(game, '');
    expect(['explore', 'dialogue']).toContain(await game.mode());
    // H opens the history over the game and closes it again.
    await game.press('KeyH');
    await waitPanel(game, 'history');
    await game.waitForMode('paused');
    await game.press('KeyH');
    await waitPanel(game, '');
    expect(['explore', 'dialogue']).toContain(await game.mode());
  });

  it('are played with the mouse alone', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await fastCutscenes(game);
    await game.clickButton('Settings');
    await waitPanel(game, 'settings');
    await game.page.getByText('Largest', { exact: true }).click();
    await game.page.getByText('Atkinson Hyperlegible', { exact: true }).click();
    await game.page.getByLabel('High-contrast text box').click();
    const stored = await game.page.evaluate(
      () => JSON.parse(localStorage.getItem('every-night:settings') ?? '{}') as Record<string, unknown>,
    );
    expect(stored).toMatchObject({ textSize: 'huge', typeface: 'legible', highContrast: true });
    await game.screenshot('menus-settings-largest');
    await game.clickButton('Done');
    await waitPanel(game, '');
    await game.clickButton('Credits');
    await waitPanel(game, 'credits');
    await expect.poll(() => game.page.locator('#credits-panel').textContent()).toMatch(/OFL-1\.1/);
    await game.clickButton('Back');
    await game.clickButton('New game');
    await playUntilStory(game);
    await game.clickButton('Pause');
    await waitPanel(game, 'pause');
    await game.clickButton('Settings');
    await waitPanel(game, 'settings');
    await game.clickButton('Done');
    await waitPanel(game, 'pause');
    await game.clickButton('Resume');
    await waitPanel(game, '');
    await game.clickButton('History');
    await waitPanel(game, 'history');
    await game.clickButton('Close');
    await waitPanel(game, '');
    await game.clickButton('Pause');
    await game.clickButton('Back to title');
    await game.waitForTitle();
    await fastCutscenes(game);
    await expect.poll(() => game.page.locator('#btn-continue').isVisible()).toBe(true);
    expect(await panel(game)).toBe('');
  });
});
