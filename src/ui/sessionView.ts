// The page as the session sees it: the title, the dialogue box, the panels, focus, and the
// world standing still under a pause. Each method is one step the session asked for.
import type { FocusKind } from '../input/context';
import type { Device, Intent } from '../input/intents';
import { intentOf } from '../input/pointerAdapter';
import type { FocusRing } from '../input/router';
import type { SessionView } from '../session';
import type { DialogueBox } from './dialogue';
import { adjustFocused, cycleFocus, focusKindOf, pressFocused, scrollFocused } from './focusRing';
import type { Hotspots } from './hotspots';
import type { StoryLog } from './log';
import type { Menus } from './menus';
import type { Screens } from './screens';

export interface SessionViewHooks {
  readonly screens: Screens;
  readonly dialogue: DialogueBox;
  readonly hotspots: Hotspots;
  readonly log: StoryLog;
  readonly menus: () => Menus;
  readonly abandonCutscene: () => void;
  readonly setWorldPaused: (paused: boolean) => void;
  readonly showSkipProgress: (fraction: number) => void;
  readonly usedDevice: (device: Device) => void;
  readonly toggleMute: () => void;
  readonly toggleFullscreen: () => void;
}

export function createSessionView(hooks: SessionViewHooks): SessionView {
  const { screens, dialogue, hotspots, log } = hooks;
  /** The play ring: the choices first, then the objects left to right. */
  const playControls = (): HTMLElement[] => [...dialogue.choiceButtons.filter((b) => !b.hidden), ...hotspots.visible];
  const inRing = (ring: FocusRing): boolean => {
    if (ring === 'play') return playControls().includes(document.activeElement as HTMLElement);
    return hooks.menus().holdsFocus(ring);
  };
  return {
    showTitle: (canContinue) => {
      document.body.dataset.mode = 'title';
      hooks.menus().refreshPlayControls();
      screens.showTitle(canContinue);
    },
    hideTitle: () => screens.hideTitle(),
    clearStory: () => {
      log.clear();
      dialogue.hideAll();
      hotspots.setAvailable([]);
    },
    hideStory: () => {
      dialogue.hideAll();
      hotspots.setAvailable([]);
    },
    abandonCutscene: () => hooks.abandonCutscene(),
    get line() {
      return dialogue.line;
    },
    get lineLength() {
      return dialogue.lineLength;
    },
    completeLine: () => dialogue.complete(),
    get panel() {
      return hooks.menus().top;
    },
    get capturing() {
      return hooks.menus().capturing;
    },
    openPause: () => hooks.menus().openPause(),
    closePanel: () => hooks.menus().closePanel(),
    closeAllPanels: () => hooks.menus().closeAll(),
    toggleHistory: () => hooks.menus().toggleHistory(),
    focusKind: (ring: FocusRing): FocusKind => (inRing(ring) ? focusKindOf(document.activeElement) : 'none'),
    focusedIntent: (): Intent | null => {
      const active = document.activeElement;
      return active && playControls().includes(active as HTMLElement) ? intentOf(active) : null;
    },
    moveFocus: (ring, step) => {
      if (ring === 'play') cycleFocus(playControls(), step);
      else hooks.menus().moveFocus(ring, step);
    },
    pressFocused,
    adjustFocused,
    scrollFocused,
    setWorldPaused: (paused) => hooks.setWorldPaused(paused),
    showSkipProgress: (fraction) => hooks.showSkipProgress(fraction),
    usedDevice: (device) => hooks.usedDevice(device),
    toggleMute: () => hooks.toggleMute(),
    toggleFullscreen: () => hooks.toggleFullscreen(),
    bindKey: (code) => hooks.menus().captureKey(code),
    cancelCapture: () => hooks.menus().cancelCapture(),
    focusGame: () => window.focus(),
  };
}
