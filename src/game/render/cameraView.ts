// The part of the scene the main camera will draw this frame. Phaser brings the camera's
// worldView up to date only as the frame renders, after the scene's update: read there, it is
// the last frame's view, and during a shot move (a pan of 60–100 px a frame in software WebGL)
// whatever was laid over it by that view lagged a frame behind. The film overlay did, and left a
// band at the frame's edge without its vignette: the stone there looked lit differently. This is
// the view as the frame's render will compute it, from the camera's scroll and zoom as they stand.
import type Phaser from 'phaser';

export interface View {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
}

export function cameraView(cam: Phaser.Cameras.Scene2D.Camera): View {
  // As Camera.preRender does: scroll clamped to the bounds at the current zoom, then the view
  // about the scroll's middle.
  const scrollX = cam.useBounds ? cam.clampX(cam.scrollX) : cam.scrollX;
  const scrollY = cam.useBounds ? cam.clampY(cam.scrollY) : cam.scrollY;
  const width = cam.width / cam.zoomX;
  const height = cam.height / cam.zoomY;
  return { x: scrollX + (cam.width - width) / 2, y: scrollY + (cam.height - height) / 2, width, height, zoom: cam.zoomX };
}
