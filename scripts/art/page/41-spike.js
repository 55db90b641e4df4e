// Spike: lean, platinum slicked-back hair, black leather duster to the calves, heavy boots.
// Faces LEFT. All poses share one canvas (195×325 on screen, baked ×1.5), feet at bottom centre.
'use strict';

// Head, skull centre at the origin, facing left. Head height ≈ 30.
function spikeHead(A, H, R, { brow = false, eyes = 'open' } = {}) {
  // neck
  part(
    A,
    H,
    shape([
      [-6.5, 13],
      [3.5, 11],
      ['L', 5, 26],
      ['L', -6, 26],
    ]),
    PAL.spikeSkin,
    {
      base: 120,
      lift: 90,
      r: 3,
      shade: (g) => {
        g.fillStyle = linear(g, 0, 12, 0, 22, [
          [0, 'rgba(90,50,50,0.6)'],
          [1, 'rgba(90,50,50,0.1)'],
        ]);
        g.fillRect(-8, 10, 16, 16);
      },
    },
  );
  // face + skull in profile
  const face = shape([
    [-8.5, -12],
    [-11.2, -7],
    ['L', -12.3, -2.6],
    [-11.2, -0.6],
    [-12.6, 1.2],
    ['L', -15.2, 5.2],
    ['L', -12.6, 6.4],
    [-12.9, 7.8],
    [-11.9, 8.9],
    [-12.4, 10.2],
    [-11.2, 11.6],
    [-11.6, 13.6],
    [-9.5, 15.6],
    [-5, 15.2],
    [1, 12],
    [5, 5],
    [10, -1],
    [9, -10],
    [1, -15],
  ]);
  part(A, H, face, PAL.spikeSkin, {
    base: 150,
    lift: 100,
    r: 4,
    shade: (g) => {
      // cool pallor, cheekbone hollow, jaw shadow, warmth on the ear
      g.fillStyle = linear(g, -14, 0, 10, 0, [
        [0, 'rgba(255,240,230,0.15)'],
        [0.6, 'rgba(0,0,0,0)'],
        [1, 'rgba(60,40,50,0.35)'],
      ]);
      g.fillRect(-16, -16, 28, 34);
      g.save();
      g.filter = 'blur(1.6px)';
      g.fillStyle = PAL.spikeSkinShade;
      g.globalAlpha = 0.22;
      g.beginPath();
      g.moveTo(-8, 5.2);
      g.quadraticCurveTo(-4, 7.2, -0.5, 10.2);
      g.lineTo(-1.5, 11.4);
      g.quadraticCurveTo(-5.5, 8.8, -8.6, 6.4);
      g.closePath();
      g.fill();
      g.globalAlpha = 1;
      g.beginPath();
      g.ellipse(-8.5, -1, 2.8, 1.8, 0, 0, 7);
      g.fill();
      g.restore();
    },
  });
  // cheekbone ridge and nose in the height
  crease(
    A,
    H,
    [
      [-9.5, 3],
      [-5, 4.5],
      [-1, 5.2],
    ],
    { w: 1.5, color: 'rgba(255,240,230,0.25)', hc: 'rgba(255,0,0,0.5)' },
  );
  crease(
    A,
    H,
    [
      [-12.4, -1],
      [-14.6, 4.8],
    ],
    { w: 1.3, color: null, hc: 'rgba(255,0,0,0.6)' },
  );
  // brow, eye, mouth
  if (brow) {
    // the brow drawn down and in, a crease between: worry
    crease(
      A,
      H,
      [
        [-12.4, -2.6],
        [-9.8, -3.2],
        [-6.8, -4.4],
      ],
      { w: 1.2, color: 'rgba(120,100,80,0.95)', hc: 'rgba(255,0,0,0.5)', blur: 0.3 },
    );
    crease(
      A,
      H,
      [
        [-12.6, -5.6],
        [-12.2, -3.6],
      ],
      { w: 0.5, color: 'rgba(90,60,60,0.7)', hc: 'rgba(0,0,0,0.5)', blur: 0.2 },
    );
  } else {
    crease(
      A,
      H,
      [
        [-12.2, -3.4],
        [-9.5, -4.2],
        [-6.5, -3.6],
      ],
      { w: 1.1, color: 'rgba(120,100,80,0.9)', hc: 'rgba(255,0,0,0.4)', blur: 0.3 },
    );
  }
  eye(A, -9.4, -1.2, -1, { size: 1, closed: eyes === 'closed', lowered: brow });
  crease(
    A,
    H,
    [
      [-12.2, 8.9],
      [-10.6, 8.8],
    ],
    { w: 0.6, color: 'rgba(80,40,40,0.8)', hc: 'rgba(0,0,0,0.5)', blur: 0.2 },
  );
  // the scar through the left eyebrow (his look)
  A.strokeStyle = 'rgba(240,230,220,0.9)';
  A.lineWidth = 0.5;
  A.beginPath();
  A.moveTo(-10.3, -5.2);
  A.lineTo(-9.7, -3.2);
  A.stroke();
  // ear
  part(
    A,
    H,
    shape([
      [2.2, -0.5],
      [4.8, -1],
      [5.4, 3],
      [4, 6.5],
      [2.4, 5],
    ]),
    'rgb(206,176,166)',
    {
      base: 170,
      lift: 60,
      r: 1.5,
      shade: (g) => {
        g.strokeStyle = 'rgba(120,70,70,0.6)';
        g.lineWidth = 0.6;
        g.beginPath();
        g.arc(3.6, 2.6, 1.4, -1.2, 1.6);
        g.stroke();
      },
    },
  );
  // slicked-back platinum hair, a little lift at the front, a ragged top edge
  const hair = shape([
    [-10.6, -9.4],
    [-12.2, -13.4],
    [-9.6, -16.6],
    [-7, -17.6],
    [-4, -18.4],
    [-1, -18.9],
    [2.5, -18.6],
    [5.5, -17.8],
    [8.4, -16],
    [10.6, -12.8],
    [11.9, -8.5],
    [11.6, -3],
    [9.6, 2.2],
    ['L', 6.4, 3.6],
    [5.4, -1.6],
    [2.2, -3.6],
    [-2, -6.2],
    [-7, -8.4],
  ]);
  part(A, H, hair, PAL.spikeHair, {
    base: 190,
    lift: 65,
    r: 3,
    shade: (g) => {
      g.fillStyle = linear(g, 0, -19, 0, 3, [
        [0, 'rgba(255,255,245,0.35)'],
        [0.55, 'rgba(0,0,0,0)'],
        [1, 'rgba(90,80,60,0.5)'],
      ]);
      g.fillRect(-13, -20, 26, 24);
      g.fillStyle = linear(g, -13, 0, -8, 0, [
        [0, 'rgba(120,104,76,0.45)'],
        [1, 'rgba(120,104,76,0)'],
      ]);
      g.fillRect(-13, -20, 6, 14); // darker roots at the hairline
    },
  });
  hairFlow(
    A,
    H,
    R,
    hair,
    [
      [-12, -13],
      [-8, -17.4],
      [-2, -19],
      [4, -18.6],
      [9, -15.6],
      [12, -9],
      [11.6, -3],
    ],
    [
      [-10.4, -9],
      [-6, -8],
      [-1, -5.6],
      [3, -3.4],
      [6, -1.6],
      [8.2, 1],
      [8.6, 3],
    ],
    { count: 90, hi: PAL.spikeHairHi, lo: PAL.spikeHairLo, mid: 'rgba(225,218,196,0.8)', w: [0.25, 0.6], hiBias: 0.55 },
  );
  // one bright sweep where the gel catches the light
  A.save();
  A.clip(hair);
  A.filter = `blur(${0.8 * FIG.s}px)`;
  A.strokeStyle = 'rgba(255,255,250,0.7)';
  A.lineWidth = 1.2;
  A.stroke(
    shape(
      [
        [-9, -15],
        [-2, -17.4],
        [5, -16.6],
        [9, -13.6],
      ],
      false,
    ),
  );
  A.restore();
}

