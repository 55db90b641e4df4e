// Buffy: blonde, black leather duster (a copy of his), sitting cross-legged on the lid.
// Faces RIGHT. All poses share one canvas (170×170 on screen, baked ×1.5); seat at bottom centre.
'use strict';

// Head, skull centre at the origin, facing right. Head height ≈ 27.
function buffyHead(A, H, R, { eyes = 'open', tears = false, gaze = [0, 0], smile = false } = {}) {
  // hair behind the head and neck, falling to the shoulders
  const back = shape([
    [-3, -14],
    [-10, -11],
    [-13, -2],
    [-13, 10],
    [-12, 20],
    [-8, 25],
    [-2, 24],
    ['L', 2, 18],
    [4, 8],
    [6, -6],
  ]);
  part(A, H, back, PAL.buffyHair, {
    base: 120,
    lift: 80,
    r: 3,
    shade: (g) => {
      g.fillStyle = linear(g, 0, -14, 0, 25, [
        [0, 'rgba(255,240,200,0.25)'],
        [0.5, 'rgba(0,0,0,0)'],
        [1, 'rgba(90,50,20,0.6)'],
      ]);
      g.fillRect(-14, -15, 22, 41);
    },
  });
  // neck
  part(
    A,
    H,
    shape([
      [-2, 8],
      [6, 9],
      ['L', 6.5, 22],
      ['L', -3, 22],
    ]),
    PAL.buffySkin,
    {
      base: 130,
      lift: 80,
      r: 2.5,
      shade: (g) => {
        g.fillStyle = 'rgba(120,60,50,0.45)';
        g.fillRect(-4, 8, 12, 6);
      },
    },
  );
  const face = shape([
    [6.5, -12.5],
    [9.8, -8.5],
    ['L', 10.8, -4.2],
    [10.1, -2.4],
    [11.1, -0.4],
    ['L', 13.4, 3.4],
    ['L', 11.3, 4.6],
    [11.6, 5.9],
    [12.2, 6.7],
    [11.2, 7.6],
    [11.7, 8.5],
    [10.8, 9.6],
    [10.4, 11.4],
    [8.2, 13.3],
    [4, 12.8],
    [-1, 9],
    [-4, 2],
    [-7, -8],
    [-1, -13.5],
  ]);
  part(A, H, face, PAL.buffySkin, {
    base: 150,
    lift: 100,
    r: 4,
    shade: (g) => {
      g.fillStyle = linear(g, 14, 0, -6, 0, [
        [0, 'rgba(255,235,220,0.2)'],
        [0.5, 'rgba(0,0,0,0)'],
        [1, 'rgba(80,40,40,0.35)'],
      ]);
      g.fillRect(-8, -14, 24, 30);
      g.save();
      g.filter = 'blur(1.5px)';
      g.fillStyle = 'rgba(230,120,110,0.35)';
      g.beginPath();
      g.ellipse(6.5, 4, 3, 2, 0, 0, 7);
      g.fill();
      g.restore();
      g.save();
      g.filter = 'blur(1.4px)';
      g.fillStyle = PAL.buffySkinShade;
      g.beginPath();
      g.moveTo(2, 9);
      g.quadraticCurveTo(6, 12.5, 9.5, 12.6);
      g.lineTo(8, 14);
      g.lineTo(1, 12);
      g.fill();
      g.restore();
    },
  });
  crease(
    A,
    H,
    [
      [11, -1.4],
      [13, 3.2],
    ],
    { w: 1.1, color: null, hc: 'rgba(255,0,0,0.55)' },
  );
  // lips
  A.fillStyle = 'rgba(190,90,96,0.85)';
  A.beginPath();
  A.moveTo(10.6, 6.7);
  A.quadraticCurveTo(12.2, 6.1, 11.6, 7.3);
  A.quadraticCurveTo(12, 8.4, 10.7, 8.3);
  A.fill();
  crease(
    A,
    H,
    [
      [10.2, 7.4],
      [11.8, 7.4],
    ],
    { w: 0.5, color: 'rgba(90,40,40,0.8)', hc: 'rgba(0,0,0,0.5)', blur: 0.2 },
  );
  if (smile) {
    // the corner of the mouth lifts and the cheek rounds up under the eye
    crease(
      A,
      H,
      [
        [10.3, 7.5],
        [9.1, 6.6],
        [8.5, 5.6],
      ],
      { w: 0.55, color: 'rgba(110,50,50,0.85)', hc: 'rgba(0,0,0,0.5)', blur: 0.2 },
    );
    A.save();
    A.filter = 'blur(1.2px)';
    A.fillStyle = 'rgba(235,140,125,0.35)';
    A.beginPath();
    A.ellipse(7.6, 3.2, 2.6, 1.6, -0.3, 0, 7);
    A.fill();
    A.restore();
    crease(
      A,
      H,
      [
        [6.2, 2.4],
        [8.4, 1.4],
        [10.2, 2.2],
      ],
      { w: 1.2, color: null, hc: 'rgba(255,0,0,0.45)' },
    );
  }
  // brow + eye
  crease(
    A,
    H,
    [
      [6.5, -4.6],
      [8.8, -5.2],
      [10.4, -4.4],
    ],
    { w: 0.8, color: 'rgba(150,100,60,0.9)', hc: 'rgba(255,0,0,0.3)', blur: 0.3 },
  );
  eye(A, 8.2, -1.4, 1, { closed: eyes === 'closed', lowered: eyes === 'down', gaze, size: 1 });
  if (eyes === 'closed') {
    A.strokeStyle = 'rgba(40,24,22,0.6)';
    A.lineWidth = 0.4;
    for (const dx of [7.5, 8.5, 9.3]) {
      A.beginPath();
      A.moveTo(dx, -0.6);
      A.lineTo(dx + 0.2, 0.3);
      A.stroke();
    }
  }
  if (tears) {
    A.save();
    A.filter = 'blur(0.3px)';
    A.strokeStyle = 'rgba(255,255,255,0.85)';
    A.lineWidth = 0.6;
    A.beginPath();
    A.moveTo(9.6, -0.3);
    A.quadraticCurveTo(9.2, 3, 9.8, 6.2);
    A.stroke();
    A.fillStyle = 'rgba(255,255,255,1)';
    A.beginPath();
    A.arc(9.9, 6.6, 0.75, 0, 7);
    A.fill();
    A.fillStyle = 'rgba(255,255,255,0.9)';
    A.fillRect(9.2, -1.2, 1.4, 0.5);
    A.restore();
    H.strokeStyle = 'rgba(255,0,0,0.6)';
    H.lineWidth = 0.8;
    H.beginPath();
    H.moveTo(9.6, -0.3);
    H.quadraticCurveTo(9.2, 3, 9.8, 6.2);
    H.stroke();
  }
  // hair top: side-parted, over the ear, falling behind; a strand in front of the ear
  const top = shape([
    [9.5, -9],
    [8, -13.6],
    [2, -16.2],
    [-6, -15],
    [-11.5, -9],
    [-13, 0],
    [-12.6, 10],
    ['L', -9, 12],
    [-6, 4],
    [-2, 4],
    [0.6, 6],
    ['L', 2, 8.5],
    [2.8, 1],
    [3.8, -6],
    [7.2, -9.2],
  ]);
  part(A, H, top, PAL.buffyHair, {
    base: 200,
    lift: 55,
    r: 3,
    shade: (g) => {
      g.fillStyle = linear(g, 0, -16, 0, 10, [
        [0, 'rgba(255,244,200,0.35)'],
        [0.55, 'rgba(0,0,0,0)'],
        [1, 'rgba(100,60,20,0.55)'],
      ]);
      g.fillRect(-14, -17, 26, 30);
    },
  });
  hairFlow(
    A,
    H,
    R,
    top,
    [
      [9.5, -9.5],
      [6, -14.5],
      [0, -16.4],
      [-6.5, -15],
      [-11.4, -9.5],
      [-13.2, 0],
      [-12.8, 10],
    ],
    [
      [7.4, -8.6],
      [5, -7],
      [2.5, -3.4],
      [0.5, 2],
      [-3.5, 5],
      [-7, 9],
      [-9, 12],
    ],
    { count: 110, hi: PAL.buffyHairHi, lo: PAL.buffyHairLo, mid: 'rgba(226,184,108,0.8)', w: [0.25, 0.6], hiBias: 0.6 },
  );
  hairFlow(
    A,
    H,
    R,
    back,
    [
      [-3, -14],
      [-10, -11],
      [-13, -2],
      [-13, 10],
      [-12, 20],
      [-8, 25],
    ],
    [
      [5, -6],
      [4, 0],
      [3, 8],
      [1, 14],
      [-1, 20],
      [-2, 24],
    ],
    { count: 70, hi: PAL.buffyHairHi, lo: PAL.buffyHairLo, mid: 'rgba(200,150,80,0.8)', w: [0.3, 0.7], hiBias: 0.35 },
  );
  // strand falling in front of the ear/cheek
  A.save();
  A.strokeStyle = 'rgba(240,206,130,0.9)';
  A.lineWidth = 0.7;
  A.stroke(
    shape(
      [
        [4, -8.6],
        [3.9, -3],
        [3.2, 3],
        [2.2, 8.5],
      ],
      false,
    ),
  );
  A.restore();
  A.save();
  A.clip(top);
  A.filter = `blur(${0.8 * FIG.s}px)`;
  A.strokeStyle = 'rgba(255,240,190,0.65)';
  A.lineWidth = 1.3;
  A.stroke(
    shape(
      [
        [6, -13],
        [0, -15.4],
        [-6.5, -14],
        [-10.5, -9],
      ],
      false,
    ),
  );
  A.restore();
}

