// The one file that wires everything together: content → session and director → presenters
// (Phaser, Howler, DOM), and the devices → input adapters → the session's router. It decides
// nothing itself.
// First: the textures start downloading before anything else is evaluated.
import { onTextureProgress, texturesLoading } from './game/loading/earlyTextures';
import './fonts';
import './ui/style.css';
import './ui/phone.css';
import './ui/phoneLife.css';
import {
  credits,
  cues as cuesData,
  cutscenes as cutsceneData,
  figures as figuresData,
  languages,
  level as levelData,
  storyJson,
  textureScales,
} from 'virtual:content';
import { AudioService } from './audio/audioService';
import { loadContent } from './content/loadContent';
import { presentDirector } from './presenters/directorPresenter';
import { EventBus } from './events';
import { audioUrls } from './game/loading/assetUrls';
import type { CryptScene } from './game/scenes/CryptScene';
import { createGame } from './game/createGame';
import { gpuWarmedUp, gpuWarmUpDone } from './game/loading/gpuWarmUp';
import { lightMode } from './game/render/lightMode';
import { PageCutscenePresenter, cutsceneSpeed } from './presenters/cutscenePresenter';
import { CutsceneStaging } from './game/render/cutsceneStaging';
import { GamepadAdapter } from './input/gamepadAdapter';
import type { Device } from './input/intents';
import { listenToKeyboard } from './input/keyboardAdapter';
import { askToPersistStorage, listenToPageLife } from './input/pageLifeAdapter';
import { readKeyCaps } from './input/keyboardLayout';
import { listenToPointer } from './input/pointerAdapter';
import { controlsLine, leanPrompt, skipLabel, type PromptContext } from './input/prompts';
import type { KeyCaps } from './save/keyBindings';
import { InputRouter } from './input/router';
import { Rumble } from './input/rumble';
import { decodeProgress, encodeProgress } from './save/progressCode';
import { SaveSlot } from './save/saveSlot';
import { storyFingerprint } from './save/storyFingerprint';
import { loadSeen } from './save/seenLines';
import { loadSettings, saveSettings, type Settings } from './save/settings';
import { SafeStore } from './save/storage';
import type { SceneState } from './scene/state';
import { pickLanguage, Strings } from './lang/strings';
import { Session } from './session';
import type { Line } from './story/line';
import { Director } from './story/director';
import { InkStory } from './story/inkStory';
import { browserStorage } from './ui/browserStorage';
import { DialogueBox } from './ui/dialogue';
import { installEmbed } from './ui/embed';
import { canFullscreen, enterFullscreen, fullscreenElement, leaveFullscreen } from './ui/fullscreen';
import { LanguagePicker } from './ui/languagePicker';
import { localize } from './ui/localize';
import { GameClock } from './clock/gameClock';
import { Hotspots } from './ui/hotspots';
import { StoryLog } from './ui/log';
import { Menus } from './ui/menus';
import { applyPageSettings } from './ui/pageSettings';
import { installBrightness } from './ui/brightness';
import { asksForBrightness, PHONE_START_LEVEL } from './scene/brightness';
import { Screens } from './ui/screens';
import { createSessionView } from './ui/sessionView';
import { OverlayFrame } from './ui/overlayFrame';

/** Lets the page answer input before the start goes on. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

const screens = new Screens();
/** Set once the session exists; an error before that only needs the error screen. */
const started: { session: Session | null } = { session: null };
const failed = (message: string): void => {
  started.session?.fail();
  screens.showError(message);
};
window.addEventListener('error', (event) => failed(say('notice.error', { message: event.message })));
window.addEventListener('unhandledrejection', (event) => failed(say('notice.error', { message: String(event.reason) })));

// The build checked every file; the game takes the content typed from the same loader.
const { level, figures, cues, index, cutscenes } = loadContent({
  level: levelData,
  figures: figuresData,
  cues: cuesData,
  cutscenes: cutsceneData,
});

