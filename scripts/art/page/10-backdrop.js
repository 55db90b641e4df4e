// crypt_back: the crypt's back wall, vaulted arch, wall niches, stairs and flagstone floor.
'use strict';

const CRYPT = {
  floorY: 452,
  arch: { cx: 640, spring: 206, rIn: 194, rOut: 232 },
  nicheL: { cx: 176, sill: 318, w: 62, h: 96 },
  nicheR: { cx: 1012, sill: 276, w: 58, h: 90 },
  door: { x0: 1126, x1: 1262, spring: 132, bottom: 236 },
  steps: (() => {
    const out = [],
      N = 11;
    for (let i = 0; i < N; i++) {
      const t = i / (N - 1);
      out.push({ y: 236 + i * 31.2, L: 1126 - t * 172, td: 5 + 7 * t });
    }
    return out;
  })(),
};
CRYPT.stairFloor = 570;

function stoneColor(R, base, spread = 0.16) {
  const [h, s, l] = base;
  return hsl(h + R.range(-6, 6), Math.max(0, s + R.range(-3, 4)), l * (1 + R.gauss() * spread));
}

// Irregular coursed masonry inside the current clip. Blocks of varied size, chipped corners.
function masonry(
  A,
  H,
  R,
  { x0, y0, x1, y1, rowH = [18, 34], blockW = [34, 104], base = [30, 9, 34], mortar = 'rgb(22,19,18)', chip = 0.5, hTop = 200 },
) {
  A.fillStyle = mortar;
  A.fillRect(x0, y0, x1 - x0, y1 - y0);
  H.fillStyle = '#202020';
  H.fillRect(x0, y0, x1 - x0, y1 - y0);
  let y = y0;
  while (y < y1) {
    const rh = R.range(rowH[0], rowH[1]);
    let x = x0 - R.range(0, blockW[1]);
    while (x < x1) {
      const bw = R.range(blockW[0], blockW[1]) * (R() < 0.12 ? 1.6 : 1);
      const j = () => R.range(-1.6, 1.6);
      const m = R.range(1.2, 2.6); // joint half-width
      let pts = [
        [x + m + j(), y + m + j()],
        [x + bw - m + j(), y + m + j()],
        [x + bw - m + j(), y + rh - m + j()],
        [x + m + j(), y + rh - m + j()],
      ];
      // chip corners
      const chipped = [];
      for (let k = 0; k < 4; k++) {
        const p = pts[k],
          prev = pts[(k + 3) % 4],
          next = pts[(k + 1) % 4];
        if (R() < chip) {
          const a = R.range(2, 7),
            b = R.range(2, 7);
          const dp = [prev[0] - p[0], prev[1] - p[1]],
            dn = [next[0] - p[0], next[1] - p[1]];
          const lp = Math.hypot(...dp),
            ln = Math.hypot(...dn);
          chipped.push([p[0] + (dp[0] / lp) * a, p[1] + (dp[1] / lp) * a]);
          if (R() < 0.5)
            chipped.push([p[0] + (dp[0] / lp + dn[0] / ln) * R.range(1, 2.5), p[1] + (dp[1] / lp + dn[1] / ln) * R.range(1, 2.5)]);
          chipped.push([p[0] + (dn[0] / ln) * b, p[1] + (dn[1] / ln) * b]);
        } else chipped.push(p);
      }
      pts = chipped;
      fillPoly(A, pts, stoneColor(R, base));
      // slight face shading: lighter top-left edge, darker bottom (subtle baked form)
      A.save();
      poly(A, pts);
      A.clip();
      A.fillStyle = linear(A, 0, y, 0, y + rh, [
        [0, 'rgba(255,240,220,0.07)'],
        [0.25, 'rgba(0,0,0,0)'],
        [1, 'rgba(0,0,0,0.22)'],
      ]);
      A.fillRect(x - 2, y - 2, bw + 4, rh + 4);
      A.restore();
      fillPoly(H, pts, `rgb(${hTop + R.int(-30, 30)},0,0)`);
      x += bw;
    }
    y += rh;
  }
}

