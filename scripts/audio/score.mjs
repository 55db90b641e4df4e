// Note data for the three piano pieces: one theme in D minor ("Every Night": a rising sixth that
// sighs down a step), heard alone at night, remembered in full, and turned to D major for the reunion.
// Chords: lh = left-hand voicing (low to high), pat = left-hand pattern. Melody: 'note:beats'.
const Dm = 'D2 A2 F3',
  Bb = 'Bb1 F2 D3',
  Gm = 'G1 D2 Bb2',
  A = 'A1 E2 C#3',
  Asus = 'A1 E2 D3';
const C = 'C2 G2 E3',
  F = 'F1 C2 A2',
  CE = 'E2 C3 G3',
  Gm7 = 'G1 F2 Bb2',
  FA = 'A1 F2 C3',
  DmF = 'F1 A2 D3';

// The theme as it first appears (8 bars + resolution).
const themeMinor = [
  { lh: Dm, mel: 'r:1 A4:1 >F5:1' },
  { lh: Bb, mel: 'E5:2 D5:1' },
  { lh: Gm, mel: 'D5:1.5 C5:0.5 Bb4:1' },
  { lh: A, mel: 'A4:3', pat: 'roll', end: true },
  { lh: Dm, mel: 'r:1 A4:1 >G5:1' },
  { lh: C, mel: 'F5:2 E5:1' },
  { lh: Bb, mel: 'D5:1 E5:1 F5:1' },
  { lh: A, mel: 'E5:2 C#5:1', rit: 0.08 },
  { lh: Dm, mel: 'D5:3', end: true },
];

export const night = {
  bpm: 54,
  seed: 11,
  mel: 0.5,
  lh: 0.3,
  pat: 'arp3',
  bars: [
    { lh: Dm },
    { lh: Dm, pat: 'sparse', end: true },
    ...themeMinor,
    { lh: Dm, pat: 'sparse', dyn: 0.9 },
    { lh: Dm, mel: 'r:1 A4:1 F5:1', dyn: 0.9 },
    { lh: Bb, mel: 'E5:1.5 D5:1.5', dyn: 0.9 },
    { lh: Gm, mel: 'Bb4:2 A4:1', dyn: 0.88 },
    { lh: A, mel: 'C#5:3', pat: 'roll', dyn: 0.85, rit: 0.1 },
    { lh: Dm, mel: 'D5:2 r:1', dyn: 0.85, end: true },
    { lh: Bb, mel: 'r:1 <F5:1 <D5:1', dyn: 0.8, pat: 'sparse' },
    { lh: Gm, pat: 'sparse', dyn: 0.75 },
    { lh: Asus, pat: 'roll', dyn: 0.7, rit: 0.15 },
  ],
};

export const memory = {
  bpm: 60,
  seed: 23,
  mel: 0.52,
  lh: 0.3,
  pat: 'wave',
  bars: [
    { lh: Dm, pat: 'arp3', dyn: 0.9 },
    { lh: Dm, dyn: 0.9, end: true },
    ...themeMinor,
    // B: the relative major, a warmer memory
    { lh: F, mel: 'r:1 C5:1 >A5:1' },
    { lh: CE, mel: 'G5:2 E5:1' },
    { lh: Dm, mel: 'F5:1.5 E5:0.5 D5:1' },
    { lh: Bb, mel: 'D5:2 C5:1' },
    { lh: Gm7, mel: 'Bb4:1 D5:1 G5:1', dyn: 1.05 },
    { lh: C, mel: '>F5:1.5 E5:0.5 C5:1', dyn: 1.05 },
    { lh: FA, mel: 'C5:1 A4:1 F5:1' },
    { lh: A, mel: 'E5:3', pat: 'roll', rit: 0.1, end: true },
    // A': the theme again with an inner voice
    { lh: Dm, mel: 'r:1 A4:1 D5.F5:1', dyn: 1.08 },
    { lh: Bb, mel: 'Bb4.E5:2 Bb4.D5:1', dyn: 1.1 },
    { lh: Gm, mel: 'G4.D5:1.5 C5:0.5 G4.Bb4:1', dyn: 1.05 },
    { lh: A, mel: 'E4.A4:3', pat: 'roll', end: true },
    { lh: Dm, mel: 'r:1 A4:1 >Bb4.G5:1', dyn: 1.12 },
    { lh: C, mel: 'A4.F5:2 G4.E5:1', dyn: 1.1 },
    { lh: Bb, mel: 'F4.D5:1 E5:1 F5:1', dyn: 1.05 },
    { lh: A, mel: 'E5:2 C#5:1', rit: 0.12 },
    { lh: Dm, mel: 'D5:3', dyn: 0.95, end: true },
    // Coda: the sixth again, left hanging. (The scene runs 55–110 s at normal text speed; the
    // piece, 34 bars, about 105 s, so it is heard once and stops on one of its cadences.)
    { lh: Dm, mel: 'r:1 A4:1 F5:1', dyn: 0.85 },
    { lh: Bb, mel: 'E5:3', dyn: 0.82 },
    { lh: Gm, mel: 'D5:2 r:1', dyn: 0.8 },
    { lh: DmF, mel: 'C5:1.5 Bb4:0.5 A4:1', dyn: 0.78 },
    { lh: A, mel: 'A4:3', pat: 'roll', dyn: 0.75, rit: 0.12, end: true },
    { lh: Asus, pat: 'roll', dyn: 0.7, rit: 0.18, end: true },
  ],
};

