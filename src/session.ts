// The session: everything between the player and the story that is not the story itself.
// Loading, the title, a new game or Continue, pausing, restarting from the last beat, going
// back to the title at the end; and the input, routed by the router in the context the session
// knows and carried out here, against the director and the view. No DOM, Phaser or Howler:
// the view is an interface, so the whole of it is tested in Node.
import type { FocusKind, InputContext } from './input/context';
import type { Device, InputEvent, Intent } from './input/intents';
import { isPageEffect, type Effect, type FocusRing, type InputRouter, type PageEffect } from './input/router';
import type { SaveData } from './save/saveGame';
import type { SaveSlot } from './save/saveSlot';
import type { Settings } from './save/settings';
import type { Director, DirectorEvent, Emit, Mode as DirectorMode } from './story/director';

/** One mode for the whole game, the title and loading included. */
export type Mode = 'loading' | 'error' | DirectorMode;

/** A seen line, with "skip seen lines" on, stays up this long before it moves on. */
export const SKIP_SEEN_MS = 120;
/**
 * Auto-advance waits the player's delay plus this long for each character shown, so a long line
 * (and a language that says it at more length) gets the time it takes to read.
 */
export const READ_MS_PER_CHAR = 20;

/** What the session asks of the page: the DOM, the Phaser scene and the sound behind it. */
export interface SessionView {
  showTitle(canContinue: boolean): void;
  hideTitle(): void;
  /** Empties the dialogue box, the choices, the objects and the history for a fresh start. */
  clearStory(): void;
  /** Takes the dialogue box, the choices and the objects away (the history stays to be read). */
  hideStory(): void;
  /** Takes a running cutscene's pieces off the screen without finishing it. */
  abandonCutscene(): void;
  /** The dialogue box: no line, a line still typing, or a line fully shown. */
  readonly line: 'none' | 'typing' | 'shown';
  /** How many characters the line on show has, in the player's language. */
  readonly lineLength: number;
  completeLine(): void;
  /** The open panel on top (pause, settings, history, credits), or null. */
  readonly panel: string | null;
  /** The settings are waiting for a key to bind. */
  readonly capturing: boolean;
  openPause(): void;
  closePanel(): void;
  closeAllPanels(): void;
  toggleHistory(): void;
  /** What kind of control has focus in a ring, and what it stands for when it is a game control. */
  focusKind(ring: FocusRing): FocusKind;
  focusedIntent(): Intent | null;
  moveFocus(ring: FocusRing, step: 1 | -1): void;
  pressFocused(): void;
  adjustFocused(step: 1 | -1): void;
  scrollFocused(step: 1 | -1): void;
  /** The world stands still (tweens, particles, sound fade) while paused. */
  setWorldPaused(paused: boolean): void;
  showSkipProgress(fraction: number): void;
  usedDevice(device: Device): void;
  toggleMute(): void;
  toggleFullscreen(): void;
  bindKey(code: string): void;
  cancelCapture(): void;
  /** Keyboard focus for the game (an itch.io iframe has none until asked). */
  focusGame(): void;
}

/** The effects that are not the page's alone, by name. */
type CarriedEffects = { readonly [E in Exclude<Effect, { do: PageEffect }> as E['do']]: E };
/** What the session does for each of them, given the device that asked. */
type Carriers = { readonly [K in keyof CarriedEffects]: (effect: CarriedEffects[K], device: Device) => void };

/** Hands an effect to its carrier; generic in the kind so TypeScript knows the two match. */
function carry<K extends keyof CarriedEffects>(carriers: Carriers, kind: K, effect: CarriedEffects[K], device: Device): void {
  carriers[kind](effect, device);
}

export interface SessionHooks {
  readonly router: InputRouter;
  readonly slot: SaveSlot;
  readonly view: SessionView;
  readonly settings: () => Settings;
  /** A fresh director for a new story, emitting through `emit`. */
  readonly newDirector: (emit: Emit) => Director;
  /** Where the director's events go once the session has seen them (the presenter). */
  readonly present: (event: DirectorEvent) => void;
  /** How much faster than life cutscenes run (1; more in browser tests of long scenes). */
  readonly timeScale?: () => number;
}

export class Session {
  private director: Director | null = null;
  private stage: 'loading' | 'error' | 'ready' = 'loading';
  private pausedNow = false;
  private lastProp: string | null = null;
  /** The line on screen: whether it was seen in an earlier playthrough, and how long it has been shown whole. */
  private shown = { seen: false, forMs: 0, moved: false };

