// The session in Node: a real director over a small story, a real router and save slot, and a
// fake page that records what it was asked to do.
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../build/ink';
import { validateCutscene, type Cutscene } from '../../src/cutscene/schema';
import type { FocusKind } from '../../src/input/context';
import type { Device, Intent } from '../../src/input/intents';
import { InputRouter, SKIP_HOLD_MS, type FocusRing } from '../../src/input/router';
import { SaveSlot } from '../../src/save/saveSlot';
import { parseSave } from '../../src/save/saveGame';
import { defaultSettings, type Settings } from '../../src/save/settings';
import { SafeStore } from '../../src/save/storage';
import { validateLevel } from '../../src/level/validate';
import { READ_MS_PER_CHAR, Session, SKIP_SEEN_MS, type SessionView } from '../../src/session';
import { buildContentIndex } from '../../src/story/contentIndex';
import { Director, type DirectorEvent } from '../../src/story/director';
import { InkStory } from '../../src/story/inkStory';
import { RecordingPresenter } from './cutsceneTestKit';
import { readJson } from './helpers';
import { MemoryStore } from './save-helpers';

const scene = validateLevel(readJson('levels/crypt.level.json'), 'crypt.level.json');
const index = buildContentIndex(scene, { zippo_open: { bus: 'sfx', loop: false, volume: 1, caption: null, duck: false } }, ['opening']);

const SOURCE = `
# cut: opening
# beat: ritual
She sits alone on the lid.
-> hub
== hub ==
+ [The lighter #object: lighter]
    She flicks it open. # sfx: zippo_open # prop: lighter open
    -> talk
== talk ==
Spike: Evening, love.
* [Tease him]
    Buffy: You're late.
* [Say nothing]
    She only smiles.
- Then it is over.
-> END
`;
const storyJson = compileInk(SOURCE, 'session.ink');
const OPENING: Cutscene = validateCutscene(
  {
    id: 'opening',
    steps: [
      { line: 'Midnight.', ms: 1000 },
      { hold: 'lean', ms: 800 },
      { tag: 'mood: warm', ms: 400 },
    ],
  },
  'opening.cutscene.json',
  { index, speakers: scene.speakers },
);

/** A page that does what it is told and remembers it. */
class FakeView implements SessionView {
  readonly calls: string[] = [];
  line: 'none' | 'typing' | 'shown' = 'none';
  lineLength = 10;
  panels: string[] = [];
  capturing = false;
  focus: FocusKind = 'none';
  focused: Intent | null = null;
  private readonly session: () => Session;

  constructor(session: () => Session) {
    this.session = session;
  }

  get panel(): string | null {
    return this.panels.at(-1) ?? null;
  }

  private did(call: string): void {
    this.calls.push(call);
  }

  showTitle(canContinue: boolean): void {
    this.did(`title ${String(canContinue)}`);
  }
  hideTitle(): void {
    this.did('hideTitle');
  }
  clearStory(): void {
    this.did('clearStory');
    this.line = 'none';
  }
  hideStory(): void {
    this.did('hideStory');
    this.line = 'none';
  }
  abandonCutscene(): void {
    this.did('abandonCutscene');
  }
  completeLine(): void {
    this.did('completeLine');
    this.line = 'shown';
  }
  openPause(): void {
    this.open('pause');
  }
  closePanel(): void {
    this.panels.pop();
    if (this.panels.length === 0) this.session().panelsChanged(false);
  }
  closeAllPanels(): void {
    const had = this.panels.length > 0;
    this.panels = [];
    if (had) this.session().panelsChanged(false);
  }
  toggleHistory(): void {
    if (this.panel === 'history') this.closePanel();
    else if (this.session().inPlay) this.open('history');
  }
  focusKind(): FocusKind {
    return this.focus;
  }
  focusedIntent(): Intent | null {
    return this.focused;
  }
  moveFocus(ring: FocusRing, step: 1 | -1): void {
    this.did(`focus ${ring} ${String(step)}`);
  }
  pressFocused(): void {
    this.did('press');
  }
  adjustFocused(step: 1 | -1): void {
    this.did(`adjust ${String(step)}`);
  }
  scrollFocused(step: 1 | -1): void {
    this.did(`scroll ${String(step)}`);
  }
  setWorldPaused(paused: boolean): void {
    this.did(`world ${paused ? 'paused' : 'running'}`);
  }
  showSkipProgress(fraction: number): void {
    this.did(`skip ${fraction.toFixed(2)}`);
  }
  usedDevice(device: Device): void {
    this.did(`device ${device}`);
  }
  toggleMute(): void {
    this.did('mute');
  }
  toggleFullscreen(): void {
    this.did('fullscreen');
  }
  bindKey(code: string): void {
    this.did(`bind ${code}`);
  }
  cancelCapture(): void {
    this.did('cancelCapture');
  }
  focusGame(): void {
    this.did('focusGame');
  }

