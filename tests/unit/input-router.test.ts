// The input router, context by context: each row is a press in a context and what it must do.
import { describe, expect, it } from 'vitest';
import type { InputContext } from '../../src/input/context';
import type { Device, Intent } from '../../src/input/intents';
import { InputRouter, SKIP_HOLD_MS, type Effect } from '../../src/input/router';

type Row = readonly [string, Intent, readonly Effect[]];

/** Routes one intent in a fresh router whose last device is already the keyboard. */
function effectsOf(intent: Intent, context: InputContext, device: Device = 'keyboard'): readonly Effect[] {
  const router = new InputRouter();
  router.route({ intent: { kind: 'mute' }, device, at: 0 }, { kind: 'loading' });
  return router.route({ intent, device, at: 1 }, context).effects;
}

function table(context: InputContext, rows: readonly Row[], device: Device = 'keyboard'): void {
  for (const [name, intent, effects] of rows) {
    it(name, () => expect(effectsOf(intent, context, device)).toEqual(effects));
  }
}

const advance: Intent = { kind: 'advance' };
const nav = (direction: 'up' | 'down' | 'left' | 'right'): Intent => ({ kind: 'navigate', direction, repeat: false });

describe('the router on the title', () => {
  table({ kind: 'title', focus: 'button' }, [
    ['presses the focused button on advance', advance, [{ do: 'pressFocused' }]],
    ['walks the menu down and up', nav('down'), [{ do: 'moveFocus', ring: 'title', step: 1 }]],
    ['walks back up', nav('up'), [{ do: 'moveFocus', ring: 'title', step: -1 }]],
    ['mutes', { kind: 'mute' }, [{ do: 'toggleMute' }]],
    ['goes fullscreen', { kind: 'fullscreen' }, [{ do: 'toggleFullscreen' }]],
    ['ignores back', { kind: 'back', held: true }, []],
    ['ignores pause', { kind: 'pause' }, []],
    ['ignores a choice number', { kind: 'choose', position: 0 }, []],
  ]);
  table({ kind: 'title', focus: 'none' }, [
    ['gives focus to the menu when nothing has it', advance, [{ do: 'moveFocus', ring: 'title', step: 1 }]],
  ]);
  table({ kind: 'title', focus: 'options' }, [['moves a set of options sideways', nav('right'), [{ do: 'adjust', step: 1 }]]]);
});

describe('the router in a panel', () => {
  table({ kind: 'panel', panel: 'pause', focus: 'button' }, [
    ['presses the focused button', advance, [{ do: 'pressFocused' }]],
    ['backs out of the panel', { kind: 'back', held: true }, [{ do: 'closePanel' }]],
    ['closes every panel on pause (Start in the pause menu resumes)', { kind: 'pause' }, [{ do: 'closeAllPanels' }]],
    ['toggles the history', { kind: 'history' }, [{ do: 'toggleHistory' }]],
    ['keeps Tab inside the panel', { kind: 'tab', backward: false }, [{ do: 'moveFocus', ring: 'panel', step: 1 }]],
    ['keeps Shift+Tab inside the panel', { kind: 'tab', backward: true }, [{ do: 'moveFocus', ring: 'panel', step: -1 }]],
    ['walks the controls with any direction', nav('left'), [{ do: 'moveFocus', ring: 'panel', step: -1 }]],
    ['does not skip anything', { kind: 'skipNow' }, []],
  ]);
  table({ kind: 'panel', panel: 'settings', focus: 'slider' }, [
    ['moves a slider left', nav('left'), [{ do: 'adjust', step: -1 }]],
    ['moves a slider right', nav('right'), [{ do: 'adjust', step: 1 }]],
    ['leaves a slider up and down', nav('down'), [{ do: 'moveFocus', ring: 'panel', step: 1 }]],
    ['does not press a slider', advance, []],
  ]);
  table({ kind: 'panel', panel: 'history', focus: 'scroller' }, [
    ['scrolls the history down', nav('down'), [{ do: 'scroll', step: 1 }]],
    ['scrolls the history up', nav('up'), [{ do: 'scroll', step: -1 }]],
  ]);
  it('leaves a text field its keys but Esc and Tab', () => {
    const router = new InputRouter();
    const context: InputContext = { kind: 'panel', panel: 'settings', focus: 'text' };
    expect(router.route({ intent: { kind: 'mute' }, device: 'keyboard', at: 0 }, context).native).toBe(true);
    expect(router.route({ intent: nav('left'), device: 'keyboard', at: 0 }, context).native).toBe(true);
    expect(router.route({ intent: { kind: 'back', held: true }, device: 'keyboard', at: 0 }, context).effects).toEqual([
      { do: 'closePanel' },
    ]);
  });
});

