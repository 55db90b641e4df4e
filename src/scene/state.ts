// The scene's whole visible state as plain data. Story tags and cutscene steps change it
// through applyCommand alone; saves store it; the Phaser scene draws it.
import type { Command } from '../story/commands';
import type { LevelDef } from '../level/schema';

export interface SceneState {
  readonly props: Readonly<Record<string, string>>;
  readonly lights: Readonly<Record<string, boolean>>;
  readonly actors: Readonly<Record<string, string>>;
  /**
   * The last action each figure played, held at its end until a story pose replaces it. Absent
   * in saves from before figures acted.
   */
  readonly acts?: Readonly<Record<string, string>>;
  readonly mood: string;
  readonly shot: string;
  readonly music: string | null;
  readonly ambience: string | null;
  /** Whether the screen is faded to black (cutscene fades). */
  readonly black: boolean;
}

export function initialSceneState(scene: LevelDef): SceneState {
  return {
    props: Object.fromEntries(scene.props.map((p) => [p.id, p.initial])),
    lights: Object.fromEntries(scene.lights.map((l) => [l.id, l.on])),
    actors: Object.fromEntries(scene.actors.map((a) => [a.id, a.initial])),
    acts: {},
    mood: scene.initialMood,
    shot: scene.initialShot,
    music: null,
    ambience: null,
    black: false,
  };
}

/** Returns the state after a command; commands that change nothing lasting return it as is. */
export function applyCommand(state: SceneState, command: Command): SceneState {
  switch (command.kind) {
    case 'prop':
      return { ...state, props: { ...state.props, [command.prop]: command.state } };
    case 'light':
      return { ...state, lights: { ...state.lights, [command.light]: command.on } };
    case 'actor': {
      const acts = Object.fromEntries(Object.entries(state.acts ?? {}).filter(([actor]) => actor !== command.actor));
      return { ...state, actors: { ...state.actors, [command.actor]: command.pose }, acts };
    }
    case 'act': {
      const actors = command.pose === null ? state.actors : { ...state.actors, [command.actor]: command.pose };
      return { ...state, actors, acts: { ...state.acts, [command.actor]: command.action } };
    }
    case 'mood':
      return { ...state, mood: command.mood };
    case 'shot':
      return { ...state, shot: command.shot };
    case 'music':
      return { ...state, music: command.cue };
    case 'ambience':
      return { ...state, ambience: command.cue };
    case 'sfx':
    case 'cut':
    case 'beat':
    case 'object':
      return state;
  }
}

export function setBlack(state: SceneState, black: boolean): SceneState {
  return state.black === black ? state : { ...state, black };
}