  private open(name: string): void {
    const first = this.panels.length === 0;
    this.panels.push(name);
    if (first) this.session().panelsChanged(true);
  }
}

interface Rig {
  readonly session: Session;
  readonly view: FakeView;
  readonly events: DirectorEvent[];
  readonly store: MemoryStore;
  settings: Settings;
  press(intent: Intent, device?: Device, at?: number): boolean;
}

function rig(store = new MemoryStore()): Rig {
  const events: DirectorEvent[] = [];
  const safe = new SafeStore(store, () => undefined);
  const slot = new SaveSlot(safe, new Set());
  slot.load();
  const state: { session: Session | null } = { session: null };
  const view = new FakeView(() => {
    if (!state.session) throw new Error('no session yet');
    return state.session;
  });
  const r: Rig = {
    view,
    events,
    store,
    settings: defaultSettings(false),
    session: new Session({
      router: new InputRouter(),
      slot,
      view,
      settings: () => r.settings,
      newDirector: (emit) =>
        new Director(new InkStory(storyJson, index, scene.speakers), scene, emit, {
          cutscenes: new Map([['opening', OPENING]]),
          cutscenePresenter: new RecordingPresenter(),
        }),
      present: (event) => {
        events.push(event);
        if (event.type === 'line') view.line = 'typing';
      },
    }),
    press: (intent, device = 'keyboard', at = 0) => r.session.input({ intent, device, at }),
  };
  state.session = r.session;
  return r;
}

/** New game, past the opening cutscene (skipped), to the first line. */
function started(): Rig {
  const r = rig();
  r.session.ready();
  r.session.newGame();
  r.press({ kind: 'skipNow' });
  return r;
}

