// A minimal WebM (Matroska/EBML) demuxer for one Opus audio track: enough to read what
// ffmpeg writes (SimpleBlocks and BlockGroups without lacing, DiscardPadding at the end).

export interface OpusTrack {
  channels: number;
  preSkip: number;
  /** Opus packets in order. */
  packets: Uint8Array[];
  /** Samples (at 48 kHz) to drop from the end of the decoded stream (DiscardPadding). */
  discardEnd: number;
}

const ID = {
  Segment: 0x18538067,
  Cluster: 0x1f43b675,
  Tracks: 0x1654ae6b,
  TrackEntry: 0xae,
  CodecID: 0x86,
  CodecPrivate: 0x63a2,
  Audio: 0xe1,
  Channels: 0x9f,
  SimpleBlock: 0xa3,
  BlockGroup: 0xa0,
  Block: 0xa1,
  DiscardPadding: 0x75a2,
  TrackNumber: 0xd7,
} as const;
const MASTERS = new Set<number>([ID.Segment, ID.Cluster, ID.Tracks, ID.TrackEntry, ID.BlockGroup, ID.Audio]);

function readVint(b: Uint8Array, pos: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } {
  const first = b[pos];
  if (first === undefined) throw new Error(`EBML: read past end at ${pos}`);
  let length = 1,
    mask = 0x80;
  while (length <= 8 && (first & mask) === 0) {
    length++;
    mask >>= 1;
  }
  if (length > 8) throw new Error(`EBML: bad vint at ${pos}`);
  let value = keepMarker ? first : first & (mask - 1);
  let allOnes = (first & (mask - 1)) === mask - 1;
  for (let i = 1; i < length; i++) {
    const byte = b[pos + i] ?? 0;
    value = value * 256 + byte;
    if (byte !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

function readUint(b: Uint8Array, start: number, size: number): number {
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + (b[start + i] ?? 0);
  return v;
}
function readInt(b: Uint8Array, start: number, size: number): number {
  const u = readUint(b, start, size);
  const limit = 2 ** (8 * size - 1);
  return u >= limit ? u - 2 * limit : u;
}

export function demuxWebmOpus(data: Uint8Array): OpusTrack {
  const track: OpusTrack = { channels: 0, preSkip: 0, packets: [], discardEnd: 0 };
  let codec = '';
  let pendingBlock: Uint8Array | null = null;
  let pendingDiscard = 0;

  const onBlock = (block: Uint8Array): void => {
    const tn = readVint(block, 0, false);
    const flags = block[tn.length + 2] ?? 0;
    if ((flags & 0x06) !== 0) throw new Error('WebM: laced blocks are not supported');
    track.packets.push(block.subarray(tn.length + 3));
  };

  const walk = (start: number, end: number): void => {
    let pos = start;
    while (pos < end) {
      const id = readVint(data, pos, true);
      const size = readVint(data, pos + id.length, false);
      const bodyStart = pos + id.length + size.length;
      const bodyEnd = size.unknown ? end : Math.min(end, bodyStart + size.value);
      if (MASTERS.has(id.value)) {
        walk(bodyStart, bodyEnd);
        if (id.value === ID.BlockGroup && pendingBlock) {
          onBlock(pendingBlock);
          // DiscardPadding is in nanoseconds; Opus decodes at 48 kHz.
          if (pendingDiscard > 0) track.discardEnd += Math.round((pendingDiscard * 48000) / 1e9);
          pendingBlock = null;
          pendingDiscard = 0;
        }
      } else if (id.value === ID.SimpleBlock) {
        onBlock(data.subarray(bodyStart, bodyEnd));
      } else if (id.value === ID.Block) {
        pendingBlock = data.subarray(bodyStart, bodyEnd);
      } else if (id.value === ID.DiscardPadding) {
        pendingDiscard = readInt(data, bodyStart, bodyEnd - bodyStart);
      } else if (id.value === ID.CodecID) {
        codec = new TextDecoder().decode(data.subarray(bodyStart, bodyEnd));
      } else if (id.value === ID.CodecPrivate) {
        const head = data.subarray(bodyStart, bodyEnd);
        if (new TextDecoder().decode(head.subarray(0, 8)) !== 'OpusHead') throw new Error('WebM: CodecPrivate is not OpusHead');
        track.channels = head[9] ?? 0;
        track.preSkip = (head[10] ?? 0) | ((head[11] ?? 0) << 8);
      }
      pos = bodyEnd;
    }
  };
  walk(0, data.length);
  if (codec !== 'A_OPUS') throw new Error(`WebM: codec is ${codec || 'missing'}, expected A_OPUS`);
  if (track.channels < 1 || track.channels > 2) throw new Error(`WebM: ${track.channels} channels`);
  return track;
}