// D major: the same theme, opened up (the leap becomes an octave), flowing left hand.
const D = 'D2 A2 F#3',
  G = 'G1 D2 B2',
  Em = 'E2 B2 G3',
  AM = 'A1 E2 C#3',
  DF = 'F#2 D3 A3',
  G2 = 'G2 D3 B3';
const Em7 = 'E2 D3 G3',
  A7 = 'A1 E2 G2 C#3',
  Bm = 'B1 F#2 D3',
  DFs = 'F#2 A2 D3',
  FsM = 'F#2 C#3 A#3',
  GD = 'D2 G2 B2';
const D4 = 'D2 A2 D3 F#3',
  G4 = 'G1 D2 G2 B2',
  Em4 = 'E2 B2 E3 G3',
  A4 = 'A1 E2 A2 C#3';
const themeMajor = (oct, dyn) => [
  { lh: oct ? D4 : D, mel: 'r:1 A4:1 >F#5:1', oct, dyn },
  { lh: oct ? G4 : G, mel: 'E5:2 D5:1', oct, dyn },
  { lh: oct ? Em4 : Em, mel: 'D5:1.5 C#5:0.5 B4:1', oct, dyn },
  { lh: oct ? A4 : AM, mel: 'A4:3', oct, dyn, pat: oct ? 'flow' : 'roll', end: true },
  { lh: DF, mel: 'r:1 A4:1 >A5:1', oct, dyn: dyn * 1.05 },
  { lh: G2, mel: 'G5:2 F#5:1', oct, dyn: dyn * 1.05 },
  { lh: Em7, mel: 'E5:1 F#5:1 G5:1', oct, dyn },
  { lh: A7, mel: 'F#5:2 E5:1', oct, dyn, rit: 0.08 },
  { lh: oct ? D4 : D, mel: 'D5:3', oct, dyn, end: true },
];
export const reunion = {
  bpm: 66,
  seed: 37,
  mel: 0.55,
  lh: 0.32,
  pat: 'flow',
  bars: [
    { lh: D, dyn: 0.85 },
    { lh: D, dyn: 0.9, end: true },
    ...themeMajor(false, 1),
    { lh: Bm, mel: 'r:1 F#5:1 >D6:1' },
    { lh: G, mel: 'B5:2 A5:1' },
    { lh: DFs, mel: 'A5:1.5 G5:0.5 F#5:1' },
    { lh: G2, mel: 'E5:2 D5:1' },
    { lh: Em, mel: 'G5:1 F#5:1 E5:1' },
    { lh: AM, mel: 'E5:1 D5:1 C#5:1' },
    { lh: Bm, mel: 'D5:1.5 E5:0.5 F#5:1' },
    { lh: Asus, mel: 'E5:3', pat: 'roll', rit: 0.1, end: true },
    // The climax: the theme in octaves, played out (velocities past 1 reach the brighter layers 12 and 14).
    ...themeMajor(true, 1.9),
    { lh: G, mel: 'r:1 B4:1 G5:1', dyn: 1.6 },
    { lh: AM, mel: 'F#5:2 E5:1', dyn: 1.55 },
    { lh: FsM, mel: 'E5:1 C#5:1 A#4:1', dyn: 1.45 },
    { lh: Bm, mel: 'B4:3', pat: 'roll', dyn: 1.35, end: true },
    { lh: G, mel: 'r:1 D5:1 >B5:1', dyn: 1.45 },
    { lh: AM, mel: 'A5:2 G5:1', dyn: 1.35 },
    { lh: DF, mel: 'F#5:1.5 E5:0.5 D5:1', dyn: 1.2 },
    { lh: Em7, mel: 'E5:3', rit: 0.06, end: true },
    { lh: A7, mel: 'r:1 C#5:1 E5:1', rit: 0.12 },
    { lh: D4, mel: 'D5:3', oct: true, end: true },
    { lh: GD, mel: 'r:1 B4:1 D5:1', pat: 'arp3', dyn: 0.9 },
    { lh: D, mel: 'F#4.A4.D5:3', pat: 'roll', dyn: 0.85, rit: 0.1, end: true },
    { lh: D, pat: 'arp3', dyn: 0.75, rit: 0.15 },
  ],
};

/** Sustained string chords (for the soft pad under the reunion), one per bar from `from`. */
export const reunionStrings = {
  from: 11,
  voicings: {
    [D]: 'D3 F#3 A3 D4',
    [D4]: 'D3 F#3 A3 D4',
    [G]: 'G2 D3 G3 B3',
    [G4]: 'G2 D3 G3 B3',
    [Em]: 'E3 G3 B3 E4',
    [Em4]: 'E3 G3 B3 E4',
    [AM]: 'A2 E3 A3 C#4',
    [A4]: 'A2 E3 A3 C#4',
    [DF]: 'F#2 D3 A3 D4',
    [G2]: 'G2 D3 G3 B3',
    [Em7]: 'E3 G3 B3 D4',
    [A7]: 'A2 E3 G3 C#4',
    [Bm]: 'B2 F#3 B3 D4',
    [DFs]: 'F#2 D3 A3 D4',
    [FsM]: 'F#2 C#3 F#3 A#3',
    [GD]: 'D3 G3 B3 D4',
    [Asus]: 'A2 E3 A3 D4',
  },
};
