// The game in Spanish and in French: a browser whose language is Spanish (or French) plays the
// built game from the title to the end card in that language, with <html lang> set and no
// English left in what the player reads; switching language mid-conversation keeps the place,
// the choices made and the history; no line spills out of the text box at the largest size.
import { describe, expect, it } from 'vitest';
import { stringTables } from '../../build/lang';
import { FAST, ROOT, useBrowser, type GameDriver } from './harness';
import { frames, Player } from './player';
import { saveWhere } from './storySaves';

const browser = useBrowser();
const { tables } = stringTables(ROOT);
const english = tables.en ?? {};

/**
 * The English a reader of `lang` must never meet: every English string the language says
 * differently, long enough to be words (not "A" or "Num"), and not itself inside that
 * language's own strings (a name, "OK").
 */
function englishOnly(lang: string): Set<string> {
  const table = tables[lang] ?? {};
  const theirs = Object.values(table).join('\n');
  return new Set(
    Object.entries(english)
      .filter(
        ([key, text]) =>
          table[key] !== undefined && table[key] !== text && text.replace(/\{[^}]+\}/g, '').trim().length >= 5 && !theirs.includes(text),
      )
      .map(([, text]) => text.split(/\{[^}]+\}/)[0]?.trim() ?? text)
      .filter((text) => text.length >= 5),
  );
}

/** Every piece of text a player can read or hear now: shown text, accessible names, the log. */
async function readable(game: GameDriver): Promise<string[]> {
  return game.page.evaluate(() => {
    const out: string[] = [];
    const shown = (el: Element): boolean => el instanceof HTMLElement && el.closest('[hidden]') === null && el.getClientRects().length > 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (text !== '' && parent && !parent.classList.contains('unrevealed') && (shown(parent) || parent.closest('#story-log')))
        out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label]')) if (shown(el)) out.push(el.getAttribute('aria-label') ?? '');
    out.push(document.title);
    return out;
  });
}

async function expectNoEnglish(game: GameDriver, lang: string, where: string): Promise<void> {
  const banned = englishOnly(lang);
  const found = (await readable(game)).filter((text) => [...banned].some((en) => text === en || (en.length >= 16 && text.includes(en))));
  expect(found, `English in the ${lang} game at ${where}`).toEqual([]);
}

describe.each([
  ['es-ES', 'es', 'Fin'],
  ['fr-FR', 'fr', 'Fin'],
])('a browser in %s', (locale, lang, theEnd) => {
  it('plays from the title to the end card in its language, with no English left', { timeout: 900_000 }, async () => {
    const game = await browser.game({ settings: FAST, locale });
    await game.context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => (document.documentElement.dataset.cutsceneSpeed = '30')),
    );
    await game.open();
    expect(await game.page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await expectNoEnglish(game, lang, 'the title');
    expect(await game.page.locator('#btn-new').textContent()).toBe(tables[lang]?.['title.new']);
    expect(await game.page.locator('.content-note').textContent()).toContain(tables[lang]?.['title.content_note'] ?? '?');

    const player = new Player(game, 'keyboard');
    await player.newGame();
    await player.playUntil((s) => s.mode === 'explore');
    await expectNoEnglish(game, lang, 'the ritual');
    await game.press('Escape');
    await game.page.waitForFunction(() => document.body.dataset.panel === 'pause', undefined, { timeout: 30_000 });
    await expectNoEnglish(game, lang, 'the pause menu');
    await game.press('Escape');
    await player.playUntil((s) => s.choices.length > 0 && s.beat === 'footsteps');
    await expectNoEnglish(game, lang, 'the first choice');
    await player.playUntil((s) => s.hold === 'waiting');
    expect(await game.page.locator('#hold-prompt').textContent()).toContain(
      tables[lang]?.['prompt.lean.keyboard']?.split('{')[0]?.trim() ?? '?',
    );
    await expectNoEnglish(game, lang, 'the kiss');
    await player.lean();
    await player.playUntil((s) => s.cutscene === 'reunion');
    await game.page.waitForFunction((text) => document.getElementById('cutscene-card')?.textContent === text, theEnd, { timeout: 300_000 });
    await expectNoEnglish(game, lang, 'the end card');
    await game.page.waitForFunction(() => document.body.dataset.credits === 'rolling', undefined, { timeout: 60_000 });
    await frames(game.page, 2);
    await expectNoEnglish(game, lang, 'the credits');
    await game.screenshot(`languages-${lang}-credits`);
  });
});