// The lid under her: the contact shadow, the duster pooled behind her, her crossed legs.
function buffyLegs(A, H, R) {
  contactShadow(A, -4, -1, 50, 3.2, 0.5);
  // duster spread on the lid behind her
  const pool = shape([
    ['L', -44, 0],
    [-40, -8],
    [-28, -16],
    [-16, -22],
    [-6, -20],
    [4, -8],
    ['L', 10, 0],
  ]);
  leatherPart(A, H, pool, R, {
    r: 4,
    base: 40,
    lift: 120,
    folds: [
      [
        [-38, -2],
        [-28, -10],
        [-18, -16],
      ],
      [
        [-26, -1],
        [-14, -8],
      ],
    ],
  });
  // crossed legs (jeans): far thigh and knee behind, near thigh to its knee, near shin crossing
  // in front, the far foot's boot peeking out under the near knee
  part(
    A,
    H,
    shape([
      [-6, -4],
      [8, -15],
      [22, -19.5],
      [29, -17],
      [30, -10],
      ['L', 20, -3],
      ['L', -4, -1],
    ]),
    PAL.herJeans,
    {
      base: 60,
      lift: 90,
      r: 3,
      shade: (g) => {
        g.fillStyle = 'rgba(0,0,0,0.35)';
        g.fillRect(-6, -20, 40, 20);
      },
    },
  );
  part(
    A,
    H,
    shape([
      ['L', 27, -1],
      [28.5, -5.5],
      [33, -7],
      [39.5, -5],
      [41, -2],
      ['L', 40.5, 0],
    ]),
    'rgb(26,21,20)',
    {
      base: 80,
      lift: 70,
      r: 2,
      shade: (g) => {
        g.fillStyle = 'rgba(200,180,170,0.25)';
        g.beginPath();
        g.ellipse(37, -4.6, 2.6, 1, 0.2, 0, 7);
        g.fill();
        g.fillStyle = 'rgb(12,10,10)';
        g.fillRect(26, -1.2, 16, 1.2);
      },
    },
  );
  part(
    A,
    H,
    shape([
      [-10, -8],
      [4, -13],
      [20, -15.5],
      [31, -14.5],
      [36, -10],
      [35.5, -5],
      ['L', 30, -2],
      ['L', -10, 0],
    ]),
    PAL.herJeans,
    {
      base: 90,
      lift: 110,
      r: 4,
      shade: (g) => {
        g.fillStyle = linear(g, 0, -16, 0, -8, [
          [0, 'rgba(170,175,215,0.22)'],
          [1, 'rgba(0,0,0,0)'],
        ]);
        g.fillRect(-10, -16, 48, 10);
        g.fillStyle = 'rgba(0,0,0,0.3)';
        g.beginPath();
        g.ellipse(31, -4, 5, 2.4, 0, 0, 7);
        g.fill();
      },
    },
  );
  // near shin crossing in front toward her other hip, boot tucked under
  part(
    A,
    H,
    shape([
      [33, -9],
      [26, -5.5],
      [14, -3],
      ['L', 4, -1],
      [3, -5],
      [12, -7.5],
      [25, -10],
    ]),
    PAL.herJeans,
    {
      base: 140,
      lift: 90,
      r: 3,
      shade: (g) => {
        g.fillStyle = 'rgba(170,175,215,0.18)';
        g.fillRect(4, -9.5, 28, 2);
      },
    },
  );
  part(
    A,
    H,
    shape([
      ['L', 5, 0],
      [1.5, -1.2],
      [1, -5.5],
      ['L', 6, -6.2],
      ['L', 7.5, 0],
    ]),
    'rgb(26,21,20)',
    { base: 150, lift: 60, r: 2 },
  );
  crease(
    A,
    H,
    [
      [12, -12.5],
      [18, -11],
      [23, -13.5],
    ],
    { w: 0.8, color: 'rgba(0,0,0,0.45)', hc: 'rgba(0,0,0,0.4)' },
  );
  crease(
    A,
    H,
    [
      [30, -13],
      [33, -11.5],
    ],
    { w: 0.7, color: 'rgba(0,0,0,0.4)', hc: 'rgba(0,0,0,0.4)' },
  );
}

