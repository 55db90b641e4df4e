// Everything around the story: the title's Settings and Credits, the pause menu, the history,
// and the panel stack that keeps focus sensible between them. What opens or closes a panel is
// the input layer's to decide (Esc, B, Start, H, the on-screen buttons); this file shows them.
import type { EventBus } from '../events';
import type { KeyCaps } from '../save/keyBindings';
import type { Settings } from '../save/settings';
import type { CreditSource } from './credits';
import { el } from './dom';
import { cycleFocus } from './focusRing';
import { createHistoryPanel } from './panels/historyPanel';
import type { Say } from '../lang/strings';
import type { LogEntry, Words } from './log';
import { createCreditsPanel } from './panels/creditsPanel';
import { PanelStack, type Panel, type PanelHooks } from './panels/panelStack';
import { createPauseMenu } from './panels/pauseMenu';
import { createProgressPanel } from './panels/progressPanel';
import { createBrightnessPanel } from './panels/brightnessPanel';
import type { DecodeResult } from '../save/progressCode';
import type { SaveData } from '../save/saveGame';
import { createSettingsPanel } from './panels/settingsPanel';

export interface MenuHooks {
  readonly overlay: HTMLElement;
  /** The title screen: its buttons (the menu, the languages) are what the arrows walk there. */
  readonly title: HTMLElement;
  readonly settingsButton: HTMLButtonElement;
  readonly creditsButton: HTMLButtonElement;
  readonly bus: EventBus;
  readonly credits: readonly CreditSource[];
  readonly settings: () => Settings;
  readonly applySettings: (next: Settings) => void;
  readonly isFullscreen: () => boolean;
  readonly toggleFullscreen: () => void;
  readonly canFullscreen: () => boolean;
  readonly entries: () => readonly LogEntry[];
  readonly words: Words;
  readonly say: Say;
  readonly lang: () => string;
  readonly languages: () => readonly (readonly [string, string])[];
  readonly caps: () => KeyCaps | undefined;
  /** Whether a story is being played (not the title, not ended). */
  readonly inPlay: () => boolean;
  /** The first panel opened (true) or the last one closed (false). */
  readonly panelsChanged: (open: boolean) => void;
  readonly canRestart: () => boolean;
  readonly restartFromBeat: () => void;
  readonly backToTitle: () => void;
  /** The player's place as a progress code (null: nothing to carry yet). */
  readonly progressCode: () => Promise<string | null>;
  readonly readCode: (text: string) => Promise<DecodeResult>;
  readonly loadProgress: (save: SaveData) => void;
}

export class Menus {
  private readonly stack: PanelStack;
  private readonly pause: Panel;
  private readonly history: Panel;
  private readonly settingsPanel: ReturnType<typeof createSettingsPanel>;
  private readonly credits: Panel;
  private readonly progress: Panel;
  private readonly brightness: ReturnType<typeof createBrightnessPanel>;
  private readonly playControls: HTMLElement;
  private wasOpen = false;

