// The crypt as a player sees it: screenshots at four moments (saved as artifacts), a scene
// that is mostly dark with warm light around the candles, and flicker that is alive — and
// perfectly still under reduced flicker; the film laid over every frame of a shot move.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/story/director';
import { FAST, useBrowser, type GameDriver } from './harness';
import { brightestColour, decode, differingPixels, medianLuminance } from './pixels';
import { saveWhere } from './storySaves';

const browser = useBrowser();

async function continueFrom(when: (s: Snapshot) => boolean, settings: Record<string, unknown> = FAST): Promise<GameDriver> {
  const game = await browser.game({ settings, storage: { 'every-night:save': saveWhere(when) } });
  await game.open();
  await game.clickButton('Continue');
  await game.page.waitForFunction(() => document.body.dataset.mode === 'explore' || document.body.dataset.mode === 'dialogue', undefined, {
    timeout: 120_000,
  });
  // Let the camera and lights settle (every effect in, then a short real wait).
  await game.page.waitForFunction(() => document.body.dataset.settled === 'true', undefined, { timeout: 60_000 });
  await game.page.waitForTimeout(1500);
  return game;
}

async function canvasShot(game: GameDriver): Promise<Buffer> {
  return game.page.locator('canvas').screenshot();
}

const MOMENTS: [string, (s: Snapshot) => boolean][] = [
  ['ritual-start', (s) => s.beat === 'ritual'],
  ['lighter-lit', (s) => s.scene.lights.lighter_flame === true],
  ['cigarette-smoking', (s) => s.scene.props.cigarette === 'burning'],
  ['him-seated', (s) => s.scene.actors.spike === 'seated'],
];

describe('the crypt', () => {
  it.each(MOMENTS)('at "%s" is mostly dark with warm light around the candles', async (name, when) => {
    const game = await continueFrom(when);
    await game.screenshot(`scene-${name}`);
    const image = decode(await canvasShot(game));
    expect(medianLuminance(image), 'median luminance').toBeLessThan(0.22);
    // The lit 2 % of the frame (candle glow on stone, faces, glass) is warm: red well over blue.
    const glow = brightestColour(image, 0.02);
    expect(glow.r, 'the candlelight is warm').toBeGreaterThan(glow.b * 1.4);
    // And the brightest 0.1 % (the flames themselves) stand out of the dark.
    expect(brightestColour(image, 0.001).floor, 'the flames shine').toBeGreaterThan(0.3);
  });

  it('flickers: two frames a quarter of a second apart differ around the candles', async () => {
    // Reduced motion stills the grain and dust, so only the flicker can change the frame.
    const game = await continueFrom((s) => s.beat === 'ritual', { ...FAST, reducedMotion: true, reducedFlicker: false });
    const a = decode(await canvasShot(game));
    await game.page.waitForTimeout(250);
    const b = decode(await canvasShot(game));
    expect(differingPixels(a, b)).toBeGreaterThan(200);
  });

  it('holds perfectly still under reduced flicker with the seed fixed', async () => {
    const game = await continueFrom((s) => s.beat === 'ritual', { ...FAST, reducedMotion: true, reducedFlicker: true });
    const a = decode(await canvasShot(game));
    await game.page.waitForTimeout(250);
    const b = decode(await canvasShot(game));
    expect(differingPixels(a, b)).toBe(0);
  });

  it('lays the film over the whole of every frame of a shot move, however far the camera goes in one', async () => {
    const game = await browser.game({ settings: { ...FAST, lightMode: 'off' } });
    await game.page.goto(`${game.server.url}?debug`);
    await game.waitForTitle();
    await game.page.waitForFunction(() => document.body.dataset.settled === 'true', undefined, { timeout: 60_000 });
    // The game stepped by hand at 150 ms a frame (a slow machine's pace: the camera goes far
    // between two frames), from one shot to another; after each frame, how far the view drawn
    // reaches past the film laid over it (screen px).
    const uncovered = await game.page.evaluate(() => {
      interface Shown {
        texture?: { key: string };
        x: number;
        y: number;
        displayWidth: number;
        displayHeight: number;
      }
      interface Crypt {
        children: { list: Shown[] };
        cameras: { main: { worldView: { x: number; y: number; right: number; bottom: number }; zoom: number } };
        runCommand(command: { kind: 'shot'; shot: string }, ms: number): void;
      }
      const phaser = (
        window as unknown as {
          everyNight: {
            scene: { getScene(k: string): Crypt };
            loop: { sleep(): void; wake(): void };
            step(time: number, delta: number): void;
          };
        }
      ).everyNight;
      const crypt = phaser.scene.getScene('crypt');
      const film = crypt.children.list.find((o) => o.texture?.key === 'film');
      if (!film) throw new Error('no film overlay in the crypt');
      const cam = crypt.cameras.main;
      phaser.loop.sleep();
      const gaps: number[] = [];
      const frame = (): void => {
        phaser.step(performance.now(), 150);
        const v = cam.worldView;
        const half = { w: film.displayWidth / 2, h: film.displayHeight / 2 };
        const past = Math.max(0, film.x - half.w - v.x, v.right - (film.x + half.w), film.y - half.h - v.y, v.bottom - (film.y + half.h));
        gaps.push(past * cam.zoom);
      };
      for (const [from, to] of [
        ['lid', 'wide'],
        ['buffy', 'spike'],
      ] as const) {
        crypt.runCommand({ kind: 'shot', shot: from }, 0);
        frame();
        crypt.runCommand({ kind: 'shot', shot: to }, 1200);
        for (let i = 0; i < 10; i++) frame();
      }
      phaser.loop.wake();
      return gaps;
    });
    expect(uncovered).toHaveLength(22);
    expect(
      Math.max(...uncovered),
      `screen px of the view past the film, frame by frame: ${uncovered.map((g) => g.toFixed(0)).join(' ')}`,
    ).toBe(0);
  });
});
