// The one file that wires everything together: content → director → presenters (Phaser,
// Howler, DOM), and the player's input back to the director as intents.
// First: the textures start downloading before anything else is evaluated.
import { onTextureProgress, texturesLoading } from './game/earlyTextures';
import './fonts';
import './ui/style.css';
import { credits, cues, cutscenes as cutsceneData, scene as sceneData, storyJson, textureScales } from 'virtual:content';
import { AudioService } from './audio/audioService';
import { validateCutscene, type Cutscene } from './cutscene/schema';
import { EventBus } from './events';
import type { CryptScene } from './game/CryptScene';
import { CutscenePlayer } from './game/cutscenePlayer';
import { audioUrls } from './game/assetUrls';
import { createGame } from './game/createGame';
import type { SaveData } from './save/saveGame';
import { SaveSlot } from './save/saveSlot';
import { loadSeen } from './save/seenLines';
import { loadSettings, saveSettings, type Action, type Settings } from './save/settings';
import { SafeStore } from './save/storage';
import { browserStorage } from './ui/browserStorage';
import { applyPageSettings } from './ui/pageSettings';
import { GameClock } from './ui/gameClock';
import { validateScene } from './scene/validate';
import { buildContentIndex } from './story/contentIndex';
import { Director } from './story/director';
import { presentDirector } from './directorPresenter';
import { InkStory } from './story/inkStory';
import { DialogueBox } from './ui/dialogue';
import { Hotspots } from './ui/hotspots';
import { bindKeyboard } from './ui/input';
import { StoryLog } from './ui/log';
import { installEmbed } from './ui/embed';
import { Menus } from './ui/menus';
import { Screens } from './ui/screens';
import { Stage } from './ui/stage';