function grimeLayers(A, w, h, seed, { x = 0, y = 0, big = 0.55, fine = 0.35, scale = 90 } = {}) {
  overlay(
    A,
    noiseCanvas(w, h, {
      seed,
      scale,
      oct: 5,
      lo: 0.15,
      hi: 0.85,
      fn: (v) => {
        const b = 90 + v * 165;
        return [b, b * 0.97, b * 0.93];
      },
    }),
    'multiply',
    big,
    x,
    y,
  );
  overlay(
    A,
    noiseCanvas(w, h, {
      seed: seed + 7,
      scale: 3,
      oct: 3,
      lo: 0.2,
      hi: 0.8,
      fn: (v) => {
        const b = 150 + v * 105;
        return [b, b, b];
      },
    }),
    'multiply',
    fine,
    x,
    y,
  );
}

function stains(A, R, x0, x1, y0, y1, n) {
  for (let i = 0; i < n; i++) {
    const x = R.range(x0, x1),
      y = R.range(y0, y1),
      w = R.range(4, 22),
      len = R.range(30, 170);
    A.save();
    A.filter = `blur(${R.range(2, 6).toFixed(1)}px)`;
    A.fillStyle = linear(A, 0, y, 0, y + len, [
      [0, `rgba(14,12,10,${R.range(0.25, 0.55).toFixed(2)})`],
      [1, 'rgba(14,12,10,0)'],
    ]);
    A.beginPath();
    A.ellipse(x, y + len / 2, w / 2, len / 2, 0, 0, Math.PI * 2);
    A.fill();
    A.restore();
  }
}

function dampPatches(A, R, w, h, seed, yTop) {
  const { c, g } = canvas(w, h);
  g.drawImage(noiseCanvas(w, h, { seed, scale: 60, oct: 4, lo: 0.5, hi: 0.8, fn: (v) => [26, 34, 24, v * 255 * 0.7] }), 0, 0);
  g.globalCompositeOperation = 'destination-in';
  g.fillStyle = linear(g, 0, yTop, 0, h, [
    [0, 'rgba(0,0,0,0)'],
    [0.6, 'rgba(0,0,0,0.8)'],
    [1, 'rgba(0,0,0,1)'],
  ]);
  g.fillRect(0, 0, w, h);
  A.drawImage(c, 0, 0);
}

function archPath(g, cx, spring, r, x0, x1, bottom) {
  g.beginPath();
  g.moveTo(x0, bottom);
  g.lineTo(x0, spring);
  g.arc(cx, spring, r, Math.PI, 0);
  g.lineTo(x1, bottom);
  g.closePath();
}