  constructor(private readonly hooks: SessionHooks) {}

  get mode(): Mode {
    if (this.stage !== 'ready') return this.stage;
    return this.director?.mode ?? 'title';
  }

  /** A story is being played: not loading, not the title, not its end. */
  get inPlay(): boolean {
    const mode = this.mode;
    return mode !== 'loading' && mode !== 'error' && mode !== 'title' && mode !== 'ended';
  }

  get paused(): boolean {
    return this.pausedNow;
  }

  get story(): Director | null {
    return this.director;
  }

  /** The object used last, so its sounds come from its side of the room. */
  get lastUsedProp(): string | null {
    return this.lastProp;
  }

  /** The game is built and drawn: the title comes up. */
  ready(): void {
    if (this.stage === 'error') return;
    this.stage = 'ready';
    this.backToTitle();
  }

  /** A file failed to load, or the game hit an error: only the error screen answers now. */
  fail(): void {
    this.stage = 'error';
  }

  newGame(): void {
    this.start(null);
  }

  continueGame(): void {
    this.start(this.hooks.slot.current);
  }

  /**
   * The page is being hidden or left (a phone switching apps, a tab closed): the place is saved to
   * the line, so coming back (Continue) shows the same line. Nothing to keep on the title or at the end.
   */
  keepPlace(): void {
    const place = this.director?.currentPlace;
    if (!this.inPlay || !place) return;
    this.hooks.slot.record(place, false);
  }

  /** A progress code was pasted and accepted: it becomes the save, and the story resumes from it. */
  loadProgress(save: SaveData): void {
    this.hooks.view.closeAllPanels();
    this.hooks.slot.replace(save);
    this.start(save);
  }

  backToTitle(): void {
    this.director = null;
    this.setPaused(false);
    const { view } = this.hooks;
    view.abandonCutscene();
    view.hideStory();
    view.closeAllPanels();
    view.showTitle(this.hooks.slot.current !== null);
  }

  /** Pause menu → "Restart from the last beat": the story and the room go back to that autosave. */
  restartFromBeat(): void {
    const snapshot = this.director?.lastBeatSnapshot;
    if (!this.director || !snapshot) return;
    this.hooks.view.abandonCutscene();
    this.director.resume(snapshot);
  }

  get canRestart(): boolean {
    return this.director?.lastBeatSnapshot != null;
  }

  /** A panel opened over the game, or the last one closed: the game pauses under panels. */
  panelsChanged(open: boolean): void {
    if (this.inPlay || this.pausedNow) this.setPaused(open);
  }

  /** One intent from a device. Returns whether the browser's own handling should go ahead. */
  input(event: InputEvent): boolean {
    return this.inputs([event.intent], event.device, event.at);
  }

  /**
   * The intents one device event stands for (Space: the lean and reading on), routed in the
   * context as it was when the event came, so the first cannot change what the second means
   * (Esc giving up a key capture must not also close the settings).
   */
  inputs(intents: readonly Intent[], device: Device, at: number): boolean {
    const context = this.context();
    let native = true;
    for (const intent of intents) {
      const routed = this.hooks.router.route({ intent, device, at }, context);
      for (const effect of routed.effects) this.carryOut(effect, device);
      if (!routed.native) native = false;
    }
    return native;
  }

  /** Every frame of real time, paused or not: holds that last long enough act. */
  frame(now: number): void {
    const { router } = this.hooks;
    for (const effect of router.tick(now, this.context())) this.carryOut(effect, router.device ?? 'keyboard');
    // A lean held from before the cutscene began (or the hold step) counts once it does.
    if (this.director?.mode === 'cutscene') this.director.lean(router.leaning);
  }

  /** Game time passes (not while paused): cutscenes move on, a shown line may move on by itself. */
  tick(ms: number): void {
    if (this.pausedNow || !this.director) return;
    this.director.tick(ms * (this.hooks.timeScale?.() ?? 1));
    this.autoAdvance(ms);
  }

