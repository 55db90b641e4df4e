import { describe, expect, it } from 'vitest';
import { loadCredits } from '../../build/manifest';
import { buildCredits, creditsAsText } from '../../src/ui/credits';
import { ROOT } from './helpers';

describe('the credits', () => {
  const entries = loadCredits(ROOT);
  const sections = buildCredits(entries);
  const text = creditsAsText(sections).join('\n');

  it('credit every font, with its OFL licence', () => {
    for (const face of ['Cormorant Garamond', 'Atkinson Hyperlegible', 'OpenDyslexic']) expect(text).toMatch(new RegExp(`${face}.*OFL-1\\.1`));
  });

  it('name every asset file from every manifest', () => {
    for (const entry of entries) expect(text, entry.file).toContain(entry.file);
  });

  it('fold a sound\'s webm and mp3 into one line, and end with the tools', () => {
    const sound = sections.find((s) => s.heading === 'credits.kind.sound');
    expect(sound?.lines.some((l) => /\.webm, .*\.mp3/.test(l.detail))).toBe(true);
    expect(sections.at(-1)?.heading).toBe('credits.built_with');
    expect(text).toMatch(/Phaser 4.*MIT/);
    expect(text).toMatch(/howler\.js.*MIT/);
    expect(text).toMatch(/inkjs.*MIT/);
  });
});
