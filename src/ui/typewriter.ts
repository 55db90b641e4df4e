// Reveals a line a character at a time at the player's chosen speed. Time comes from the
// caller (one tick a frame), so pausing simply stops the ticks.
export class Typewriter {
  private full = '';
  private shown = 0;
  private elapsedMs = 0;

  constructor(
    private readonly target: HTMLElement,
    private charsPerSecond: number,
  ) {}

  get done(): boolean {
    return this.shown >= this.full.length;
  }

  setSpeed(charsPerSecond: number): void {
    this.charsPerSecond = charsPerSecond;
  }

  start(text: string): void {
    this.full = text;
    this.elapsedMs = 0;
    this.shown = this.charsPerSecond <= 0 ? text.length : 0;
    this.render();
  }

  complete(): void {
    this.shown = this.full.length;
    this.render();
  }

  tick(ms: number): void {
    if (this.done) return;
    this.elapsedMs += ms;
    const next = Math.min(this.full.length, Math.floor((this.elapsedMs / 1000) * this.charsPerSecond));
    if (next !== this.shown) {
      this.shown = next;
      this.render();
    }
  }

  private render(): void {
    // The unrevealed rest is laid out but invisible, so the box never reflows mid-line.
    const visible = document.createTextNode(this.full.slice(0, this.shown));
    const rest = document.createElement('span');
    rest.className = 'unrevealed';
    rest.textContent = this.full.slice(this.shown);
    this.target.replaceChildren(visible, rest);
  }
}
