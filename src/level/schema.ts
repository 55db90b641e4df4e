// The shape of levels/crypt.level.json once validated. See docs/architecture.md.

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect extends Point {
  readonly w: number;
  readonly h: number;
}

export type FlickerProfile = 'candle' | 'lighter' | 'ember' | 'steady';
export const FLICKER_PROFILES: readonly FlickerProfile[] = ['candle', 'lighter', 'ember', 'steady'];

export interface LightDef extends Point {
  readonly id: string;
  readonly z: number;
  readonly radius: number;
  /** 0xRRGGBB */
  readonly color: number;
  readonly intensity: number;
  readonly flicker: FlickerProfile;
  readonly flame: { readonly texture: string; readonly scale: number } | null;
  readonly on: boolean;
}

export interface PropDef extends Point {
  readonly id: string;
  readonly label: string;
  readonly depth: number;
  readonly lit: boolean;
  /** state name → texture (null draws nothing) */
  readonly states: Readonly<Record<string, string | null>>;
  readonly initial: string;
  readonly hotspot: Rect | null;
  /** Where smoke rises from, and the state it rises in (a lit cigarette smokes, a held one not). */
  readonly smoke: SmokeDef | null;
}

/** A prop's smoke: where it rises from and the prop state that gives it off. */
export interface SmokeDef extends Point {
  readonly whileState: string;
}

export interface PoseDef {
  readonly texture: string | null;
  readonly mark: string;
}

export interface ActorDef {
  readonly id: string;
  readonly name: string;
  readonly depth: number;
  readonly initial: string;
  readonly poses: Readonly<Record<string, PoseDef>>;
  /** While in pose `from` and alone in the room, the figure now and then glances into pose `to`. */
  readonly glance: { readonly from: string; readonly to: string } | null;
}

export interface MoodDef {
  readonly ambient: number;
  readonly lightScale: number;
  readonly tint: number;
}

export interface ShotDef extends Point {
  readonly zoom: number;
}

export interface LevelDef {
  readonly width: number;
  readonly height: number;
  readonly maxLights: number;
  readonly speakers: readonly string[];
  readonly moods: Readonly<Record<string, MoodDef>>;
  readonly initialMood: string;
  readonly lights: readonly LightDef[];
  readonly props: readonly PropDef[];
  readonly marks: Readonly<Record<string, Point>>;
  readonly actors: readonly ActorDef[];
  readonly shots: Readonly<Record<string, ShotDef>>;
  readonly initialShot: string;
  /** The actor who leans in at the kiss (the hold moves her; her "lean" pose is where it ends). */
  readonly leaner: string;
  /** The soft additive glow drawn round flames and round the object under the pointer. */
  readonly glowTexture: string;
  /** The room's stone, drawn behind everything and lit once into a texture (litBackdrop.ts). */
  readonly backdrop: string;
}

/** Every texture the scene draws, for the loader and the validator. */
export function texturesOf(scene: LevelDef): string[] {
  const names = new Set<string>();
  for (const prop of scene.props) {
    for (const texture of Object.values(prop.states)) if (texture !== null) names.add(texture);
  }
  for (const actor of scene.actors) {
    for (const pose of Object.values(actor.poses)) if (pose.texture !== null) names.add(pose.texture);
  }
  for (const light of scene.lights) if (light.flame) names.add(light.flame.texture);
  if (scene.glowTexture) names.add(scene.glowTexture);
  if (scene.backdrop) names.add(scene.backdrop);
  return [...names].sort();
}
