// The game's own clock: real time while the story plays, standing still while it is paused or
// the tab is hidden, so cutscenes, typing and flicker never jump ahead when the player is away.
export class GameClock {
  private ms = 0;
  private last = performance.now();

  /**
   * @param running whether the clock runs this frame (not paused)
   * @param tick called each running frame with the milliseconds that passed
   */
  constructor(
    private readonly running: () => boolean,
    private readonly tick: (dt: number) => void,
  ) {
    document.addEventListener('visibilitychange', () => (this.last = performance.now()));
    requestAnimationFrame(this.frame);
  }

  /** Milliseconds of play so far. */
  get now(): number {
    return this.ms;
  }

  private readonly frame = (now: number): void => {
    // Up to a whole second a frame: slow machines (and software WebGL) still run cutscenes in
    // real time. A hidden tab stops the clock, and `last` is reset when it shows again.
    const dt = Math.min(1000, now - this.last);
    this.last = now;
    if (this.running() && !document.hidden) {
      this.ms += dt;
      this.tick(dt);
    }
    requestAnimationFrame(this.frame);
  };
}