function spikeBoots(A, H, R, { nearX = -4, farX = 6 } = {}) {
  const boot = (x, near) => {
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
        g.fillRect(x - 16, -2, 23, 2); // heavy sole
        g.fillStyle = 'rgba(180,160,150,0.25)';
        g.beginPath();
        g.ellipse(x - 11, -5.5, 3.4, 1.4, -0.3, 0, 7);
        g.fill(); // scuffed toe cap
        g.strokeStyle = 'rgba(140,130,120,0.35)';
        g.lineWidth = 0.6;
        for (let k = 0; k < 4; k++) {
          g.beginPath();
          g.moveTo(x - 5.5, -11 - k * 2.4);
          g.lineTo(x - 2, -12 - k * 2.4);
          g.stroke();
        }
      },
    });
    crease(
      A,
      H,
      [
        [x - 6, -9.2],
        [x - 3, -8.6],
        [x + 3, -9.6],
      ],
      { w: 1, color: 'rgba(0,0,0,0.6)', hc: 'rgba(0,0,0,0.6)' },
    );
  };
  boot(farX, false);
  boot(nearX, true);
}

// The duster for a standing figure: collar, open front, long skirt flaring behind.
function spikeStandingBody(A, H, R, { legs = true, armNear = true } = {}) {
  // legs (black jeans) below the coat
  if (legs) {
    contactShadow(A, 0, -0.8, 26, 2.6, 0.55);
    part(
      A,
      H,
      shape([
        ['L', 1, -48],
        ['L', 11, -48],
        [10.5, -30],
        ['L', 11, -19],
        ['L', 1, -19],
        [2, -32],
      ]),
      PAL.jeans,
      { base: 60, lift: 110, r: 3 },
    );
    part(
      A,
      H,
      shape([
        ['L', -10, -48],
        ['L', 2, -48],
        [1, -32],
        ['L', 1.5, -19],
        ['L', -9.5, -19],
        [-9.5, -32],
      ]),
      PAL.jeans,
      {
        base: 80,
        lift: 120,
        r: 3,
        shade: (g) => {
          g.fillStyle = 'rgba(120,120,150,0.15)';
          g.fillRect(-10, -46, 3, 26);
        },
      },
    );
    spikeBoots(A, H, R);
  }
  // coat skirt and back (behind the torso front)
  const coat = shape([
    [-7, -196],
    [6, -198],
    [15, -190],
    [17, -160],
    ['L', 17, -128],
    [21, -95],
    [26, -62],
    ['L', 30, -44],
    [22, -40],
    [12, -43],
    [2, -41],
    [-9, -44],
    ['L', -19, -45],
    [-17, -80],
    [-15, -112],
    [-16, -150],
    [-17, -180],
  ]);
  leatherPart(A, H, coat, R, {
    r: 6,
    base: 60,
    lift: 150,
    folds: [
      [
        [8, -122],
        [12, -96],
        [18, -62],
        [22, -46],
      ],
      [
        [2, -118],
        [4, -92],
        [6, -66],
        [7, -45],
      ],
      [
        [-8, -110],
        [-10, -86],
        [-12, -60],
        [-13, -46],
      ],
      [
        [14, -150],
        [16, -128],
        [18, -118],
      ],
      [
        [-3, -108],
        [-5, -70],
        [-4, -46],
      ],
    ],
  });
  // open front: shirt (dark red, open over a black tee) and the belt
  const front = shape([
    ['L', -13.5, -188],
    ['L', -7, -190],
    [-5.5, -170],
    [-4, -140],
    ['L', -6, -114],
    ['L', -16, -112],
    [-16.5, -140],
    [-17, -170],
  ]);
  part(A, H, front, PAL.shirt, {
    base: 100,
    lift: 90,
    r: 3,
    shade: (g) => {
      g.fillStyle = PAL.tee;
      g.beginPath();
      g.moveTo(-14, -186);
      g.lineTo(-9, -187);
      g.lineTo(-10, -118);
      g.lineTo(-16, -116);
      g.closePath();
      g.fill();
      g.fillStyle = 'rgba(0,0,0,0.45)';
      g.fillRect(-8, -190, 3, 80);
      g.fillStyle = 'rgb(20,18,18)';
      g.fillRect(-17, -118, 14, 5); // belt
      g.fillStyle = 'rgba(210,200,180,0.9)';
      g.fillRect(-16.5, -117.6, 3, 4); // buckle glint
    },
  });
  crease(
    A,
    H,
    [
      [-15, -160],
      [-12, -150],
      [-14, -132],
    ],
    { w: 1, color: 'rgba(0,0,0,0.35)', hc: 'rgba(0,0,0,0.3)' },
  );
  // lapel and big collar standing up at the back of the neck
  const lapel = shape([
    ['L', -6, -196],
    [1, -204],
    ['L', 7, -200],
    [4, -184],
    [-1, -166],
    ['L', -5, -150],
    [-6.5, -172],
  ]);
  leatherPart(A, H, lapel, R, {
    r: 3,
    base: 140,
    lift: 90,
    folds: [
      [
        [-5, -186],
        [-3, -168],
        [-4.8, -152],
      ],
    ],
  });
  // near arm: sleeve from the shoulder, elbow a little back, hand pushed into the coat pocket
  if (armNear) {
    const sleeve = shape([
      [1, -194],
      [9, -192],
      [12, -176],
      [13, -152],
      ['L', 10, -130],
      [4, -118],
      ['L', -5, -119],
      [-2, -134],
      [0, -156],
      [-2, -182],
    ]);
    leatherPart(A, H, sleeve, R, {
      r: 4,
      base: 120,
      lift: 120,
      folds: [
        [
          [7, -182],
          [9, -160],
          [8, -150],
        ],
        [
          [6, -146],
          [2, -138],
          [7, -134],
        ],
        [
          [0, -128],
          [4, -124],
        ],
      ],
    });
    // the pocket slit swallowing the hand, a sliver of knuckles and the cuff
    leatherPart(
      A,
      H,
      shape([
        ['L', -7, -121],
        [5, -119],
        ['L', 6, -114],
        ['L', -7, -115],
      ]),
      R,
      { r: 2, base: 150, lift: 60, folds: [] },
    );
    A.fillStyle = 'rgba(8,7,9,0.95)';
    A.fillRect(-8, -114.5, 15, 1.6);
    part(
      A,
      H,
      shape([
        [-6, -117],
        [-1, -118.5],
        [1, -116],
        ['L', 0.5, -114],
        ['L', -6.5, -114],
      ]),
      PAL.spikeSkin,
      {
        base: 150,
        lift: 40,
        r: 1.5,
        shade: (g) => {
          g.fillStyle = 'rgba(60,30,30,0.5)';
          g.fillRect(-7, -115.5, 9, 1.5);
        },
      },
    );
  }
  // warm-light catching edges of the coat hem (worn leather)
  crease(
    A,
    H,
    [
      [-19, -45],
      [-9, -44],
      [2, -41],
      [12, -43],
      [22, -40],
      [30, -44],
    ],
    { w: 1.2, color: 'rgba(150,140,150,0.3)', hc: null, blur: 0.6 },
  );
}

