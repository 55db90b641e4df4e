// levels/figures.json is checked with the scene: a part, a pose or a prop an action names must
// exist, or the build fails naming the file and the field.
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPaths, readContent } from '../../build/content';
import { ContentInvalid } from '../../src/content/read';
import { figureTextures } from '../../src/scene/figures';
import { validateFigures } from '../../src/scene/validateFigures';
import { validateLevel } from '../../src/level/validate';
import { ROOT, readJson } from './helpers';

const scene = validateLevel(readJson('levels/crypt.level.json'), 'crypt.level.json');
const FILE = 'levels/figures.json';

interface Raw {
  boxes: Record<string, unknown>;
  figures: Record<
    string,
    { parts: Record<string, unknown>[]; poses: Record<string, unknown>; actions: Record<string, Record<string, unknown>> }
  >;
}
const fresh = (): Raw => structuredClone(readJson(FILE)) as Raw;

function faultsOf(raw: unknown): string[] {
  try {
    validateFigures(raw, FILE, scene);
  } catch (error) {
    if (error instanceof ContentInvalid) {
      expect(error.file).toBe(FILE);
      return [...error.faults];
    }
    throw error;
  }
  throw new Error('expected levels/figures.json to be rejected');
}

const buffy = (raw: Raw): Raw['figures'][string] => {
  const figure = raw.figures.buffy;
  if (!figure) throw new Error('no buffy');
  return figure;
};

