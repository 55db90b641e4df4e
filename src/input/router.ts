// The one place that decides what a press means. It takes an intent (already translated from
// whatever device sent it) and the context the game is in, and answers with effects for the
// session to carry out, plus whether the browser's own default should still happen (typing in
// a text field, Tab outside a panel). It keeps the little state that input has over time: who
// is holding the lean, and how long Esc or B has been held towards skipping a cutscene.
import type { ContextKind, FocusKind, InputContext } from './context';
import type { Device, Direction, InputEvent, Intent, IntentKind } from './intents';

/** Holding Esc (or B, or the skip key) this long skips a cutscene; a shorter tap pauses. */
export const SKIP_HOLD_MS = 800;

export type FocusRing = 'title' | 'panel' | 'play';

/**
 * Effects on the page alone that carry nothing: the session hands each to the page's method of
 * the same name.
 */
const PAGE_EFFECTS = [
  'completeLine',
  'closePanel',
  /** Close every panel (and so resume the game when a panel had paused it). */
  'closeAllPanels',
  'toggleHistory',
  'toggleMute',
  'toggleFullscreen',
  'cancelCapture',
] as const;
export type PageEffect = (typeof PAGE_EFFECTS)[number];
const PAGE: ReadonlySet<string> = new Set(PAGE_EFFECTS);
export const isPageEffect = (effect: Effect): effect is Extract<Effect, { do: PageEffect }> => PAGE.has(effect.do);

export type Effect =
  | { readonly do: PageEffect }
  | { readonly do: 'nextLine' }
  | { readonly do: 'choose'; readonly position: number }
  | { readonly do: 'useObject'; readonly prop: string }
  /** Press the control that has focus (a button, a switch, a radio option). */
  | { readonly do: 'pressFocused' }
  | { readonly do: 'moveFocus'; readonly ring: FocusRing; readonly step: 1 | -1 }
  /** Move the focused slider or set of options one step. */
  | { readonly do: 'adjust'; readonly step: 1 | -1 }
  | { readonly do: 'scroll'; readonly step: 1 | -1 }
  | { readonly do: 'lean'; readonly held: boolean }
  /** How far a held Esc or B has got towards skipping (0–1). */
  | { readonly do: 'skipProgress'; readonly fraction: number }
  | { readonly do: 'skipCutscene' }
  | { readonly do: 'skipCredits' }
  | { readonly do: 'openPause' }
  | { readonly do: 'bindKey'; readonly code: string }
  /** The player changed device: prompts should speak of this one now. */
  | { readonly do: 'deviceChanged'; readonly device: Device };

export interface Routed {
  readonly effects: readonly Effect[];
  /** Whether the browser's own handling of the event should go ahead. */
  readonly native: boolean;
}

const NOTHING: Routed = { effects: [], native: false };
const NATIVE: Routed = { effects: [], native: true };

/** The switches that work wherever the player is (in a menu or in play). */
const ANYWHERE: Readonly<Partial<Record<IntentKind, Effect>>> = { mute: { do: 'toggleMute' }, fullscreen: { do: 'toggleFullscreen' } };

/** What mute, fullscreen, Tab and a bare key mean wherever the player is (in a menu or in play). */
function anywhere(intent: Intent): Routed | null {
  const effect = ANYWHERE[intent.kind];
  if (effect) return one(effect);
  return intent.kind === 'tab' || intent.kind === 'key' ? NATIVE : null;
}
const one = (effect: Effect): Routed => ({ effects: [effect], native: false });

const forward = (direction: Direction): 1 | -1 => (direction === 'down' || direction === 'right' ? 1 : -1);
const sideways = (direction: Direction): boolean => direction === 'left' || direction === 'right';

/** Contexts in which a cutscene runs, so holds (lean, skip) mean something. */
const IN_CUTSCENE: ReadonlySet<ContextKind> = new Set(['cutscene', 'hold']);
/** Contexts of play, where Esc or B pauses and the history opens over the game. */
const IN_PLAY: ReadonlySet<ContextKind> = new Set(['explore', 'dialogue', 'choices', 'cutscene', 'hold']);