// Her torso from the hip (the pivot at the origin): coat, top, lapel.
function buffyTorso(A, H, R) {
  // coat back and skirt over the hips
  const coat = shape([
    [-6, -56],
    [4, -58],
    [11, -52],
    [13, -36],
    [11, -18],
    ['L', 12, 2],
    [0, 8],
    ['L', -26, 8],
    [-18, 0],
    [-12, -14],
    [-11, -36],
  ]);
  leatherPart(A, H, coat, R, {
    r: 5,
    base: 70,
    lift: 140,
    folds: [
      [
        [-8, -40],
        [-10, -20],
        [-16, 2],
      ],
      [
        [4, -30],
        [6, -12],
      ],
      [
        [-2, -14],
        [-8, 4],
      ],
    ],
  });
  // top (dusty rose) in the open front
  part(
    A,
    H,
    shape([
      ['L', 6, -52],
      [10.5, -48],
      [12.5, -36],
      [11, -20],
      ['L', 10, -8],
      ['L', 3, -8],
      [4, -30],
    ]),
    PAL.top,
    {
      base: 110,
      lift: 80,
      r: 3,
      shade: (g) => {
        g.fillStyle = 'rgba(0,0,0,0.35)';
        g.fillRect(2, -52, 3, 44);
        g.fillStyle = 'rgba(255,220,220,0.12)';
        g.fillRect(9, -48, 2, 30);
      },
    },
  );
  // lapel
  leatherPart(
    A,
    H,
    shape([
      ['L', 3, -58],
      [8, -60],
      ['L', 9, -55],
      [5, -44],
      ['L', 3, -32],
      [1.5, -46],
    ]),
    R,
    {
      r: 2,
      base: 150,
      lift: 80,
      folds: [
        [
          [4, -52],
          [3.5, -40],
        ],
      ],
    },
  );
}

