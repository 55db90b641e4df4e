// The settings panel: sound, text, display and keys. Every change applies and is saved at
// once (no "apply" step to forget); the same panel opens from the title and from pause.
import type { KeyCaps } from '../../save/keyBindings';
import type { Settings, TextSize, Typeface } from '../../save/settings';
import { padControls } from '../../input/prompts';
import { number } from '../localize';
import { button, el } from '../dom';
import type { Panel, PanelHooks } from './panelStack';
import { panelFrame } from './panelStack';
import { choiceControl, rangeControl, section, toggleControl, type Control } from './settingsControls';
import { keyBindingControls, type KeyControls } from './settingsKeys';

export interface SettingsHooks extends PanelHooks {
  readonly get: () => Settings;
  readonly set: (next: Settings) => void;
  readonly isFullscreen: () => boolean;
  readonly toggleFullscreen: () => void;
  /** Whether this browser can go fullscreen here at all (iPhone Safari cannot). */
  readonly canFullscreen: () => boolean;
  /** The languages there are, as [code, own name]. */
  readonly languages: () => readonly (readonly [string, string])[];
  /** Opens the progress code panel over the settings. */
  readonly openProgress: () => void;
  /** Opens the brightness picture over the settings. */
  readonly openBrightness: () => void;
  readonly caps: () => KeyCaps | undefined;
}