export class InputRouter {
  private lastDevice: Device | null = null;
  private readonly leaners = new Set<Device>();
  private skipHold: { readonly since: number; readonly by: 'back' | 'skip' } | null = null;

  constructor(private readonly skipHoldMs = SKIP_HOLD_MS) {}

  /** The device the player used last (null before the first press). */
  get device(): Device | null {
    return this.lastDevice;
  }

  /** Whether any device is holding the lean right now. */
  get leaning(): boolean {
    return this.leaners.size > 0;
  }

  route(event: InputEvent, context: InputContext): Routed {
    const routed = this.decide(event, context);
    if (event.device === this.lastDevice || event.intent.kind === 'pressElsewhere') return routed;
    this.lastDevice = event.device;
    return { ...routed, effects: [{ do: 'deviceChanged', device: event.device }, ...routed.effects] };
  }

  /** Called every frame of real time (also while paused): holds that last long enough act. */
  tick(now: number, context: InputContext): readonly Effect[] {
    const hold = this.skipHold;
    if (!hold) return [];
    if (!IN_CUTSCENE.has(context.kind)) {
      this.skipHold = null;
      return [{ do: 'skipProgress', fraction: 0 }];
    }
    const fraction = Math.min(1, (now - hold.since) / this.skipHoldMs);
    if (fraction < 1) return [{ do: 'skipProgress', fraction }];
    this.skipHold = null;
    return [{ do: 'skipProgress', fraction: 0 }, { do: 'skipCutscene' }];
  }

  private decide(event: InputEvent, context: InputContext): Routed {
    const { intent } = event;
    // Holds are tracked whatever the context, so a release is never lost.
    if (intent.kind === 'lean') return this.lean(event.device, intent.held, context);
    if ((intent.kind === 'back' || intent.kind === 'skip') && !intent.held) return this.release(intent.kind, event.at, context);
    switch (context.kind) {
      case 'loading':
      case 'error':
        return intent.kind === 'fullscreen' ? one({ do: 'toggleFullscreen' }) : NATIVE;
      case 'capture':
        return this.capture(event);
      case 'title':
        return this.menu(event, context.focus, 'title');
      case 'panel':
        return this.panel(event, context.focus);
      default:
        return this.play(event, context);
    }
  }

  private lean(device: Device, held: boolean, context: InputContext): Routed {
    const before = this.leaners.size > 0;
    if (held) this.leaners.add(device);
    else this.leaners.delete(device);
    const now = this.leaners.size > 0;
    if (!IN_CUTSCENE.has(context.kind) || before === now) return NOTHING;
    return one({ do: 'lean', held: now });
  }

  /** Esc, B or the skip key let go: a short tap of back pauses, a long hold has skipped. */
  private release(kind: 'back' | 'skip', at: number, context: InputContext): Routed {
    const hold = this.skipHold;
    if (hold?.by !== kind) return NOTHING;
    this.skipHold = null;
    const reset: Effect = { do: 'skipProgress', fraction: 0 };
    if (!IN_CUTSCENE.has(context.kind)) return one(reset);
    // A slow frame must not turn a long hold into a pause: released late enough, it skips.
    if (at - hold.since >= this.skipHoldMs) return { effects: [reset, { do: 'skipCutscene' }], native: false };
    return { effects: kind === 'back' ? [reset, { do: 'openPause' }] : [reset], native: false };
  }

  private capture(event: InputEvent): Routed {
    const { intent } = event;
    if (intent.kind === 'key') return one(intent.code === 'Escape' ? { do: 'cancelCapture' } : { do: 'bindKey', code: intent.code });
    if (intent.kind === 'pressElsewhere') return one({ do: 'cancelCapture' });
    // A pad's B gives up waiting; a keyboard's Escape arrives as the key above.
    if (intent.kind === 'back' && event.device === 'gamepad') return one({ do: 'cancelCapture' });
    return NOTHING;
  }

