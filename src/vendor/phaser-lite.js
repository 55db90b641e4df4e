// Phaser 4, holding only what Every Night uses: the game, scenes, the WebGL renderer with its
// lights and filters, images, particles, dynamic textures, cameras, tweens and the clock. No
// physics, tilemaps, input plugins, loader, sound, canvas renderer, text or graphics. The build
// aliases 'phaser' to this file for the game (vite.config.ts) and strips the compile-time flags
// Phaser's own webpack sets (build/vite-plugin-phaser.ts); types still come from Phaser's
// declarations. tests/unit/phaser-lite.test.ts checks that every Phaser name the game's code
// uses at run time is exported here.
// First the renderer: its modules require one another in a ring (BatchHandler needs the renderer's
// index, which needs the render nodes, which extend BatchHandler), and only entering the ring at
// the index — as Phaser's own entry does — finds each class defined when it is extended.
import '../../node_modules/phaser/src/renderer';
import CONST from '../../node_modules/phaser/src/const';
import Extend from '../../node_modules/phaser/src/utils/object/Extend';

// Scene plugins register themselves as they load; a scene gets only those registered.
import '../../node_modules/phaser/src/cameras/2d/CameraManager';
import '../../node_modules/phaser/src/scene/ScenePlugin';
import '../../node_modules/phaser/src/gameobjects/GameObjectFactory';
import '../../node_modules/phaser/src/gameobjects/UpdateList';
import '../../node_modules/phaser/src/gameobjects/DisplayList';
import '../../node_modules/phaser/src/events/EventEmitter';
import '../../node_modules/phaser/src/time/Clock';
import '../../node_modules/phaser/src/tweens/TweenManager';
import '../../node_modules/phaser/src/gameobjects/lights/LightsPlugin';
// Game object factories register `scene.add.<name>` as they load.
import '../../node_modules/phaser/src/gameobjects/image/ImageFactory';
import '../../node_modules/phaser/src/gameobjects/particles/ParticleEmitterFactory';
// ParallelFilters adds `addParallelFilters` to filter lists as it loads (the flames' bloom).
import '../../node_modules/phaser/src/filters/ParallelFilters';

import BlendModes from '../../node_modules/phaser/src/renderer/BlendModes';
import Core from '../../node_modules/phaser/src/core';
import Features from '../../node_modules/phaser/src/device/Features';
import Color from '../../node_modules/phaser/src/display/color';
import Game from '../../node_modules/phaser/src/core/Game';
import GameObjectEvents from '../../node_modules/phaser/src/gameobjects/events';
import Image from '../../node_modules/phaser/src/gameobjects/image/Image';
import ParticleEmitter from '../../node_modules/phaser/src/gameobjects/particles/ParticleEmitter';
import RendererEvents from '../../node_modules/phaser/src/renderer/events';
import Scale from '../../node_modules/phaser/src/scale';
import Scene from '../../node_modules/phaser/src/scene/Scene';
import Scenes from '../../node_modules/phaser/src/scene';

const Phaser = Extend(false, {
  BlendModes,
  Core,
  Device: { Features },
  Display: { Color },
  Game,
  GameObjects: { Events: GameObjectEvents, Image, Particles: { ParticleEmitter } },
  Renderer: { Events: RendererEvents },
  Scale,
  Scene,
  Scenes,
}, CONST);

export default Phaser;
