// The static screens from index.html: loading bar, title menu, error with reload, notices.
import { loadingFraction, type LoadingState } from './loadingProgress';

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html is missing #${id}`);
  return node;
}

function buttonById(id: string): HTMLButtonElement {
  const node = byId(id);
  if (!(node instanceof HTMLButtonElement)) throw new Error(`#${id} in index.html should be a button`);
  return node;
}

export class Screens {
  private loadingState: LoadingState = { downloaded: 0, uploaded: false, built: false };
  readonly overlay = byId('overlay');
  readonly sceneLayer = byId('scene-layer');
  readonly canvasHost = byId('canvas-host');
  readonly root = byId('game-root');
  readonly title = byId('title');
  readonly titleLanguages = byId('title-languages');
  private readonly controlsHint = byId('controls-hint');
  readonly continueButton = buttonById('btn-continue');
  readonly newButton = buttonById('btn-new');
  readonly settingsButton = buttonById('btn-settings');
  readonly creditsButton = buttonById('btn-credits');
  private readonly loading = byId('loading');
  private readonly loadingBar = byId('loading-bar');
  private readonly loadingFill = byId('loading-fill');
  private readonly error = byId('error');
  private readonly errorText = byId('error-text');
  private readonly notice = byId('notice');
  private noticeTimer = 0;

  constructor() {
    byId('btn-reload').addEventListener('click', () => window.location.reload());
  }

  /** Moves the loading bar on as loading goes through its phases (see loadingProgress.ts). */
  showLoading(change: Partial<LoadingState>): void {
    this.loadingState = { ...this.loadingState, ...change };
    this.progress(loadingFraction(this.loadingState));
  }

  progress(fraction: number): void {
    const percent = Math.round(fraction * 100);
    this.loadingFill.style.width = `${percent}%`;
    this.loadingBar.setAttribute('aria-valuenow', String(percent));
  }

  showTitle(canContinue: boolean): void {
    this.loading.hidden = true;
    this.title.classList.remove('preparing');
    this.title.hidden = false;
    this.continueButton.hidden = !canContinue;
    (canContinue ? this.continueButton : this.newButton).focus();
  }

  /** The title's line about controls, worded for the device in use. */
  setControlsLine(text: string): void {
    this.controlsHint.textContent = text;
  }

  hideTitle(): void {
    this.title.hidden = true;
  }

  get titleShowing(): boolean {
    return !this.title.hidden && !this.title.classList.contains('preparing');
  }

  showError(message: string): void {
    this.loading.hidden = true;
    this.title.hidden = true;
    this.errorText.textContent = message;
    this.error.hidden = false;
    byId('btn-reload').focus();
  }

  get errorShowing(): boolean {
    return !this.error.hidden;
  }

  say(message: string, ms = 5000): void {
    this.notice.textContent = message;
    this.notice.hidden = false;
    window.clearTimeout(this.noticeTimer);
    this.noticeTimer = window.setTimeout(() => (this.notice.hidden = true), ms);
  }
}