const screens = new Screens();
window.addEventListener('error', (event) => screens.showError(`The game hit an error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => screens.showError(`The game hit an error: ${String(event.reason)}`));

const scene = validateScene(sceneData, 'levels/crypt.scene.json');
const index = buildContentIndex(scene, cues, Object.keys(cutsceneData));
const cutscenes = new Map<string, Cutscene>(
  Object.entries(cutsceneData).map(([id, raw]) => [id, validateCutscene(raw, `levels/cutscenes/${id}.cutscene.json`, { index, speakers: scene.speakers })]),
);

const store = new SafeStore(browserStorage(), () => screens.say("This browser won't keep your progress; the game still plays.", 7000));
const prefersReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
let settings: Settings = loadSettings(store, prefersReducedMotion);
const bus = new EventBus();
const stage = new Stage(screens.root, screens.overlay, screens.sceneLayer, scene.width, scene.height);
const log = new StoryLog(screens.overlay);
const audio = new AudioService(cues, audioUrls, settings, (caption) => bus.emit('caption', caption));
let crypt: CryptScene | null = null;
let director: Director | null = null;
let paused = false;
/** The object last used, so its sounds come from its side of the room. */
let lastUsedProp: string | null = null;
/** Lines read in any playthrough, for "skip seen lines"; the director adds to it. */
const seenLines = loadSeen(store);
const slot = new SaveSlot(store, seenLines);

const dialogue = new DialogueBox(screens.overlay, settings, {
  advance: () => director?.advance(),
  choose: (position) => director?.choose(position),
});
const hotspots = new Hotspots(
  screens.sceneLayer,
  scene.props,
  (prop) => {
    lastUsedProp = prop;
    director?.useObject(prop);
  },
  (prop) => bus.emit('hover', prop),
);

function applySettings(next: Settings): void {
  settings = next;
  saveSettings(store, settings);
  bus.emit('settings', settings);
}

bus.on('settings', (s) => {
  audio.applySettings(s);
  dialogue.applySettings(s);
  crypt?.setReduced(s.reducedFlicker, s.reducedMotion);
  applyPageSettings(s);
});
bus.on('hover', (prop) => crypt?.highlight(prop));

const inPlay = (): boolean => director !== null && director.mode !== 'title' && director.mode !== 'ended';
const menus = new Menus({
  overlay: screens.overlay,
  settingsButton: screens.settingsButton,
  creditsButton: screens.creditsButton,
  bus,
  credits,
  settings: () => settings,
  applySettings,
  isFullscreen: () => document.fullscreenElement !== null,
  toggleFullscreen,
  entries: () => log.entries,
  inPlay,
  setPaused,
  canRestart: () => director?.lastBeatSnapshot != null,
  restartFromBeat,
  backToTitle,
});
installEmbed(screens.overlay, toggleFullscreen);

/** Pause menu → "Restart from the last beat": the story and the room go back to that autosave. */
function restartFromBeat(): void {
  const snapshot = director?.lastBeatSnapshot;
  if (!director || !snapshot) return;
  dialogue.hideAll();
  cutscenePlayer.abandon();
  director.resume(snapshot);
}
bus.on('caption', (caption) => {
  log.add({ speaker: null, text: caption, kind: 'caption' });
  if (settings.captions) screens.say(caption, 3500);
});

const cutscenePlayer = new CutscenePlayer({
  def: scene,
  cutscenes,
  crypt: () => crypt,
  director: () => director,
  dialogue,
  log,
  overlay: screens.overlay,
  credits,
  settings: () => settings,
  paused: () => paused,
});

function newDirector(): Director {
  const story = new InkStory(storyJson, index, scene.speakers);
  return new Director(story, scene, (event) => bus.emit('director', event), seenLines);
}

bus.on(
  'director',
  presentDirector({
    scene,
    audio,
    dialogue,
    log,
    hotspots,
    cutscenePlayer,
    slot,
    crypt: () => crypt,
    lastUsedProp: () => lastUsedProp,
    ended: backToTitle,
  }),
);

function startGame(resumeFrom: SaveData | null): void {
  window.focus();
  screens.hideTitle();
  log.clear();
  dialogue.hideAll();
  director = newDirector();
  if (resumeFrom) {
    // The beat's own tag ran before the save; show it again for styles and tests.
    document.body.dataset.beat = resumeFrom.current.beat;
    director.resume(resumeFrom.current);
  }
  else {
    slot.clear();
    director.begin();
  }
}

function backToTitle(): void {
  director = null;
  cutscenePlayer.abandon();
  dialogue.hideAll();
  hotspots.setAvailable([]);
  document.body.dataset.mode = 'title';
  menus.closeAll();
  menus.refreshPlayControls();
  screens.showTitle(slot.current !== null);
}

screens.newButton.addEventListener('click', () => startGame(null));
screens.continueButton.addEventListener('click', () => startGame(slot.current));

function handleAction(action: Action, down: boolean): void {
  // In a cutscene Space leans and Esc held skips; an Esc tap comes back here, on release, to pause.
  const inCutscene = cutscenePlayer.handleAction(action, down);
  if (inCutscene === 'consumed' || (!down && inCutscene !== 'tap')) return;
  if (action === 'mute') applySettings({ ...settings, muted: !settings.muted });
  if (action === 'fullscreen') toggleFullscreen();
  if (action === 'pause') menus.pauseKey();
  if (action === 'history') menus.historyKey();
}

function setPaused(next: boolean): void {
  if (!director || director.mode === 'title' || director.mode === 'ended') return;
  paused = next;
  if (paused) director.pause();
  else director.unpause();
  audio.setPausedFade(paused);
  // Tweens and particles live in the Phaser scene: a paused scene still draws, but stands still.
  if (paused) crypt?.scene.pause();
  else crypt?.scene.resume();
  bus.emit('paused', paused);
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void screens.root.requestFullscreen().catch(() => screens.say('Fullscreen is not allowed here.'));
}

bindKeyboard(window, () => settings, {
  context: () => (screens.titleShowing || screens.errorShowing || paused || menus.open ? 'menu' : director?.mode === 'cutscene' ? 'cutscene' : 'story'),
  advance: () => dialogue.press(),
  choose: (position) => director?.choose(position),
  moveFocus: (step) => {
    if (menus.open || screens.titleShowing) menus.moveFocus(step);
    else if (dialogue.choiceButtons.length > 0) dialogue.moveChoiceFocus(step);
    else hotspots.moveFocus(step);
  },
  useFocused: () => {
    const active = document.activeElement;
    if (active instanceof HTMLButtonElement && !active.hidden) {
      active.click();
      return true;
    }
    return false;
  },
  hasChoicesOrObjects: () => dialogue.choiceButtons.length > 0 || hotspots.visible.length > 0,
  action: handleAction,
});

screens.overlay.addEventListener('click', () => {
  window.focus();
  if (!paused && director?.mode === 'dialogue') dialogue.press();
});
document.addEventListener('visibilitychange', () => audio.setHidden(document.hidden));
const clock = new GameClock(
  () => !paused,
  (dt) => {
    dialogue.tick(dt);
    cutscenePlayer.tick(dt);
  },
);

if (slot.load() === 'set-aside') screens.say('An unreadable save was set aside; starting fresh.', 7000);

const game = createGame(
  screens.canvasHost,
  scene,
  {
    failed: (file) => screens.showError(`A game file could not be loaded (${file}). Check your connection and reload.`),
    ready: () => screens.showLoading({ uploaded: true }),
    noWebGL: () => screens.say('WebGL is unavailable, so the candlelight cannot be drawn.', 10000),
    created: (created) => {
      screens.showLoading({ built: true });
      crypt = created;
      crypt.setReduced(settings.reducedFlicker, settings.reducedMotion);
      bus.emit('settings', settings);
      audio.setAmbience(null);
      document.body.dataset.ready = 'true';
      backToTitle();
      performance.mark('every-night:title-ready');
      // The effects are fetched at the player's first press: nothing sounds before it, and making
      // them makes the audio context, which held the page for a third of a second (bench, issue 19).
      for (const type of ['pointerdown', 'keydown']) window.addEventListener(type, () => audio.preloadEffects(), { once: true, capture: true });
    },
    clock: () => clock.now,
    cameraMoved: (view) => stage.setView(view),
    // For tests and tools that compare frames: from here on only flicker and motion change them.
    settled: () => (document.body.dataset.settled = 'true'),
  },
  0x5eed,
  textureScales,
  texturesLoading,
);
onTextureProgress((downloaded) => screens.showLoading({ downloaded }));
stage.fit();
// ?debug exposes the Phaser game to the console, for looking into the scene by hand.
if (new URLSearchParams(window.location.search).has('debug')) Object.assign(window, { everyNight: game, everyNightAudio: audio });
