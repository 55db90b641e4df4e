// The embrace: he stands (same scale and feet position as spike_standing, shifted right) and
// holds her lifted against him, her arms round his neck, faces meeting in profile.
'use strict';
function drawEmbrace(A, H, R, face = { eyes: 'closed' }) {
  const sx = 16; // his feet
  // her coat tails hanging behind her, under everything
  const hx = -21.5,
    hy = -136; // her hips (lifted: her feet are off the floor)
  leatherPart(
    A,
    H,
    shape([
      [hx - 4, hy - 40],
      [hx + 10, hy - 30],
      [hx + 12, hy + 10],
      [hx + 8, hy + 56],
      ['L', hx - 2, hy + 62],
      [hx - 16, hy + 56],
      ['L', hx - 26, hy + 50],
      [hx - 18, hy + 10],
      [hx - 14, hy - 30],
    ]),
    R,
    {
      r: 5,
      base: 40,
      lift: 130,
      folds: [
        [
          [hx - 8, hy],
          [hx - 12, hy + 30],
          [hx - 18, hy + 50],
        ],
        [
          [hx + 2, hy + 6],
          [hx + 2, hy + 50],
        ],
      ],
    },
  );
  // him
  A.save();
  H.save();
  A.translate(sx, 0);
  H.translate(sx, 0);
  spikeStandingBody(A, H, R, { armNear: false });
  A.restore();
  H.restore();
  // her arm round his neck goes behind his head: hand hidden at his nape
  leatherPart(
    A,
    H,
    shape([
      [hx - 6, hy - 54],
      [hx + 4, hy - 58],
      [hx + 18, hy - 64],
      [hx + 34, hy - 72],
      ['L', hx + 40, hy - 74],
      [hx + 40, hy - 66],
      [hx + 22, hy - 56],
      [hx + 6, hy - 42],
      [hx - 4, hy - 44],
    ]),
    R,
    {
      r: 3.5,
      base: 150,
      lift: 60,
      folds: [
        [
          [hx + 6, hy - 54],
          [hx + 20, hy - 61],
        ],
      ],
    },
  );
  A.save();
  H.save();
  A.translate(sx - 3, -216);
  H.translate(sx - 3, -216);
  A.rotate(-0.16);
  H.rotate(-0.16);
  spikeHead(A, H, R);
  A.restore();
  H.restore();
  // her legs dangling (feet off the floor), jeans + boots
  part(
    A,
    H,
    shape([
      [hx - 6, hy + 4],
      [hx + 8, hy + 6],
      [hx + 9, hy + 40],
      ['L', hx + 10, hy + 72],
      ['L', hx + 2, hy + 72],
      [hx - 1, hy + 40],
    ]),
    PAL.herJeans,
    { base: 70, lift: 110, r: 3 },
  );
  part(
    A,
    H,
    shape([
      ['L', hx + 2, hy + 71],
      ['L', hx + 10, hy + 71],
      [hx + 11, hy + 80],
      [hx + 15, hy + 84],
      ['L', hx + 15, hy + 87],
      ['L', hx + 1, hy + 87],
    ]),
    'rgb(24,20,20)',
    { base: 90, lift: 70, r: 2 },
  );
  // her torso, upright, pressed to him
  A.save();
  H.save();
  A.translate(hx, hy);
  H.translate(hx, hy);
  A.rotate(0.08);
  H.rotate(0.08);
  leatherPart(
    A,
    H,
    shape([
      [-6, -58],
      [4, -60],
      [11, -54],
      [14, -36],
      [12, -16],
      ['L', 12, 8],
      [0, 12],
      ['L', -12, 10],
      [-13, -14],
      [-12, -36],
    ]),
    R,
    {
      r: 5,
      base: 90,
      lift: 140,
      folds: [
        [
          [-6, -40],
          [-8, -16],
          [-9, 6],
        ],
        [
          [4, -30],
          [5, -6],
        ],
      ],
    },
  );
  part(
    A,
    H,
    shape([
      ['L', 6, -54],
      [10.5, -50],
      [13, -38],
      [12, -20],
      ['L', 11, -8],
      ['L', 5, -8],
      [5, -30],
    ]),
    PAL.top,
    { base: 130, lift: 70, r: 3 },
  );
  A.save();
  H.save();
  A.translate(5.5, -79);
  H.translate(5.5, -79);
  A.rotate(-0.34);
  H.rotate(-0.34);
  buffyHead(A, H, R, face);
  A.restore();
  H.restore();
  A.restore();
  H.restore();
  // his arm round her: sleeve from his shoulder down across her back, hand spread on her back
  const ax = sx;
  leatherPart(
    A,
    H,
    shape([
      [ax + 1, -194],
      [ax + 9, -192],
      [ax + 11, -176],
      [ax + 8, -156],
      ['L', ax - 4, -140],
      [ax - 22, -136],
      ['L', ax - 30, -138],
      [ax - 29, -146],
      [ax - 12, -150],
      [ax - 3, -162],
      [ax - 2, -182],
    ]),
    R,
    {
      r: 4,
      base: 200,
      lift: 55,
      folds: [
        [
          [ax + 6, -182],
          [ax + 6, -160],
          [ax - 2, -150],
        ],
        [
          [ax - 10, -146],
          [ax - 22, -141],
        ],
      ],
    },
  );
  part(
    A,
    H,
    shape([
      [ax - 29, -146.5],
      [ax - 33, -148],
      [ax - 37.5, -146.5],
      [ax - 38.5, -143],
      [ax - 37, -139.5],
      [ax - 33, -138],
      ['L', ax - 29, -138],
    ]),
    PAL.spikeSkin,
    {
      base: 230,
      lift: 25,
      r: 1.5,
      shade: (g) => {
        g.strokeStyle = 'rgba(110,70,70,0.7)';
        g.lineWidth = 0.4;
        for (const y of [-145.2, -143, -140.8]) {
          g.beginPath();
          g.moveTo(ax - 38, y);
          g.lineTo(ax - 34, y + 0.3);
          g.stroke();
        }
      },
    },
  );
}
// The same embrace with her laughing into his coat (the horses joke): eyes shut, the smile up.
ART.add({
  name: 'embrace_smile',
  dw: 195,
  dh: 325,
  k: 1.5,
  lit: true,
  seed: 1300,
  title: 'Spike holding Buffy (embrace, she laughs)',
  source: 'scripts/art/page/43-embrace.js (painted shapes)',
  normal: { bevel: 6, bevelDepth: 0.7, detail: 0.7, strength: 1.5 },
  draw(A, H, R) {
    A.translate(97.5, 325);
    H.translate(97.5, 325);
    A.scale(FIG_SCALE, FIG_SCALE);
    H.scale(FIG_SCALE, FIG_SCALE);
    FIG.s = FIG_SCALE;
    drawEmbrace(A, H, R, { eyes: 'closed', smile: true });
  },
});
ART.add({
  name: 'embrace',
  dw: 195,
  dh: 325,
  k: 1.5,
  lit: true,
  seed: 1300,
  title: 'Spike holding Buffy (embrace)',
  source: 'scripts/art/page/43-embrace.js (painted shapes)',
  normal: { bevel: 6, bevelDepth: 0.7, detail: 0.7, strength: 1.5 },
  draw(A, H, R) {
    drawSpike(A, H, R, 'embrace');
  },
});
