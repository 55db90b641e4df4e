// The accessibility tree of each screen, as a screen reader meets it (Playwright's
// ariaSnapshot): every control has a role and a name, and an open panel hides the game
// behind it. Snapshots are written to artifacts/ for review.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, FAST, useBrowser, type GameDriver } from './harness';

const browser = useBrowser();

/** Cutscenes are not what this file tests: run them fast (the cutscene player's knob). */
async function fastCutscenes(game: GameDriver): Promise<void> {
  await game.page.evaluate(() => (document.documentElement.dataset.cutsceneSpeed = '40'));
}

async function snapshot(game: GameDriver, name: string): Promise<string> {
  const tree = await game.page.locator('#game-root').ariaSnapshot();
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `a11y-${name}.aria.yml`), tree);
  await game.screenshot(`a11y-${name}`);
  return tree;
}

/**
 * Buttons Chromium itself exposes to assistive technology (its real accessibility tree over
 * CDP). Playwright's ariaSnapshot ignores `inert`, so what a panel hides is checked here.
 */
async function exposedButtons(game: GameDriver): Promise<string[]> {
  const cdp = await game.context.newCDPSession(game.page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.role?.value === 'button').map((n) => n.name?.value ?? '');
}

function expectAll(tree: string, expected: readonly (string | RegExp)[]): void {
  for (const item of expected) {
    if (typeof item === 'string') expect(tree, item).toContain(item);
    else expect(tree).toMatch(item);
  }
}

describe('the accessibility tree', () => {
  it('names every control on the title, settings, credits, play and pause screens', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await fastCutscenes(game);

    const title = await snapshot(game, 'title');
    expectAll(title, [
      'heading "Every Night" [level=1]',
      'navigation "Main menu"',
      'button "New game"',
      'button "Settings"',
      'button "Credits"',
      /Content note/,
      /fan work/,
    ]);
    expect(title).not.toContain('button "Continue"');
    // No unnamed buttons anywhere.
    expect(title).not.toMatch(/button\s*(\[|$)/m);

    await game.clickButton('Settings');
    const settings = await snapshot(game, 'settings');
    expectAll(settings, [
      'dialog "Settings"',
      'slider "Master volume"',
      'slider "Music"',
      'slider "Ambience"',
      'slider "Effects"',
      'checkbox "Mute all sound"',
      'group "Text speed"',
      'radio "Instant"',
      'checkbox "Auto-advance"',
      'slider "Auto-advance delay"',
      'checkbox "Skip lines already seen"',
      'group "Text size"',
      'radio "Largest"',
      'group "Typeface"',
      'radio "OpenDyslexic"',
      'slider "Line spacing"',
      'checkbox "High-contrast text box"',
      'checkbox "Captions for sounds"',
      'checkbox "Reduced flicker"',
      'checkbox "Reduced motion"',
      'checkbox "Fullscreen"',
      /button "Pause \/ back \(hold to skip\): Esc\. Change"/,
      'button "Reset keys to defaults"',
      'region "Gamepad"',
      'checkbox "Swap A and B"',
      'checkbox "Rumble with the heartbeat"',
      'button "Done"',
    ]);
    // The title behind the panel is inert: out of the tree a screen reader walks.
    const behindSettings = await exposedButtons(game);
    expect(behindSettings).toContain('Done');
    expect(behindSettings).not.toContain('New game');
    expect(settings).not.toMatch(/button\s*(\[|$)/m);
    await game.clickButton('Done');

    await game.clickButton('Credits');
    const credits = await snapshot(game, 'credits');
    expectAll(credits, ['dialog "Credits"', 'region "Credits and licences"', /OFL-1\.1/, /Phaser/, /MIT/, 'button "Back"']);
    await game.clickButton('Back');

    await game.clickButton('New game');
    await game.page.waitForFunction(
      () => document.body.dataset.mode === 'explore' || document.body.dataset.mode === 'dialogue',
      undefined,
      { timeout: 180_000 },
    );
    for (let i = 0; i < 60 && (await game.mode()) !== 'explore'; i++) {
      if ((await game.mode()) === 'dialogue') await game.press('Space');
      else await game.page.waitForTimeout(100);
    }
    const play = await snapshot(game, 'play');
    expectAll(play, ['log "Story"', 'button "History"', 'button "Pause"', 'button "The silver lighter"']);
    expect(play).not.toMatch(/button\s*(\[|$)/m);

    await game.press('Escape');
    await game.page.waitForFunction(() => document.body.dataset.panel === 'pause');
    const pause = await snapshot(game, 'pause');
    expectAll(pause, [
      'dialog "Paused"',
      'navigation "Pause menu"',
      'button "Resume"',
      'button "Settings"',
      'button "History"',
      'button "Restart from the last beat"',
      'button "Back to title"',
    ]);
    // The game behind the pause menu is out of the tree.
    const behindPause = await exposedButtons(game);
    expect(behindPause).toContain('Resume');
    expect(behindPause).not.toContain('The silver lighter');
    expect(behindPause).not.toContain('Pause');

    await game.clickButton('History');
    const history = await snapshot(game, 'history');
    expectAll(history, ['dialog "History"', 'region "History of the story so far"', 'list "Lines so far"', 'button "Close"']);
  });
});