export function createSettingsPanel(hooks: SettingsHooks): Panel & { sync: () => void; keys: KeyControls } {
  const { say } = hooks;
  const lang = (): string => hooks.get().language ?? hooks.lang();
  const percent = (v: number): string => say('format.percent', { value: number(lang(), Math.round(v * 100)) });
  const seconds = (ms: number): string => say('format.seconds', { value: number(lang(), ms / 1000, 1) });
  const times = (v: number): string => say('format.times', { value: number(lang(), v, 1) });
  const { root, body } = panelFrame('settings', 'settings.heading', 'panel-wide');
  const change = (patch: Partial<Settings>): void => hooks.set({ ...hooks.get(), ...patch });
  /** What a control shows and changes: one setting, read and saved as it is. */
  const bound = <K extends keyof Settings>(key: K): { get: () => Settings[K]; set: (value: Settings[K]) => void } => ({
    get: () => hooks.get()[key],
    set: (value) => change({ [key]: value }),
  });
  /** A setting from 0 to 1 in steps of 5 %, read as a percentage: the volumes and the brightness. */
  const fraction = (label: string, key: 'master' | 'music' | 'ambience' | 'sfx' | 'brightness'): Control =>
    rangeControl({ label, min: 0, max: 1, step: 0.05, ...bound(key), format: percent });

  const controls: Control[] = [];
  const add = <T extends Control>(control: T): T => {
    controls.push(control);
    return control;
  };

  const language = section('settings.language', [
    add(
      choiceControl<string>({
        legend: 'settings.language',
        options: hooks.languages().map(([code, name]) => ({ value: code, name, lang: code })),
        get: () => hooks.lang(),
        set: (language) => change({ language }),
      }),
    ),
    el('p', { class: 'setting-hint', 'data-text': 'settings.language_hint' }),
  ]);

  const sound = section('settings.sound', [
    add(fraction('settings.master', 'master')),
    add(fraction('settings.music', 'music')),
    add(fraction('settings.ambience', 'ambience')),
    add(fraction('settings.sfx', 'sfx')),
    add(toggleControl({ label: 'settings.mute', ...bound('muted') })),
  ]);

  const text = section('settings.text', [
    add(
      choiceControl<number>({
        legend: 'settings.text_speed',
        options: [
          { value: 20, label: 'settings.speed.slow' },
          { value: 45, label: 'settings.speed.normal' },
          { value: 90, label: 'settings.speed.fast' },
          { value: 200, label: 'settings.speed.very_fast' },
          { value: 0, label: 'settings.speed.instant' },
        ],
        ...bound('textSpeed'),
      }),
    ),
    add(toggleControl({ label: 'settings.auto', hint: 'settings.auto_hint', ...bound('autoAdvance') })),
    add(rangeControl({ label: 'settings.auto_delay', min: 500, max: 6000, step: 100, ...bound('autoDelayMs'), format: seconds })),
    add(toggleControl({ label: 'settings.skip_seen', hint: 'settings.skip_seen_hint', ...bound('skipSeen') })),
    add(toggleControl({ label: 'settings.captions', ...bound('captions') })),
  ]);

  const display = section('settings.display', [
    add(fraction('settings.brightness', 'brightness')),
    el('p', { class: 'setting-hint', 'data-text': 'settings.brightness_hint' }),
    button('', hooks.openBrightness, { id: 'settings-calibrate', class: 'setting-button', 'data-text': 'settings.calibrate' }),
    add(
      choiceControl<TextSize>({
        legend: 'settings.text_size',
        options: [
          { value: 'small', label: 'settings.size.small' },
          { value: 'medium', label: 'settings.size.medium' },
          { value: 'large', label: 'settings.size.large' },
          { value: 'huge', label: 'settings.size.largest' },
        ],
        ...bound('textSize'),
      }),
    ),
    add(
      choiceControl<Typeface>({
        legend: 'settings.typeface',
        options: [
          { value: 'game', name: 'Cormorant', className: 'face-game' },
          { value: 'legible', name: 'Atkinson Hyperlegible', className: 'face-legible' },
          { value: 'dyslexic', name: 'OpenDyslexic', className: 'face-dyslexic' },
        ],
        ...bound('typeface'),
      }),
    ),
    add(rangeControl({ label: 'settings.line_spacing', min: 1.2, max: 2, step: 0.1, ...bound('lineSpacing'), format: times })),
    add(toggleControl({ label: 'settings.high_contrast', ...bound('highContrast') })),
    add(toggleControl({ label: 'settings.reduced_flicker', hint: 'settings.reduced_flicker_hint', ...bound('reducedFlicker') })),
    add(toggleControl({ label: 'settings.reduced_motion', hint: 'settings.reduced_motion_hint', ...bound('reducedMotion') })),
    add(
      toggleControl({
        label: 'settings.light_mode',
        hint: 'settings.light_mode_hint',
        get: () => hooks.get().lightMode === 'on',
        set: (on) => change({ lightMode: on ? 'on' : 'off' }),
      }),
    ),
  ]);
  const fullscreen = add(toggleControl({ label: 'settings.fullscreen', get: hooks.isFullscreen, set: () => hooks.toggleFullscreen() }));
  display.append(fullscreen.row);

  const keys = keyBindingControls({ get: () => hooks.get().keys, set: (k) => change({ keys: k }), say, caps: hooks.caps });
  const keysSection = section('settings.keys', [keys.rows]);

  const padList = el('dl', { class: 'pad-controls' });
  const showPad = (): void => {
    const s = hooks.get();
    padList.replaceChildren(
      ...padControls({ padSwapAB: s.padSwapAB, padStyle: 'letters', say }).flatMap(([name, does]) => [
        el('dt', { text: name }),
        el('dd', { text: does }),
      ]),
    );
  };
  const gamepad = section('settings.gamepad', [
    padList,
    add(toggleControl({ label: 'settings.swap_ab', hint: 'settings.swap_ab_hint', ...bound('padSwapAB') })),
    add(toggleControl({ label: 'settings.rumble', hint: 'settings.rumble_hint', ...bound('rumble') })),
  ]);

  const progress = section('settings.progress', [
    el('p', { class: 'setting-hint', 'data-text': 'settings.progress_hint' }),
    button('', hooks.openProgress, { id: 'settings-progress', class: 'setting-button', 'data-text': 'settings.progress_code' }),
  ]);

  const scroller = body;
  scroller.classList.add('settings-scroll');
  scroller.append(language, sound, text, display, keysSection, gamepad, progress);
  const done = button('', hooks.close, { class: 'panel-close', 'data-text': 'settings.done' });
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
