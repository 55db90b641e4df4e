// File I/O and the external tools of the bake (sox, ffmpeg, fluidsynth). Bake time only.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SR } from './dsp.mjs';

/** Write channels (Float32Array[]) as a 32-bit float WAV. */
export function writeWav(path, chs, sr = SR) {
  const n = chs[0].length,
    nc = chs.length,
    bytes = n * nc * 4;
  const b = Buffer.alloc(44 + bytes);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + bytes, 4);
  b.write('WAVE', 8);
  b.write('fmt ', 12);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(3, 20);
  b.writeUInt16LE(nc, 22);
  b.writeUInt32LE(sr, 24);
  b.writeUInt32LE(sr * nc * 4, 28);
  b.writeUInt16LE(nc * 4, 32);
  b.writeUInt16LE(32, 34);
  b.write('data', 36);
  b.writeUInt32LE(bytes, 40);
  let o = 44;
  for (let i = 0; i < n; i++)
    for (let c = 0; c < nc; c++) {
      b.writeFloatLE(chs[c][i], o);
      o += 4;
    }
  writeFileSync(path, b);
}

/** Read a 32-bit float or 16-bit PCM WAV into channels. */
export function readWav(path) {
  const b = readFileSync(path);
  let p = 12,
    fmt = null;
  while (p < b.length) {
    const id = b.toString('ascii', p, p + 4),
      size = b.readUInt32LE(p + 4);
    if (id === 'fmt ')
      fmt = { tag: b.readUInt16LE(p + 8), nc: b.readUInt16LE(p + 10), sr: b.readUInt32LE(p + 12), bits: b.readUInt16LE(p + 22) };
    if (id === 'data') {
      const { nc, bits } = fmt;
      const bps = bits / 8,
        n = Math.floor(size / (bps * nc));
      const chs = Array.from({ length: nc }, () => new Float32Array(n));
      let o = p + 8;
      for (let i = 0; i < n; i++)
        for (let c = 0; c < nc; c++) {
          chs[c][i] = bits === 32 ? b.readFloatLE(o) : b.readInt16LE(o) / 32768;
          o += bps;
        }
      return { chs, sr: fmt.sr };
    }
    p += 8 + size + (size & 1);
  }
  throw new Error(`no data chunk in ${path}`);
}

export function run(cmd, args) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
}
function runErr(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  } catch (e) {
    throw new Error(`${cmd} failed: ${e.stderr}`, { cause: e });
  }
}

/** sox: in.wav → out.wav (32-bit float) through effects. */
export function sox(inPath, outPath, effects) {
  runErr('sox', [inPath, '-e', 'floating-point', '-b', '32', outPath, ...effects]);
}

/** Measure with ffmpeg's ebur128 filter: integrated, LRA, true peak, max momentary and short-term. */
export function measure(path, { decoder = null } = {}) {
  const r = spawnStderr('ffmpeg', [
    '-hide_banner',
    '-nostats',
    '-loglevel',
    'verbose',
    ...(decoder ? ['-c:a', decoder] : []),
    '-i',
    path,
    '-af',
    'ebur128=peak=true',
    '-f',
    'null',
    '-',
  ]);
  return parseEbur(r);
}
function spawnStderr(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return r.stderr;
}
function parseEbur(text) {
  let mMax = -Infinity,
    sMax = -Infinity;
  for (const m of text.matchAll(/M:\s*(-?[\d.]+|-inf)\s+S:\s*(-?[\d.]+|-inf)/g)) {
    mMax = Math.max(mMax, Number(m[1]));
    sMax = Math.max(sMax, Number(m[2]));
  }
  const summary = text.slice(text.lastIndexOf('Summary:'));
  const I = Number(/I:\s*(-?[\d.]+|-inf) LUFS/.exec(summary)?.[1] ?? NaN);
  const LRA = Number(/LRA:\s*(-?[\d.]+) LU/.exec(summary)?.[1] ?? NaN);
  const tp = Number(/True peak:\s*Peak:\s*(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1] ?? NaN);
  return { I, LRA, tp, mMax, sMax };
}

