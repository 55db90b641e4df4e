// Settings in the built game: a change survives a reload; the system's reduced-motion wish
// turns reduced flicker and motion on; the largest text still fits a small 640×360 embed.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser } from './harness';

const browser = useBrowser();

describe('settings', () => {
  it('survive a reload', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await game.clickButton('Settings');
    // Mouse players click the visible pill and label; the native input sits under them.
    await game.page.getByText('Largest', { exact: true }).click();
    await game.page.getByText('Auto-advance', { exact: true }).click();
    await game.page.getByRole('slider', { name: 'Effects' }).fill('0.3');
    await game.page.reload();
    await game.waitForTitle();
    expect(await game.page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe('1.4');
    await game.clickButton('Settings');
    expect(await game.page.getByRole('radio', { name: 'Largest' }).isChecked()).toBe(true);
    expect(await game.page.getByRole('checkbox', { name: 'Auto-advance' }).isChecked()).toBe(true);
    expect(await game.page.getByRole('slider', { name: 'Effects' }).inputValue()).toBe('0.3');
  });

  it('start with reduced flicker and motion when the system asks for reduced motion', async () => {
    const game = await browser.game({ reducedMotion: true });
    await game.open();
    await game.clickButton('Settings');
    expect(await game.page.getByRole('checkbox', { name: 'Reduced flicker' }).isChecked()).toBe(true);
    expect(await game.page.getByRole('checkbox', { name: 'Reduced motion' }).isChecked()).toBe(true);
    expect(await game.page.evaluate(() => document.body.classList.contains('reduced-motion'))).toBe(true);
  });

  it('start with them off when it does not', async () => {
    const game = await browser.game({ reducedMotion: false });
    await game.open();
    await game.clickButton('Settings');
    expect(await game.page.getByRole('checkbox', { name: 'Reduced motion' }).isChecked()).toBe(false);
  });

  it('rebind a key, refuse to leave a clash, and reset', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await game.clickButton('Settings');
    await game.clickButton(/^Mute: M\. Change$/);
    await game.press('KeyF');
    await expect.poll(() => game.page.locator('.keys-status').textContent()).toMatch(/Mute is now F\. Fullscreen is now M\./);
    // Esc while waiting cancels and keeps the panel open.
    await game.clickButton(/^History: H\. Change$/);
    await game.press('Escape');
    expect(await game.page.evaluate(() => document.body.dataset.panel)).toBe('settings');
    await expect.poll(() => game.page.locator('.keys-status').textContent()).toMatch(/Kept H/);
    await game.clickButton('Reset keys to defaults');
    const keys = await game.page.evaluate(
      () => (JSON.parse(localStorage.getItem('every-night:settings') ?? '{}') as { keys: Record<string, string[]> }).keys,
    );
    expect(keys.mute).toEqual(['KeyM']);
  });

  it('fit a 640×360 frame at the largest text size without clipping', async () => {
    const game = await browser.game({ settings: { ...FAST, textSize: 'huge' }, viewport: { width: 640, height: 360 } });
    await game.open();
    await game.screenshot('settings-title-640-largest');
    await game.clickButton('Settings');
    // The panel fits the frame; its body scrolls instead of spilling out.
    const fits = await game.page.evaluate(() => {
      const card = document.querySelector('#settings-panel .panel-card')?.getBoundingClientRect();
      const frame = document.querySelector('#overlay')?.getBoundingClientRect();
      return card && frame
        ? card.top >= frame.top && card.bottom <= frame.bottom + 1 && card.left >= frame.left && card.right <= frame.right + 1
        : false;
    });
    expect(fits).toBe(true);
    // No control is wider than its row.
    const overflowing = await game.page.evaluate(() =>
      [...document.querySelectorAll('#settings-panel .setting')]
        .filter((row) => row.scrollWidth > row.clientWidth + 1)
        .map((row) => row.textContent),
    );
    expect(overflowing).toEqual([]);
    await game.screenshot('settings-640-largest');
    await game.page.locator('#settings-panel .settings-scroll').evaluate((node) => (node.scrollTop = node.scrollHeight));
    await game.screenshot('settings-640-largest-keys');
  });
});
