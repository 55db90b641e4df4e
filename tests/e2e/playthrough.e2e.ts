// The story from the title to the kiss, played twice: once with the keyboard alone (arrow keys
// to the objects, Enter to use them and to read on, number keys to choose, Space held to lean
// in) and once with the mouse alone (clicks on objects, lines and choices; the button held down
// to lean in). The story is read from the accessible log.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser } from './harness';
import { Player, type Device } from './player';

const browser = useBrowser();

describe('a playthrough to the kiss', () => {
  it.each<[string, Device]>([
    ['the keyboard', 'keyboard'],
    ['the mouse', 'mouse'],
  ])('is possible with %s alone', async (_name, device) => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await game.page.evaluate(() => (document.documentElement.dataset.cutsceneSpeed = '30'));
    const player = new Player(game, device);
    await player.newGame();
    await player.playUntil((s) => s.cutscene === 'kiss' && s.hold === 'waiting');
    expect(await game.page.locator('#hold-prompt').textContent()).toContain(
      device === 'mouse' ? 'Hold the mouse button to lean in' : 'Hold Space to lean in',
    );
    await player.lean();
    await game.waitForLog('Their lips meet.', 180_000);
    const log = (await game.logLines()).join('\n');
    expect(log).toMatch(/^Spike: /m);
    expect(log).toMatch(/^Buffy: /m);
  });
});