describe('the credits panel', () => {
  /** Opens the title's credits in the language in use and checks no English asset words are left. */
  async function creditsIn(game: GameDriver, lang: string): Promise<void> {
    await game.page.locator('#btn-credits').click();
    await game.page.waitForFunction(() => document.body.dataset.panel === 'credits', undefined, { timeout: 30_000 });
    await expectNoEnglish(game, lang, 'the credits panel');
    const shown = (await game.page.locator('#credits-panel').textContent()) ?? '';
    const assets = Object.keys(english).filter((key) => key.startsWith('asset.'));
    expect(assets.length).toBeGreaterThan(100);
    expect(
      assets.filter((key) => shown.includes(english[key] ?? '?')),
      `English asset words in the ${lang} panel`,
    ).toEqual([]);
    expect(
      assets.filter((key) => !shown.includes(tables[lang]?.[key] ?? '?')),
      `asset words missing from the ${lang} panel`,
    ).toEqual([]);
    // Names, licences and file names stay as they are.
    for (const kept of ['Alexander Holm', 'CC BY 4.0', 'OFL-1.1', 'pour.webm, pour.mp3', 'scripts/art/page/42-buffy.js'])
      expect(shown).toContain(kept);
    // No screenshot: one costs ten seconds on a loaded machine (the panels were looked at by hand).
    await game.press('Escape');
    await game.page.waitForFunction(() => document.body.dataset.panel === '', undefined, { timeout: 30_000 });
  }

  it('credits every asset in Spanish, then in French: no English title or credit line left', async () => {
    const game = await browser.game({ settings: FAST, locale: 'es-ES' });
    await game.open();
    await creditsIn(game, 'es');
    // The title's language control: the panel is written again in French.
    await game.page.locator('#title-languages button', { hasText: 'Français' }).click();
    await game.page.waitForFunction(() => document.documentElement.lang === 'fr', undefined, { timeout: 30_000 });
    await creditsIn(game, 'fr');
  });
});

describe('switching language', () => {
  it('mid-conversation keeps the place, the choices made and the history, in the new language', async () => {
    const game = await browser.game({ settings: FAST, storage: { 'every-night:save': saveWhere((s) => s.beat === 'conversation') } });
    await game.open();
    await game.clickButton('Continue');
    const player = new Player(game, 'keyboard');
    await player.playUntil((s) => s.choices.length > 0);
    const before = await player.look();
    const englishChoices = before.choices;
    expect(englishChoices[0]).toMatch(/They're not for me/);
    const lines = before.lines;

    await game.press('Escape');
    await game.clickButton('Settings');
    await game.page.locator('#settings-panel label', { hasText: 'Français' }).click();
    expect(await game.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await game.screenshot('languages-switched-settings');
    await game.press('Escape');
    await game.press('Escape');
    await game.page.waitForFunction(() => document.body.dataset.panel === '', undefined, { timeout: 30_000 });

    const after = await player.look();
    expect(after.mode).toBe('dialogue');
    expect(after.beat).toBe(before.beat);
    expect(after.choices).toHaveLength(englishChoices.length);
    expect(after.choices[0]).toBe(`1. ${tables.fr?.['conversation.they_re_not_for'] ?? '?'}`);
    expect(after.lines).toBe(lines);
    // The history reads in French too, every line of it.
    await game.press('KeyH');
    await game.page.waitForFunction(() => document.body.dataset.panel === 'history', undefined, { timeout: 30_000 });
    const history = await game.page.locator('#history-panel .history-text').allTextContents();
    expect(history).toContain(tables.fr?.['conversation.she_starts_the_way'] ?? '?');
    expect(history.some((t) => t.includes('She starts the way she always starts.'))).toBe(false);
    await game.screenshot('languages-switched-history');
    await game.press('KeyH');
    // And the story goes on from the same choice.
    await game.press('Digit1');
    await game.waitForLog(tables.fr?.['conversation.they_re_not_for_2'] ?? '?');
  });
});

describe('the text box', () => {
  it('holds the longest line of every language at the largest text size', async () => {
    const game = await browser.game({ settings: { ...FAST, textSize: 'huge' }, viewport: { width: 960, height: 540 } });
    await game.open();
    await game.clickButton('New game');
    await game.page.waitForFunction(
      () => document.body.dataset.mode === 'dialogue' || document.body.dataset.mode === 'explore',
      undefined,
      { timeout: 120_000 },
    );
    const spills: string[] = [];
    for (const lang of Object.keys(tables)) {
      const longest = Object.entries(tables[lang] ?? {})
        .filter(
          ([key]) =>
            !/^(ui|title|settings|keys|pad|key|credits|prompt|controls|notice|format|history|pause|label|caption|loading|error|page|game|play|fullscreen|dialogue|hotspots|log|cutscene)\./.test(
              key,
            ),
        )
        .sort((a, b) => b[1].length - a[1].length)
        .slice(0, 5);
      for (const [key, text] of longest) {
        // Written into the game's own box, then measured against the picture it sits on.
        const fits = await game.page.evaluate((words) => {
          const box = document.getElementById('dialogue');
          const line = box?.querySelector('.line-text');
          const frame = document.getElementById('overlay')?.getBoundingClientRect();
          if (!box || !line || !frame) return false;
          box.hidden = false;
          line.textContent = words;
          const rect = box.getBoundingClientRect();
          return rect.top >= frame.top + frame.height * 0.45 && rect.bottom <= frame.bottom && line.scrollWidth <= line.clientWidth + 1;
        }, text);
        if (!fits) spills.push(`${lang} ${key}`);
      }
    }
    await game.screenshot('languages-longest-line');
    expect(spills, 'lines that spill out of the text box or cover more than half the picture').toEqual([]);
  });
});