function buffyBody(A, H, R, { lean = 0, head = {}, headTilt = 0, handToFace = false } = {}) {
  buffyLegs(A, H, R);
  // torso pivots at the hip
  const hx = -6,
    hy = -8;
  A.save();
  H.save();
  A.translate(hx, hy);
  H.translate(hx, hy);
  A.rotate(lean);
  H.rotate(lean);
  buffyTorso(A, H, R);
  // head
  A.save();
  H.save();
  A.translate(3, -73.5);
  H.translate(3, -73.5);
  A.rotate(headTilt);
  H.rotate(headTilt);
  buffyHead(A, H, R, head);
  A.restore();
  H.restore();
  // near arm: hand resting on the knee
  const sleeve = handToFace
    ? shape([
        [-4, -56],
        [4, -55],
        [6, -44],
        [8, -34],
        ['L', 14, -46],
        [18, -56],
        ['L', 23, -56],
        [20, -46],
        [14, -30],
        [6, -24],
        ['L', 0, -28],
        [-3, -40],
      ])
    : shape([
        [-4, -56],
        [4, -55],
        [6, -40],
        [10, -26],
        ['L', 24, -14],
        [30, -13],
        ['L', 30, -8],
        [22, -7],
        [6, -16],
        [0, -30],
        [-3, -44],
      ]);
  leatherPart(A, H, sleeve, R, {
    r: 3.5,
    base: 150,
    lift: 110,
    folds: handToFace
      ? [
          [
            [2, -44],
            [6, -32],
          ],
          [
            [10, -32],
            [16, -44],
          ],
        ]
      : [
          [
            [2, -44],
            [4, -30],
          ],
          [
            [8, -22],
            [18, -14],
          ],
        ],
  });
  const hand = handToFace
    ? shape([
        [18, -56],
        [22, -63],
        [25, -62],
        [24, -57],
        [22, -55],
      ])
    : shape([
        [29, -13],
        [35, -12],
        [37, -9],
        [33, -7],
        [29, -8],
      ]);
  part(A, H, hand, PAL.buffySkin, {
    base: 190,
    lift: 50,
    r: 1.5,
    shade: (g) => {
      if (handToFace) return;
      g.strokeStyle = 'rgba(150,90,80,0.7)';
      g.lineWidth = 0.35;
      for (const y of [-11.3, -10, -8.8]) {
        g.beginPath();
        g.moveTo(32.4, y);
        g.lineTo(36.4, y + 0.4);
        g.stroke();
      }
      g.fillStyle = 'rgba(255,235,220,0.35)';
      g.fillRect(30, -12.6, 4, 0.8);
    },
  });
  A.restore();
  H.restore();
}

