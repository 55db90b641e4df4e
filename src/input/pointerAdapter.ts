// The pointer adapter: mouse, pen and touch through Pointer Events, on the overlay that lies
// over the scene. An element that stands for a game intent says so in its `data-intent`
// (an object's button: "use", a choice: "choose", the dialogue box: "advance", Skip, Pause,
// History, Fullscreen); a press on the bare scene is "advance", and holding it down is the
// lean. Menus' own buttons are ordinary buttons and are left to the browser.
import type { Device, Intent } from './intents';

/** Hands an intent on from a device (null: the click came from a key or a screen reader). */
export type SendPointerIntent = (intent: Intent, device: Device | null, at: number) => boolean;

/** Controls inside panels and the page's own buttons: a press on them is theirs. */
const OWN_CONTROLS = 'button, input, label, select, textarea, a, [role="dialog"], [data-owns-arrows]';

function deviceOf(event: PointerEvent | MouseEvent): Device | null {
  const type = 'pointerType' in event ? event.pointerType : '';
  if (type === 'touch') return 'touch';
  if (type === 'mouse' || type === 'pen') return 'mouse';
  return null;
}

/** The intent an element stands for, read from its data attributes. */
export function intentOf(element: Element): Intent | null {
  if (!(element instanceof HTMLElement)) return null;
  const { intent, prop, position } = element.dataset;
  switch (intent) {
    case 'use':
      return prop ? { kind: 'use', prop } : null;
    case 'choose':
      return position !== undefined ? { kind: 'choose', position: Number(position) } : null;
    case 'advance':
      return { kind: 'advance' };
    case 'skipNow':
      return { kind: 'skipNow' };
    case 'pause':
      return { kind: 'pause' };
    case 'history':
      return { kind: 'history' };
    case 'fullscreen':
      return { kind: 'fullscreen' };
    default:
      return null;
  }
}

export function listenToPointer(overlay: HTMLElement, send: SendPointerIntent, hover: (prop: string | null) => void): () => void {
  const pressing = new Map<number, Device>();
  const marked = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? (target.closest<HTMLElement>('[data-intent]') ?? null) : null;
  const ownControl = (target: EventTarget | null): boolean => target instanceof Element && target.closest(OWN_CONTROLS) !== null;

  const click = (event: MouseEvent): void => {
    const element = marked(event.target);
    const intent = element ? intentOf(element) : ownControl(event.target) ? null : ({ kind: 'advance' } as const);
    if (intent) send(intent, deviceOf(event), event.timeStamp);
  };
  const down = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const element = marked(event.target);
    // Held down on the scene (or the dialogue box) is the lean; on a control it is a press of it.
    if ((element && element.dataset.intent !== 'advance') || (!element && ownControl(event.target))) return;
    const device = deviceOf(event) ?? 'mouse';
    pressing.set(event.pointerId, device);
    send({ kind: 'lean', held: true }, device, event.timeStamp);
  };
  const up = (event: PointerEvent): void => {
    // A finger's name tag goes with the finger (some browsers send no pointerout after a touch).
    if (event.pointerType === 'touch') hover(null);
    const device = pressing.get(event.pointerId);
    if (device === undefined) return;
    pressing.delete(event.pointerId);
    if (![...pressing.values()].includes(device)) send({ kind: 'lean', held: false }, device, event.timeStamp);
  };
  const letGo = (): void => {
    const devices = new Set(pressing.values());
    pressing.clear();
    for (const device of devices) send({ kind: 'lean', held: false }, device, performance.now());
  };
  // Any press takes the keyboard for the game (an iframe has none until clicked) and, while the
  // settings wait for a key, a press anywhere but on the waiting control gives up waiting.
  const anyPress = (event: PointerEvent): void => {
    window.focus();
    if (!(event.target instanceof Element && event.target.closest('[data-capturing]')))
      send({ kind: 'pressElsewhere' }, deviceOf(event), event.timeStamp);
  };
  const over = (event: PointerEvent): void => {
    const element = marked(event.target);
    if (element?.dataset.intent === 'use') hover(element.dataset.prop ?? null);
  };
  const out = (event: PointerEvent): void => {
    const element = marked(event.target);
    if (element?.dataset.intent === 'use' && !(event.relatedTarget instanceof Node && element.contains(event.relatedTarget))) hover(null);
  };

  // Every listener once, so what is added is exactly what is taken away.
  const listeners: readonly (readonly [EventTarget, string, (event: never) => void, AddEventListenerOptions?])[] = [
    [overlay, 'click', click],
    [overlay, 'pointerdown', down],
    [overlay, 'pointerover', over],
    [overlay, 'pointerout', out],
    [window, 'pointerdown', anyPress, { capture: true }],
    [window, 'pointerup', up],
    [window, 'pointercancel', up],
    [window, 'blur', letGo],
  ];
  for (const [target, type, listener, options] of listeners) target.addEventListener(type, listener as EventListener, options);
  return () => {
    for (const [target, type, listener, options] of listeners) target.removeEventListener(type, listener as EventListener, options);
  };
}