const FIG_SCALE = 1.3; // figures are 1.3× the first sketch (Spike ≈ 305 px tall on screen)
function drawSpike(A, H, R, pose) {
  A.translate(97.5, 325);
  H.translate(97.5, 325);
  A.scale(FIG_SCALE, FIG_SCALE);
  H.scale(FIG_SCALE, FIG_SCALE);
  FIG.s = (FIG_SCALE * 1.5) / 1.5;
  if (pose === 'standing') {
    spikeStandingBody(A, H, R);
    A.save();
    H.save();
    A.translate(-3, -218);
    H.translate(-3, -218);
    spikeHead(A, H, R);
    A.restore();
    H.restore();
  } else if (pose === 'seated') {
    spikeSeated(A, H, R);
  } else if (pose === 'embrace') {
    drawEmbrace(A, H, R);
  }
}

// Seated on the lid's right end (seat 90 above the canvas bottom), facing left: near leg along
// the lid's front edge with the shin hanging over it, far knee drawn up with his forearm on it.
function spikeTorso(A, H, R) {
  // standing-torso coordinates: hip at (0,-112), shoulders ≈ -192
  const body = shape([
    [-7, -196],
    [6, -198],
    [15, -190],
    [17, -160],
    ['L', 16, -118],
    [12, -106],
    ['L', -13, -106],
    [-15, -112],
    [-16, -150],
    [-17, -180],
  ]);
  leatherPart(A, H, body, R, {
    r: 6,
    base: 60,
    lift: 150,
    folds: [
      [
        [14, -150],
        [16, -128],
        [12, -112],
      ],
      [
        [-3, -130],
        [-5, -112],
      ],
      [
        [8, -140],
        [10, -120],
      ],
    ],
  });
  const front = shape([
    ['L', -13.5, -188],
    ['L', -7, -190],
    [-5.5, -170],
    [-4, -140],
    ['L', -6, -110],
    ['L', -16, -110],
    [-16.5, -140],
    [-17, -170],
  ]);
  part(A, H, front, PAL.shirt, {
    base: 100,
    lift: 90,
    r: 3,
    shade: (g) => {
      g.fillStyle = PAL.tee;
      g.beginPath();
      g.moveTo(-14, -186);
      g.lineTo(-9, -187);
      g.lineTo(-10, -114);
      g.lineTo(-16, -112);
      g.closePath();
      g.fill();
      g.fillStyle = 'rgba(0,0,0,0.45)';
      g.fillRect(-8, -190, 3, 80);
      g.fillStyle = 'rgb(20,18,18)';
      g.fillRect(-17, -116, 14, 5);
      g.fillStyle = 'rgba(210,200,180,0.9)';
      g.fillRect(-16.5, -115.6, 3, 4);
    },
  });
  const lapel = shape([
    ['L', -6, -196],
    [1, -204],
    ['L', 7, -200],
    [4, -184],
    [-1, -166],
    ['L', -5, -150],
    [-6.5, -172],
  ]);
  leatherPart(A, H, lapel, R, {
    r: 3,
    base: 140,
    lift: 90,
    folds: [
      [
        [-5, -186],
        [-3, -168],
        [-4.8, -152],
      ],
    ],
  });
}
function spikeSeated(A, H, R) {
  const hx = 12,
    hy = -96,
    ang = -0.05;
  spikeSeatLower(A, H, R);
  // torso from the hip
  A.save();
  H.save();
  A.translate(hx, hy);
  H.translate(hx, hy);
  A.rotate(ang);
  H.rotate(ang);
  A.translate(0, 112);
  H.translate(0, 112);
  spikeTorso(A, H, R);
  A.save();
  H.save();
  A.translate(-3, -218);
  H.translate(-3, -218);
  spikeHead(A, H, R);
  A.restore();
  H.restore();
  spikeSeatedArm(A, H, R);
  A.restore();
  H.restore();
}
// Seated, below the hip: the coat skirt on the lid, the far knee drawn up, the near shin over the edge.
function spikeSeatLower(A, H, R) {
  const hx = 12,
    hy = -96;
  contactShadow(A, hx + 8, hy + 1, 40, 2.6, 0.45);
  // coat skirt spread on the lid behind him and draped over the front edge
  const skirt = shape([
    [hx + 8, hy - 26],
    [hx + 22, hy - 8],
    ['L', hx + 40, hy + 4],
    [hx + 38, hy + 26],
    ['L', hx + 36, hy + 44],
    [hx + 24, hy + 40],
    [hx + 10, hy + 44],
    [hx - 4, hy + 40],
    ['L', hx - 12, hy + 30],
    [hx - 10, hy + 2],
    [hx - 6, hy - 20],
  ]);
  leatherPart(A, H, skirt, R, {
    r: 5,
    base: 50,
    lift: 140,
    folds: [
      [
        [hx + 20, hy + 4],
        [hx + 26, hy + 24],
        [hx + 28, hy + 42],
      ],
      [
        [hx + 4, hy + 8],
        [hx + 6, hy + 26],
        [hx + 4, hy + 42],
      ],
      [
        [hx + 30, hy],
        [hx + 36, hy + 6],
      ],
    ],
  });
  // far leg: knee drawn up, boot on the lid
  const kx = hx - 30,
    ky = hy - 30;
  part(
    A,
    H,
    shape([
      [hx + 6, hy - 6],
      [hx - 4, hy - 20],
      [kx + 2, ky - 5],
      [kx - 6, ky - 2],
      [kx - 8, ky + 6],
      ['L', kx - 12, hy + 1],
      ['L', kx - 2, hy + 1],
      [kx + 2, ky + 12],
      [hx - 4, hy + 4],
    ]),
    PAL.jeans,
    {
      base: 60,
      lift: 110,
      r: 3,
      shade: (g) => {
        g.fillStyle = 'rgba(0,0,0,0.3)';
        g.fillRect(kx - 12, ky + 10, 14, 30);
      },
    },
  );
  spikeBootSingle(A, H, kx - 4, hy + 6, 0.85);
  // near leg: thigh along the lid, shin over the front edge, boot dangling
  const nk = hx - 40;
  part(
    A,
    H,
    shape([
      [hx + 10, hy - 9],
      [hx - 10, hy - 10],
      ['L', nk - 2, hy - 8],
      [nk - 6, hy - 2],
      [nk - 6, hy + 8],
      ['L', nk - 4, hy + 54],
      ['L', nk + 7, hy + 54],
      [nk + 7, hy + 8],
      [hx - 6, hy + 4],
      [hx + 10, hy + 3],
    ]),
    PAL.jeans,
    {
      base: 110,
      lift: 120,
      r: 4,
      shade: (g) => {
        g.fillStyle = 'rgba(140,140,170,0.16)';
        g.fillRect(nk - 6, hy - 8, 50, 3);
        g.fillStyle = 'rgba(140,140,170,0.12)';
        g.fillRect(nk - 6, hy, 3, 54);
      },
    },
  );
  crease(
    A,
    H,
    [
      [nk + 8, hy - 6],
      [nk + 2, hy - 2],
      [nk - 3, hy + 4],
    ],
    { w: 1, color: 'rgba(0,0,0,0.5)', hc: 'rgba(0,0,0,0.5)' },
  );
  crease(
    A,
    H,
    [
      [nk - 4, hy + 30],
      [nk + 2, hy + 33],
      [nk + 6, hy + 30],
    ],
    { w: 0.9, color: 'rgba(0,0,0,0.4)', hc: 'rgba(0,0,0,0.4)' },
  );
  spikeBootSingle(A, H, nk + 1.5, hy + 76, 1);
}
// The seated arm (standing-torso coordinates): the forearm rests on the raised knee.
function spikeSeatedArm(A, H, R) {
  const sleeve = shape([
    [1, -194],
    [9, -192],
    [11, -176],
    [9, -154],
    ['L', 0, -134],
    [-14, -124],
    ['L', -22, -126],
    [-20, -133],
    [-6, -146],
    [-2, -160],
    [-2, -182],
  ]);
  leatherPart(A, H, sleeve, R, {
    r: 4,
    base: 130,
    lift: 120,
    folds: [
      [
        [6, -182],
        [7, -160],
        [3, -148],
      ],
      [
        [-4, -140],
        [-12, -133],
      ],
    ],
  });
  const hand = shape([
    [-21, -133],
    [-27, -131],
    [-29, -125],
    [-26, -121],
    [-21, -125],
  ]);
  part(A, H, hand, PAL.spikeSkin, { base: 170, lift: 60, r: 2 });
}
function spikeBootSingle(A, H, x, y, sc = 1) {
  A.save();
  H.save();
  A.translate(x, y);
  H.translate(x, y);
  A.scale(sc, sc);
  H.scale(sc, sc);
  x = 0;
  y = 0;
  const p = shape([
    ['L', x - 15, y],
    [x - 15.5, y - 3.8],
    [x - 12, y - 7.2],
    ['L', x - 6.5, y - 9],
    ['L', x - 5.5, y - 22],
    ['L', x + 5.5, y - 22],
    ['L', x + 5.8, y - 3],
    ['L', x + 6.2, y],
  ]);
  part(A, H, p, PAL.boot, {
    base: 110,
    lift: 120,
    r: 3,
    shade: (g) => {
      g.fillStyle = 'rgb(12,10,10)';
      g.fillRect(x - 16, y - 2, 23, 2);
      g.fillStyle = 'rgba(180,160,150,0.25)';
      g.beginPath();
      g.ellipse(x - 11, y - 5.5, 3.4, 1.4, -0.3, 0, 7);
      g.fill();
    },
  });
  A.restore();
  H.restore();
}

for (const pose of ['standing', 'seated']) {
  ART.add({
    name: `spike_${pose}`,
    dw: 195,
    dh: 325,
    k: 1.5,
    lit: true,
    seed: 1100,
    title: `Spike (${pose})`,
    source: 'scripts/art/page/41-spike.js (painted shapes; leather folds and hair strands in the height)',
    normal: { bevel: 6, bevelDepth: 0.7, detail: 0.7, strength: 1.5 },
    draw(A, H, R) {
      drawSpike(A, H, R, pose);
    },
  });
}
