// Seamless Opus loops. A codec that starts from silence and stops at the end cannot know the
// loop wraps, so its first and last milliseconds disagree and the join clicks. Here the encoder
// hears the loop's tail before the head and its head after the tail; the extra audio is then
// hidden from decoders by the container: a longer Opus pre-skip (CodecDelay) at the start and
// DiscardPadding at the end. The result is a plain WebM that decodes to exactly the loop.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { SR } from './dsp.mjs';
import { readWav, writeWav, run } from './tools.mjs';

const POST = Math.round(0.25 * SR);

function oggPackets(b) {
  const packets = [];
  let pos = 0, cur = [];
  while (pos < b.length) {
    if (b.toString('ascii', pos, pos + 4) !== 'OggS') throw new Error(`Ogg: bad page at ${pos}`);
    const nseg = b[pos + 26];
    const table = b.subarray(pos + 27, pos + 27 + nseg);
    let p = pos + 27 + nseg;
    for (const len of table) {
      cur.push(b.subarray(p, p + len)); p += len;
      if (len < 255) { packets.push(Buffer.concat(cur)); cur = []; }
    }
    pos = p;
  }
  return packets;
}

/** Samples in one Opus packet, from its TOC byte (RFC 6716 §3.1). */
function packetSamples(pkt) {
  const toc = pkt[0], config = toc >> 3, code = toc & 3;
  let frame;
  if (config < 12) frame = [480, 960, 1920, 2880][config & 3];
  else if (config < 16) frame = [480, 960][config & 1];
  else frame = [120, 240, 480, 960][config & 3];
  const count = code === 0 ? 1 : code === 3 ? pkt[1] & 0x3f : 2;
  return frame * count;
}

// ---- EBML writing ----
const vintSize = (n) => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(n) | (1n << 56n)); return b; };
const idBytes = (id) => { const h = id.toString(16); return Buffer.from(h.length % 2 ? `0${h}` : h, 'hex'); };
const el = (id, body) => Buffer.concat([idBytes(id), vintSize(body.length), body]);
const uint = (id, v) => { let h = BigInt(v).toString(16); if (h.length % 2) h = `0${h}`; return el(id, Buffer.from(h, 'hex')); };
const sint = (id, v) => { const b = Buffer.alloc(8); b.writeBigInt64BE(BigInt(v)); return el(id, b); };
const float = (id, v) => { const b = Buffer.alloc(8); b.writeDoubleBE(v); return el(id, b); };
const str = (id, s) => el(id, Buffer.from(s, 'utf8'));

function muxWebm(head, packets, { preSkip, discardEnd, channels, lengthSamples }) {
  const opusHead = Buffer.from(head);
  opusHead.writeUInt16LE(preSkip, 10);
  const ebml = el(0x1a45dfa3, Buffer.concat([uint(0x4286, 1), uint(0x42f7, 1), uint(0x42f2, 4), uint(0x42f3, 8), str(0x4282, 'webm'), uint(0x4287, 4), uint(0x4285, 2)]));
  const info = el(0x1549a966, Buffer.concat([uint(0x2ad7b1, 1000000), str(0x4d80, 'every-night bake-audio'), str(0x5741, 'every-night bake-audio'), float(0x4489, (lengthSamples / SR) * 1000)]));
  const track = el(0xae, Buffer.concat([
    uint(0xd7, 1), uint(0x73c5, 1), uint(0x83, 2), str(0x86, 'A_OPUS'), el(0x63a2, opusHead),
    uint(0x56aa, Math.round((preSkip / SR) * 1e9)), uint(0x56bb, 80000000),
    el(0xe1, Buffer.concat([float(0xb5, SR), uint(0x9f, channels)])),
  ]));
  const clusters = [];
  let sample = 0, i = 0;
  while (i < packets.length) {
    const clusterMs = Math.round((sample / SR) * 1000);
    const blocks = [uint(0xe7, clusterMs)];
    while (i < packets.length && (sample / SR) * 1000 - clusterMs < 5000) {
      const rel = Math.round((sample / SR) * 1000) - clusterMs;
      const hdr = Buffer.alloc(4); hdr[0] = 0x81; hdr.writeInt16BE(rel, 1);
      const last = i === packets.length - 1;
      if (last && discardEnd > 0) {
        hdr[3] = 0x00;
        blocks.push(el(0xa0, Buffer.concat([el(0xa1, Buffer.concat([hdr, packets[i]])), sint(0x75a2, Math.round((discardEnd / SR) * 1e9))])));
      } else {
        hdr[3] = 0x80;
        blocks.push(el(0xa3, Buffer.concat([hdr, packets[i]])));
      }
      sample += packetSamples(packets[i]); i++;
    }
    clusters.push(el(0x1f43b675, Buffer.concat(blocks)));
  }
  const segment = el(0x18538067, Buffer.concat([info, el(0x1654ae6b, track), ...clusters]));
  return Buffer.concat([ebml, segment]);
}

