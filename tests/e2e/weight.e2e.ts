// Light to run (issue 19), in the built game: a clear message where WebGL is unavailable; the light
// mode as the player sets it (no film, dust or bloom; the light stays); a canvas that never grows
// with the screen's pixel ratio; textures that fit a device's texture size limit.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser, type GameDriver } from './harness';

interface Crypt {
  readonly film: boolean | null;
  readonly flamesFiltered: number;
  readonly lights: number;
}

/** What the crypt scene draws, read through ?debug. */
function crypt(game: GameDriver): Promise<Crypt> {
  return game.page.evaluate(() => {
    interface Shown {
      texture?: { key: string };
      visible: boolean;
      renderFilters?: boolean;
      filters?: unknown;
      blendMode?: number;
    }
    const phaser = (
      window as unknown as {
        everyNight: { scene: { getScene(k: string): { children: { list: Shown[] }; lights: { lights: { visible: boolean }[] } } } };
      }
    ).everyNight;
    const scene = phaser.scene.getScene('crypt');
    const film = scene.children.list.find((o) => o.texture?.key === 'film');
    return {
      film: film ? film.visible : null,
      flamesFiltered: scene.children.list.filter((o) => o.filters && o.renderFilters === true).length,
      lights: scene.lights.lights.filter((l) => l.visible).length,
    };
  });
}

async function openDebug(game: GameDriver): Promise<void> {
  await game.page.goto(`${game.server.url}?debug`);
  await game.waitForTitle();
  await game.page.waitForFunction(() => document.body.dataset.settled === 'true', undefined, { timeout: 60_000 });
}

describe('without WebGL', () => {
  const browser = useBrowser(['--disable-webgl', '--disable-3d-apis']);

  it('says the crypt cannot be drawn and what to do, instead of a black canvas', async () => {
    const game = await browser.game({ settings: FAST });
    await game.page.goto(game.server.url);
    await game.page.waitForFunction(() => document.body.dataset.noWebgl === 'true', undefined, { timeout: 60_000 });
    const dialog = game.page.getByRole('alertdialog', { name: 'This browser cannot draw the crypt' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toMatch(/hardware acceleration/);
    expect(await game.page.evaluate(() => document.activeElement?.id)).toBe('btn-no-webgl-reload');
    expect(await game.page.locator('#title').isVisible()).toBe(false);
    expect(await game.page.locator('canvas').count()).toBe(0);
  });
});

describe('with WebGL', () => {
  const browser = useBrowser();

  it("in light mode goes without the film and the flames' bloom, and keeps every light", async () => {
    const full = await browser.game({ settings: { ...FAST, lightMode: 'off' } });
    await openDebug(full);
    expect(await full.page.evaluate(() => document.body.dataset.lightMode)).toBe('off');
    const withEffects = await crypt(full);
    expect(withEffects.film).toBe(true);
    expect(withEffects.flamesFiltered).toBeGreaterThan(0);

    const light = await browser.game({ settings: { ...FAST, lightMode: 'on' } });
    await openDebug(light);
    expect(await light.page.evaluate(() => document.body.dataset.lightMode)).toBe('on');
    const without = await crypt(light);
    expect(without.film).toBe(false);
    expect(without.flamesFiltered).toBe(0);
    expect(without.lights).toBe(withEffects.lights);
  });

  it('offers the light mode in the settings', async () => {
    const game = await browser.game({ settings: { ...FAST, lightMode: 'off' } });
    await game.open();
    await game.clickButton('Settings');
    const toggle = game.page.getByRole('checkbox', { name: 'Light mode' });
    expect(await toggle.isChecked()).toBe(false);
    await game.page.getByText('Light mode', { exact: true }).click();
    expect(await toggle.isChecked()).toBe(true);
    expect(
      await game.page.evaluate(
        () => (JSON.parse(localStorage.getItem('every-night:settings') ?? '{}') as { lightMode?: string }).lightMode,
      ),
    ).toBe('on');
  });

  it('draws a phone held sideways at 3× on a 1280×720 store, never more than its screen shows', async () => {
    const game = await browser.game({ settings: FAST, viewport: { width: 844, height: 390 } });
    const cdp = await game.context.newCDPSession(game.page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 844, height: 390, deviceScaleFactor: 3, mobile: true });
    await game.open();
    const canvas = await game.page.evaluate(() => {
      const c = document.querySelector('canvas');
      const box = c?.getBoundingClientRect();
      return {
        width: c?.width ?? 0,
        height: c?.height ?? 0,
        shown: (box?.width ?? 0) * devicePixelRatio * (box?.height ?? 0) * devicePixelRatio,
        dpr: devicePixelRatio,
      };
    });
    expect(canvas.dpr).toBe(3);
    expect([canvas.width, canvas.height]).toEqual([1280, 720]);
    expect(canvas.width * canvas.height).toBeLessThanOrEqual(canvas.shown);
  });

  it('fits every texture within a device limit smaller than its sheets, drawn at full size', async () => {
    const game = await browser.game({ settings: FAST });
    await game.context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => (document.documentElement.dataset.maxTextureSize = '1024')),
    );
    await openDebug(game);
    const sizes = await game.page.evaluate(() => {
      interface Source {
        width: number;
        glTexture: { width: number; height: number } | null;
      }
      const textures = (
        window as unknown as { everyNight: { textures: { get(k: string): { source: Source[]; get(): { width: number } } } } }
      ).everyNight.textures;
      return ['sprites', 'crypt_back'].map((key) => {
        const t = textures.get(key);
        return { key, uploaded: Math.max(t.source[0]?.glTexture?.width ?? 0, t.source[0]?.glTexture?.height ?? 0), drawn: t.get().width };
      });
    });
    for (const { key, uploaded } of sizes) {
      expect(uploaded, key).toBeGreaterThan(0);
      expect(uploaded, key).toBeLessThanOrEqual(1024);
    }
    expect(sizes.find((s) => s.key === 'crypt_back')?.drawn).toBe(1280);
  });
});
