import { describe, expect, it } from 'vitest';
import { parseTag, TagError } from '../../src/story/tags';
import { TEST_INDEX } from './helpers';

describe('the tag parser', () => {
  it('turns a sound tag into a typed sfx command', () => {
    expect(parseTag('sfx: zippo_open', TEST_INDEX)).toEqual({ kind: 'sfx', cue: 'zippo_open' });
  });

  it('reads every kind of tag in the vocabulary', () => {
    expect(parseTag('music: music_night', TEST_INDEX)).toEqual({ kind: 'music', cue: 'music_night' });
    expect(parseTag('music: stop', TEST_INDEX)).toEqual({ kind: 'music', cue: null });
    expect(parseTag('ambience: crypt_ambience', TEST_INDEX)).toEqual({ kind: 'ambience', cue: 'crypt_ambience' });
    expect(parseTag('light: lighter_flame on', TEST_INDEX)).toEqual({ kind: 'light', light: 'lighter_flame', on: true });
    expect(parseTag('mood: warm', TEST_INDEX)).toEqual({ kind: 'mood', mood: 'warm' });
    expect(parseTag('prop: lighter lit', TEST_INDEX)).toEqual({ kind: 'prop', prop: 'lighter', state: 'lit' });
    expect(parseTag('actor: spike seated', TEST_INDEX)).toEqual({ kind: 'actor', actor: 'spike', pose: 'seated' });
    expect(parseTag('shot: kiss', TEST_INDEX)).toEqual({ kind: 'shot', shot: 'kiss' });
    expect(parseTag('cut: kiss', TEST_INDEX)).toEqual({ kind: 'cut', cutscene: 'kiss' });
    expect(parseTag('beat: ritual', TEST_INDEX)).toEqual({ kind: 'beat', beat: 'ritual' });
    expect(parseTag('object: lighter', TEST_INDEX)).toEqual({ kind: 'object', prop: 'lighter' });
  });

  it('tolerates extra spaces around the key and arguments', () => {
    expect(parseTag('  prop:   lighter   open ', TEST_INDEX)).toEqual({ kind: 'prop', prop: 'lighter', state: 'open' });
  });

  it('rejects a tag it does not know, naming the known ones', () => {
    expect(() => parseTag('explode: now', TEST_INDEX)).toThrow(/unknown tag "explode".*known: sfx/);
  });

  it('rejects a tag without a colon', () => {
    expect(() => parseTag('sfx zippo_open', TEST_INDEX)).toThrow(TagError);
  });

  it('rejects a sound cue that is not in the registry', () => {
    expect(() => parseTag('sfx: trumpet', TEST_INDEX)).toThrow(/unknown sound cue "trumpet"/);
  });

  it('rejects a cue played on the wrong bus', () => {
    expect(() => parseTag('music: zippo_open', TEST_INDEX)).toThrow(/on the sfx bus, not music/);
  });

  it('rejects unknown lights, props, states, actors, poses, shots and cutscenes', () => {
    expect(() => parseTag('light: sun on', TEST_INDEX)).toThrow(/unknown light "sun"/);
    expect(() => parseTag('light: lighter_flame bright', TEST_INDEX)).toThrow(/"on" or "off"/);
    expect(() => parseTag('prop: piano open', TEST_INDEX)).toThrow(/unknown prop "piano"/);
    expect(() => parseTag('prop: lighter broken', TEST_INDEX)).toThrow(/has no state "broken"/);
    expect(() => parseTag('actor: angel seated', TEST_INDEX)).toThrow(/unknown actor "angel"/);
    expect(() => parseTag('actor: spike dancing', TEST_INDEX)).toThrow(/has no state "dancing"/);
    expect(() => parseTag('shot: drone', TEST_INDEX)).toThrow(/unknown camera shot "drone"/);
    expect(() => parseTag('cut: finale', TEST_INDEX)).toThrow(/unknown cutscene/);
    expect(() => parseTag('mood: disco', TEST_INDEX)).toThrow(/unknown mood "disco"/);
  });

  it('rejects the wrong number of arguments with the expected form', () => {
    expect(() => parseTag('prop: lighter', TEST_INDEX)).toThrow(/expected "prop: <prop> <state>"/);
    expect(() => parseTag('beat: Big Moment', TEST_INDEX)).toThrow(TagError);
  });
});