/** Encode loop channels (exactly one lap) to a primed, seamless Opus WebM at `out`. */
function encodePrimed(chs, out, { kbps, tmp, name }, PRE) {
  const L = chs[0].length;
  const ext = chs.map((c) => {
    const x = new Float32Array(PRE + L + POST);
    x.set(c.subarray(L - PRE), 0); x.set(c, PRE); x.set(c.subarray(0, POST), PRE + L);
    return x;
  });
  const wav = `${tmp}/${name}-primed.wav`, ogg = `${tmp}/${name}-primed.opus`;
  writeWav(wav, ext);
  run('ffmpeg', ['-y', '-hide_banner', '-loglevel', 'error', '-i', wav, '-c:a', 'libopus', '-b:a', `${kbps}k`, '-vbr', 'on',
    '-compression_level', '10', '-application', 'audio', '-frame_duration', '20', '-map_metadata', '-1',
    '-fflags', '+bitexact', '-flags:a', '+bitexact', '-f', 'ogg', ogg]);
  const pk = oggPackets(readFileSync(ogg));
  const head = pk[0];
  if (head.toString('ascii', 0, 8) !== 'OpusHead') throw new Error('no OpusHead');
  const audio = pk.slice(2);
  const encoderSkip = head.readUInt16LE(10);
  const preSkip = encoderSkip + PRE;
  if (preSkip > 65535) throw new Error('pre-skip too long');
  // Keep packets up to the one that holds the loop's last sample: DiscardPadding can only trim
  // inside the final block, and the dropped post-roll has already done its work on the encoder.
  const kept = [];
  let decoded = 0;
  for (const p of audio) {
    if (decoded >= preSkip + L) break;
    kept.push(p); decoded += packetSamples(p);
  }
  const discardEnd = decoded - preSkip - L;
  if (discardEnd < 0) throw new Error(`encoder returned too few samples (${decoded})`);
  writeFileSync(out, muxWebm(head, kept, { preSkip, discardEnd, channels: chs.length, lengthSamples: L }));
}

/** How far the wrap steps beyond the steps nearby (same measure as tests/unit/audio/join.ts). */
export function seamRatio(chs) {
  const w = Math.round(0.01 * SR);
  let worst = 0;
  for (const x of chs) {
    const n = x.length, seam = [...x.subarray(n - w), ...x.subarray(0, w)];
    let local = 0;
    for (let i = 1; i < seam.length; i++) if (i !== w) local = Math.max(local, Math.abs(seam[i] - seam[i - 1]));
    worst = Math.max(worst, Math.abs(seam[w] - seam[w - 1]) / (1.5 * local + 0.002));
  }
  return worst;
}

/**
 * Encode a loop (exactly one lap) to a primed, seamless Opus WebM at `out`. Lossy coding still
 * leaves a little low-frequency error at the wrap that depends on frame alignment, so a few
 * pre-roll lengths are tried and the cleanest join is kept.
 */
export function encodeLoopWebm(chs, out, opts) {
  let best = null;
  for (let k = 0; k < 8; k++) {
    const pre = Math.round((0.25 + 0.0123 * k) * SR);
    const file = `${opts.tmp}/${opts.name}-try${k}.webm`, wav = `${opts.tmp}/${opts.name}-try${k}.wav`;
    encodePrimed(chs, file, opts, pre);
    run('ffmpeg', ['-y', '-hide_banner', '-loglevel', 'error', '-i', file, '-c:a', 'pcm_f32le', wav]);
    const dec = readWav(wav).chs;
    if (dec[0].length !== chs[0].length) throw new Error(`${opts.name}: primed encode decodes to ${dec[0].length} samples, expected ${chs[0].length}`);
    const ratio = seamRatio(dec);
    if (!best || ratio < best.ratio) best = { ratio, file };
    if (ratio < 0.4) break;
  }
  copyFileSync(best.file, out);
  return best.ratio;
}
