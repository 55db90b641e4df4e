import { describe, expect, it } from 'vitest';
import { crc32, decodeProgress, encodeProgress, streamSqueeze } from '../../src/save/progressCode';
import { SAVE_VERSION, type SaveData } from '../../src/save/saveGame';
import { snapshot } from './save-helpers';

const STORY = 'k3x9';
const save: SaveData = {
  version: SAVE_VERSION,
  savedAt: '2026-12-02T06:00:00.000Z',
  current: { ...snapshot('lighter', true), line: { id: 'ritual.7', speaker: 'Buffy', text: 'Hi.' } },
  lastBeat: snapshot('ritual'),
  seen: ['ritual.1', 'ritual.7'],
  story: STORY,
};

/** A code with one character changed in the middle, as a mistyped copy would be. */
function damage(code: string): string {
  const at = Math.floor(code.length / 2);
  const swapped = code[at] === 'A' ? 'B' : 'A';
  return code.slice(0, at) + swapped + code.slice(at + 1);
}

describe('a progress code', () => {
  it('reads back as exactly the save it was made from', async () => {
    const code = await encodeProgress(save);
    expect(await decodeProgress(code, STORY)).toEqual({ ok: true, save });
  });

  it('is URL-safe text that names the game and its format', async () => {
    expect(await encodeProgress(save)).toMatch(/^EN1-[A-Za-z0-9_-]+$/);
  });

  it('is compact: deflated, it is far shorter than the save as JSON', async () => {
    const big: SaveData = { ...save, seen: Array.from({ length: 300 }, (_, i) => `line.${String(i)}`) };
    expect((await encodeProgress(big)).length).toBeLessThan(JSON.stringify(big).length / 2);
  });

  it('still reads where the browser cannot compress (written and read without deflate)', async () => {
    const code = await encodeProgress(save, null);
    expect(await decodeProgress(code, STORY, null)).toEqual({ ok: true, save });
    expect(await decodeProgress(code, STORY, streamSqueeze())).toEqual({ ok: true, save });
  });

  it('survives the spaces and line breaks a chat app puts in', async () => {
    const code = await encodeProgress(save);
    const wrapped = `  ${code.slice(0, 20)}\n${code.slice(20, 40)} ${code.slice(40)}\n`;
    expect(await decodeProgress(wrapped, STORY)).toEqual({ ok: true, save });
  });

  it('is refused as damaged when one character is changed', async () => {
    const code = await encodeProgress(save);
    expect(await decodeProgress(damage(code), STORY)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('is refused as damaged when it is cut short', async () => {
    const code = await encodeProgress(save);
    for (const length of [5, 10, code.length - 1, code.length - 7]) {
      expect(await decodeProgress(code.slice(0, length), STORY), `cut to ${String(length)}`).toEqual({ ok: false, problem: 'damaged' });
    }
  });

  it('is refused as damaged when its checksum does not match what it holds, uncompressed too', async () => {
    const code = await encodeProgress(save, null);
    expect(await decodeProgress(damage(code), STORY, null)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('is refused as another story when it was made in another version of the story', async () => {
    const code = await encodeProgress({ ...save, story: 'other' });
    expect(await decodeProgress(code, STORY)).toEqual({ ok: false, problem: 'other-story' });
  });

  it('is refused as newer when its format is from a later version of the game', async () => {
    const code = await encodeProgress(save);
    expect(await decodeProgress(code.replace(/^EN1-/, 'EN2-'), STORY)).toEqual({ ok: false, problem: 'newer' });
  });

  it('is refused as newer when the save inside is of a later save version', async () => {
    const code = await encodeProgress({ ...save, version: 99 } as unknown as SaveData);
    expect(await decodeProgress(code, STORY)).toEqual({ ok: false, problem: 'newer' });
  });

  it('is refused as not a code at all when it is other text, and as empty when nothing was pasted', async () => {
    expect(await decodeProgress('hello there', STORY)).toEqual({ ok: false, problem: 'not-a-code' });
    expect(await decodeProgress('{"version":3}', STORY)).toEqual({ ok: false, problem: 'not-a-code' });
    expect(await decodeProgress(' \n ', STORY)).toEqual({ ok: false, problem: 'empty' });
  });

  it('is refused as damaged when it holds characters base64url does not use', async () => {
    const code = await encodeProgress(save);
    expect(await decodeProgress(`${code.slice(0, 30)}*${code.slice(31)}`, STORY)).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('the checksum', () => {
  it('is the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
