// The figures as parts, for the keyframe player: each part drawn from the same painting code as
// the whole poses, on its own canvas around its pivot. The boxes (figure units around the pivot)
// come from levels/figures.json (FIGURES, injected by scripts/art/browser.mjs), so the game
// places each part by the same numbers the bake drew it with.
'use strict';

const PART_NORMAL = { bevel: 5, bevelDepth: 0.6, detail: 0.7, strength: 1.5 };

function addPart(name, figure, seed, title, draw) {
  const box = FIGURES.boxes[name];
  const unit = FIGURES.figures[figure].unit;
  const [l, t, r, b] = box;
  ART.add({
    name,
    dw: (r - l) * unit,
    dh: (b - t) * unit,
    k: 1.5,
    lit: true,
    seed,
    title,
    anchor: 'pivot (levels/figures.json)',
    source: 'scripts/art/page/44-parts.js (a part of the figure, painted with the shapes of 41-spike.js / 42-buffy.js)',
    normal: PART_NORMAL,
    draw(A, H, R) {
      for (const g of [A, H]) {
        g.translate(-l * unit, -t * unit);
        g.scale(unit, unit);
      }
      FIG.s = unit;
      draw(A, H, R);
    },
  });
}

// A limb segment from its pivot straight down +y: a tapered leather sleeve with a fold or two.
function sleeveSegment(A, H, R, len, w0, w1, { cuff = false } = {}) {
  const p = shape([
    [-w0 / 2, -w0 * 0.35],
    [0, -w0 * 0.55],
    [w0 / 2, -w0 * 0.35],
    [w0 / 2 + 0.3, len * 0.45],
    ['L', w1 / 2, len],
    [0, len + w1 * 0.3],
    ['L', -w1 / 2, len],
    [-w0 / 2 - 0.2, len * 0.5],
  ]);
  leatherPart(A, H, p, R, {
    r: 3,
    base: 140,
    lift: 110,
    folds: [
      [
        [-w0 * 0.2, len * 0.2],
        [w0 * 0.15, len * 0.45],
      ],
      [
        [w1 * 0.2, len * 0.62],
        [-w1 * 0.2, len * 0.82],
      ],
    ],
  });
  if (cuff) {
    A.fillStyle = 'rgba(8,7,9,0.9)';
    A.fillRect(-w1 / 2, len - 1.2, w1, 1.2);
  }
}

// A hand from the wrist (pivot) pointing down +y; open lies flat, grip curls round a thing held.
function handShape(A, H, skin, len, wide, grip) {
  const p = grip
    ? shape([
        [-wide / 2, 0],
        [wide / 2, -0.3],
        [wide / 2 + 0.6, len * 0.5],
        [wide * 0.3, len * 0.85],
        [-wide * 0.2, len * 0.8],
        [-wide / 2 - 0.4, len * 0.45],
      ])
    : shape([
        [-wide / 2, 0],
        [wide / 2, -0.3],
        [wide / 2 + 0.3, len * 0.55],
        [wide * 0.2, len],
        [-wide * 0.35, len * 0.95],
        [-wide / 2 - 0.2, len * 0.5],
      ]);
  part(A, H, p, skin, {
    base: 170,
    lift: 60,
    r: 1.5,
    shade: (g) => {
      g.strokeStyle = 'rgba(120,70,60,0.6)';
      g.lineWidth = 0.35;
      for (const f of grip ? [0.45, 0.62] : [0.55, 0.72, 0.86]) {
        g.beginPath();
        g.moveTo(-wide * 0.3, len * f);
        g.lineTo(wide * 0.35, len * f + 0.3);
        g.stroke();
      }
      g.fillStyle = 'rgba(255,235,220,0.25)';
      g.fillRect(wide * 0.1, 0.5, wide * 0.3, len * 0.5);
    },
  });
}

// Buffy (faces right; unit 1.3 like her whole poses)
addPart('buffy_legs', 'buffy', 1200, 'Buffy (part: legs and the duster on the lid)', (A, H, R) => buffyLegs(A, H, R));
addPart('buffy_torso', 'buffy', 1200, 'Buffy (part: torso)', (A, H, R) => buffyTorso(A, H, R));
const BUFFY_FACES = {
  open: { eyes: 'open' },
  closed: { eyes: 'closed' },
  down: { eyes: 'down', gaze: [0.1, 0.3] },
  up: { eyes: 'open', gaze: [0.3, -0.35] },
  tears: { eyes: 'open', tears: true },
  smile: { eyes: 'open', smile: true },
};
for (const [face, o] of Object.entries(BUFFY_FACES)) {
  // the pivot is mid-neck: the skull's centre sits 14 above and 1 behind it
  addPart(`buffy_head_${face}`, 'buffy', 1200, `Buffy (part: head, ${face})`, (A, H, R) => {
    A.translate(-1, -14);
    H.translate(-1, -14);
    buffyHead(A, H, R, o);
  });
}
addPart('buffy_arm_upper', 'buffy', 1210, 'Buffy (part: upper arm)', (A, H, R) => sleeveSegment(A, H, R, 30, 9, 7.5));
addPart('buffy_arm_lower', 'buffy', 1211, 'Buffy (part: forearm)', (A, H, R) => sleeveSegment(A, H, R, 24, 7.5, 5.6, { cuff: true }));
addPart('buffy_hand', 'buffy', 1212, 'Buffy (part: hand)', (A, H) => handShape(A, H, PAL.buffySkin, 8, 4.6, false));
addPart('buffy_hand_grip', 'buffy', 1212, 'Buffy (part: hand, holding)', (A, H) => handShape(A, H, PAL.buffySkin, 7, 4.8, true));