describe('the router while the settings wait for a key', () => {
  table({ kind: 'capture' }, [
    ['binds the next key', { kind: 'key', code: 'KeyL' }, [{ do: 'bindKey', code: 'KeyL' }]],
    ['gives up on Escape', { kind: 'key', code: 'Escape' }, [{ do: 'cancelCapture' }]],
    ['gives up on a press elsewhere', { kind: 'pressElsewhere' }, [{ do: 'cancelCapture' }]],
    ['ignores what the key would otherwise mean', { kind: 'mute' }, []],
  ]);
  table({ kind: 'capture' }, [['gives up on a pad B', { kind: 'back', held: true }, [{ do: 'cancelCapture' }]]], 'gamepad');
});

describe('the router while exploring', () => {
  table({ kind: 'explore', focus: 'button' }, [
    ['uses the focused object on advance', advance, [{ do: 'pressFocused' }]],
    ['uses the focused object on activate', { kind: 'activate' }, [{ do: 'pressFocused' }]],
    ['uses an object pointed at', { kind: 'use', prop: 'lighter' }, [{ do: 'useObject', prop: 'lighter' }]],
    ['walks the objects', nav('right'), [{ do: 'moveFocus', ring: 'play', step: 1 }]],
    ['walks them back', nav('up'), [{ do: 'moveFocus', ring: 'play', step: -1 }]],
    ['pauses on back', { kind: 'back', held: true }, [{ do: 'openPause' }]],
    ['pauses on pause', { kind: 'pause' }, [{ do: 'openPause' }]],
    ['opens the history', { kind: 'history' }, [{ do: 'toggleHistory' }]],
    ['ignores a choice number', { kind: 'choose', position: 0 }, []],
    ['ignores the lean', { kind: 'lean', held: true }, []],
    ['ignores skipping', { kind: 'skipNow' }, []],
  ]);
  table({ kind: 'explore', focus: 'none' }, [
    ['gives focus to the first object on advance', advance, [{ do: 'moveFocus', ring: 'play', step: 1 }]],
    ['does nothing on activate with nothing focused', { kind: 'activate' }, []],
  ]);
});

describe('the router in dialogue', () => {
  table({ kind: 'dialogue', line: 'typing' }, [['completes a line still typing', advance, [{ do: 'completeLine' }]]]);
  table({ kind: 'dialogue', line: 'shown' }, [
    ['moves the story on once the line is shown', advance, [{ do: 'nextLine' }]],
    ['pauses on back', { kind: 'back', held: true }, [{ do: 'openPause' }]],
    ['ignores arrows', nav('down'), []],
    ['ignores activate', { kind: 'activate' }, []],
  ]);
});

describe('the router at dialogue choices', () => {
  table({ kind: 'choices', count: 3, focus: 'button' }, [
    ['picks a choice by number', { kind: 'choose', position: 2 }, [{ do: 'choose', position: 2 }]],
    ['ignores a number past the last choice', { kind: 'choose', position: 3 }, []],
    ['presses the focused choice', advance, [{ do: 'pressFocused' }]],
    ['walks the choices', nav('down'), [{ do: 'moveFocus', ring: 'play', step: 1 }]],
    ['uses an object offered beside the choices', { kind: 'use', prop: 'glass' }, [{ do: 'useObject', prop: 'glass' }]],
  ]);
});