ART.add({
  name: 'crypt_back',
  w: 1280,
  h: 720,
  scale: 1,
  anchor: 'top-left',
  lit: true,
  opaque: true,
  seed: 101,
  title: 'The crypt (backdrop)',
  source: 'scripts/art/page/10-backdrop.js (procedural masonry, arch, niches, stairs, flagstones; seeded noise)',
  normal: { bevel: 0, detail: 1.1, strength: 1.6, soften: 0.8 },
  draw(A, H, R) {
    const W = 1280,
      Hh = 720,
      F = CRYPT.floorY,
      ar = CRYPT.arch;
    // ---------- back wall
    masonry(A, H, R, { x0: 0, y0: -10, x1: W, y1: F + 2, base: [30, 8, 33] });
    // ---------- vaulted arch: recess (deep, dark) then the voussoir ring and jambs
    A.save();
    archPath(A, ar.cx, ar.spring, ar.rIn, ar.cx - ar.rIn, ar.cx + ar.rIn, F);
    A.clip();
    H.save();
    archPath(H, ar.cx, ar.spring, ar.rIn, ar.cx - ar.rIn, ar.cx + ar.rIn, F);
    H.clip();
    masonry(A, H, R, {
      x0: ar.cx - ar.rIn,
      y0: 0,
      x1: ar.cx + ar.rIn,
      y1: F,
      rowH: [12, 20],
      blockW: [22, 60],
      base: [235, 6, 22],
      hTop: 140,
    });
    // recess far floor + jamb faces (perspective)
    const rf = 424;
    fillPoly(
      A,
      [
        [ar.cx - ar.rIn, F],
        [ar.cx - ar.rIn + 30, rf],
        [ar.cx + ar.rIn - 30, rf],
        [ar.cx + ar.rIn, F],
      ],
      'rgb(40,36,34)',
    );
    A.fillStyle = linear(A, 0, rf, 0, F, [
      [0, 'rgba(0,0,0,0.5)'],
      [1, 'rgba(0,0,0,0)'],
    ]);
    A.fillRect(ar.cx - ar.rIn, rf, ar.rIn * 2, F - rf);
    for (const side of [-1, 1]) {
      const xo = ar.cx + side * ar.rIn,
        xi = xo - side * 30;
      A.fillStyle = linear(A, xo, 0, xi, 0, [
        [0, 'rgba(58,52,48,1)'],
        [1, 'rgba(30,27,26,1)'],
      ]);
      poly(A, [
        [xo, F],
        [xo, ar.spring],
        [xi, ar.spring + 6],
        [xi, rf],
      ]);
      A.fill();
      fillPoly(
        H,
        [
          [xo, F],
          [xo, ar.spring],
          [xi, ar.spring + 6],
          [xi, rf],
        ],
        side < 0 ? 'rgb(120,0,0)' : 'rgb(160,0,0)',
      );
    }
    // an iron gate across the back of the recess: the way down to older vaults
    {
      const gx0 = ar.cx - 128,
        gx1 = ar.cx + 128,
        gTop = 236,
        gBot = rf + 1;
      A.fillStyle = 'rgba(6,5,7,0.75)';
      A.beginPath();
      A.moveTo(gx0, gBot);
      A.lineTo(gx0, gTop);
      A.arc(ar.cx, gTop, 128, Math.PI, 0);
      A.lineTo(gx1, gBot);
      A.closePath();
      A.fill();
      const bar = (x0, y0, x1, y1, w) => {
        for (const [g, st] of [
          [A, 'rgb(64,58,56)'],
          [H, 'rgb(230,0,0)'],
        ]) {
          g.strokeStyle = st;
          g.lineWidth = w;
          g.lineCap = 'butt';
          g.beginPath();
          g.moveTo(x0, y0);
          g.lineTo(x1, y1);
          g.stroke();
        }
        A.strokeStyle = 'rgba(150,120,100,0.35)';
        A.lineWidth = w * 0.3;
        A.beginPath();
        A.moveTo(x0 - w * 0.25, y0);
        A.lineTo(x1 - w * 0.25, y1);
        A.stroke();
      };
      for (let x = gx0 + 8; x <= gx1 - 8; x += 16) {
        const dy = Math.sqrt(Math.max(0, 128 * 128 - (x - ar.cx) ** 2));
        const top = gTop - dy + 6;
        bar(x, gBot, x, top, 3);
        fillPoly(
          A,
          [
            [x - 3, top + 2],
            [x, top - 7],
            [x + 3, top + 2],
          ],
          'rgb(64,58,56)',
        );
        fillPoly(
          H,
          [
            [x - 3, top + 2],
            [x, top - 7],
            [x + 3, top + 2],
          ],
          'rgb(230,0,0)',
        );
      }
      for (const y of [gTop + 20, gBot - 40]) bar(gx0 + 2, y, gx1 - 2, y, 4);
      A.strokeStyle = 'rgb(58,52,50)';
      A.lineWidth = 4;
      A.beginPath();
      A.arc(ar.cx, gTop, 122, Math.PI, 0);
      A.stroke();
      H.strokeStyle = 'rgb(230,0,0)';
      H.lineWidth = 4;
      H.beginPath();
      H.arc(ar.cx, gTop, 122, Math.PI, 0);
      H.stroke();
      // rust and a padlock where the two leaves meet
      A.fillStyle = 'rgb(70,60,52)';
      A.fillRect(ar.cx - 5, gBot - 48, 10, 13);
      A.strokeStyle = 'rgb(70,60,52)';
      A.lineWidth = 2;
      A.beginPath();
      A.arc(ar.cx, gBot - 48, 4, Math.PI, 0);
      A.stroke();
      H.fillStyle = 'rgb(255,0,0)';
      H.fillRect(ar.cx - 5, gBot - 48, 10, 13);
      overlay(
        A,
        noiseCanvas(1280, 720, { seed: 88, scale: 9, oct: 3, lo: 0.3, hi: 0.8, fn: (v) => [255 - v * 60, 235 - v * 110, 220 - v * 150] }),
        'multiply',
        0.0,
      );
    }
    // the recess is deep: heavy baked occlusion falling off from the opening
    A.fillStyle = radial(A, ar.cx, F - 60, 30, ar.rIn * 1.3, [
      [0, 'rgba(5,4,6,0.2)'],
      [1, 'rgba(5,4,6,0.62)'],
    ]);
    A.fillRect(ar.cx - ar.rIn, 0, ar.rIn * 2, F);
    A.restore();
    H.restore();
    // voussoirs
    const nV = 23;
    for (let i = 0; i < nV; i++) {
      const a0 = Math.PI + (i / nV) * Math.PI,
        a1 = Math.PI + ((i + 1) / nV) * Math.PI,
        g = 0.012;
      const rO = ar.rOut + R.range(-3, 4);
      const pts = [];
      for (const [a, r] of [
        [a0 + g, ar.rIn],
        [a0 + g, rO],
        [a1 - g, rO],
        [a1 - g, ar.rIn],
      ])
        pts.push([ar.cx + Math.cos(a) * r, ar.spring + Math.sin(a) * r]);
      A.fillStyle = 'rgb(20,17,16)';
      A.beginPath();
      A.arc(ar.cx, ar.spring, ar.rOut + 4, Math.PI + (i / nV) * Math.PI, Math.PI + ((i + 1) / nV) * Math.PI);
      A.arc(ar.cx, ar.spring, ar.rIn - 1, Math.PI + ((i + 1) / nV) * Math.PI, Math.PI + (i / nV) * Math.PI, true);
      A.fill();
      A.beginPath();
      A.moveTo(...pts[0]);
      A.arc(ar.cx, ar.spring, rO, a0 + g, a1 - g);
      A.arc(ar.cx, ar.spring, ar.rIn, a1 - g, a0 + g, true);
      A.closePath();
      A.fillStyle = stoneColor(R, [32, 9, 38], 0.12);
      A.fill();
      H.beginPath();
      H.arc(ar.cx, ar.spring, rO, a0 + g, a1 - g);
      H.arc(ar.cx, ar.spring, ar.rIn, a1 - g, a0 + g, true);
      H.closePath();
      H.fillStyle = `rgb(${230 + R.int(-20, 20)},0,0)`;
      H.fill();
    }
    // jamb pilasters from floor to the springing, with a plain capital
    for (const side of [-1, 1]) {
      const xi = ar.cx + side * ar.rIn,
        xo = ar.cx + side * (ar.rOut + 4);
      const x0 = Math.min(xi, xo),
        x1 = Math.max(xi, xo);
      A.save();
      A.beginPath();
      A.rect(x0, ar.spring, x1 - x0, F - ar.spring);
      A.clip();
      H.save();
      H.beginPath();
      H.rect(x0, ar.spring, x1 - x0, F - ar.spring);
      H.clip();
      masonry(A, H, R, { x0, y0: ar.spring, x1, y1: F, rowH: [26, 40], blockW: [x1 - x0, x1 - x0], base: [32, 9, 37], hTop: 235 });
      A.restore();
      H.restore();
      fillPoly(
        A,
        [
          [x0 - 6, ar.spring - 2],
          [x1 + 6, ar.spring - 2],
          [x1 + 3, ar.spring + 12],
          [x0 - 3, ar.spring + 12],
        ],
        'rgb(92,84,76)',
      );
      A.fillStyle = 'rgba(0,0,0,0.35)';
      A.fillRect(x0 - 3, ar.spring + 8, x1 - x0 + 6, 4);
      fillPoly(
        H,
        [
          [x0 - 6, ar.spring - 2],
          [x1 + 6, ar.spring - 2],
          [x1 + 3, ar.spring + 12],
          [x0 - 3, ar.spring + 12],
        ],
        'rgb(255,0,0)',
      );
    }
    // ---------- niches
    for (const n of [CRYPT.nicheL, CRYPT.nicheR]) {
      const x0 = n.cx - n.w / 2,
        x1 = n.cx + n.w / 2,
        r = n.w / 2,
        spring = n.sill - n.h + r;
      // dressed surround
      A.save();
      archPath(A, n.cx, spring, r + 9, x0 - 9, x1 + 9, n.sill);
      A.fillStyle = 'rgb(24,20,19)';
      A.fill();
      A.restore();
      for (let i = 0; i < 7; i++) {
        const a0 = Math.PI + (i / 7) * Math.PI + 0.03,
          a1 = Math.PI + ((i + 1) / 7) * Math.PI - 0.03;
        A.beginPath();
        A.arc(n.cx, spring, r + 9, a0, a1);
        A.arc(n.cx, spring, r, a1, a0, true);
        A.closePath();
        A.fillStyle = stoneColor(R, [32, 9, 40], 0.1);
        A.fill();
        H.beginPath();
        H.arc(n.cx, spring, r + 9, a0, a1);
        H.arc(n.cx, spring, r, a1, a0, true);
        H.closePath();
        H.fillStyle = 'rgb(235,0,0)';
        H.fill();
      }
      // niche interior: curved back, warm soot above where the candle burns
      archPath(A, n.cx, spring, r, x0, x1, n.sill);
      A.fillStyle = linear(A, x0, 0, x1, 0, [
        [0, 'rgb(22,19,18)'],
        [0.35, 'rgb(54,48,44)'],
        [0.65, 'rgb(54,48,44)'],
        [1, 'rgb(20,17,16)'],
      ]);
      A.fill();
      A.save();
      archPath(A, n.cx, spring, r, x0, x1, n.sill);
      A.clip();
      A.fillStyle = radial(A, n.cx, spring - 6, 2, r * 1.3, [
        [0, 'rgba(8,6,5,0.85)'],
        [1, 'rgba(8,6,5,0)'],
      ]);
      A.fillRect(x0, 0, n.w, n.sill);
      grimeLayers(A, 1280, 720, 300 + n.cx, { big: 0.4, fine: 0.3, scale: 20 });
      A.restore();
      archPath(H, n.cx, spring, r, x0, x1, n.sill);
      H.fillStyle = linear(H, x0, 0, x1, 0, [
        [0, 'rgb(30,0,0)'],
        [0.5, 'rgb(0,0,0)'],
        [1, 'rgb(30,0,0)'],
      ]);
      H.fill();
      // sill slab
      const sx0 = x0 - 14,
        sx1 = x1 + 14;
      fillPoly(
        A,
        [
          [sx0, n.sill - 3],
          [sx1, n.sill - 3],
          [sx1 + 2, n.sill + 1],
          [sx0 - 2, n.sill + 1],
        ],
        'rgb(96,88,80)',
      );
      fillPoly(
        A,
        [
          [sx0 - 2, n.sill + 1],
          [sx1 + 2, n.sill + 1],
          [sx1 + 1, n.sill + 11],
          [sx0 - 1, n.sill + 11],
        ],
        'rgb(62,56,52)',
      );
      A.fillStyle = 'rgba(0,0,0,0.45)';
      A.fillRect(sx0, n.sill + 11, sx1 - sx0, 5);
      fillPoly(
        H,
        [
          [sx0, n.sill - 3],
          [sx1, n.sill - 3],
          [sx1 + 2, n.sill + 1],
          [sx0 - 2, n.sill + 1],
        ],
        'rgb(250,0,0)',
      );
      fillPoly(
        H,
        [
          [sx0 - 2, n.sill + 1],
          [sx1 + 2, n.sill + 1],
          [sx1 + 1, n.sill + 11],
          [sx0 - 1, n.sill + 11],
        ],
        'rgb(255,0,0)',
      );
      // wax drips dried on the sill
      for (let k = 0; k < 4; k++) {
        A.fillStyle = 'rgba(190,176,150,0.5)';
        A.beginPath();
        A.ellipse(n.cx + R.range(-20, 20), n.sill - 2, R.range(2, 5), 1.4, 0, 0, 7);
        A.fill();
      }
    }
    // ---------- doorway at the top of the stairs
    const d = CRYPT.door,
      dcx = (d.x0 + d.x1) / 2,
      dr = (d.x1 - d.x0) / 2;
    A.save();
    archPath(A, dcx, d.spring, dr + 12, d.x0 - 12, d.x1 + 12, d.bottom);
    A.fillStyle = 'rgb(20,17,16)';
    A.fill();
    A.restore();
    for (let i = 0; i < 11; i++) {
      const a0 = Math.PI + (i / 11) * Math.PI + 0.02,
        a1 = Math.PI + ((i + 1) / 11) * Math.PI - 0.02;
      A.beginPath();
      A.arc(dcx, d.spring, dr + 12, a0, a1);
      A.arc(dcx, d.spring, dr, a1, a0, true);
      A.closePath();
      A.fillStyle = stoneColor(R, [30, 9, 40], 0.1);
      A.fill();
      H.beginPath();
      H.arc(dcx, d.spring, dr + 12, a0, a1);
      H.arc(dcx, d.spring, dr, a1, a0, true);
      H.closePath();
      H.fillStyle = 'rgb(235,0,0)';
      H.fill();
    }
    for (const x of [d.x0 - 12, d.x1]) {
      A.fillStyle = stoneColor(R, [30, 9, 38], 0.08);
      A.fillRect(x, d.spring, 12, d.bottom - d.spring);
      H.fillStyle = 'rgb(230,0,0)';
      H.fillRect(x + 1, d.spring, 10, d.bottom - d.spring);
    }
    archPath(A, dcx, d.spring, dr, d.x0, d.x1, d.bottom);
    A.fillStyle = linear(A, 0, d.spring - dr, 0, d.bottom, [
      [0, 'rgb(120,134,160)'],
      [0.5, 'rgb(70,78,96)'],
      [1, 'rgb(34,34,42)'],
    ]);
    A.fill();
    // the stair passage climbing away inside the doorway
    A.save();
    archPath(A, dcx, d.spring, dr, d.x0, d.x1, d.bottom);
    A.clip();
    for (let i = 0; i < 7; i++) {
      const y = d.bottom - 8 - i * 13,
        inset = 10 + i * 7;
      A.fillStyle = `rgba(${70 + i * 6},${78 + i * 7},${96 + i * 8},1)`;
      A.fillRect(d.x0 + inset, y - 2, d.x1 - d.x0 - inset * 2, 3);
      A.fillStyle = `rgba(${26 + i * 4},${28 + i * 5},${36 + i * 6},1)`;
      A.fillRect(d.x0 + inset, y + 1, d.x1 - d.x0 - inset * 2, 10);
      H.fillStyle = 'rgb(160,0,0)';
      H.fillRect(d.x0 + inset, y - 2, d.x1 - d.x0 - inset * 2, 3);
    }
    A.fillStyle = linear(A, d.x0, 0, d.x1, 0, [
      [0, 'rgba(0,0,0,0.6)'],
      [0.25, 'rgba(0,0,0,0)'],
      [0.75, 'rgba(0,0,0,0)'],
      [1, 'rgba(0,0,0,0.6)'],
    ]);
    A.fillRect(d.x0, 0, d.x1 - d.x0, d.bottom);
    A.restore();
    // ---------- grime over the walls (before floor and stairs so they stay cleaner)
    grimeLayers(A, W, F + 2, 77, { big: 0.6, fine: 0.4, scale: 110 });
    stains(A, R, 0, W, 0, 300, 38);
    dampPatches(A, R, W, F + 2, 55, 250);
    // ---------- floor: perspective flagstones
    const horizon = 300,
      vx = 640;
    const zY = (z) => horizon + 420 / z;
    const zs = [2.8, 2.5, 2.2, 1.92, 1.66, 1.42, 1.2, 1.0, 0.82];
    A.fillStyle = 'rgb(18,16,15)';
    A.fillRect(0, F, W, Hh - F);
    H.fillStyle = 'rgb(20,0,0)';
    H.fillRect(0, F, W, Hh - F);
    for (let r = 0; r < zs.length - 1; r++) {
      const yA = Math.max(F, zY(zs[r])),
        yB = zY(zs[r + 1]);
      const sA = (yA - horizon) / 420,
        sB = (yB - horizon) / 420;
      let u = -1100 - R.range(0, 160);
      while (u < 1100) {
        const uw = R.range(110, 210);
        const g1 = R.range(1.5, 3),
          jit = () => R.range(-2, 2);
        const pts = [
          [vx + (u + g1) * sA + jit(), yA + 1.2],
          [vx + (u + uw - g1) * sA + jit(), yA + 1.2],
          [vx + (u + uw - g1) * sB + jit(), yB - 1.6 + jit() * 0.5],
          [vx + (u + g1) * sB + jit(), yB - 1.6 + jit() * 0.5],
        ];
        fillPoly(A, pts, stoneColor(R, [28, 7, 31], 0.15));
        A.save();
        poly(A, pts);
        A.clip();
        A.fillStyle = linear(A, 0, yA, 0, yB, [
          [0, 'rgba(255,240,220,0.06)'],
          [0.3, 'rgba(0,0,0,0)'],
          [1, 'rgba(0,0,0,0.25)'],
        ]);
        A.fillRect(0, yA - 4, W, yB - yA + 8);
        // cracks
        if (R() < 0.3) {
          A.strokeStyle = 'rgba(10,8,8,0.7)';
          A.lineWidth = 1;
          A.beginPath();
          let cx = vx + (u + uw * R()) * sA,
            cy = yA;
          A.moveTo(cx, cy);
          for (let k = 0; k < 5; k++) {
            cx += R.range(-10, 10);
            cy += (yB - yA) / 5;
            A.lineTo(cx, cy);
          }
          A.stroke();
        }
        A.restore();
        fillPoly(H, pts, `rgb(${200 + R.int(-25, 25)},0,0)`);
        u += uw;
      }
    }
    grimeLayers(A, W, Hh - F, 91, { y: F, big: 0.55, fine: 0.4, scale: 70 });
    // wet sheen / dust toward the walls, darker toward the front edge (out of the candlelight)
    A.fillStyle = linear(A, 0, F, 0, F + 26, [
      [0, 'rgba(0,0,0,0.75)'],
      [1, 'rgba(0,0,0,0)'],
    ]);
    A.fillRect(0, F, W, 26);
    // ---------- stairs
    const st = CRYPT.steps,
      SF = CRYPT.stairFloor;
    const side = [[st[0].L, st[0].y]];
    for (let i = 0; i < st.length; i++) {
      const next = i + 1 < st.length ? st[i + 1].y : SF;
      side.push([st[i].L, next]);
      if (i + 1 < st.length) side.push([st[i + 1].L, next]);
    }
    side.push([st[st.length - 1].L, SF], [st[0].L, F + 8]);
    A.save();
    poly(A, side);
    A.clip();
    H.save();
    poly(H, side);
    H.clip();
    masonry(A, H, R, { x0: 900, y0: 220, x1: 1140, y1: SF + 4, rowH: [22, 34], blockW: [40, 90], base: [30, 8, 27], hTop: 170 });
    A.fillStyle = linear(A, 1130, 0, 940, 0, [
      [0, 'rgba(0,0,0,0.35)'],
      [1, 'rgba(0,0,0,0.05)'],
    ]);
    A.fillRect(900, 200, 260, 400);
    A.restore();
    H.restore();
    for (let i = 0; i < st.length; i++) {
      const s = st[i],
        next = i + 1 < st.length ? st[i + 1].y : SF,
        x1 = 1290;
      // riser
      const riser = [
        [s.L - 2, s.y + s.td],
        [x1, s.y + s.td],
        [x1, next],
        [s.L - 2, next],
      ];
      fillPoly(A, riser, stoneColor(R, [29, 8, 27], 0.1));
      A.save();
      poly(A, riser);
      A.clip();
      let bx = s.L - 2;
      while (bx < x1) {
        const bw = R.range(60, 150);
        A.fillStyle = 'rgba(12,10,9,0.85)';
        A.fillRect(bx + bw, s.y + s.td, 2, next - s.y - s.td);
        A.fillStyle = stoneColor(R, [29, 8, 28], 0.12);
        A.globalAlpha = 0.5;
        A.fillRect(bx + 2, s.y + s.td, bw - 2, next - s.y - s.td);
        A.globalAlpha = 1;
        bx += bw;
      }
      A.fillStyle = linear(A, 0, s.y + s.td, 0, next, [
        [0, 'rgba(0,0,0,0.35)'],
        [1, 'rgba(0,0,0,0)'],
      ]);
      A.fillRect(s.L - 4, s.y + s.td, x1, next - s.y);
      A.restore();
      fillPoly(H, riser, 'rgb(150,0,0)');
      // tread, worn in the middle, bright nosing
      const tread = [
        [s.L + 4, s.y],
        [x1, s.y],
        [x1, s.y + s.td],
        [s.L - 2, s.y + s.td],
      ];
      fillPoly(A, tread, stoneColor(R, [30, 8, 42], 0.08));
      A.fillStyle = 'rgba(255,240,220,0.12)';
      A.fillRect(s.L - 1, s.y + s.td - 1.5, x1 - s.L, 1.5);
      H.fillStyle = linear(H, 0, s.y, 0, s.y + s.td, [
        [0, 'rgb(120,0,0)'],
        [1, 'rgb(215,0,0)'],
      ]);
      poly(H, tread);
      H.fill();
    }
    grimeLayers(A, 400, SF - 200, 133, { x: 900, y: 200, big: 0.35, fine: 0.3, scale: 50 });
    // ---------- baked occlusion: vault above, corners, the wall-floor junction
    // (the stair doorway is left out: the night outside lights it)
    A.save();
    A.beginPath();
    A.rect(0, 0, W, 260);
    A.moveTo(d.x0 - 12, d.bottom + 30);
    A.lineTo(d.x0 - 12, d.spring);
    A.arc(dcx, d.spring, dr + 12, Math.PI, 0);
    A.lineTo(d.x1 + 12, d.bottom + 30);
    A.closePath();
    A.clip('evenodd');
    A.fillStyle = linear(A, 0, 0, 0, 260, [
      [0, 'rgba(4,3,5,0.92)'],
      [0.55, 'rgba(4,3,5,0.35)'],
      [1, 'rgba(4,3,5,0)'],
    ]);
    A.fillRect(0, 0, W, 260);
    A.restore();
    A.fillStyle = linear(A, 0, 0, 150, 0, [
      [0, 'rgba(4,3,5,0.6)'],
      [1, 'rgba(4,3,5,0)'],
    ]);
    A.fillRect(0, 0, 150, Hh);
    A.fillStyle = linear(A, 0, F - 50, 0, F + 4, [
      [0, 'rgba(0,0,0,0)'],
      [1, 'rgba(0,0,0,0.55)'],
    ]);
    A.fillRect(0, F - 50, 960, 54);
    A.fillStyle = linear(A, 0, 640, 0, 720, [
      [0, 'rgba(0,0,0,0)'],
      [1, 'rgba(0,0,0,0.35)'],
    ]);
    A.fillRect(0, 640, W, 80);
    // cobwebs in a few corners (thin threads that catch the candlelight)
    const web = (x, y, ang0, ang1, len) => {
      A.save();
      A.strokeStyle = 'rgba(200,196,188,0.35)';
      A.lineWidth = 0.6;
      const spokes = 7,
        pts = [];
      for (let i = 0; i < spokes; i++) {
        const a = ang0 + ((ang1 - ang0) * i) / (spokes - 1),
          l = len * R.range(0.8, 1.1);
        pts.push([Math.cos(a), Math.sin(a), l]);
        A.beginPath();
        A.moveTo(x, y);
        A.lineTo(x + Math.cos(a) * l, y + Math.sin(a) * l);
        A.stroke();
      }
      for (let r = 0.2; r < 1; r += R.range(0.12, 0.2)) {
        A.beginPath();
        for (let i = 0; i < spokes; i++) {
          const [cx, cy, l] = pts[i],
            px = x + cx * l * r,
            py = y + cy * l * r;
          if (i === 0) A.moveTo(px, py);
          else {
            const [qx, qy, ql] = pts[i - 1];
            const mx = (px + x + qx * ql * r) / 2,
              my = (py + y + qy * ql * r) / 2;
            A.quadraticCurveTo(mx + (x - mx) * 0.12, my + (y - my) * 0.12 + 2, px, py);
          }
        }
        A.stroke();
      }
      A.restore();
    };
    web(ar.cx - ar.rOut - 4, 14, 0.05, 1.45, 46);
    web(CRYPT.nicheL.cx - CRYPT.nicheL.w / 2 - 9, CRYPT.nicheL.sill - CRYPT.nicheL.h + 22, -0.2, 1.2, 24);
    web(W - 2, 2, Math.PI * 0.52, Math.PI * 0.95, 60);
    // height grain for stone
    H.save();
    H.globalCompositeOperation = 'lighter';
    H.globalAlpha = 0.22;
    H.drawImage(noiseCanvas(W, Hh, { seed: 5, scale: 6, oct: 4, fn: (v) => [v * 255, 0, 0] }), 0, 0);
    H.restore();
    H.save();
    H.globalCompositeOperation = 'difference';
    H.globalAlpha = 0.18;
    H.drawImage(noiseCanvas(W, Hh, { seed: 6, scale: 40, oct: 3, fn: (v) => [v * 255, 0, 0] }), 0, 0);
    H.restore();
  },
});
