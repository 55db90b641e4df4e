// The cue table: every sound of the game, how it is made, and how loud it should sit.
// target: { I: LUFS integrated } or { M: LUFS max momentary (400 ms) } for one-shots.
import { zippoOpen, zippoStrike, zippoClose, cigaretteLight, cigaretteRest, candleCrackle } from './sfx-lighter.mjs';
import { inhale, cough, gasp, spikeDrag, swig, glassDrained, leatherCreak, heartbeat } from './sfx-body.mjs';
import { pour, glassDown, footstepsStairs, smokeDissolve, cryptAmbience, cryptDrips, DRIP_COUNT, DRIP_SLOT_MS } from './sfx-room.mjs';

const sfx = (id, gen, caption, title, o = {}) => ({
  id, bus: 'sfx', loop: false, volume: 0.9, caption, duck: false, gen, title, channels: 1,
  target: { M: -18 }, opus: 40, mp3: 64, ...o,
});

export const CUES = [
  { id: 'crypt_ambience', bus: 'ambience', loop: true, volume: 0.8, caption: null, duck: false, gen: cryptAmbience,
    title: 'Crypt ambience: room tone with its air, wind down the stairwell', channels: 2, target: { I: -28 }, opus: 64, mp3: 64 },
  { id: 'candle_crackle', bus: 'ambience', loop: true, volume: 0.7, caption: null, duck: false, gen: candleCrackle,
    title: 'Candle flames crackling softly', channels: 1, target: { I: -31 }, opus: 32, mp3: 40 },
  { id: 'crypt_drips', bus: 'ambience', loop: false, volume: 0.6, caption: null, duck: false, gen: cryptDrips,
    title: 'Water dripping in the crypt (six drops, placed at run time)', channels: 1, target: { M: -24 }, opus: 40, mp3: 48 },
  sfx('zippo_open', zippoOpen, "[a lighter's lid clicks open]", 'Lighter lid opening', { target: { M: -20 } }),
  sfx('zippo_strike', zippoStrike, '[the flint wheel rasps; a flame catches]', 'Lighter struck: flint wheel and flame'),
  sfx('zippo_close', zippoClose, '[the lighter snaps shut]', 'Lighter lid snapping shut', { target: { M: -20 } }),
  sfx('cigarette_light', cigaretteLight, '[a cigarette crackles alight]', 'Cigarette catching', { target: { M: -21 } }),
  sfx('inhale', inhale, '[she draws on the cigarette]', 'Inhale through a cigarette', { target: { M: -21 } }),
  sfx('cough', cough, '[she coughs]', "A woman's light cough"),
  sfx('cigarette_rest', cigaretteRest, '[a cigarette tapped down on stone]', 'Cigarette rested on stone', { target: { M: -23 }, volume: 0.8 }),
  sfx('pour', pour, '[bourbon pours into a heavy glass]', 'Pouring into a tumbler'),
  sfx('swig', swig, '[she swigs from the bottle]', 'A swig from the bottle'),
  sfx('glass_down', glassDown, '[a heavy glass set down on stone]', 'Tumbler set down on stone', { limit: 6 }),
  sfx('leather_creak', leatherCreak, '[leather creaks]', 'Leather coat creaking', { target: { M: -21 } }),
  sfx('footsteps_stairs', footstepsStairs, '[heavy footsteps on the stairs]', 'Heavy boots descending stone stairs', { duck: true, volume: 1, limit: 6 }),
  sfx('spike_drag', spikeDrag, '[he takes a long drag]', 'A long drag on a cigarette', { target: { M: -20 } }),
  sfx('glass_drained', glassDrained, '[he knocks back the drink]', 'A drink knocked back'),
  sfx('smoke_dissolve', smokeDissolve, '[he comes apart into smoke]', 'A figure dissolving into smoke', { duck: true, volume: 1 }),
  sfx('heartbeat', heartbeat, '[a heartbeat]', 'Slow heartbeat', { loop: true, duck: true, target: { I: -21 }, volume: 1, limit: 9 }),
  sfx('gasp', gasp, '[she gasps]', 'A soft, sharp intake of breath', { duck: true, volume: 1 }),
  { id: 'music_night', bus: 'music', loop: true, volume: 0.8, caption: '[soft piano]', duck: false, piece: 'night',
    title: 'Every Night (solo piano)', channels: 2, target: { I: -18 }, opus: 64, mp3: 64 },
  { id: 'music_memory', bus: 'music', loop: true, volume: 0.8, caption: '[a sad piano theme]', duck: false, piece: 'memory',
    title: 'Every Night: Remembering (solo piano)', channels: 2, target: { I: -18 }, opus: 64, mp3: 64 },
  { id: 'music_reunion', bus: 'music', loop: true, volume: 0.8, caption: '[warm piano and strings]', duck: false, piece: 'reunion',
    title: 'Every Night: Reunion (piano and strings)', channels: 2, target: { I: -18 }, opus: 64, mp3: 64 },
];

/** The drips file's sprites: one drop in each slot. */
export const SPRITES = {
  crypt_drips: Object.fromEntries(Array.from({ length: DRIP_COUNT }, (_, k) => [`drip${k}`, [k * DRIP_SLOT_MS, DRIP_SLOT_MS - 50]])),
};
/** What plays with a room's ambience: the candles in their own slot, and the drips. */
export const ROOMS = { crypt_ambience: { layers: ['candle_crackle'], drips: 'crypt_drips' } };