// Spike (faces left; unit 1.3). Standing coordinates have the hip at (0, -112).
function spikeLegPart(A, H, R, near) {
  // jeans from under the coat to the boot; the pivot is the knee-high point the leg swings from
  part(
    A,
    H,
    shape([
      ['L', -5.5, -4],
      ['L', 5.5, -4],
      [5.2, 18],
      ['L', 5.6, 41],
      ['L', -5, 41],
      [-5.2, 20],
    ]),
    PAL.jeans,
    {
      base: near ? 80 : 60,
      lift: 120,
      r: 3,
      shade: (g) => {
        g.fillStyle = near ? 'rgba(120,120,150,0.15)' : 'rgba(0,0,0,0.3)';
        g.fillRect(-5.5, -4, 3, 44);
      },
    },
  );
  A.save();
  H.save();
  A.translate(0, 60);
  H.translate(0, 60);
  const x = 0;
  const p = shape([
    ['L', x - 15, 0],
    [x - 15.5, -3.8],
    [x - 12, -7.2],
    ['L', x - 6.5, -9],
    ['L', x - 5.5, -21],
    ['L', x + 5.5, -21],
    ['L', x + 5.8, -3],
    ['L', x + 6.2, 0],
  ]);
  part(A, H, p, PAL.boot, {
    base: near ? 110 : 70,
    lift: 120,
    r: 3,
    shade: (g) => {
      g.fillStyle = 'rgb(12,10,10)';
      g.fillRect(x - 16, -2, 23, 2);
      g.fillStyle = 'rgba(180,160,150,0.25)';
      g.beginPath();
      g.ellipse(x - 11, -5.5, 3.4, 1.4, -0.3, 0, 7);
      g.fill();
    },
  });
  A.restore();
  H.restore();
}
addPart('spike_leg_near', 'spike', 1101, 'Spike (part: near leg)', (A, H, R) => spikeLegPart(A, H, R, true));
addPart('spike_leg_far', 'spike', 1102, 'Spike (part: far leg)', (A, H, R) => spikeLegPart(A, H, R, false));
addPart('spike_seat', 'spike', 1100, 'Spike (part: seated, below the hip)', (A, H, R) => spikeSeatLower(A, H, R));
addPart('spike_coat', 'spike', 1100, 'Spike (part: standing torso and coat)', (A, H, R) => {
  A.translate(0, 112);
  H.translate(0, 112);
  spikeStandingBody(A, H, R, { legs: false, armNear: false });
});
addPart('spike_torso', 'spike', 1100, 'Spike (part: seated torso)', (A, H, R) => {
  A.translate(0, 112);
  H.translate(0, 112);
  spikeTorso(A, H, R);
});
const SPIKE_FACES = { open: {}, brow: { brow: true }, closed: { eyes: 'closed' } };
for (const [face, o] of Object.entries(SPIKE_FACES)) {
  // the pivot is mid-neck: the skull's centre sits 18 above and 1 in front of it
  addPart(`spike_head_${face}`, 'spike', 1100, `Spike (part: head, ${face})`, (A, H, R) => {
    A.translate(1, -18);
    H.translate(1, -18);
    spikeHead(A, H, R, o);
  });
}
addPart('spike_arm_upper', 'spike', 1110, 'Spike (part: upper arm)', (A, H, R) => sleeveSegment(A, H, R, 42, 12, 10));
addPart('spike_arm_lower', 'spike', 1111, 'Spike (part: forearm)', (A, H, R) => sleeveSegment(A, H, R, 34, 10, 7.5, { cuff: true }));
addPart('spike_hand', 'spike', 1112, 'Spike (part: hand)', (A, H) => handShape(A, H, PAL.spikeSkin, 11, 6, false));
addPart('spike_hand_grip', 'spike', 1112, 'Spike (part: hand, holding)', (A, H) => handShape(A, H, PAL.spikeSkin, 9.5, 6.4, true));