// Storage may fail while the settings (and so the language) are still being read: say it a moment later.
const store = new SafeStore(browserStorage(), () => queueMicrotask(() => screens.say(say('notice.no_storage'), 7000)));
const prefersReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
let settings: Settings = loadSettings(store, prefersReducedMotion);
const bus = new EventBus();
const applyBrightness = installBrightness();
applyBrightness(settings.brightness);
const overlayFrame = new OverlayFrame(screens.root, screens.overlay, screens.sceneLayer, screens.canvasHost, level.width, level.height);
/** The language to show: the player's choice, else the first of the browser's the game has. */
const languageWanted = (): string => settings.language ?? pickLanguage(navigator.languages, Object.keys(languages.tables));
const strings = new Strings(languages, languageWanted());
/** A string by key in the player's language. */
function say(key: string, params?: Readonly<Record<string, string | number>>): string {
  return strings.t(key, params);
}
/** A line's words in the player's language (English where a table lacks it). */
const words = (line: Line): string => strings.or(line.id, line.text);
const log = new StoryLog(screens.overlay, words);
const audio = new AudioService(cues, audioUrls, settings, (cue, text) => bus.emit('caption', { cue, text }));
let crypt: CryptScene | null = null;
const propLooks = new Map<string, string>();
let staging: CutsceneStaging | null = null;
const seenLines = loadSeen(store);
const slot = new SaveSlot(store, seenLines, () => new Date(), storyFingerprint(storyJson));
const router = new InputRouter();
const rumble = new Rumble();

// Before any press: a phone or tablet speaks of touch, anything else of the keyboard and mouse.
let device: Device = window.matchMedia('(pointer: coarse)').matches ? 'touch' : 'keyboard';
const gamepad = new GamepadAdapter(
  (intents, at) => session.inputs(intents, 'gamepad', at),
  () => ({ swapAB: settings.padSwapAB }),
);
// What the player's keys print (AZERTY, QWERTZ…), when the browser tells: prompts name those caps.
let keyCaps: KeyCaps | undefined;
const prompts = (): PromptContext => ({
  device,
  keys: settings.keys,
  padSwapAB: settings.padSwapAB,
  padStyle: gamepad.padStyle,
  say,
  caps: keyCaps,
});

const dialogue = new DialogueBox(screens.overlay, settings, words);
const hotspots = new Hotspots(
  screens.sceneLayer,
  level.props,
  (prop) => crypt?.highlight(prop),
  () => device !== 'touch',
);

function applySettings(next: Settings): void {
  settings = next;
  saveSettings(store, settings);
  bus.emit('settings', settings);
}

bus.on('settings', (s) => {
  if (languageWanted() !== strings.lang) applyLanguage();
  audio.applySettings(s);
  dialogue.applySettings(s);
  crypt?.setReduced(s.reducedFlicker, s.reducedMotion);
  lightMode.prefer(s.lightMode);
  applyPageSettings(s);
  applyBrightness(s.brightness);
  reword();
});
bus.on('caption', (caption) => {
  const line = { id: `caption.${caption.cue}`, speaker: null, text: caption.text };
  log.add({ line, kind: 'caption' });
  if (settings.captions) screens.say(words(line), 3500);
});

function toggleFullscreen(): void {
  if (fullscreenElement()) leaveFullscreen();
  else if (canFullscreen()) void enterFullscreen(screens.root).catch(() => screens.say(say('notice.no_fullscreen')));
  else screens.say(say('notice.no_fullscreen'));
}

const cutscenePresenter: PageCutscenePresenter = new PageCutscenePresenter({
  crypt: () => crypt,
  staging: () => staging,
  dialogue,
  log,
  overlay: screens.overlay,
  credits,
  state: (): SceneState | null => session.story?.state ?? null,
  creditsDone: () => session.story?.creditsDone(),
  leanPrompt: () => leanPrompt(prompts()),
  skipLabel: () => skipLabel(prompts()),
  words,
});

/**
 * Every word on the page in the language wanted: the static words (localize), the page's
 * language for screen readers, the line and choices on show, the history, the prompts.
 * Switching mid-story changes only words: the place, the choices and the state stay.
 */
function applyLanguage(): void {
  strings.use(languageWanted());
  languagePicker.show(strings.lang);
  document.documentElement.lang = strings.lang;
  document.title = say('game.name');
  localize(document.body, say);
  // Panels join the page only when first opened: write their words now too.
  for (const panel of menus.panelRoots) localize(panel, say);
  log.reword(strings.lang);
  dialogue.reword();
  reword();
}

/** Prompts on screen follow the device used last and the player's bindings. */
function reword(): void {
  screens.setControlsLine(controlsLine(prompts()));
  cutscenePresenter.reword();
}