  /** The title menu and the panels share the same walking and pressing. */
  private menu(event: InputEvent, focus: FocusKind, ring: FocusRing): Routed {
    const { intent } = event;
    switch (intent.kind) {
      case 'advance':
        if (focus === 'slider') return NOTHING;
        return one(focus === 'none' ? { do: 'moveFocus', ring, step: 1 } : { do: 'pressFocused' });
      case 'navigate':
        if (sideways(intent.direction) && (focus === 'slider' || focus === 'options'))
          return one({ do: 'adjust', step: forward(intent.direction) });
        if (!sideways(intent.direction) && focus === 'scroller') return one({ do: 'scroll', step: forward(intent.direction) });
        return one({ do: 'moveFocus', ring, step: forward(intent.direction) });
      default:
        return anywhere(intent) ?? NOTHING;
    }
  }

  private panel(event: InputEvent, focus: FocusKind): Routed {
    const { intent } = event;
    // A text field keeps every key but Esc and Tab for typing.
    if (focus === 'text' && event.device === 'keyboard' && intent.kind !== 'back' && intent.kind !== 'tab') return NATIVE;
    switch (intent.kind) {
      case 'back':
        return one({ do: 'closePanel' });
      case 'pause':
        return one({ do: 'closeAllPanels' });
      case 'history':
        return one({ do: 'toggleHistory' });
      case 'tab':
        // Focus stays inside the open panel: Tab walks it and wraps at the ends.
        return one({ do: 'moveFocus', ring: 'panel', step: intent.backward ? -1 : 1 });
      default:
        return this.menu(event, focus, 'panel');
    }
  }

  private play(event: InputEvent, context: Exclude<InputContext, { kind: 'loading' | 'error' | 'capture' | 'title' | 'panel' }>): Routed {
    const { intent } = event;
    switch (intent.kind) {
      case 'back':
        if (IN_CUTSCENE.has(context.kind)) return this.startSkipHold('back', event.at);
        return one({ do: 'openPause' });
      case 'skip':
        return IN_CUTSCENE.has(context.kind) ? this.startSkipHold('skip', event.at) : NOTHING;
      case 'skipNow':
        return IN_CUTSCENE.has(context.kind) ? one({ do: 'skipCutscene' }) : NOTHING;
      case 'pause':
        return IN_PLAY.has(context.kind) ? one({ do: 'openPause' }) : NOTHING;
      case 'history':
        return one({ do: 'toggleHistory' });
      default: {
        const routed = anywhere(intent);
        if (routed) return routed;
      }
    }
    switch (context.kind) {
      case 'dialogue':
        return intent.kind === 'advance' ? one({ do: context.line === 'typing' ? 'completeLine' : 'nextLine' }) : NOTHING;
      case 'explore':
      case 'choices': {
        const focused = context.focus !== 'none';
        if (intent.kind === 'advance') return one(focused ? { do: 'pressFocused' } : { do: 'moveFocus', ring: 'play', step: 1 });
        if (intent.kind === 'activate') return focused ? one({ do: 'pressFocused' }) : NOTHING;
        if (intent.kind === 'navigate') return one({ do: 'moveFocus', ring: 'play', step: forward(intent.direction) });
        if (intent.kind === 'use') return one({ do: 'useObject', prop: intent.prop });
        if (intent.kind === 'choose' && context.kind === 'choices' && intent.position < context.count)
          return one({ do: 'choose', position: intent.position });
        return NOTHING;
      }
      case 'cutscene':
        return intent.kind === 'advance' && context.credits ? one({ do: 'skipCredits' }) : NOTHING;
      case 'hold':
        return NOTHING;
    }
  }

  private startSkipHold(by: 'back' | 'skip', at: number): Routed {
    if (this.skipHold) return NOTHING;
    this.skipHold = { since: at, by };
    return one({ do: 'skipProgress', fraction: 0 });
  }
}
