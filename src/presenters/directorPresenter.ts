// Shows what the director says on the page, in sound and in the room: lines and choices in the
// dialogue box and the history, objects as buttons, and every command — from a story tag or a
// cutscene step alike — to Howler when it is a sound, else to the staging with its blend time.
// A line's sound that a hand makes goes by way of the room, which sounds it when the hand gets
// there (the lid's click with the thumb; src/scene/changeTimer.ts); any other sounds at once, and
// a cutscene's steps are timed already.
// It decides nothing; the director has already decided.
import type { AudioService } from '../audio/audioService';
import { panFromX } from '../audio/mix';
import { cutsceneSpeed, type PageCutscenePresenter } from './cutscenePresenter';
import type { CutsceneStaging } from '../game/render/cutsceneStaging';
import type { CryptScene } from '../game/scenes/CryptScene';
import type { LevelDef } from '../level/schema';
import type { DirectorEvent } from '../story/director';
import type { DialogueBox } from '../ui/dialogue';
import type { Hotspots } from '../ui/hotspots';
import type { StoryLog } from '../ui/log';

export interface DirectorPresenterHooks {
  readonly level: LevelDef;
  readonly audio: AudioService;
  readonly dialogue: DialogueBox;
  readonly log: StoryLog;
  readonly hotspots: Hotspots;
  readonly cutscenes: PageCutscenePresenter;
  readonly crypt: () => CryptScene | null;
  readonly staging: () => CutsceneStaging | null;
  /** The object last used: its sounds are panned to where it stands. */
  readonly lastUsedProp: () => string | null;
  /** Whether a cutscene runs now (its blends run at the cutscene speed). */
  readonly inCutscene: () => boolean;
  /** A sound command was sent (the heartbeat's rumble follows it). */
  readonly sounded: (cue: string) => void;
}

export interface DirectorPresenter {
  readonly present: (event: DirectorEvent) => void;
  /** Sounds a cue now, panned to the object last used (the room calls it at the hand's moment). */
  readonly sound: (cue: string) => void;
}

export function presentDirector(hooks: DirectorPresenterHooks): DirectorPresenter {
  const { level, audio, dialogue, log, hotspots, cutscenes } = hooks;

  const pan = (): number => {
    const prop = level.props.find((p) => p.id === hooks.lastUsedProp());
    return prop ? panFromX(prop.x, level.width) : 0;
  };

  const sound = (cue: string): void => {
    audio.handle({ kind: 'sfx', cue }, pan());
    hooks.sounded(cue);
  };

  const runCommand = (event: Extract<DirectorEvent, { type: 'command' }>): void => {
    const { command } = event;
    const crypt = hooks.crypt();
    if (command.kind === 'sfx' && crypt?.timesSound(command.cue) && !hooks.inCutscene()) {
      crypt.runCommand(command, 0);
      return;
    }
    if (audio.handle(command, pan())) {
      if (command.kind === 'sfx') hooks.sounded(command.cue);
      return;
    }
    if (command.kind === 'beat') {
      document.body.dataset.beat = command.beat;
      return;
    }
    const blend = hooks.inCutscene() ? event.blend / cutsceneSpeed() : event.blend;
    const staging = hooks.staging();
    if (staging) staging.command(command, blend);
    else hooks.crypt()?.runCommand(command, blend);
  };

  const present = (event: DirectorEvent): void => {
    switch (event.type) {
      case 'mode':
        document.body.dataset.mode = event.mode;
        if (event.mode !== 'cutscene' && event.mode !== 'paused') audio.stopLoopingEffects();
        return;
      case 'line':
        log.add({ line: event.line, kind: 'line' });
        dialogue.showLine(event.line, event.seen);
        return;
      case 'choices':
        dialogue.showChoices(event.choices);
        return;
      case 'chosen':
        log.add({ line: { id: event.choice.id, speaker: null, text: event.choice.text }, kind: 'choice' });
        return;
      case 'objects':
        hotspots.setAvailable(event.props);
        if (event.props.length > 0 && !(document.activeElement instanceof HTMLButtonElement)) hotspots.visible[0]?.focus();
        return;
      case 'command':
        runCommand(event);
        return;
      case 'cutscene':
        audio.cutsceneStarted(event.id);
        dialogue.hideAll();
        cutscenes.begin(event.id);
        return;
      case 'restore':
        if (event.beat === null) delete document.body.dataset.beat;
        else document.body.dataset.beat = event.beat;
        hooks.crypt()?.restore(event.scene);
        hooks.staging()?.settle(event.scene);
        audio.setMusic(event.scene.music);
        audio.setAmbience(event.scene.ambience);
        return;
      case 'autosave':
        // The session keeps the save slot; nothing to show.
        return;
    }
  };
  return { present, sound };
}