  /** What the router needs to know now. */
  context(): InputContext {
    const { view } = this.hooks;
    if (this.stage === 'loading') return { kind: 'loading' };
    if (this.stage === 'error') return { kind: 'error' };
    if (view.capturing) return { kind: 'capture' };
    const panel = view.panel;
    if (panel !== null) return { kind: 'panel', panel, focus: view.focusKind('panel') };
    const director = this.director;
    switch (director?.mode ?? 'title') {
      case 'title':
      case 'ended':
        return { kind: 'title', focus: view.focusKind('title') };
      case 'paused':
        return { kind: 'panel', panel: 'pause', focus: view.focusKind('panel') };
      case 'cutscene':
        return director?.awaitingHold ? { kind: 'hold' } : { kind: 'cutscene', credits: director?.creditsRolling ?? false };
      case 'explore':
        return { kind: 'explore', focus: view.focusKind('play') };
      case 'dialogue': {
        const count = director?.dialogueChoiceCount ?? 0;
        if (count > 0) return { kind: 'choices', count, focus: view.focusKind('play') };
        return { kind: 'dialogue', line: view.line === 'typing' ? 'typing' : 'shown' };
      }
    }
  }

  private start(resumeFrom: SaveData | null): void {
    const { view, slot } = this.hooks;
    view.focusGame();
    view.hideTitle();
    view.clearStory();
    this.setPaused(false);
    this.lastProp = null;
    const director = this.hooks.newDirector((event) => this.seen(event));
    this.director = director;
    if (resumeFrom) {
      director.resume(resumeFrom.current, resumeFrom.lastBeat ?? resumeFrom.current);
    } else {
      slot.clear();
      director.begin();
    }
  }

  /** The director's events pass through here on their way to the presenter. */
  private seen(event: DirectorEvent): void {
    if (event.type === 'line') this.shown = { seen: event.seen, forMs: 0, moved: false };
    if (event.type === 'autosave') this.hooks.slot.record(event.snapshot, event.atBeat);
    this.hooks.present(event);
    if (event.type === 'mode' && event.mode === 'ended') {
      this.hooks.slot.clear();
      this.backToTitle();
    }
  }

  private setPaused(next: boolean): void {
    if (next === this.pausedNow) return;
    if (next && !this.inPlay) return;
    this.pausedNow = next;
    if (next) this.director?.pause();
    else this.director?.unpause();
    this.hooks.view.setWorldPaused(next);
  }

  private autoAdvance(ms: number): void {
    const director = this.director;
    if (director?.mode !== 'dialogue' || director.dialogueChoiceCount > 0) return;
    if (this.hooks.view.line !== 'shown' || this.shown.moved) return;
    this.shown.forMs += ms;
    const settings = this.hooks.settings();
    const reading = settings.autoDelayMs + READ_MS_PER_CHAR * this.hooks.view.lineLength;
    const wait = this.shown.seen && settings.skipSeen ? SKIP_SEEN_MS : settings.autoAdvance ? reading : Infinity;
    if (this.shown.forMs < wait) return;
    this.shown.moved = true;
    director.advance();
  }

  /** What each effect the router answers with does, but those the page carries out alone by name. */
  private readonly carriers: Carriers = {
    nextLine: () => this.director?.advance(),
    choose: ({ position }) => this.director?.choose(position),
    useObject: ({ prop }) => {
      if (this.director?.useObject(prop)) this.lastProp = prop;
    },
    pressFocused: (_effect, device) => {
      // A focused object or choice means what clicking it means; anything else is pressed.
      const intent = this.hooks.view.focusedIntent();
      if (intent) this.input({ intent, device, at: 0 });
      else this.hooks.view.pressFocused();
    },
    moveFocus: ({ ring, step }) => this.hooks.view.moveFocus(ring, step),
    adjust: ({ step }) => this.hooks.view.adjustFocused(step),
    scroll: ({ step }) => this.hooks.view.scrollFocused(step),
    lean: ({ held }) => this.director?.lean(held),
    skipProgress: ({ fraction }) => this.hooks.view.showSkipProgress(fraction),
    skipCutscene: () => {
      if (!this.pausedNow) this.director?.skipCutscene();
    },
    skipCredits: () => this.director?.creditsDone(),
    openPause: () => {
      if (this.inPlay) this.hooks.view.openPause();
    },
    bindKey: ({ code }) => this.hooks.view.bindKey(code),
    deviceChanged: ({ device }) => this.hooks.view.usedDevice(device),
  };

  private carryOut(effect: Effect, device: Device): void {
    if (isPageEffect(effect)) this.hooks.view[effect.do]();
    else carry(this.carriers, effect.do, effect, device);
  }
}