describe('the figures file', () => {
  it('accepts the shipped figures, every part texture boxed', () => {
    const figures = validateFigures(readJson(FILE), FILE, scene);
    expect(Object.keys(figures.figures).sort()).toEqual(['buffy', 'spike']);
    for (const texture of figureTextures(figures)) expect(figures.boxes[texture]).toBeDefined();
  });

  it('says where smoke leaves each figure, and rejects a mouth on a part it does not have', () => {
    const figures = validateFigures(readJson(FILE), FILE, scene);
    expect([figures.figures.buffy?.mouth.x, figures.figures.spike?.mouth.x]).toEqual([12, -12]);
    const raw = fresh();
    (buffy(raw) as unknown as { mouth: { part: string } }).mouth.part = 'beak';
    expect(faultsOf(raw)).toContain('$.figures.buffy.mouth.part: no part "beak"');
  });

  it('rejects an action key naming a pose the figure does not have', () => {
    const raw = fresh();
    const take = buffy(raw).actions.take_lighter as { keys: { pose: string }[] };
    (take.keys[0] as { pose: string }).pose = 'flying';
    expect(faultsOf(raw)).toContain('$.figures.buffy.actions.take_lighter.keys[0].pose: no pose "flying" for buffy');
  });

  it('rejects a hand-off to a part the figure does not have', () => {
    const raw = fresh();
    const take = buffy(raw).actions.take_lighter as { handoffs: { to: string }[] };
    (take.handoffs[0] as { to: string }).to = 'tail';
    expect(faultsOf(raw)).toContain('$.figures.buffy.actions.take_lighter.handoffs[0].to: no part "tail" for buffy');
  });

  it('rejects a hand-off of a prop the scene does not have', () => {
    const raw = fresh();
    const take = buffy(raw).actions.take_lighter as { handoffs: { prop: string }[] };
    (take.handoffs[0] as { prop: string }).prop = 'banjo';
    expect(faultsOf(raw)).toContain('$.figures.buffy.actions.take_lighter.handoffs[0].prop: no prop "banjo" in the scene');
  });

  it('rejects a change naming a prop, a state or a light the scene does not have, or a moment outside the action', () => {
    const raw = fresh();
    const flip = buffy(raw).actions.flip_lid as { changes: unknown[] };
    flip.changes = [
      { at: 250, prop: 'banjo', state: 'open' },
      { at: 250, prop: 'lighter', state: 'ajar' },
      { at: 250, light: 'moon', on: true },
      { at: 2000, prop: 'lighter', state: 'open' },
      { at: 250, light: 'lighter_flame', on: 'yes' },
    ];
    const faults = faultsOf(raw);
    expect(faults).toContain('$.figures.buffy.actions.flip_lid.changes[0].prop: no prop "banjo" in the scene');
    expect(faults).toContain('$.figures.buffy.actions.flip_lid.changes[1].state: prop "lighter" has no state "ajar" (has shut, open, lit)');
    expect(faults).toContain('$.figures.buffy.actions.flip_lid.changes[2].light: no light "moon" in the scene');
    expect(faults).toContain('$.figures.buffy.actions.flip_lid.changes[3].at: must be at most 900');
    expect(faults).toContain('$.figures.buffy.actions.flip_lid.changes[4].on: expected true or false');
  });

  it('rejects a pour from a prop no hand holds all the while, into a prop the scene lacks, or that ends before it starts', () => {
    const raw = fresh();
    const pour = buffy(raw).actions.pour as { pours: unknown[]; changes: unknown[] };
    pour.pours = [
      { at: 500, until: 3000, from: 'bottle', into: 'glass' },
      { at: 1700, until: 3000, from: 'bottle', into: 'bucket' },
      { at: 2000, until: 1800, from: 'bottle', into: 'glass' },
      { at: 1700, until: 3000, from: 'lighter', into: 'glass' },
    ];
    pour.changes = [{ at: 1750, prop: 'glass', state: 'full', ms: 3000 }];
    const faults = faultsOf(raw);
    expect(faults).toContain(
      '$.figures.buffy.actions.pour.pours[0].from: "bottle" is not in a hand of buffy from 500 to 3000 ms (see the handoffs)',
    );
    expect(faults).toContain('$.figures.buffy.actions.pour.pours[1].into: no prop "bucket" in the scene');
    expect(faults).toContain('$.figures.buffy.actions.pour.pours[2].until: ends at 1800 ms, not after it starts (2000 ms)');
    expect(faults).toContain(
      '$.figures.buffy.actions.pour.pours[3].from: "lighter" is not in a hand of buffy from 1700 to 3000 ms (see the handoffs)',
    );
    expect(faults).toContain("$.figures.buffy.actions.pour.changes[0].ms: blends until 4750 ms, after the action's 3600 ms");
  });

  it('rejects a sound the cue table does not have, naming the file and the field', () => {
    const raw = fresh();
    const pour = buffy(raw).actions.pour as { changes: unknown[] };
    pour.changes = [{ at: 1000, sfx: 'glug' }];
    let faults: string[] = [];
    try {
      validateFigures(raw, FILE, scene, { cues: new Set(Object.keys((readJson('assets/audio/cues.json') as { cues: object }).cues)) });
    } catch (error) {
      if (!(error instanceof ContentInvalid)) throw error;
      expect(error.file).toBe(FILE);
      faults = [...error.faults];
    }
    expect(faults).toEqual(['$.figures.buffy.actions.pour.changes[0].sfx: no sound cue "glug" in assets/audio/cues.json']);
  });

  it('reads the shipped changes in time order, the lighter opening when the thumb flips it', () => {
    const figures = validateFigures(readJson(FILE), FILE, scene);
    expect(figures.figures.buffy?.actions.flip_lid?.changes).toEqual([
      { kind: 'prop', at: 250, prop: 'lighter', state: 'open', ms: null },
      { kind: 'sfx', at: 250, cue: 'zippo_open' },
    ]);
    const light = figures.figures.buffy?.actions.light_cigarette?.changes ?? [];
    expect(light.map((c) => c.at)).toEqual([...light.map((c) => c.at)].sort((a, b) => a - b));
  });

  it('rejects a pose naming a part that does not exist, or a face a part does not have', () => {
    const raw = fresh();
    buffy(raw).poses.seated = { wing: { a: 3 }, head: { tex: 'winking' } };
    const faults = faultsOf(raw);
    expect(faults).toContain('$.figures.buffy.poses.seated.wing: no part "wing"');
    expect(faults.some((f) => f.startsWith('$.figures.buffy.poses.seated.head.tex: part "head" has no variant "winking"'))).toBe(true);
  });

  it('rejects a figure missing a pose for one of its story poses', () => {
    const raw = fresh();
    delete buffy(raw).poses.crying;
    expect(faultsOf(raw)).toContain('$.figures.buffy.poses: no pose for the story pose "crying" (crypt.level.json)');
  });

  it('rejects keys that overlap or outlast their action, and a walk with nowhere to go', () => {
    const raw = fresh();
    const take = buffy(raw).actions.take_lighter as { ms: number; keys: { at: number }[]; travel?: unknown };
    (take.keys[1] as { at: number }).at = 100;
    take.travel = { at: 0, ms: 500 };
    take.ms = 900;
    const faults = faultsOf(raw);
    expect(faults).toContain(
      '$.figures.buffy.actions.take_lighter.keys[1].at: keys run one after another: this one starts before the last has ended',
    );
    expect(faults).toContain("$.figures.buffy.actions.take_lighter.keys[1]: ends at 1000 ms, after the action's 900 ms");
    expect(faults).toContain('$.figures.buffy.actions.take_lighter.travel: a travel needs a "pose" to travel to');
  });

  it('fails the build naming levels/figures.json when an action names a pose that is not there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'every-night-figures-'));
    try {
      for (const part of ['levels', 'assets/audio', 'assets/art']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
      copyFileSync(join(ROOT, 'tests/fixtures/missing-pose.figures.json'), join(dir, FILE));
      expect(() => readContent(defaultPaths(dir))).toThrow(ContentInvalid);
      let message = '';
      try {
        readContent(defaultPaths(dir));
      } catch (error) {
        message = error instanceof Error ? error.message : '';
      }
      expect(message).toContain('levels/figures.json: $.figures.buffy.actions.take_lighter.keys[0].pose: no pose "flying" for buffy');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a part texture with no box, a figure that is no actor, and a missing texture file', () => {
    const raw = fresh();
    delete raw.boxes.buffy_hand;
    raw.figures.dawn = structuredClone(buffy(raw));
    const faults = faultsOf(raw);
    expect(faults).toContain('$.figures.dawn: no actor "dawn" in the scene');
    expect(faults).toContain('$.figures.buffy.parts[5].textures.open: texture "buffy_hand" has no box in $.boxes');
    expect(() => validateFigures(readJson(FILE), FILE, scene, { textures: new Set(['buffy_legs']) })).toThrow(
      /texture "buffy_torso" has no assets\/art\/buffy_torso\.png/,
    );
  });
});
