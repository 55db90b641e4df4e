// The whole game, from the title through the cold open, the ritual, the conversation, the kiss
// and the reunion to "The End" and back to the title: once watching every cutscene (with
// screenshots of the dissolve, the kiss and the embrace), once skipping every one of them.
// Cutscenes run faster than life here (software WebGL draws a few frames a second), except
// around the moments the screenshots are of.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser, type GameDriver } from './harness';
import { frames, Player } from './player';

const browser = useBrowser();

/** Cutscene clock speed for the stretches no screenshot is of. */
const FASTER = 30;

async function setSpeed(game: GameDriver, speed: number): Promise<void> {
  await game.page.evaluate((s) => (document.documentElement.dataset.cutsceneSpeed = String(s)), speed);
}

async function waitForCutscene(game: GameDriver, id: string): Promise<void> {
  await game.page.waitForFunction((c) => document.body.dataset.cutscene === c, id, { timeout: 120_000 });
}

async function waitCutsceneOver(game: GameDriver, timeout = 240_000): Promise<void> {
  await game.page.waitForFunction(() => document.body.dataset.cutscene === undefined, undefined, { timeout });
}

/** Plays on (Enter through lines, the first choice, each object in turn) until a cutscene starts or the title is back. */
async function playUntilCutscene(player: Player): Promise<string> {
  const s = await player.playUntil((v) => v.cutscene !== null || v.mode === 'title');
  return s.cutscene ?? 'title';
}

describe('the cutscenes, in the built game', () => {
  it('plays from the title through the kiss to The End and back, watching every cutscene', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await setSpeed(game, FASTER);
    const player = new Player(game, 'keyboard');
    await game.clickButton('New game');

    // The cold open: her lean, his dissolve into smoke, the title card.
    await waitForCutscene(game, 'cold_open');
    expect(await game.page.locator('#btn-skip-cutscene').isVisible()).toBe(true);
    await game.waitForLog(/There.s my girl/);
    await game.waitForLog('[a heartbeat]', 120_000);
    await setSpeed(game, 2);
    await game.waitForLog('[he comes apart into smoke]', 120_000);
    await frames(game.page, 2);
    await game.screenshot('cutscene-cold-open-dissolve');
    await setSpeed(game, FASTER);
    // Waiting for the card is the check: at test speed it may be gone again a moment later.
    await game.page.waitForFunction(() => document.getElementById('cutscene-card')?.textContent === 'Every Night', undefined, {
      timeout: 120_000,
    });
    await waitCutsceneOver(game);
    expect(await game.logLines()).toContain('Buffy: Same time tomorrow.');

    // The ritual and the conversation, to the kiss.
    expect(await playUntilCutscene(player)).toBe('kiss');
    await game.page.waitForFunction(() => document.body.dataset.hold === 'waiting', undefined, { timeout: 120_000 });
    const prompt = game.page.locator('#hold-prompt');
    await expect.poll(() => prompt.textContent()).toContain('Hold Space to lean in');
    // Nothing moves on while she is not held to it.
    await setSpeed(game, 4);
    await frames(game.page, 3);
    expect(await game.page.evaluate(() => document.body.dataset.hold)).toBe('waiting');
    // Every state the prompt goes through is recorded, so however long a frame takes (a frame
    // longer than the whole hold once hid the "holding" state from a poll), the held Space is seen.
    await player.recordHold();
    await game.page.keyboard.down('Space');
    await game.page.waitForFunction(() => document.body.dataset.hold === undefined, undefined, { timeout: 120_000 });
    await game.page.keyboard.up('Space');
    expect(await player.heldStates()).toContain('holding');
    await frames(game.page, 2);
    await game.screenshot('cutscene-kiss');
    await setSpeed(game, FASTER);
    await waitCutsceneOver(game);
    await game.waitForLog('Their lips meet.');

    // The reunion: the embrace, the last kiss, The End, the credits, the title.
    expect(await playUntilCutscene(player)).toBe('reunion');
    await game.waitForLog(/He scoops her up/, 120_000);
    await setSpeed(game, 1);
    await frames(game.page, 4);
    await game.screenshot('cutscene-embrace');
    await setSpeed(game, FASTER);
    await game.page.waitForFunction(() => document.getElementById('cutscene-card')?.textContent === 'The End', undefined, {
      timeout: 180_000,
    });
    await game.page.waitForFunction(() => document.body.dataset.credits === 'rolling', undefined, { timeout: 60_000 });
    expect(await game.page.locator('#credits-roll').textContent()).toMatch(/Salamander/i);
    await game.waitForTitle();
    expect(await game.mode()).toBe('title');
    expect(await game.logLines()).toContain('Spike: But I heard the last bit.');
  });

  it('plays from the title to The End and back, skipping every cutscene (hold Esc, or the button)', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    const player = new Player(game, 'keyboard');
    await game.clickButton('New game');

    // Holding Esc skips; the log still carries every line skipped past.
    await waitForCutscene(game, 'cold_open');
    await game.hold('Escape', 1800);
    await waitCutsceneOver(game, 30_000);
    expect(await game.page.locator('#pause-panel:not([hidden])').count()).toBe(0);
    expect(await game.logLines()).toContain('Buffy: Same time tomorrow.');

    expect(await playUntilCutscene(player)).toBe('kiss');
    await game.clickButton(/Skip this scene/);
    await waitCutsceneOver(game, 30_000);
    await game.waitForLog('Their lips meet.');

    expect(await playUntilCutscene(player)).toBe('reunion');
    await game.clickButton(/Skip this scene/);
    await game.waitForTitle();
    expect(await game.mode()).toBe('title');
    expect(await game.logLines()).toContain('Spike: But I heard the last bit.');
  });
});