const BUFFY_POSES = {
  seated: { lean: -0.04, headTilt: -0.04, head: { eyes: 'open' } },
  eyes_closed: { lean: 0.02, headTilt: 0.16, head: { eyes: 'closed' } },
  lean: { lean: 0.42, headTilt: -0.32, head: { eyes: 'closed' } },
  crying: { lean: 0.06, headTilt: 0.12, head: { eyes: 'open', tears: true } },
  // head turns: chin up towards the stairs (and to him standing over her), and down to the lid
  look_up: { lean: -0.08, headTilt: -0.3, head: { eyes: 'open', gaze: [0.3, -0.35] } },
  look_down: { lean: 0.05, headTilt: 0.3, head: { eyes: 'down', gaze: [0.1, 0.3] } },
};
for (const [pose, o] of Object.entries(BUFFY_POSES)) {
  ART.add({
    name: `buffy_${pose}`,
    dw: 170,
    dh: 170,
    k: 1.5,
    lit: true,
    seed: 1200,
    title: `Buffy (${pose.replace('_', ' ')})`,
    source: 'scripts/art/page/42-buffy.js (painted shapes; leather folds and hair strands in the height)',
    normal: { bevel: 6, bevelDepth: 0.7, detail: 0.7, strength: 1.5 },
    draw(A, H, R) {
      A.translate(85, 170);
      H.translate(85, 170);
      A.scale(FIG_SCALE, FIG_SCALE);
      H.scale(FIG_SCALE, FIG_SCALE);
      FIG.s = FIG_SCALE;
      buffyBody(A, H, R, o);
    },
  });
}
