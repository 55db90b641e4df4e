// Shows what the director says on the page, in sound and in the room: lines and choices in the
// dialogue box and the history, objects as buttons, commands to Howler and the Phaser scene,
// autosaves to the slot. It decides nothing; the director has already decided.
import type { AudioService } from './audio/audioService';
import { panFromX } from './audio/mix';
import type { CryptScene } from './game/CryptScene';
import type { CutscenePlayer } from './game/cutscenePlayer';
import type { SaveSlot } from './save/saveSlot';
import type { SceneDef } from './scene/schema';
import type { DirectorEvent } from './story/director';
import type { DialogueBox } from './ui/dialogue';
import type { Hotspots } from './ui/hotspots';
import type { StoryLog } from './ui/log';

export interface DirectorStage {
  readonly scene: SceneDef;
  readonly audio: AudioService;
  readonly dialogue: DialogueBox;
  readonly log: StoryLog;
  readonly hotspots: Hotspots;
  readonly cutscenePlayer: CutscenePlayer;
  readonly slot: SaveSlot;
  readonly crypt: () => CryptScene | null;
  /** The object last used: its sounds are panned to where it stands. */
  readonly lastUsedProp: () => string | null;
  /** The story ended: back to the title. */
  readonly ended: () => void;
}

export function presentDirector(stage: DirectorStage): (event: DirectorEvent) => void {
  const { scene, audio, dialogue, log, hotspots, cutscenePlayer, slot } = stage;

  const runCommand = (event: Extract<DirectorEvent, { type: 'command' }>): void => {
    const command = event.command;
    const prop = scene.props.find((p) => p.id === stage.lastUsedProp());
    if (audio.handle(command, prop ? panFromX(prop.x, scene.width) : 0)) return;
    if (command.kind === 'beat') document.body.dataset.beat = command.beat;
    // A running cutscene stages its own commands, with its own timing.
    else if (!cutscenePlayer.active) stage.crypt()?.present(command, 900);
  };

  return (event) => {
    switch (event.type) {
      case 'mode':
        document.body.dataset.mode = event.mode;
        if (event.mode !== 'cutscene' && event.mode !== 'paused') audio.stopLoopingEffects();
        if (event.mode === 'ended') {
          slot.clear();
          stage.ended();
        }
        return;
      case 'line':
        log.add({ speaker: event.speaker, text: event.text, kind: 'line' });
        dialogue.showLine(event.speaker, event.text, event.seen);
        return;
      case 'choices':
        dialogue.showChoices(event.choices);
        return;
      case 'objects':
        hotspots.setAvailable(event.props);
        if (event.props.length > 0 && !(document.activeElement instanceof HTMLButtonElement)) hotspots.focusFirst();
        return;
      case 'command':
        runCommand(event);
        return;
      case 'cutscene':
        audio.cutsceneStarted(event.id);
        dialogue.hideAll();
        cutscenePlayer.play(event.id);
        return;
      case 'restore':
        stage.crypt()?.restore(event.scene);
        audio.setMusic(event.scene.music);
        audio.setAmbience(event.scene.ambience);
        return;
      case 'autosave':
        slot.record(event.snapshot, event.atBeat);
        return;
    }
  };
}
