// Decode the baked files in pure WASM (no ffmpeg at test time).
import { readFile } from 'node:fs/promises';
import { OpusDecoder } from 'opus-decoder';
import { MPEGDecoder } from 'mpg123-decoder';
import { demuxWebmOpus } from './webm';

export interface Pcm {
  channels: Float32Array[];
  sampleRate: number;
}

export async function decodeWebm(path: string): Promise<Pcm> {
  const track = demuxWebmOpus(new Uint8Array(await readFile(path)));
  const decoder = new OpusDecoder({
    channels: track.channels,
    preSkip: track.preSkip,
    streamCount: 1,
    coupledStreamCount: track.channels - 1,
    channelMappingTable: track.channels === 2 ? [0, 1] : [0],
  });
  await decoder.ready;
  try {
    const out = decoder.decodeFrames(track.packets);
    if (out.errors.length) throw new Error(`${path}: ${out.errors.length} Opus decode errors`);
    const n = Math.max(0, out.samplesDecoded - track.discardEnd);
    return { channels: out.channelData.slice(0, track.channels).map((c) => c.slice(0, n)), sampleRate: out.sampleRate };
  } finally {
    decoder.free();
  }
}

/** Channel count from the first MPEG audio frame header (mpg123 always hands back two channels). */
export function mpegChannels(data: Uint8Array): number {
  for (let i = 0; i + 3 < data.length; i++) {
    const b1 = data[i + 1] ?? 0;
    if (data[i] === 0xff && (b1 & 0xe0) === 0xe0 && (b1 & 0x06) !== 0) return (data[i + 3] ?? 0) >> 6 === 3 ? 1 : 2;
  }
  throw new Error('no MPEG frame header found');
}

export async function decodeMp3(path: string): Promise<Pcm> {
  const data = new Uint8Array(await readFile(path));
  const decoder = new MPEGDecoder();
  await decoder.ready;
  try {
    const out = decoder.decode(data);
    if (out.errors.length) throw new Error(`${path}: ${out.errors.length} MPEG decode errors`);
    const channels = out.channelData.slice(0, mpegChannels(data)).map((c) => c.slice(0, out.samplesDecoded));
    return { channels, sampleRate: out.sampleRate };
  } finally {
    decoder.free();
  }
}
