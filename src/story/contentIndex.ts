import type { LevelDef } from '../level/schema';
import type { FiguresDef } from '../scene/figures';
import type { ContentIndex } from './commands';

export type Bus = 'music' | 'ambience' | 'sfx';

/** A pulse in a gamepad that can rumble, `atMs` into each repeat of the pattern. */
export interface RumblePulse {
  readonly atMs: number;
  readonly ms: number;
  readonly strong: number;
  readonly weak: number;
}

/** A rumble that follows a looping sound (the heartbeat): its pulses, repeated every `everyMs`. */
export interface RumblePattern {
  readonly everyMs: number;
  readonly pulses: readonly RumblePulse[];
}

export interface CueDef {
  readonly bus: Bus;
  readonly loop: boolean;
  readonly volume: number;
  readonly caption: string | null;
  readonly duck: boolean;
  readonly rumble?: RumblePattern;
}

/** Collects every id a story tag or cutscene step may name. */
export function buildContentIndex(
  scene: LevelDef,
  cues: Readonly<Record<string, CueDef>>,
  cutsceneIds: Iterable<string>,
  figures: FiguresDef = { figures: {}, boxes: {}, carried: {} },
): ContentIndex {
  return {
    cues: new Map(Object.entries(cues).map(([id, cue]) => [id, { bus: cue.bus }])),
    lights: new Set(scene.lights.map((l) => l.id)),
    moods: new Set(Object.keys(scene.moods)),
    props: new Map(scene.props.map((p) => [p.id, new Set(Object.keys(p.states))])),
    actors: new Map(scene.actors.map((a) => [a.id, new Set(Object.keys(a.poses))])),
    actions: new Map(Object.entries(figures.figures).map(([id, f]) => [id, new Map(Object.values(f.actions).map((a) => [a.id, a.pose]))])),
    shots: new Set(Object.keys(scene.shots)),
    cutscenes: new Set(cutsceneIds),
  };
}