const director = presentDirector({
  level,
  audio,
  dialogue,
  log,
  hotspots,
  cutscenes: cutscenePresenter,
  crypt: () => crypt,
  staging: () => staging,
  lastUsedProp: () => session.lastUsedProp,
  inCutscene: () => session.mode === 'cutscene',
  sounded: (cue) => {
    const pattern = cues[cue]?.rumble;
    if (pattern && settings.rumble && !settings.reducedMotion) rumble.start(pattern, performance.now());
  },
});

const view = createSessionView({
  screens,
  dialogue,
  hotspots,
  log,
  menus: () => menus,
  abandonCutscene: () => cutscenePresenter.abandon(),
  setWorldPaused: (paused) => {
    audio.setPausedFade(paused);
    // Tweens and particles live in the Phaser scene: a paused scene still draws, but stands still.
    if (paused) crypt?.scene.pause();
    else crypt?.scene.resume();
    if (paused) rumble.stop();
    bus.emit('paused', paused);
  },
  showSkipProgress: (fraction) => cutscenePresenter.showSkipProgress(fraction),
  usedDevice: (used) => {
    device = used;
    document.body.dataset.device = used;
    reword();
  },
  toggleMute: () => applySettings({ ...settings, muted: !settings.muted }),
  toggleFullscreen,
});

const session: Session = new Session({
  router,
  slot,
  view,
  settings: () => settings,
  timeScale: cutsceneSpeed,
  newDirector: (emit): Director =>
    new Director(new InkStory(storyJson, index, level.speakers), level, emit, {
      cutscenes,
      cutscenePresenter: cutscenePresenter,
      seenLines,
      reducedMotion: () => settings.reducedMotion,
      // A line written at more length in the player's language stays up longer, in proportion.
      lineMs: (line, ms) => ms * Math.max(1, words(line).length / Math.max(1, line.text.length)),
    }),
  present: (event) => {
    director.present(event);
    if (event.type === 'mode' && event.mode !== 'cutscene' && event.mode !== 'paused') rumble.stop();
    bus.emit('director', event);
  },
});

started.session = session;

/** The first story started asks the browser to keep the game's storage (once: it may ask the player). */
let persistAsked = false;
const askPersistOnce = (): void => {
  if (!persistAsked) askToPersistStorage(navigator);
  persistAsked = true;
};

// The page's start is cut into tasks of a few tens of milliseconds, so a press on the static title
// is answered between them: building the menus and starting Phaser each held the main thread
// alone (Lighthouse's blocking time, issue 19). Nothing before this point waits on what follows.
await nextTask();
const menus = new Menus({
  overlay: screens.overlay,
  title: screens.title,
  settingsButton: screens.settingsButton,
  creditsButton: screens.creditsButton,
  bus,
  credits,
  settings: () => settings,
  applySettings,
  isFullscreen: () => fullscreenElement() !== null,
  toggleFullscreen,
  canFullscreen: () => canFullscreen(),
  entries: () => log.entries,
  words,
  say,
  lang: () => strings.lang,
  languages: () => strings.available,
  caps: () => keyCaps,
  inPlay: () => session.inPlay,
  panelsChanged: (open) => session.panelsChanged(open),
  canRestart: () => session.canRestart,
  restartFromBeat: () => session.restartFromBeat(),
  backToTitle: () => session.backToTitle(),
  progressCode: async () => {
    // The code carries the place to the line, as a hidden page keeps it.
    session.keepPlace();
    return slot.current ? encodeProgress(slot.current) : null;
  },
  readCode: (text) => decodeProgress(text, slot.storyId),
  loadProgress: (save) => {
    askPersistOnce();
    session.loadProgress(save);
  },
});
installEmbed(screens.overlay, say);

/** The first start on a phone shows the brightness picture, the slider set to a moderate lift. */
function askBrightnessOnce(): void {
  const shortSide = Math.min(window.screen.width, window.screen.height);
  if (!asksForBrightness({ asked: settings.brightnessAsked, shortSide, coarse: window.matchMedia('(pointer: coarse)').matches })) return;
  applySettings({ ...settings, brightnessAsked: true, brightness: settings.brightness > 0 ? settings.brightness : PHONE_START_LEVEL });
  menus.openBrightness();
}

const languagePicker = new LanguagePicker(screens.titleLanguages, strings.available, (language) =>
  applySettings({ ...settings, language }),
);
screens.newButton.addEventListener('click', () => {
  askPersistOnce();
  session.newGame();
});
screens.continueButton.addEventListener('click', () => {
  askPersistOnce();
  session.continueGame();
});

