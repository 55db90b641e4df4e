// Where the picture and the words go on a screen of any shape. Pure (no DOM), so every shape is
// tested in Node (tests/unit/stage-layout.test.ts).
//
// Sideways (and on a desk) the scene is letterboxed whole, 16:9, and the words lie over its foot,
// as they always have. Held upright, a 16:9 picture at the screen's width would be a strip a
// quarter of the screen tall with the words over it; instead the picture takes the top of the
// screen at a height of its own, cropped to the middle of the camera's view (the camera centres
// the current shot's subject there, see CryptScene.setFraming), and the words sit below it.

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Box extends Size {
  readonly x: number;
  readonly y: number;
}

export interface StageLayout {
  readonly orientation: 'landscape' | 'portrait';
  /** The whole scene image (the canvas), in the root's CSS pixels; upright it is wider than the screen. */
  readonly picture: Box;
  /** The DOM overlay: the letterbox sideways, the whole root upright (the words live below the picture). */
  readonly overlay: Box;
  /** How tall the part of the screen the picture shows is (the words start below it when upright). */
  readonly pictureShown: number;
  /** CSS pixels per scene pixel. */
  readonly scale: number;
}

/** Upright, the picture takes this share of the screen's height (the issue asks at least 40 %). */
export const PORTRAIT_PICTURE_SHARE = 0.5;

/** A screen is upright once it is at least as tall as it is wide (as CSS's `orientation: portrait`). */
export function isPortrait(root: Size): boolean {
  return root.height >= root.width;
}

export function stageLayout(root: Size, scene: Size): StageLayout {
  if (!isPortrait(root)) {
    const scale = Math.min(root.width / scene.width, root.height / scene.height);
    const width = scene.width * scale;
    const height = scene.height * scale;
    const box = { x: (root.width - width) / 2, y: (root.height - height) / 2, width, height };
    return { orientation: 'landscape', picture: box, overlay: box, pictureShown: height, scale };
  }
  // Upright: as tall as the share allows, but never narrower than the screen (a squarish tablet
  // shows the whole width and keeps the rest of its height for the words).
  const height = Math.max(root.height * PORTRAIT_PICTURE_SHARE, (root.width * scene.height) / scene.width);
  const scale = height / scene.height;
  const width = scene.width * scale;
  return {
    orientation: 'portrait',
    picture: { x: (root.width - width) / 2, y: 0, width, height },
    overlay: { x: 0, y: 0, width: root.width, height: root.height },
    pictureShown: height,
    scale,
  };
}
