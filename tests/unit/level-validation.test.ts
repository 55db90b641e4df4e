import { describe, expect, it } from 'vitest';
import { texturesOf } from '../../src/level/schema';
import { ContentInvalid } from '../../src/content/read';
import { validateLevel } from '../../src/level/validate';
import { readJson } from './helpers';

const FILE = 'levels/crypt.level.json';

/** A deep copy of the shipped level for a test to break. */
function level(): Record<string, unknown> & { props: Record<string, unknown>[]; lights: Record<string, unknown>[] } {
  return structuredClone(readJson(FILE)) as Record<string, unknown> & {
    props: Record<string, unknown>[];
    lights: Record<string, unknown>[];
  };
}

function faultsOf(raw: unknown, options: Parameters<typeof validateLevel>[2] = {}): string[] {
  try {
    validateLevel(raw, FILE, options);
  } catch (error) {
    if (error instanceof ContentInvalid) return [...error.faults];
    throw error;
  }
  return [];
}

describe('the level validator', () => {
  it('accepts the shipped crypt', () => {
    const scene = validateLevel(readJson(FILE), FILE);
    expect(scene.props.map((p) => p.id)).toContain('lighter');
    expect(scene.lights.length).toBeLessThanOrEqual(scene.maxLights);
  });

  it('names the one who leans in, the state that smokes, the glow texture and the backdrop as data', () => {
    const raw = level();
    raw.leaner = 'giles';
    raw.glowTexture = 'no_such_glow';
    const cigarette = raw.props.find((p) => p.id === 'cigarette');
    if (!cigarette) throw new Error('the level has no cigarette');
    cigarette.smoke = { x: 1, y: 1, while: 'smouldering' };
    const faults = faultsOf(raw, {
      textures: new Set(texturesOf(validateLevel(readJson(FILE), FILE)).filter((t) => t !== 'no_such_glow')),
    });
    expect(faults).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.leaner: no actor "giles"/),
        expect.stringMatching(/\.smoke\.while: no state "smouldering"/),
      ]),
    );
    const shipped = validateLevel(readJson(FILE), FILE);
    expect([shipped.leaner, shipped.glowTexture, shipped.backdrop]).toEqual(['buffy', 'ember_glow', 'crypt_back']);
  });

  it('refuses a backdrop no texture was baked for, naming the field', () => {
    const raw = level();
    raw.backdrop = 'no_such_stone';
    expect(faultsOf(raw, { textures: new Set(texturesOf(validateLevel(level(), FILE))) })).toEqual([
      '$.backdrop: unknown texture "no_such_stone" (no assets/art/no_such_stone.png)',
    ]);
  });

  it('refuses a leaner who has no pose to lean into', () => {
    const raw = level() as unknown as Record<string, unknown> & { actors: { id: string; poses: Record<string, unknown> }[] };
    const spike = raw.actors.find((a) => a.id !== raw.leaner);
    if (!spike) throw new Error('the level has one actor');
    raw.leaner = spike.id;
    delete spike.poses.lean;
    expect(faultsOf(raw)).toContainEqual(expect.stringMatching(/^\$\.leaner: actor ".+" has no "lean" pose/));
  });

  it('names the file and JSON path of a duplicate id', () => {
    const raw = level();
    raw.props[1] = { ...raw.props[1], id: 'lighter' };
    expect(() => validateLevel(raw, FILE)).toThrow(/levels\/crypt\.level\.json: \$\.props\[\d+\]\.id: duplicate id "lighter"/);
  });

  it('rejects an unknown texture with the path that names it', () => {
    const raw = level();
    const lighter = raw.props.find((p) => p.id === 'lighter');
    if (!lighter) throw new Error('the level has no lighter');
    lighter.states = { shut: 'lighter_made_of_cheese' };
    lighter.initial = 'shut';
    const textures = new Set(texturesOf(validateLevel(level(), FILE)));
    expect(faultsOf(raw, { textures }).join('\n')).toMatch(/\$\.props\[\d+\]\.states\.shut: unknown texture "lighter_made_of_cheese"/);
  });

  it('rejects more lights than the renderer compiles into its shader', () => {
    const raw = level();
    expect(faultsOf(raw, { lightLimit: 3 }).join('\n')).toMatch(/\$\.lights: \d+ lights is over the renderer's light limit of 3/);
  });

  it('rejects a hotspot outside the scene', () => {
    const raw = level();
    const glass = raw.props.find((p) => p.id === 'glass');
    if (!glass) throw new Error('the level has no glass');
    glass.hotspot = { x: 1260, y: 700, w: 60, h: 60 };
    expect(faultsOf(raw).join('\n')).toMatch(/\$\.props\[\d+\]\.hotspot: hotspot lies outside the 1280×720 scene/);
  });

  it('rejects two hotspots that overlap, naming both props', () => {
    const raw = level();
    const glass = raw.props.find((p) => p.id === 'glass');
    const bottle = raw.props.find((p) => p.id === 'bottle');
    if (!glass || !bottle) throw new Error('the level has no glass or bottle');
    glass.hotspot = { ...(bottle.hotspot as object), x: (bottle.hotspot as { x: number }).x + 4 };
    expect(faultsOf(raw).join('\n')).toMatch(/\$\.props\[\d+\]\.hotspot: hotspot overlaps \$\.props\[\d+\] \("bottle"\)/);
  });

  it('accepts hotspots that touch edge to edge', () => {
    const raw = level();
    const glass = raw.props.find((p) => p.id === 'glass');
    const bottle = raw.props.find((p) => p.id === 'bottle');
    if (!glass || !bottle) throw new Error('the level has no glass or bottle');
    const b = bottle.hotspot as { x: number; y: number; w: number; h: number };
    glass.hotspot = { x: b.x + b.w, y: b.y, w: 20, h: 20 };
    expect(faultsOf(raw)).toEqual([]);
  });

  it('rejects a light with a bad colour, a missing radius and an unknown flicker', () => {
    const raw = level();
    raw.lights[0] = { ...raw.lights[0], color: 'orange', radius: undefined, flicker: 'strobe' };
    const faults = faultsOf(raw).join('\n');
    expect(faults).toMatch(/\$\.lights\[0\]\.color: expected a colour/);
    expect(faults).toMatch(/\$\.lights\[0\]\.radius: expected a number/);
    expect(faults).toMatch(/\$\.lights\[0\]\.flicker: expected one of candle/);
  });

  it('rejects an initial state, pose, mood or shot that does not exist', () => {
    const raw = level();
    raw.initialMood = 'sunny';
    raw.initialShot = 'aerial';
    const faults = faultsOf(raw).join('\n');
    expect(faults).toMatch(/\$\.initialMood: no mood "sunny"/);
    expect(faults).toMatch(/\$\.initialShot: no shot "aerial"/);
  });

  it('rejects an actor pose standing on a mark that does not exist', () => {
    const raw = level() as unknown as { actors: { poses: Record<string, { mark: string }> }[] };
    const pose = raw.actors[0]?.poses.seated;
    if (!pose) throw new Error('the level has no seated pose');
    pose.mark = 'nowhere';
    expect(faultsOf(raw).join('\n')).toMatch(/\$\.actors\[0\]\.poses\.seated\.mark: no mark "nowhere"/);
  });

  it('rejects an idle glance into a pose the actor does not have', () => {
    const raw = level() as unknown as { actors: { glance?: unknown }[] };
    const buffy = raw.actors[0];
    if (!buffy) throw new Error('the level has no actors');
    buffy.glance = { from: 'seated', to: 'over_the_shoulder' };
    expect(faultsOf(raw).join('\n')).toMatch(/\$\.actors\[0\]\.glance\.to: no pose "over_the_shoulder"/);
    buffy.glance = { from: 'hidden', to: 'seated' };
    expect(faultsOf(raw).join('\n')).toMatch(/\$\.actors\[0\]\.glance\.from: pose "hidden" draws nothing/);
  });

  it('rejects something that is not a level at all', () => {
    expect(faultsOf([1, 2, 3]).join('\n')).toMatch(/\$: expected an object/);
  });
});
