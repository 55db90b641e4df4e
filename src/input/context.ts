// What the router needs to know about the game at the moment an intent arrives. The session
// builds it from the mode, the open panel and what has focus; nothing here reads the DOM.

/** What kind of control has the focus, as far as pressing and arrows are concerned. */
export type FocusKind = 'none' | 'button' | 'toggle' | 'slider' | 'options' | 'scroller' | 'text';

export type InputContext =
  /** Loading, or the error screen: only the page's own controls work. */
  | { readonly kind: 'loading' }
  | { readonly kind: 'error' }
  | { readonly kind: 'title'; readonly focus: FocusKind }
  /** A panel is open over the title or the game (pause menu, settings, history, credits). */
  | { readonly kind: 'panel'; readonly panel: string; readonly focus: FocusKind }
  /** The settings wait for the next key to bind. */
  | { readonly kind: 'capture' }
  /** Objects on the lid, no dialogue choices. */
  | { readonly kind: 'explore'; readonly focus: FocusKind }
  /** A line in the dialogue box, still typing or fully shown. */
  | { readonly kind: 'dialogue'; readonly line: 'typing' | 'shown' }
  /** Dialogue choices (and perhaps an object) offered. */
  | { readonly kind: 'choices'; readonly count: number; readonly focus: FocusKind }
  /** A cutscene runs; `credits` while the end credits roll. */
  | { readonly kind: 'cutscene'; readonly credits: boolean }
  /** A cutscene waits on the player's hold (the lean at the kiss). */
  | { readonly kind: 'hold' };

export type ContextKind = InputContext['kind'];
