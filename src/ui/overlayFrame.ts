// The overlay's frame: keeps the canvas and the DOM layer over it laid out for the screen's shape
// (stageLayout.ts: letterboxed sideways; upright, the picture on top and the words below), and
// maps scene pixels (1280×720) to the picture, so hotspot buttons sit over their objects at any
// window size and through every turn of the phone.
import { stageLayout, type StageLayout } from './stageLayout';

export class OverlayFrame {
  private layout: StageLayout;
  private view = { x: 0, y: 0, zoom: 1 };
  private readonly listeners: ((layout: StageLayout) => void)[] = [];

  constructor(
    readonly root: HTMLElement,
    private readonly overlay: HTMLElement,
    private readonly sceneLayer: HTMLElement,
    private readonly canvasHost: HTMLElement,
    readonly width: number,
    readonly height: number,
  ) {
    this.layout = stageLayout({ width, height }, { width, height });
    const fit = (): void => this.fit();
    window.addEventListener('resize', fit);
    window.addEventListener('orientationchange', fit);
    document.addEventListener('fullscreenchange', fit);
    new ResizeObserver(fit).observe(root);
    fit();
  }

  get pixelScale(): number {
    return this.layout.scale;
  }

  get orientation(): StageLayout['orientation'] {
    return this.layout.orientation;
  }

  /** Called after every new layout (the canvas must be told its host changed size). */
  onLayout(listener: (layout: StageLayout) => void): void {
    this.listeners.push(listener);
  }

  fit(): void {
    const box = this.root.getBoundingClientRect();
    const before = this.layout;
    this.layout = stageLayout({ width: box.width, height: box.height }, { width: this.width, height: this.height });
    const { overlay, picture, orientation, pictureShown } = this.layout;
    const px = (n: number): string => `${String(n)}px`;
    Object.assign(this.overlay.style, { left: px(overlay.x), top: px(overlay.y), width: px(overlay.width), height: px(overlay.height) });
    // Sideways the canvas fills the root and Phaser letterboxes it; upright its host is the
    // whole picture, wider than the screen, and the root clips it to the middle.
    const host =
      orientation === 'portrait'
        ? { left: px(picture.x), top: px(picture.y), width: px(picture.width), height: px(picture.height), right: 'auto', bottom: 'auto' }
        : { left: '0', top: '0', width: '', height: '', right: '0', bottom: '0' };
    Object.assign(this.canvasHost.style, host);
    document.body.dataset.layout = orientation;
    this.overlay.style.setProperty('--picture-shown', px(pictureShown));
    this.applyView();
    const changed =
      before.orientation !== orientation ||
      before.picture.width !== picture.width ||
      before.picture.height !== picture.height ||
      before.picture.x !== picture.x;
    if (changed) for (const listener of this.listeners) listener(this.layout);
  }

  /** Follows the camera: the hotspots stay over their objects through pans and zooms. */
  setView(view: { x: number; y: number; zoom: number }): void {
    this.view = view;
    this.applyView();
  }

  private applyView(): void {
    const { x, y, zoom } = this.view;
    const { picture, overlay, scale } = this.layout;
    const dx = picture.x - overlay.x;
    const dy = picture.y - overlay.y;
    this.sceneLayer.style.setProperty('--scene-scale', String(scale * zoom));
    this.sceneLayer.style.transform = `translate(${String(dx)}px, ${String(dy)}px) scale(${String(scale * zoom)}) translate(${String(-x)}px, ${String(-y)}px)`;
  }
}
