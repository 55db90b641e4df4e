// The overlay's frame: keeps the DOM layer exactly over the canvas's letterboxed rectangle, and maps scene
// pixels (1280×720) to it, so hotspot buttons sit over their objects at any window size.
export class OverlayFrame {
  private scale = 1;
  private view = { x: 0, y: 0, zoom: 1 };

  constructor(
    readonly root: HTMLElement,
    private readonly overlay: HTMLElement,
    private readonly sceneLayer: HTMLElement,
    readonly width: number,
    readonly height: number,
  ) {
    const fit = (): void => this.fit();
    window.addEventListener('resize', fit);
    document.addEventListener('fullscreenchange', fit);
    new ResizeObserver(fit).observe(root);
    fit();
  }

  get pixelScale(): number {
    return this.scale;
  }

  fit(): void {
    const box = this.root.getBoundingClientRect();
    this.scale = Math.min(box.width / this.width, box.height / this.height);
    const w = this.width * this.scale;
    const h = this.height * this.scale;
    Object.assign(this.overlay.style, {
      left: `${(box.width - w) / 2}px`,
      top: `${(box.height - h) / 2}px`,
      width: `${w}px`,
      height: `${h}px`,
    });
    this.applyView();
  }

  /** Follows the camera: the hotspots stay over their objects through pans and zooms. */
  setView(view: { x: number; y: number; zoom: number }): void {
    this.view = view;
    this.applyView();
  }

  private applyView(): void {
    const { x, y, zoom } = this.view;
    this.sceneLayer.style.transform = `scale(${this.scale * zoom}) translate(${-x}px, ${-y}px)`;
  }
}