describe('a session', () => {
  it('is loading until the game is ready, and then shows the title', () => {
    const r = rig();
    expect(r.session.mode).toBe('loading');
    expect(r.session.context()).toEqual({ kind: 'loading' });
    r.session.ready();
    expect(r.session.mode).toBe('title');
    expect(r.view.calls).toContain('title false');
    expect(r.session.inPlay).toBe(false);
  });

  it('stays on the error screen once something failed, even if loading finishes after', () => {
    const r = rig();
    r.session.fail();
    r.session.ready();
    expect(r.session.mode).toBe('error');
    expect(r.session.context()).toEqual({ kind: 'error' });
  });

  it('starts a new game: the title goes, the story begins with its cutscene, in play', () => {
    const r = rig();
    r.session.ready();
    r.session.newGame();
    expect(r.view.calls).toEqual(expect.arrayContaining(['focusGame', 'hideTitle', 'clearStory']));
    expect(r.session.mode).toBe('cutscene');
    expect(r.session.inPlay).toBe(true);
    expect(r.session.context()).toEqual({ kind: 'cutscene', credits: false });
  });

  it('asks for the lean in the hold context, and the lean goes through the director', () => {
    const r = rig();
    r.session.ready();
    r.session.newGame();
    r.session.tick(1000);
    expect(r.session.context()).toEqual({ kind: 'hold' });
    r.press({ kind: 'lean', held: true });
    for (let i = 0; i < 20; i++) r.session.tick(100);
    expect(r.session.mode).toBe('dialogue');
    expect(r.session.story?.state.mood).toBe('warm');
  });

  it('skips a cutscene when Esc is held long enough, measured in real time', () => {
    const r = rig();
    r.session.ready();
    r.session.newGame();
    r.press({ kind: 'back', held: true }, 'keyboard', 100);
    r.session.frame(100 + SKIP_HOLD_MS / 2);
    expect(r.view.calls).toContain('skip 0.50');
    r.session.frame(100 + SKIP_HOLD_MS);
    expect(r.session.mode).toBe('dialogue');
  });

  it('pauses on a tap of Esc in a cutscene, and the game clock stands still under the pause menu', () => {
    const r = rig();
    r.session.ready();
    r.session.newGame();
    r.press({ kind: 'back', held: true }, 'keyboard', 0);
    r.press({ kind: 'back', held: false }, 'keyboard', 100);
    expect(r.view.panel).toBe('pause');
    expect(r.session.paused).toBe(true);
    expect(r.session.mode).toBe('paused');
    expect(r.view.calls).toContain('world paused');
    r.session.tick(60_000);
    r.press({ kind: 'skipNow' });
    r.press({ kind: 'back', held: true });
    expect(r.session.paused).toBe(false);
    expect(r.session.mode).toBe('cutscene');
  });

  it('completes a typing line first, then moves the story on', () => {
    const r = started();
    expect(r.session.context()).toEqual({ kind: 'dialogue', line: 'typing' });
    r.press({ kind: 'advance' });
    expect(r.view.calls).toContain('completeLine');
    expect(r.session.mode).toBe('dialogue');
    r.press({ kind: 'advance' });
    expect(r.session.mode).toBe('explore');
  });

  it('uses an object pointed at, and remembers it for where its sound comes from', () => {
    const r = started();
    r.press({ kind: 'advance' });
    r.press({ kind: 'advance' });
    r.press({ kind: 'use', prop: 'lighter' }, 'mouse');
    expect(r.session.lastUsedProp).toBe('lighter');
    expect(r.session.story?.state.props.lighter).toBe('open');
  });

  it('presses a focused object by what it stands for, and presses any other control natively', () => {
    const r = started();
    r.press({ kind: 'advance' });
    r.press({ kind: 'advance' });
    r.view.focus = 'button';
    r.view.focused = { kind: 'use', prop: 'lighter' };
    r.press({ kind: 'advance' }, 'gamepad');
    expect(r.session.story?.state.props.lighter).toBe('open');
    expect(r.view.calls).not.toContain('press');
  });

  it('walks the focus through objects when nothing has it yet', () => {
    const r = started();
    r.press({ kind: 'advance' });
    r.press({ kind: 'advance' });
    r.press({ kind: 'advance' });
    expect(r.view.calls.at(-1)).toBe('focus play 1');
  });

  it('offers dialogue choices by number, and records the choice', () => {
    const r = started();
    r.press({ kind: 'advance' });
    r.press({ kind: 'advance' });
    r.press({ kind: 'use', prop: 'lighter' });
    for (let i = 0; i < 4 && r.session.context().kind !== 'choices'; i++) {
      r.press({ kind: 'advance' });
      r.press({ kind: 'advance' });
    }
    expect(r.session.context()).toMatchObject({ kind: 'choices', count: 2 });
    r.press({ kind: 'choose', position: 1 });
    expect(r.events).toContainEqual({ type: 'chosen', choice: expect.objectContaining({ text: 'Say nothing' }) as unknown });
  });

  it('moves a shown line on by itself with auto-advance, after the delay and the time to read it', () => {
    const r = started();
    r.settings = { ...r.settings, autoAdvance: true, autoDelayMs: 1000 };
    r.view.lineLength = 50;
    r.press({ kind: 'advance' });
    r.session.tick(1000 + 50 * READ_MS_PER_CHAR - 10);
    expect(r.session.mode).toBe('dialogue');
    r.session.tick(20);
    expect(r.session.mode).toBe('explore');
  });

  it('passes a line seen in an earlier playthrough quickly when skipping seen lines', () => {
    const r = started();
    r.settings = { ...r.settings, skipSeen: true };
    r.press({ kind: 'advance' });
    r.session.tick(SKIP_SEEN_MS * 2);
    // Unseen: it waits for the player.
    expect(r.session.mode).toBe('dialogue');
  });

  it('does not auto-advance while paused', () => {
    const r = started();
    r.settings = { ...r.settings, autoAdvance: true, autoDelayMs: 500 };
    r.press({ kind: 'advance' });
    r.press({ kind: 'pause' }, 'gamepad');
    r.session.tick(10_000);
    expect(r.session.mode).toBe('paused');
  });

  it('opens the history over the game and pauses it, and the history key closes it again', () => {
    const r = started();
    r.press({ kind: 'history' });
    expect(r.view.panel).toBe('history');
    expect(r.session.paused).toBe(true);
    r.press({ kind: 'history' });
    expect(r.view.panel).toBe(null);
    expect(r.session.paused).toBe(false);
  });

  it('does not open the pause menu on the title', () => {
    const r = rig();
    r.session.ready();
    r.press({ kind: 'back', held: true });
    r.press({ kind: 'pause' }, 'gamepad');
    expect(r.view.panel).toBe(null);
    expect(r.session.paused).toBe(false);
  });

  it('autosaves at beats and choice points, so Continue resumes where the player was', () => {
    const first = started();
    first.press({ kind: 'advance' });
    first.press({ kind: 'advance' });
    expect(first.session.mode).toBe('explore');
    const again = rig(first.store);
    again.session.ready();
    expect(again.view.calls).toContain('title true');
    again.session.continueGame();
    expect(again.session.mode).toBe('explore');
  });

  it('keeps the place to the line when the page is hidden, so Continue shows that same line', () => {
    const first = started();
    first.press({ kind: 'advance' });
    first.press({ kind: 'advance' });
    first.press({ kind: 'use', prop: 'lighter' });
    first.session.keepPlace();
    const again = rig(first.store);
    again.session.ready();
    again.session.continueGame();
    const lines = again.events.flatMap((e) => (e.type === 'line' ? [e.line.text] : []));
    expect(lines).toEqual(['She flicks it open.']);
    expect(again.session.mode).toBe('dialogue');
    expect(again.session.story?.state.props.lighter).toBe('open');
  });

  it('keeps nothing when the page is hidden on the title', () => {
    const r = rig();
    r.session.ready();
    r.session.keepPlace();
    expect([...r.store.data.keys()].some((k) => k.endsWith('save'))).toBe(false);
  });

  it('loads a save from a progress code in place of its own, and resumes from it', () => {
    const first = started();
    first.press({ kind: 'advance' });
    first.press({ kind: 'advance' });
    first.press({ kind: 'use', prop: 'lighter' });
    first.session.keepPlace();
    const text = [...first.store.data].find(([k]) => k.endsWith(':save'))?.[1] ?? '';
    const parsed = parseSave(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    const other = rig();
    other.session.ready();
    other.session.loadProgress(parsed.save);
    expect(other.session.mode).toBe('dialogue');
    expect(other.events.flatMap((e) => (e.type === 'line' ? [e.line.text] : []))).toEqual(['She flicks it open.']);
    expect([...other.store.data].find(([k]) => k.endsWith(':save'))?.[1]).toContain('She flicks it open.');
  });

  it('restarts from the last beat with the room as it was then', () => {
    const r = started();
    r.press({ kind: 'advance' });
    r.press({ kind: 'advance' });
    r.press({ kind: 'use', prop: 'lighter' });
    expect(r.session.canRestart).toBe(true);
    r.session.restartFromBeat();
    expect(r.session.story?.state.props.lighter).toBe('shut');
    expect(r.view.calls).toContain('abandonCutscene');
  });

  it('goes back to the title at the end and clears the save', () => {
    const r = started();
    for (let i = 0; i < 20 && r.session.mode !== 'title'; i++) {
      if (r.session.mode === 'explore') r.press({ kind: 'use', prop: 'lighter' });
      else if (r.session.context().kind === 'choices') r.press({ kind: 'choose', position: 0 });
      else {
        r.press({ kind: 'advance' });
        r.press({ kind: 'advance' });
      }
    }
    expect(r.session.mode).toBe('title');
    expect(r.view.calls.at(-1)).toBe('title false');
    expect(r.session.inPlay).toBe(false);
  });

  it('sends every key to the settings while they wait for one', () => {
    const r = rig();
    r.session.ready();
    r.view.capturing = true;
    expect(r.session.context()).toEqual({ kind: 'capture' });
    r.press({ kind: 'key', code: 'KeyL' });
    expect(r.view.calls).toContain('bind KeyL');
  });

  it('tells the page when the player changes device, so prompts can follow', () => {
    const r = started();
    r.press({ kind: 'advance' }, 'gamepad');
    r.press({ kind: 'advance' }, 'touch');
    expect(r.view.calls.filter((c) => c.startsWith('device'))).toEqual(['device keyboard', 'device gamepad', 'device touch']);
  });
});