describe('the router in a cutscene', () => {
  table({ kind: 'cutscene', credits: false }, [
    ['ignores advance', advance, []],
    ['skips on the Skip button', { kind: 'skipNow' }, [{ do: 'skipCutscene' }]],
    ['starts counting a held back towards a skip', { kind: 'back', held: true }, [{ do: 'skipProgress', fraction: 0 }]],
    ['pauses on pause', { kind: 'pause' }, [{ do: 'openPause' }]],
    ['passes an early lean on, so it counts once the hold begins', { kind: 'lean', held: true }, [{ do: 'lean', held: true }]],
  ]);
  table({ kind: 'cutscene', credits: true }, [['ends the credits on advance', advance, [{ do: 'skipCredits' }]]]);

  it('pauses on a short tap of back', () => {
    const router = new InputRouter();
    const context: InputContext = { kind: 'cutscene', credits: false };
    router.route({ intent: { kind: 'back', held: true }, device: 'keyboard', at: 1000 }, context);
    expect(router.tick(1300, context)).toEqual([{ do: 'skipProgress', fraction: 300 / SKIP_HOLD_MS }]);
    expect(router.route({ intent: { kind: 'back', held: false }, device: 'keyboard', at: 1400 }, context).effects).toEqual([
      { do: 'skipProgress', fraction: 0 },
      { do: 'openPause' },
    ]);
  });

  it('skips once back has been held long enough', () => {
    const router = new InputRouter();
    const context: InputContext = { kind: 'cutscene', credits: false };
    router.route({ intent: { kind: 'back', held: true }, device: 'gamepad', at: 0 }, context);
    expect(router.tick(SKIP_HOLD_MS, context)).toEqual([{ do: 'skipProgress', fraction: 0 }, { do: 'skipCutscene' }]);
    expect(router.route({ intent: { kind: 'back', held: false }, device: 'gamepad', at: SKIP_HOLD_MS + 10 }, context).effects).toEqual([]);
  });

  it('skips on a late release even when no frame saw the hold complete', () => {
    const router = new InputRouter();
    const context: InputContext = { kind: 'cutscene', credits: false };
    router.route({ intent: { kind: 'back', held: true }, device: 'keyboard', at: 0 }, context);
    expect(
      router.route({ intent: { kind: 'back', held: false }, device: 'keyboard', at: SKIP_HOLD_MS + 500 }, context).effects,
    ).toContainEqual({ do: 'skipCutscene' });
  });

  it('lets go of the skip key without pausing', () => {
    const router = new InputRouter();
    const context: InputContext = { kind: 'cutscene', credits: false };
    router.route({ intent: { kind: 'skip', held: true }, device: 'keyboard', at: 0 }, context);
    expect(router.route({ intent: { kind: 'skip', held: false }, device: 'keyboard', at: 100 }, context).effects).toEqual([
      { do: 'skipProgress', fraction: 0 },
    ]);
  });

  it('forgets a skip hold when the cutscene is over', () => {
    const router = new InputRouter();
    router.route({ intent: { kind: 'back', held: true }, device: 'keyboard', at: 0 }, { kind: 'cutscene', credits: false });
    expect(router.tick(100, { kind: 'dialogue', line: 'shown' })).toEqual([{ do: 'skipProgress', fraction: 0 }]);
    expect(router.tick(SKIP_HOLD_MS * 2, { kind: 'dialogue', line: 'shown' })).toEqual([]);
  });
});

describe('the router at the lean', () => {
  table({ kind: 'hold' }, [
    ['leans while the lean is held', { kind: 'lean', held: true }, [{ do: 'lean', held: true }]],
    ['does not also read on', advance, []],
    ['skips on the Skip button', { kind: 'skipNow' }, [{ do: 'skipCutscene' }]],
  ]);

  it('keeps leaning while any device still holds', () => {
    const router = new InputRouter();
    const hold: InputContext = { kind: 'hold' };
    expect(router.route({ intent: { kind: 'lean', held: true }, device: 'keyboard', at: 0 }, hold).effects).toContainEqual({
      do: 'lean',
      held: true,
    });
    expect(router.route({ intent: { kind: 'lean', held: true }, device: 'mouse', at: 0 }, hold).effects).not.toContainEqual({
      do: 'lean',
      held: true,
    });
    expect(router.route({ intent: { kind: 'lean', held: false }, device: 'keyboard', at: 0 }, hold).effects).not.toContainEqual({
      do: 'lean',
      held: false,
    });
    expect(router.leaning).toBe(true);
    expect(router.route({ intent: { kind: 'lean', held: false }, device: 'mouse', at: 0 }, hold).effects).toContainEqual({
      do: 'lean',
      held: false,
    });
  });

  it('remembers a release that came while not in a cutscene', () => {
    const router = new InputRouter();
    router.route({ intent: { kind: 'lean', held: true }, device: 'keyboard', at: 0 }, { kind: 'hold' });
    router.route({ intent: { kind: 'lean', held: false }, device: 'keyboard', at: 0 }, { kind: 'panel', panel: 'pause', focus: 'button' });
    expect(router.leaning).toBe(false);
  });
});

describe('the router and devices', () => {
  it('says when the player changes device, before what the press does', () => {
    const router = new InputRouter();
    const context: InputContext = { kind: 'dialogue', line: 'shown' };
    expect(router.route({ intent: advance, device: 'gamepad', at: 0 }, context).effects).toEqual([
      { do: 'deviceChanged', device: 'gamepad' },
      { do: 'nextLine' },
    ]);
    expect(router.route({ intent: advance, device: 'gamepad', at: 0 }, context).effects).toEqual([{ do: 'nextLine' }]);
    expect(router.device).toBe('gamepad');
  });

  it('lets Tab and unbound keys do what the browser does outside panels', () => {
    const router = new InputRouter();
    expect(
      router.route({ intent: { kind: 'tab', backward: false }, device: 'keyboard', at: 0 }, { kind: 'explore', focus: 'none' }).native,
    ).toBe(true);
    expect(
      router.route({ intent: { kind: 'key', code: 'KeyQ' }, device: 'keyboard', at: 0 }, { kind: 'dialogue', line: 'shown' }).native,
    ).toBe(true);
    expect(router.route({ intent: nav('down'), device: 'keyboard', at: 0 }, { kind: 'dialogue', line: 'shown' }).native).toBe(false);
  });
});
