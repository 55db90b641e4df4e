// What a player reads of an asset's credit: keys from the file's name, licences by name alone,
// and the people beside the team named in the credit line.
import { describe, expect, it } from 'vitest';
import { creditFaults, creditKeys, creditStem, licenceNames, othersNamed, teamLed } from '../../src/content/assetCredits';

describe("an asset's credit", () => {
  it("is keyed by its file's name, a normal map with its texture and a sound's two files together", () => {
    expect(creditStem('buffy_seated_n.png')).toBe('buffy_seated');
    expect(creditStem('buffy_seated.png')).toBe('buffy_seated');
    expect(creditStem('pour.mp3')).toBe(creditStem('pour.webm'));
    expect(creditStem('@fontsource/cormorant-garamond')).toBe('cormorant_garamond');
    expect(creditKeys('pour.webm')).toEqual({ title: 'asset.pour.title', credit: 'asset.pour.credit' });
  });

  it('shows a licence record as the licences it names, each once', () => {
    expect(licenceNames('CC BY 4.0, Every Night team')).toEqual(['CC BY 4.0']);
    expect(
      licenceNames(
        'Composition and recording CC BY 4.0, Every Night team; Salamander Grand Piano samples CC BY 3.0; FluidR3 GM SoundFont MIT',
      ),
    ).toEqual(['CC BY 4.0', 'CC BY 3.0', 'MIT']);
    expect(licenceNames('OFL-1.1')).toEqual(['OFL-1.1']);
    expect(licenceNames('CC0')).toEqual(['CC0']);
    expect(licenceNames('All rights reserved')).toEqual([]);
  });

  it('knows the team leads a record, and whom else it names', () => {
    expect(teamLed('Every Night team')).toBe(true);
    expect(teamLed('Abbie Gonzalez')).toBe(false);
    expect(othersNamed('Every Night team; Salamander Grand Piano by Alexander Holm; FluidR3 GM by Frank Wen')).toEqual([
      'Alexander Holm',
      'Frank Wen',
    ]);
    expect(othersNamed('Every Night team')).toEqual([]);
  });

  it('is refused with no licence the credits can name, or a credit line that leaves out someone the author field credits', () => {
    const entry = {
      file: 'music_night.webm',
      title: 'Every Night',
      credit: 'Composed in code',
      licence: 'CC BY 4.0, Every Night team',
      author: 'Every Night team; Salamander Grand Piano by Alexander Holm',
    };
    expect(creditFaults(entry)).toEqual(['credit: "Composed in code" should name Alexander Holm, whom the author field credits']);
    expect(creditFaults({ ...entry, credit: 'Composed in code; samples by Alexander Holm', licence: 'ours' })).toEqual([
      expect.stringMatching(/^licence: "ours" names no licence/),
    ]);
    expect(creditFaults({ ...entry, credit: 'Composed in code; samples by Alexander Holm' })).toEqual([]);
  });
});
