// Plays the real story in Node (no browser) until a condition holds, and returns the save the
// game would have written there — so a browser test can start at the conversation without
// clicking through ten minutes of story first.
import { defaultPaths, readContent } from '../../build/content';
import type { CutscenePresenter } from '../../src/cutscene/presenter';
import { SAVE_VERSION } from '../../src/save/saveGame';
import { storyFingerprint } from '../../src/save/storyFingerprint';
import { Director, type Snapshot } from '../../src/story/director';
import { InkStory } from '../../src/story/inkStory';
import { ROOT } from './harness';

const OBJECT_ORDER = ['lighter', 'cigarettes', 'bottle', 'glass', 'duster'];

const silent: CutscenePresenter = {
  line: () => undefined,
  lineDone: () => undefined,
  logLine: () => undefined,
  dissolve: () => undefined,
  fade: () => undefined,
  card: () => undefined,
  cardDone: () => undefined,
  holdShow: () => undefined,
  holdProgress: () => undefined,
  holdHide: () => undefined,
  credits: () => undefined,
  creditsHide: () => undefined,
  ended: () => undefined,
};

/** The first autosave (at a choice point or beat) whose snapshot satisfies `when`. */
export function saveWhere(when: (snapshot: Snapshot) => boolean): string {
  const built = readContent(defaultPaths(ROOT));
  const { level, index, cutscenes } = built.checked;
  // Written by the director's events (a closure), read by the loop below.
  const seen: { found: Snapshot | null; lastBeat: Snapshot | null; cutscene: string | null; choices: number } = {
    found: null,
    lastBeat: null,
    cutscene: null,
    choices: 0,
  };
  const used = new Set<string>();
  const director: Director = new Director(
    new InkStory(built.storyJson, index, level.speakers),
    level,
    (event) => {
      if (event.type === 'autosave') {
        if (event.atBeat) seen.lastBeat = event.snapshot;
        if (seen.found === null && when(event.snapshot)) seen.found = event.snapshot;
      }
      if (event.type === 'cutscene') seen.cutscene = event.id;
      if (event.type === 'choices') seen.choices = event.choices.length;
    },
    { cutscenes, cutscenePresenter: silent },
  );
  director.begin();
  for (let step = 0; step < 5000 && seen.found === null; step++) {
    if (seen.cutscene !== null) {
      seen.cutscene = null;
      director.skipCutscene();
    } else if (director.mode === 'explore') {
      const available = director.availableObjects;
      const next = OBJECT_ORDER.find((o) => available.includes(o) && !used.has(o)) ?? available[0];
      if (next === undefined) break;
      used.add(next);
      director.useObject(next);
    } else if (director.mode === 'dialogue') {
      if (seen.choices > 0) director.choose(0);
      else director.advance();
    } else {
      break;
    }
  }
  const found = seen.found;
  if (found === null) throw new Error('the story never reached the state asked for');
  return JSON.stringify({
    version: SAVE_VERSION,
    savedAt: new Date(0).toISOString(),
    current: found,
    lastBeat: seen.lastBeat ?? found,
    seen: [],
    story: storyFingerprint(built.storyJson),
  });
}