/**
 * Encode a WAV to Opus-in-WebM and to MP3. `application`: 'lowdelay' is libopus's CELT-only
 * mode, full band for every frame: with 'audio', libopus still coded 20–45 % of the frames of
 * breaths, the heartbeat and the room tone in SILK or hybrid (its speech modes; measured from
 * the packets' TOC bytes), which dulled their highs. Music keeps 'audio' with constrained VBR,
 * so its bitrate is the one stated (plain VBR gave 70–76 kb/s for a stated 56).
 */
export function encode(wavPath, base, { channels, opusKbps, mp3Kbps, application = 'lowdelay', vbr = 'on' }) {
  runErr('ffmpeg', [
    '-y',
    '-hide_banner',
    '-i',
    wavPath,
    '-ac',
    String(channels),
    '-c:a',
    'libopus',
    '-b:a',
    `${opusKbps}k`,
    '-vbr',
    vbr,
    '-compression_level',
    '10',
    '-application',
    application,
    '-cutoff',
    '20000',
    '-frame_duration',
    '20',
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    '-f',
    'webm',
    `${base}.webm`,
  ]);
  runErr('ffmpeg', [
    '-y',
    '-hide_banner',
    '-i',
    wavPath,
    '-ac',
    String(channels),
    '-ar',
    '48000',
    '-c:a',
    'libmp3lame',
    '-b:a',
    `${mp3Kbps}k`,
    '-map_metadata',
    '-1',
    '-id3v2_version',
    '0',
    '-write_id3v1',
    '0',
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    `${base}.mp3`,
  ]);
}

/** Opus packet modes of a WebM (from each packet's TOC byte, RFC 6716 §3.1): counts by "CELT-FB" etc. */
export function opusModes(webmPath) {
  const ogg = `${webmPath}.modes.ogg`;
  runErr('ffmpeg', ['-y', '-hide_banner', '-loglevel', 'error', '-i', webmPath, '-c:a', 'copy', '-f', 'ogg', ogg]);
  const b = readFileSync(ogg);
  let pos = 0,
    cur = [];
  const counts = {};
  let index = 0;
  while (pos < b.length) {
    const nseg = b[pos + 26];
    let p = pos + 27 + nseg;
    for (const len of b.subarray(pos + 27, pos + 27 + nseg)) {
      cur.push(b.subarray(p, p + len));
      p += len;
      if (len < 255) {
        const pkt = Buffer.concat(cur);
        cur = [];
        if (index++ >= 2) {
          const c = pkt[0] >> 3;
          const mode = c < 12 ? 'SILK' : c < 16 ? 'HYBRID' : 'CELT';
          const bw = c < 12 ? ['NB', 'MB', 'WB'][c >> 2] : c < 16 ? ['SWB', 'FB'][(c - 12) >> 1] : ['NB', 'WB', 'SWB', 'FB'][(c - 16) >> 2];
          counts[`${mode}-${bw}`] = (counts[`${mode}-${bw}`] ?? 0) + 1;
        }
      }
    }
    pos = p;
  }
  rmSync(ogg);
  return counts;
}

/** Loudness of a file through a high-pass at `hz` (a laptop or phone speaker is about 200 Hz). */
export function measureHighpassed(path, hz = 200) {
  const r = spawnStderr('ffmpeg', [
    '-hide_banner',
    '-nostats',
    '-loglevel',
    'verbose',
    '-i',
    path,
    '-af',
    `highpass=f=${hz},ebur128=peak=true`,
    '-f',
    'null',
    '-',
  ]);
  return parseEbur(r);
}

/** Decode any file with ffmpeg to a float WAV (used for the piano samples). */
export function decodeToWav(inPath, outPath, channels = 2) {
  runErr('ffmpeg', ['-y', '-hide_banner', '-i', inPath, '-ac', String(channels), '-ar', String(SR), '-c:a', 'pcm_f32le', outPath]);
}
