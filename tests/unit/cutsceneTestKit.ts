// Cutscene specs' tools: the shipped content, a recording presenter, a sink that keeps the
// scene state the way the director does, and a hand-stepped clock.
import { defaultPaths, readContent } from '../../build/content';
import { CutsceneInterpreter, type InterpreterOptions } from '../../src/cutscene/interpreter';
import type { CutscenePresenter, CutsceneSink, DissolveStyle } from '../../src/cutscene/presenter';
import { validateCutscene, type Card, type Cutscene, type HoldAction } from '../../src/cutscene/schema';
import type { Line } from '../../src/story/line';
import { applyCommand, initialSceneState, setBlack, type SceneState } from '../../src/scene/state';
import type { Command } from '../../src/story/commands';
import { ROOT } from './helpers';

const content = readContent(defaultPaths(ROOT)).checked;
export const level = content.level;
export const index = content.index;
export const CUTSCENE_IDS = [...content.cutscenes.keys()];

export function shipped(id: string): Cutscene {
  const cutscene = content.cutscenes.get(id);
  if (!cutscene) throw new Error(`no cutscene "${id}" in levels/cutscenes`);
  return cutscene;
}

/** A cutscene written inline in a spec, checked against the real content. */
export function inline(steps: unknown[]): Cutscene {
  return validateCutscene({ id: 'spec', steps }, 'spec.cutscene.json', { index, speakers: level.speakers });
}

export type Call =
  | { readonly type: 'command'; readonly command: Command; readonly ms: number }
  | { readonly type: 'line'; readonly speaker: string | null; readonly text: string }
  | { readonly type: 'lineDone' | 'cardDone' | 'holdHide' | 'credits' | 'creditsHide' }
  | { readonly type: 'logLine'; readonly text: string }
  | { readonly type: 'dissolve'; readonly actor: string; readonly ms: number; readonly style: DissolveStyle }
  | { readonly type: 'fade'; readonly toBlack: boolean; readonly ms: number }
  | { readonly type: 'card'; readonly text: string }
  | { readonly type: 'holdShow'; readonly action: string }
  | { readonly type: 'holdProgress'; readonly fraction: number; readonly holding: boolean }
  | { readonly type: 'ended'; readonly skipped: boolean };

/** Records every presenter call, stamped with the clock time it came at. */
export class RecordingPresenter implements CutscenePresenter {
  readonly calls: (Call & { at: number })[] = [];
  now = 0;
  /** A command as the director passes it on (not part of CutscenePresenter: see StateSink). */
  command(command: Command, ms: number): void {
    this.push({ type: 'command', command, ms });
  }
  private push(call: Call): void {
    this.calls.push({ ...call, at: this.now });
  }
  line(line: Line): void {
    this.push({ type: 'line', speaker: line.speaker, text: line.text });
  }
  lineDone(): void {
    this.push({ type: 'lineDone' });
  }
  logLine(line: Line): void {
    this.push({ type: 'logLine', text: line.text });
  }
  dissolve(actor: string, ms: number, style: DissolveStyle): void {
    this.push({ type: 'dissolve', actor, ms, style });
  }
  fade(toBlack: boolean, ms: number): void {
    this.push({ type: 'fade', toBlack, ms });
  }
  card(card: Card): void {
    this.push({ type: 'card', text: card.text });
  }
  cardDone(): void {
    this.push({ type: 'cardDone' });
  }
  holdShow(action: HoldAction): void {
    this.push({ type: 'holdShow', action });
  }
  holdProgress(fraction: number, holding: boolean): void {
    this.push({ type: 'holdProgress', fraction, holding });
  }
  holdHide(): void {
    this.push({ type: 'holdHide' });
  }
  credits(): void {
    this.push({ type: 'credits' });
  }
  creditsHide(): void {
    this.push({ type: 'creditsHide' });
  }
  ended(skipped: boolean): void {
    this.push({ type: 'ended', skipped });
  }

  of<T extends Call['type']>(type: T): (Extract<Call, { type: T }> & { at: number })[] {
    return this.calls.filter((c): c is Extract<Call, { type: T }> & { at: number } => c.type === type);
  }

  lineTexts(): string[] {
    return this.of('line').map((c) => c.text);
  }
}

/**
 * Keeps the scene state exactly as the director does (applyCommand and setBlack), and records
 * each command with its blend in the presenter's calls, as the director's one presenter sees them.
 */
export class StateSink implements CutsceneSink {
  state: SceneState = initialSceneState(level);
  readonly applied: Command[] = [];
  constructor(private readonly presenter: RecordingPresenter) {}
  applyFromCutscene(command: Command, blend: number): void {
    this.applied.push(command);
    this.state = applyCommand(this.state, command);
    this.presenter.command(command, blend);
  }
  fadeFromCutscene(black: boolean): void {
    this.state = setBlack(this.state, black);
  }
}

export interface Rig {
  readonly run: CutsceneInterpreter;
  readonly presenter: RecordingPresenter;
  readonly sink: StateSink;
  /** Moves the clock on by `ms`, in frames of `frame` ms, as the game loop would. */
  step(ms: number, frame?: number): void;
}

export function rig(cutscene: Cutscene, options: InterpreterOptions = {}): Rig {
  const presenter = new RecordingPresenter();
  const sink = new StateSink(presenter);
  const run = new CutsceneInterpreter(cutscene, presenter, sink, options);
  run.start();
  const step = (ms: number, frame = 16): void => {
    for (let left = ms; left > 0 && !run.finished; left -= frame) {
      const dt = Math.min(frame, left);
      presenter.now += dt;
      run.advance(dt);
    }
  };
  return { run, presenter, sink, step };
}

/**
 * Watches a cutscene to its end the way a patient player does: holding when asked, letting
 * the credits roll for `creditsMs`. Returns the clock time it took.
 */
export function watchToEnd(r: Rig, creditsMs = 1000, limitMs = 600_000): number {
  let creditsAt: number | null = null;
  while (!r.run.finished && r.presenter.now < limitMs) {
    r.run.setHolding(r.presenter.of('holdShow').length > r.presenter.of('holdHide').length);
    if (creditsAt === null && r.presenter.of('credits').length > 0) creditsAt = r.presenter.now;
    if (creditsAt !== null && r.presenter.now - creditsAt >= creditsMs) r.run.creditsDone();
    r.step(50, 50);
  }
  if (!r.run.finished) throw new Error(`${r.run.cutscene.id} did not end within ${limitMs} ms`);
  return r.presenter.now;
}
