// Loops that join without a click in any format. A lossy codec's first and last milliseconds
// are not the signal's (Opus pre-skip, an MP3 encoder's ~1,100 samples of delay and padding,
// which some decoders trim and some do not), so the game never loops a whole file: the file is
// the lap with 250 ms of its own continuation on each side, and the game loops exactly one lap
// inside it (a Howler sprite, assets/audio/playback.json). The padding is the loop itself, so a
// decoder that starts a few dozen ms early or late still plays a seamless lap, only rotated.
import { secs } from './dsp.mjs';

export const PAD = secs(0.25);

/** [last PAD of the lap] + lap + [first PAD of the lap], per channel. */
export function padLoop(chs) {
  return chs.map((c) => {
    const L = c.length,
      o = new Float32Array(L + 2 * PAD);
    o.set(c.subarray(L - PAD), 0);
    o.set(c, PAD);
    o.set(c.subarray(0, PAD), PAD + L);
    return o;
  });
}
