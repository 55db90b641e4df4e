// The settings panel: sound, text, display and keys. Every change applies and is saved at
// once (no "apply" step to forget); the same panel opens from the title and from pause.
import type { Settings, TextSize, Typeface } from '../../save/settings';
import { padControls } from '../../input/prompts';
import { button, el } from '../dom';
import type { Panel } from './panelStack';
import { panelFrame } from './panelStack';
import { choiceControl, rangeControl, section, toggleControl, type Control } from './settingsControls';
import { keyBindingControls, type KeyControls } from './settingsKeys';

export interface SettingsHooks {
  readonly get: () => Settings;
  readonly set: (next: Settings) => void;
  readonly isFullscreen: () => boolean;
  readonly toggleFullscreen: () => void;
  /** Whether this browser can go fullscreen here at all (iPhone Safari cannot). */
  readonly canFullscreen: () => boolean;
  readonly close: () => void;
}

const percent = (v: number): string => `${String(Math.round(v * 100))}%`;

export function createSettingsPanel(hooks: SettingsHooks): Panel & { sync: () => void; keys: KeyControls } {
  const { root, body } = panelFrame('settings', 'Settings', 'panel-wide');
  const change = (patch: Partial<Settings>): void => hooks.set({ ...hooks.get(), ...patch });
  const volume = (label: string, key: 'master' | 'music' | 'ambience' | 'sfx'): Control =>
    rangeControl({ label, min: 0, max: 1, step: 0.05, get: () => hooks.get()[key], set: (v) => change({ [key]: v }), format: percent });

  const controls: Control[] = [];
  const add = <T extends Control>(control: T): T => {
    controls.push(control);
    return control;
  };

  const sound = section('Sound', [
    add(volume('Master volume', 'master')),
    add(volume('Music', 'music')),
    add(volume('Ambience', 'ambience')),
    add(volume('Effects', 'sfx')),
    add(toggleControl({ label: 'Mute all sound', get: () => hooks.get().muted, set: (muted) => change({ muted }) })),
  ]);

  const text = section('Text', [
    add(choiceControl<number>({
      legend: 'Text speed',
      options: [
        { value: 20, label: 'Slow' },
        { value: 45, label: 'Normal' },
        { value: 90, label: 'Fast' },
        { value: 200, label: 'Very fast' },
        { value: 0, label: 'Instant' },
      ],
      get: () => hooks.get().textSpeed,
      set: (textSpeed) => change({ textSpeed }),
    })),
    add(toggleControl({ label: 'Auto-advance', hint: 'Lines move on by themselves after the delay below.', get: () => hooks.get().autoAdvance, set: (autoAdvance) => change({ autoAdvance }) })),
    add(rangeControl({
      label: 'Auto-advance delay',
      min: 500, max: 6000, step: 100,
      get: () => hooks.get().autoDelayMs,
      set: (autoDelayMs) => change({ autoDelayMs }),
      format: (ms) => `${(ms / 1000).toFixed(1)} s`,
    })),
    add(toggleControl({ label: 'Skip lines already seen', hint: 'Seen lines pass quickly; new ones wait for you.', get: () => hooks.get().skipSeen, set: (skipSeen) => change({ skipSeen }) })),
    add(toggleControl({ label: 'Captions for sounds', get: () => hooks.get().captions, set: (captions) => change({ captions }) })),
  ]);

  const display = section('Display', [
    add(choiceControl<TextSize>({
      legend: 'Text size',
      options: [
        { value: 'small', label: 'Small' },
        { value: 'medium', label: 'Medium' },
        { value: 'large', label: 'Large' },
        { value: 'huge', label: 'Largest' },
      ],
      get: () => hooks.get().textSize,
      set: (textSize) => change({ textSize }),
    })),
    add(choiceControl<Typeface>({
      legend: 'Typeface',
      options: [
        { value: 'game', label: 'Cormorant', className: 'face-game' },
        { value: 'legible', label: 'Atkinson Hyperlegible', className: 'face-legible' },
        { value: 'dyslexic', label: 'OpenDyslexic', className: 'face-dyslexic' },
      ],
      get: () => hooks.get().typeface,
      set: (typeface) => change({ typeface }),
    })),
    add(rangeControl({ label: 'Line spacing', min: 1.2, max: 2, step: 0.1, get: () => hooks.get().lineSpacing, set: (lineSpacing) => change({ lineSpacing }), format: (v) => `${v.toFixed(1)}×` })),
    add(toggleControl({ label: 'High-contrast text box', get: () => hooks.get().highContrast, set: (highContrast) => change({ highContrast }) })),
    add(toggleControl({ label: 'Reduced flicker', hint: 'Candles burn steadier.', get: () => hooks.get().reducedFlicker, set: (reducedFlicker) => change({ reducedFlicker }) })),
    add(toggleControl({ label: 'Reduced motion', hint: 'No camera moves, drifting dust or smoke; fades instead.', get: () => hooks.get().reducedMotion, set: (reducedMotion) => change({ reducedMotion }) })),
    add(toggleControl({ label: 'Light mode', hint: 'For a slow device: no bloom, dust or film grain; the candlelight stays. Comes on by itself when the first frames run slow.', get: () => hooks.get().lightMode === 'on', set: (on) => change({ lightMode: on ? 'on' : 'off' }) })),
  ]);
  const fullscreen = add(toggleControl({ label: 'Fullscreen', get: hooks.isFullscreen, set: () => hooks.toggleFullscreen() }));
  display.append(fullscreen.row);

  const keys = keyBindingControls({ get: () => hooks.get().keys, set: (k) => change({ keys: k }) });
  const keysSection = section('Keys', [keys.rows]);

  const padList = el('dl', { class: 'pad-controls' });
  const showPad = (): void => {
    const s = hooks.get();
    padList.replaceChildren(...padControls({ padSwapAB: s.padSwapAB, padStyle: 'letters' }).flatMap(([name, does]) => [el('dt', { text: name }), el('dd', { text: does })]));
  };
  const gamepad = section('Gamepad', [
    padList,
    add(toggleControl({ label: 'Swap A and B', hint: 'Confirm with the right face button, go back with the bottom one.', get: () => hooks.get().padSwapAB, set: (padSwapAB) => change({ padSwapAB }) })),
    add(toggleControl({ label: 'Rumble with the heartbeat', hint: 'A gentle pulse at the kiss, on pads that can. Never under reduced motion.', get: () => hooks.get().rumble, set: (rumble) => change({ rumble }) })),
  ]);

  const scroller = body;
  scroller.classList.add('settings-scroll');
  scroller.append(sound, text, display, keysSection, gamepad);
  const done = button('Done', hooks.close, { class: 'panel-close' });
  root.querySelector('.panel-card')?.append(done);
  // Fullscreen can end without us (the browser's own Esc), so follow the document.
  document.addEventListener('fullscreenchange', () => sync());

  function sync(): void {
    for (const control of controls) control.sync();
    keys.sync();
    showPad();
    fullscreen.row.hidden = !hooks.canFullscreen();
  }

  return {
    name: 'settings',
    root,
    onOpen: () => {
      sync();
      scroller.scrollTop = 0;
    },
    initialFocus: () => root.querySelector<HTMLElement>('input'),
    sync: () => {
      sync();
      if (root.hidden) keys.cancel();
    },
    keys,
  };
}
