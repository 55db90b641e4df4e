// The settings panel: sound, text, display and keys. Every change applies and is saved at
// once (no "apply" step to forget); the same panel opens from the title and from pause.
import type { KeyCaps } from '../../save/keyBindings';
import type { Settings, TextSize, Typeface } from '../../save/settings';
import { padControls } from '../../input/prompts';
import type { Say } from '../../lang/strings';
import { number } from '../localize';
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
  readonly say: Say;
  /** The language in use, and the languages there are as [code, own name]. */
  readonly lang: () => string;
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
  const { root, body } = panelFrame('settings', 'settings.heading', 'panel-wide');
  const change = (patch: Partial<Settings>): void => hooks.set({ ...hooks.get(), ...patch });
  const volume = (label: string, key: 'master' | 'music' | 'ambience' | 'sfx'): Control =>
    rangeControl({ label, min: 0, max: 1, step: 0.05, get: () => hooks.get()[key], set: (v) => change({ [key]: v }), format: percent });

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
    add(volume('settings.master', 'master')),
    add(volume('settings.music', 'music')),
    add(volume('settings.ambience', 'ambience')),
    add(volume('settings.sfx', 'sfx')),
    add(toggleControl({ label: 'settings.mute', get: () => hooks.get().muted, set: (muted) => change({ muted }) })),
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
        get: () => hooks.get().textSpeed,
        set: (textSpeed) => change({ textSpeed }),
      }),
    ),
    add(
      toggleControl({
        label: 'settings.auto',
        hint: 'settings.auto_hint',
        get: () => hooks.get().autoAdvance,
        set: (autoAdvance) => change({ autoAdvance }),
      }),
    ),
    add(
      rangeControl({
        label: 'settings.auto_delay',
        min: 500,
        max: 6000,
        step: 100,
        get: () => hooks.get().autoDelayMs,
        set: (autoDelayMs) => change({ autoDelayMs }),
        format: (ms) => say('format.seconds', { value: number(lang(), ms / 1000, 1) }),
      }),
    ),
    add(
      toggleControl({
        label: 'settings.skip_seen',
        hint: 'settings.skip_seen_hint',
        get: () => hooks.get().skipSeen,
        set: (skipSeen) => change({ skipSeen }),
      }),
    ),
    add(toggleControl({ label: 'settings.captions', get: () => hooks.get().captions, set: (captions) => change({ captions }) })),
  ]);

  const display = section('settings.display', [
    add(
      rangeControl({
        label: 'settings.brightness',
        min: 0,
        max: 1,
        step: 0.05,
        get: () => hooks.get().brightness,
        set: (brightness) => change({ brightness }),
        format: percent,
      }),
    ),
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
        get: () => hooks.get().textSize,
        set: (textSize) => change({ textSize }),
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
        get: () => hooks.get().typeface,
        set: (typeface) => change({ typeface }),
      }),
    ),
    add(
      rangeControl({
        label: 'settings.line_spacing',
        min: 1.2,
        max: 2,
        step: 0.1,
        get: () => hooks.get().lineSpacing,
        set: (lineSpacing) => change({ lineSpacing }),
        format: (v) => say('format.times', { value: number(lang(), v, 1) }),
      }),
    ),
    add(
      toggleControl({
        label: 'settings.high_contrast',
        get: () => hooks.get().highContrast,
        set: (highContrast) => change({ highContrast }),
      }),
    ),
    add(
      toggleControl({
        label: 'settings.reduced_flicker',
        hint: 'settings.reduced_flicker_hint',
        get: () => hooks.get().reducedFlicker,
        set: (reducedFlicker) => change({ reducedFlicker }),
      }),
    ),
    add(
      toggleControl({
        label: 'settings.reduced_motion',
        hint: 'settings.reduced_motion_hint',
        get: () => hooks.get().reducedMotion,
        set: (reducedMotion) => change({ reducedMotion }),
      }),
    ),
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
    add(
      toggleControl({
        label: 'settings.swap_ab',
        hint: 'settings.swap_ab_hint',
        get: () => hooks.get().padSwapAB,
        set: (padSwapAB) => change({ padSwapAB }),
      }),
    ),
    add(
      toggleControl({
        label: 'settings.rumble',
        hint: 'settings.rumble_hint',
        get: () => hooks.get().rumble,
        set: (rumble) => change({ rumble }),
      }),
    ),
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
