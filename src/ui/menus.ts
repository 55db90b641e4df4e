// Everything around the story: the title's Settings and Credits, the pause menu (Esc or the
// on-screen button), the history (H or its button), and the panel stack that keeps focus
// sensible between them. main.ts hands in what it owns; this file decides which panel shows.
import type { EventBus } from '../events';
import type { Settings } from '../save/settings';
import type { CreditSource } from './credits';
import { button, el } from './dom';
import { createHistoryPanel } from './historyPanel';
import type { LogEntry } from './log';
import { createCreditsPanel } from './menusCredits';
import { PanelStack, type Panel } from './menusPanels';
import { createPauseMenu } from './pauseMenu';
import { createSettingsPanel } from './settingsPanel';

export interface MenuHooks {
  readonly overlay: HTMLElement;
  readonly settingsButton: HTMLButtonElement;
  readonly creditsButton: HTMLButtonElement;
  readonly bus: EventBus;
  readonly credits: readonly CreditSource[];
  readonly settings: () => Settings;
  readonly applySettings: (next: Settings) => void;
  readonly isFullscreen: () => boolean;
  readonly toggleFullscreen: () => void;
  readonly entries: () => readonly LogEntry[];
  /** Whether a story is being played (not the title, not ended). */
  readonly inPlay: () => boolean;
  readonly setPaused: (paused: boolean) => void;
  readonly canRestart: () => boolean;
  readonly restartFromBeat: () => void;
  readonly backToTitle: () => void;
}

export class Menus {
  private readonly stack: PanelStack;
  private readonly pause: Panel;
  private readonly history: Panel;
  private readonly settingsPanel: ReturnType<typeof createSettingsPanel>;
  private readonly credits: Panel;
  private readonly playControls: HTMLElement;
  /** Whether the panels, not the player, paused the game (so closing them resumes it). */
  private pausedByMenus = false;

  constructor(private readonly hooks: MenuHooks) {
    this.stack = new PanelStack(hooks.overlay, (top) => this.changed(top));
    this.settingsPanel = createSettingsPanel({
      get: hooks.settings,
      set: hooks.applySettings,
      isFullscreen: hooks.isFullscreen,
      toggleFullscreen: hooks.toggleFullscreen,
      close: () => this.stack.close(),
    });
    this.history = createHistoryPanel(hooks.entries, () => this.stack.close());
    this.credits = createCreditsPanel(hooks.credits, () => this.stack.close());
    this.pause = createPauseMenu({
      resume: () => this.closeAll(),
      settings: () => this.stack.open(this.settingsPanel),
      history: () => this.stack.open(this.history),
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

    const historyButton = button('History', () => this.historyKey(), { class: 'play-button', 'aria-keyshortcuts': 'H' });
    const pauseButton = button('', () => this.pauseKey(), { class: 'play-button pause-button', 'aria-label': 'Pause', 'aria-keyshortcuts': 'Escape' });
    pauseButton.append(el('span', { class: 'pause-glyph', 'aria-hidden': 'true' }));
    this.playControls = el('div', { id: 'play-controls', class: 'play-controls' }, [historyButton, pauseButton]);
    this.playControls.hidden = true;
    hooks.overlay.append(this.playControls);
    // Tab stays inside an open panel.
    window.addEventListener('keydown', (event) => this.stack.trapTab(event));

    hooks.bus.on('settings', (s) => {
      document.body.classList.toggle('reduced-motion', s.reducedMotion);
      this.settingsPanel.sync();
    });
    hooks.bus.on('director', (event) => {
      if (event.type === 'mode') this.refreshPlayControls();
    });
  }

  /** Some panel has the keyboard (the input layer treats keys as menu keys). */
  get open(): boolean {
    return this.stack.isOpen;
  }

  /** Esc: back out of the top panel, or pause the game. */
  pauseKey(): void {
    if (this.stack.isOpen) this.stack.close();
    else if (this.hooks.inPlay()) this.stack.open(this.pause);
  }

  /** H: toggle the history over the game (or over the pause menu). */
  historyKey(): void {
    if (this.stack.top === this.history) this.stack.close();
    else if (!this.stack.isOpen && this.hooks.inPlay()) this.stack.open(this.history);
    else if (this.stack.top === this.pause) this.stack.open(this.history);
  }

  /** Arrow keys: walk the top panel's controls, or the title menu when no panel is open. */
  moveFocus(step: number): void {
    if (this.stack.isOpen) {
      this.stack.moveFocus(step);
      return;
    }
    const menu = this.hooks.settingsButton.parentElement;
    const list = [...(menu?.querySelectorAll<HTMLButtonElement>('button:not([hidden])') ?? [])];
    const at = list.findIndex((b) => b === document.activeElement);
    list[at < 0 ? 0 : (at + step + list.length) % list.length]?.focus();
  }

  closeAll(): void {
    this.stack.closeAll();
  }

  refreshPlayControls(): void {
    this.playControls.hidden = !this.hooks.inPlay() || this.stack.isOpen;
  }

  private changed(top: Panel | null): void {
    this.settingsPanel.sync();
    if (this.hooks.inPlay()) {
      if (top && !this.pausedByMenus) {
        this.pausedByMenus = true;
        this.hooks.setPaused(true);
      } else if (!top && this.pausedByMenus) {
        this.pausedByMenus = false;
        this.hooks.setPaused(false);
      }
    } else {
      this.pausedByMenus = false;
    }
    this.refreshPlayControls();
  }
}