  constructor(private readonly hooks: MenuHooks) {
    this.stack = new PanelStack(hooks.overlay, (top) => this.changed(top));
    const panel: PanelHooks = { close: () => this.stack.close(), say: hooks.say, lang: hooks.lang };
    this.progress = createProgressPanel({ ...panel, code: hooks.progressCode, read: hooks.readCode, load: hooks.loadProgress });
    this.brightness = createBrightnessPanel({ ...panel, get: hooks.settings, set: hooks.applySettings });
    this.settingsPanel = createSettingsPanel({
      ...panel,
      get: hooks.settings,
      set: hooks.applySettings,
      isFullscreen: hooks.isFullscreen,
      toggleFullscreen: hooks.toggleFullscreen,
      canFullscreen: hooks.canFullscreen,
      languages: hooks.languages,
      openProgress: () => this.stack.open(this.progress),
      openBrightness: () => this.stack.open(this.brightness),
      caps: hooks.caps,
    });
    this.history = createHistoryPanel(hooks.entries, hooks.words, hooks.say, () => this.stack.close());
    this.credits = createCreditsPanel(hooks.credits, () => this.stack.close());
    this.pause = createPauseMenu({
      resume: () => this.closeAll(),
      settings: () => this.stack.open(this.settingsPanel),
      history: () => this.stack.open(this.history),
      progress: () => this.stack.open(this.progress),
      canRestart: hooks.canRestart,
      restart: () => {
        this.closeAll();
        hooks.restartFromBeat();
      },
      toTitle: () => {
        this.closeAll();
        hooks.backToTitle();
      },
    });
    hooks.settingsButton.addEventListener('click', () => this.stack.open(this.settingsPanel));
    hooks.creditsButton.addEventListener('click', () => this.stack.open(this.credits));

    // Game controls, not menu buttons: a press on them is the input layer's, like a key's.
    const historyButton = el('button', {
      type: 'button',
      class: 'play-button',
      'data-intent': 'history',
      'aria-keyshortcuts': 'H',
      'data-text': 'play.history',
    });
    const pauseButton = el('button', {
      type: 'button',
      class: 'play-button pause-button',
      'data-intent': 'pause',
      'data-label': 'play.pause',
      'aria-keyshortcuts': 'Escape',
    });
    pauseButton.append(el('span', { class: 'pause-glyph', 'aria-hidden': 'true' }));
    this.playControls = el('div', { id: 'play-controls', class: 'play-controls' }, [historyButton, pauseButton]);
    this.playControls.hidden = true;
    hooks.overlay.append(this.playControls);

    hooks.bus.on('settings', (s) => {
      document.body.classList.toggle('reduced-motion', s.reducedMotion);
      this.settingsPanel.sync();
      this.brightness.sync();
    });
    hooks.bus.on('director', (event) => {
      if (event.type === 'mode') this.refreshPlayControls();
    });
  }

  /** Every panel's root, shown or not (the language is written into them all). */
  get panelRoots(): readonly HTMLElement[] {
    return [this.pause, this.history, this.settingsPanel, this.credits, this.progress, this.brightness].map((panel) => panel.root);
  }

  /** The name of the panel on top, or null when none is open. */
  get top(): string | null {
    return this.stack.top?.name ?? null;
  }

  /** The settings are waiting for a key to bind. */
  get capturing(): boolean {
    return this.settingsPanel.keys.listening;
  }

  captureKey(code: string): void {
    this.settingsPanel.keys.take(code);
  }

  cancelCapture(): void {
    this.settingsPanel.keys.cancel();
  }

  /** The brightness picture (the first time on a small screen). */
  openBrightness(): void {
    if (!this.stack.isOpen) this.stack.open(this.brightness);
  }

  /** Esc or B in play, the pause button, Start: the pause menu. */
  openPause(): void {
    if (!this.stack.isOpen && this.hooks.inPlay()) this.stack.open(this.pause);
  }

  /** Esc or B in a panel: back out of it, to the one under it or to the game. */
  closePanel(): void {
    this.stack.close();
  }

  /** H, View, the History button: the history over the game (or over the pause menu), or away. */
  toggleHistory(): void {
    if (this.stack.top === this.history) this.stack.close();
    else if (!this.stack.isOpen && this.hooks.inPlay()) this.stack.open(this.history);
    else if (this.stack.top === this.pause) this.stack.open(this.history);
  }

  /** The controls the arrows walk: the top panel's, or the title menu's. */
  moveFocus(ring: 'title' | 'panel', step: 1 | -1): void {
    if (ring === 'panel') this.stack.moveFocus(step);
    else cycleFocus(this.titleControls(), step);
  }

  /** Whether focus is on one of the ring's controls. */
  holdsFocus(ring: 'title' | 'panel'): boolean {
    if (ring === 'panel') return this.stack.holdsFocus();
    return this.titleControls().includes(document.activeElement as HTMLElement);
  }

  closeAll(): void {
    this.stack.closeAll();
  }

  refreshPlayControls(): void {
    this.playControls.hidden = !this.hooks.inPlay() || this.stack.isOpen;
  }

  private titleControls(): HTMLElement[] {
    return [...this.hooks.title.querySelectorAll<HTMLElement>('button:not([hidden])')];
  }

  private changed(top: Panel | null): void {
    this.settingsPanel.sync();
    const open = top !== null;
    if (open !== this.wasOpen) {
      this.wasOpen = open;
      this.hooks.panelsChanged(open);
    }
    this.refreshPlayControls();
  }
}
