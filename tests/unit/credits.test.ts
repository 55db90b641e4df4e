import { describe, expect, it } from 'vitest';
import { stringTables } from '../../build/lang';
import { loadCredits } from '../../build/manifest';
import { buildCredits, creditsAsText, GAME_CREDITS } from '../../src/ui/credits';
import { ROOT } from './helpers';

describe('the credits', () => {
  const entries = loadCredits(ROOT);
  const sections = buildCredits(entries);
  const text = creditsAsText(sections).join('\n');
  const lines = sections.flatMap((s) => s.lines);

  it('credit every font, with its OFL licence', () => {
    for (const face of ['Cormorant Garamond', 'Atkinson Hyperlegible', 'OpenDyslexic'])
      expect(text).toMatch(new RegExp(`${face}.*OFL-1\\.1`));
  });

  it('name every asset file from every manifest', () => {
    for (const entry of entries) expect(text, entry.file).toContain(entry.file);
  });

  it("fold a sound's webm and mp3, and a texture and its normal map, into one line, and end with the tools", () => {
    const line = (file: string) => lines.find((l) => l.files?.includes(file));
    expect(line('pour.webm')?.files).toEqual(['pour.webm', 'pour.mp3']);
    expect(line('buffy_seated.png')?.files).toEqual(['buffy_seated.png', 'buffy_seated_n.png']);
    expect(sections.at(-1)?.heading).toBe('credits.built_with');
    expect(text).toMatch(/Phaser 4.*MIT/);
    expect(text).toMatch(/howler\.js.*MIT/);
    expect(text).toMatch(/inkjs.*MIT/);
  });

  it("show an asset's licence as the licences' names alone, and the team as the team's string", () => {
    const music = lines.find((l) => l.files?.includes('music_reunion.webm'));
    expect(music?.licence).toBe('CC BY 4.0 · CC BY 3.0 · MIT');
    expect(music?.keys?.author).toBe('credits.team');
    expect(music?.namesOthers).toBe(true);
    expect(music?.detail).toMatch(/Alexander Holm.*Frank Wen/);
    const pour = lines.find((l) => l.files?.includes('pour.webm'));
    expect(pour?.licence).toBe('CC BY 4.0');
    expect(pour?.namesOthers).toBe(false);
    expect(lines.find((l) => l.title.startsWith('OpenDyslexic'))?.author).toBe('Abbie Gonzalez');
  });
});

describe('the credits in every language', () => {
  const { tables } = stringTables(ROOT);
  const lines = buildCredits(loadCredits(ROOT)).flatMap((s) => s.lines);
  const keys = lines.flatMap((l) => Object.values(l.keys ?? {}));

  it('give every credited asset its title and credit line under string keys', () => {
    for (const line of lines.filter((l) => l.files)) {
      expect(line.keys?.title, line.title).toMatch(/^asset\.[a-z0-9_]+\.title$/);
      expect(line.keys?.detail, line.title).toMatch(/^asset\.[a-z0-9_]+\.credit$/);
    }
    expect(GAME_CREDITS.flatMap((s) => s.lines).every((l) => l.keys?.detail)).toBe(true);
  });

  it.each(['en', 'es', 'fr'])('have every one of those words in %s', (lang) => {
    const table = tables[lang] ?? {};
    expect(keys.filter((key) => !table[key])).toEqual([]);
  });

  it.each(['es', 'fr'])("say every asset's title and credit in %s differently from English, keeping names, paths and licences", (lang) => {
    const table = tables[lang] ?? {};
    const english = tables.en ?? {};
    for (const key of keys.filter((k) => k.startsWith('asset.'))) {
      const en = english[key] ?? '';
      const theirs = table[key] ?? '';
      expect(theirs, key).not.toBe(en);
      for (const kept of en.match(
        /(?:scripts|github\.com)\/\S+?(?=[),;]|$)|CC BY \d\.\d|MIT|Alexander Holm|Frank Wen|Fontsource|Spike|Buffy/g,
      ) ?? [])
        expect(theirs, key).toContain(kept);
    }
  });
});