// The devices. Each adapter only translates; the session's router decides.
listenToKeyboard(
  window,
  () => settings.keys,
  (intents, at) => session.inputs(intents, 'keyboard', at),
);
void readKeyCaps().then((caps) => {
  keyCaps = caps;
  if (caps) reword();
});
// The whole root, not only the overlay: a tap on the black beside or below the picture reads on too.
listenToPointer(
  screens.root,
  (intent, from, at) => session.input({ intent, device: from ?? router.device ?? device, at }),
  (prop) => hotspots.highlight(prop),
);
// A phone switching apps, locking or closing the tab: the place is kept to the line, and the sound
// sleeps; back again, it wakes (after an iPhone's call too, at the next touch that ends).
listenToPageLife(window, {
  hidden: () => {
    session.keepPlace();
    audio.setHidden(true);
  },
  shown: () => {
    audio.setHidden(false);
    audio.wake();
  },
  gestureEnded: () => audio.wake(),
});

// Real time, every frame, paused or not: the pad is polled, holds are timed, rumble pulses.
const everyFrame = (now: number): void => {
  gamepad.poll(now);
  session.frame(now);
  for (const pulse of rumble.due(now)) gamepad.pulse(pulse);
  requestAnimationFrame(everyFrame);
};
requestAnimationFrame(everyFrame);

// Game time: stops while paused or hidden.
const clock = new GameClock(
  () => !session.paused,
  (dt) => {
    dialogue.tick(dt);
    cutscenePresenter.tick(dt * cutsceneSpeed());
    session.tick(dt);
  },
);

if (slot.load() === 'set-aside') screens.say(say('notice.save_set_aside'), 7000);
applyLanguage();

// Its context after the GPU has started beside the page (a long wait on this thread otherwise).
await gpuWarmedUp();
const game = createGame(
  screens.canvasHost,
  level,
  {
    failed: (file) => failed(say('notice.file_failed', { file })),
    ready: () => screens.showLoading({ uploaded: true }),
    noWebGL: () => screens.say(say('notice.no_webgl'), 10000),
    created: (created) => {
      gpuWarmUpDone();
      screens.showLoading({ built: true });
      crypt = created;
      staging = new CutsceneStaging(created, level);
      crypt.setReduced(settings.reducedFlicker, settings.reducedMotion);
      crypt.setFraming(overlayFrame.orientation);
      bus.emit('settings', settings);
      audio.setAmbience(null);
      document.body.dataset.ready = 'true';
      session.ready();
      askBrightnessOnce();
      performance.mark('every-night:title-ready');
      // The effects are fetched at the player's first press: nothing sounds before it, and making
      // them makes the audio context, which held the page for a third of a second (bench, issue 19).
      for (const type of ['pointerdown', 'keydown'])
        window.addEventListener(type, () => audio.preloadEffects(), { once: true, capture: true });
    },
    clock: () => clock.now,
    sound: (cue) => director.sound(cue),
    cameraMoved: (view) => overlayFrame.setView(view),
    // For tests and tools that compare frames: from here on only flicker and motion change them.
    settled: () => (document.body.dataset.settled = 'true'),
    // What the figures act out, for tests and tools that film them.
    figures: (acting, rects, extents) => {
      const written = (boxes: Readonly<Record<string, readonly number[]>>): string =>
        Object.entries(boxes)
          .map(([id, r]) => `${id}:${r.map((v) => Math.round(v)).join(',')}`)
          .join(' ');
      if (acting) document.body.dataset.acting = acting;
      else delete document.body.dataset.acting;
      document.body.dataset.figures = written(rects);
      document.body.dataset.figureExtents = written(extents);
    },
    // Each prop's look as the room shows it ("lighter:lit glass:full"), for tests that check it changes with the hand.
    propShown: (prop, look) => {
      propLooks.set(prop, look);
      document.body.dataset.props = [...propLooks].map(([id, shown]) => `${id}:${shown}`).join(' ');
    },
  },
  0x5eed,
  textureScales,
  texturesLoading,
  figures,
);
onTextureProgress((downloaded) => screens.showLoading({ downloaded }));
// A turn of the phone: the canvas's host changed size, and upright the camera frames differently.
overlayFrame.onLayout((layout) => {
  game?.scale.refresh();
  crypt?.setFraming(layout.orientation);
});
overlayFrame.fit();
// ?debug exposes the Phaser game to the console, for looking into the scene by hand.
if (new URLSearchParams(window.location.search).has('debug'))
  Object.assign(window, { everyNight: game, everyNightAudio: audio, everyNightClock: clock });
