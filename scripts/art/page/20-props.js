// Props: the sarcophagus, candles, the four objects on the lid. Drawn in on-screen units,
// baked at k× (spec.k) for camera zooms.
'use strict';

const LIC = {};

// ---------------------------------------------------------------- sarcophagus
ART.add({
  name: 'sarcophagus',
  dw: 560,
  dh: 132,
  k: 1.5,
  lit: true,
  seed: 211,
  title: 'Stone sarcophagus',
  source: 'scripts/art/page/20-props.js (drawn shapes, carved panels, seeded noise)',
  normal: { bevel: 3, bevelDepth: 0.6, detail: 1.3, strength: 1.5, soften: 1 },
  draw(A, H, R, S) {
    const stone = (l, a = 1) => `hsla(32,9%,${l}%,${a})`;
    // base plinth
    fillPoly(
      A,
      [
        [8, 121],
        [552, 121],
        [555, 132],
        [5, 132],
      ],
      stone(24),
    );
    fillPoly(
      H,
      [
        [8, 121],
        [552, 121],
        [555, 132],
        [5, 132],
      ],
      'rgb(120,0,0)',
    );
    // body front
    fillPoly(
      A,
      [
        [18, 58],
        [542, 58],
        [546, 122],
        [14, 122],
      ],
      stone(36),
    );
    fillPoly(
      H,
      [
        [18, 58],
        [542, 58],
        [546, 122],
        [14, 122],
      ],
      'rgb(150,0,0)',
    );
    // carved front: three recessed panels with arcading; the middle one with a cross in a roundel
    const panels = [
      [40, 196],
      [214, 346],
      [364, 520],
    ];
    for (const [x0, x1] of panels) {
      const y0 = 70,
        y1 = 112;
      fillPoly(
        A,
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
        ],
        stone(27),
      );
      fillPoly(
        H,
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
        ],
        'rgb(70,0,0)',
      );
      // inner shadow (top/left edge in shadow, bottom lip catching light)
      A.fillStyle = 'rgba(0,0,0,0.35)';
      A.fillRect(x0, y0, x1 - x0, 3);
      A.fillRect(x0, y0, 2, y1 - y0);
      A.fillStyle = 'rgba(255,235,210,0.12)';
      A.fillRect(x0, y1 - 2, x1 - x0, 2);
      if (x0 === 214) {
        const cx = (x0 + x1) / 2,
          cy = (y0 + y1) / 2;
        A.beginPath();
        A.arc(cx, cy, 17, 0, 7);
        A.fillStyle = stone(37);
        A.fill();
        A.beginPath();
        A.arc(cx, cy, 13, 0, 7);
        A.fillStyle = stone(25);
        A.fill();
        H.beginPath();
        H.arc(cx, cy, 17, 0, 7);
        H.fillStyle = 'rgb(150,0,0)';
        H.fill();
        H.beginPath();
        H.arc(cx, cy, 13, 0, 7);
        H.fillStyle = 'rgb(80,0,0)';
        H.fill();
        // cross pattée
        const cross = (g, st) => {
          g.fillStyle = st;
          g.beginPath();
          for (const a of [0, 1, 2, 3]) {
            g.save();
            g.translate(cx, cy);
            g.rotate((a * Math.PI) / 2);
            g.moveTo(-2, 0);
            g.lineTo(-6, -11);
            g.lineTo(6, -11);
            g.lineTo(2, 0);
            g.restore();
          }
          g.fill();
        };
        // build the path with explicit points (transform-free)
        const cpts = [];
        for (const a of [0, 1, 2, 3]) {
          const c = Math.cos((a * Math.PI) / 2),
            s = Math.sin((a * Math.PI) / 2);
          const rot = (x, y) => [cx + x * c - y * s, cy + x * s + y * c];
          cpts.push([rot(-2, 0), rot(-5.5, -11), rot(5.5, -11), rot(2, 0)]);
        }
        for (const q of cpts) {
          fillPoly(A, q, stone(40));
          fillPoly(H, q, 'rgb(170,0,0)');
        }
        void cross;
        // flanking rosettes
        for (const dx of [-46, 46]) {
          for (let p = 0; p < 6; p++) {
            const a = (p / 6) * Math.PI * 2;
            A.beginPath();
            A.ellipse(cx + dx + Math.cos(a) * 5, cy + Math.sin(a) * 5, 4, 2.4, a, 0, 7);
            A.fillStyle = stone(36);
            A.fill();
            H.beginPath();
            H.ellipse(cx + dx + Math.cos(a) * 5, cy + Math.sin(a) * 5, 4, 2.4, a, 0, 7);
            H.fillStyle = 'rgb(140,0,0)';
            H.fill();
          }
          A.beginPath();
          A.arc(cx + dx, cy, 2.5, 0, 7);
          A.fillStyle = stone(42);
          A.fill();
        }
      } else {
        // blind arcade: 5 small round arches on colonnettes
        const n = 5,
          bw = (x1 - x0 - 12) / n;
        for (let i = 0; i < n; i++) {
          const ax = x0 + 6 + i * bw,
            acx = ax + bw / 2,
            r = bw / 2 - 3;
          A.beginPath();
          A.moveTo(ax + 3, y1 - 4);
          A.lineTo(ax + 3, y0 + 10 + r);
          A.arc(acx, y0 + 10 + r, r, Math.PI, 0);
          A.lineTo(ax + bw - 3, y1 - 4);
          A.closePath();
          A.fillStyle = stone(20);
          A.fill();
          H.beginPath();
          H.moveTo(ax + 3, y1 - 4);
          H.lineTo(ax + 3, y0 + 10 + r);
          H.arc(acx, y0 + 10 + r, r, Math.PI, 0);
          H.lineTo(ax + bw - 3, y1 - 4);
          H.closePath();
          H.fillStyle = 'rgb(35,0,0)';
          H.fill();
          // colonnette
          A.fillStyle = stone(38);
          A.fillRect(ax + bw - 3.5, y0 + 8, 3, y1 - y0 - 12);
          H.fillStyle = 'rgb(160,0,0)';
          H.fillRect(ax + bw - 3.5, y0 + 8, 3, y1 - y0 - 12);
        }
      }
    }
    // mouldings above and below the panels
    for (const [y, h] of [
      [60, 6],
      [116, 6],
    ]) {
      A.fillStyle = stone(40);
      A.fillRect(16, y, 528, h);
      A.fillStyle = 'rgba(0,0,0,0.3)';
      A.fillRect(16, y + h - 1.5, 528, 1.5);
      H.fillStyle = 'rgb(190,0,0)';
      H.fillRect(16, y, 528, h);
    }
    // lid slab front face with a chamfer
    fillPoly(
      A,
      [
        [3, 44],
        [557, 44],
        [556, 58],
        [4, 58],
      ],
      stone(38),
    );
    fillPoly(
      A,
      [
        [3, 44],
        [557, 44],
        [555, 47],
        [5, 47],
      ],
      stone(46),
    );
    A.fillStyle = 'rgba(0,0,0,0.45)';
    A.fillRect(10, 58, 540, 4);
    fillPoly(
      H,
      [
        [3, 44],
        [557, 44],
        [556, 58],
        [4, 58],
      ],
      'rgb(215,0,0)',
    );
    // lid top (perspective): lighter, worn smooth, faint incised border
    const top = [
      [26, 3],
      [534, 3],
      [557, 44],
      [3, 44],
    ];
    fillPoly(A, top, stone(43));
    A.save();
    poly(A, top);
    A.clip();
    A.fillStyle = linear(A, 0, 3, 0, 44, [
      [0, 'rgba(0,0,0,0.28)'],
      [1, 'rgba(255,240,220,0.05)'],
    ]);
    A.fillRect(0, 0, 560, 46);
    A.strokeStyle = 'rgba(20,16,14,0.45)';
    A.lineWidth = 1;
    poly(A, [
      [44, 9],
      [516, 9],
      [532, 38],
      [28, 38],
    ]);
    A.stroke();
    // wax puddles where candles burned for months
    for (const [x, y] of [
      [40, 14],
      [50, 18],
      [520, 15],
      [512, 19],
      [270, 30],
      [300, 26],
    ]) {
      A.fillStyle = 'rgba(205,192,165,0.55)';
      A.beginPath();
      A.ellipse(x + R.range(-3, 3), y, R.range(4, 9), R.range(1.5, 2.5), 0, 0, 7);
      A.fill();
    }
    A.restore();
    H.fillStyle = linear(H, 0, 3, 0, 44, [
      [0, 'rgb(200,0,0)'],
      [1, 'rgb(255,0,0)'],
    ]);
    poly(H, top);
    H.fill();
    // grime, grain, chips, cracks
    const w = S.w,
      h = S.h;
    overlay(
      A,
      noiseCanvas(w, h, {
        seed: 31,
        scale: 60,
        oct: 5,
        lo: 0.2,
        hi: 0.85,
        fn: (v) => {
          const b = 95 + v * 160;
          return [b, b * 0.97, b * 0.92];
        },
      }),
      'multiply',
      0.75,
    );
    overlay(
      A,
      noiseCanvas(w, h, {
        seed: 32,
        scale: 2.5,
        oct: 3,
        lo: 0.2,
        hi: 0.8,
        fn: (v) => {
          const b = 160 + v * 95;
          return [b, b, b];
        },
      }),
      'multiply',
      0.45,
    );
    layer(
      A,
      (g) => {
        for (let i = 0; i < 14; i++) {
          const x = R.range(20, 540),
            y = R.range(60, 120);
          g.fillStyle = 'rgba(10,8,6,0.5)';
          g.beginPath();
          g.ellipse(x, y, R.range(3, 10), R.range(8, 26), 0, 0, 7);
          g.fill();
        }
      },
      'source-over',
      0.6,
      5,
    );
    // cracks
    for (let i = 0; i < 5; i++) {
      let x = R.range(30, 530),
        y = R.range(58, 70);
      A.strokeStyle = 'rgba(12,10,8,0.8)';
      A.lineWidth = 0.8;
      A.beginPath();
      A.moveTo(x, y);
      for (let k = 0; k < 6; k++) {
        x += R.range(-6, 6);
        y += R.range(4, 9);
        A.lineTo(x, y);
      }
      A.stroke();
    }
    // chipped lid corners
    A.save();
    A.globalCompositeOperation = 'destination-out';
    for (const [x, y] of [
      [3, 44],
      [557, 44],
      [4, 58],
      [556, 58],
    ]) {
      A.beginPath();
      A.arc(x, y, R.range(2, 3.5), 0, 7);
      A.fill();
    }
    A.restore();
    // underside occlusion (bottom) + ends darker
    A.save();
    A.globalCompositeOperation = 'source-atop';
    A.fillStyle = linear(A, 0, 0, 560, 0, [
      [0, 'rgba(0,0,0,0.35)'],
      [0.08, 'rgba(0,0,0,0)'],
      [0.92, 'rgba(0,0,0,0)'],
      [1, 'rgba(0,0,0,0.35)'],
    ]);
    A.fillRect(0, 0, 560, 132);
    A.fillStyle = linear(A, 0, 100, 0, 132, [
      [0, 'rgba(0,0,0,0)'],
      [1, 'rgba(0,0,0,0.4)'],
    ]);
    A.fillRect(0, 100, 560, 32);
    A.restore();
    H.save();
    H.setTransform(1, 0, 0, 1, 0, 0);
    H.globalCompositeOperation = 'lighter';
    H.globalAlpha = 0.25;
    H.drawImage(noiseCanvas(w, h, { seed: 33, scale: 5, oct: 4, fn: (v) => [v * 255, 0, 0] }), 0, 0);
    H.restore();
  },
});

// ---------------------------------------------------------------- candles
function drawCandle(A, H, R, { w, h, cw, lean = 0 }) {
  const cx = w / 2,
    base = h - 2,
    top = 5,
    rx = cw / 2;
  contactShadow(A, cx + 1, base + 0.8, rx + 5, 2.2, 0.5);
  // wax puddle at the foot
  A.fillStyle = 'rgb(214,200,170)';
  A.beginPath();
  A.ellipse(cx + 0.5, base, rx + 3.5, 2.2, 0, 0, 7);
  A.fill();
  H.fillStyle = 'rgb(90,0,0)';
  H.beginPath();
  H.ellipse(cx + 0.5, base, rx + 3.5, 2.2, 0, 0, 7);
  H.fill();
  // body
  const body = new Path2D();
  body.moveTo(cx - rx, base);
  body.lineTo(cx - rx + lean * 0.3, top + 4);
  // melted irregular rim
  const n = 8;
  for (let i = 0; i <= n; i++) {
    const x = cx - rx + (i / n) * 2 * rx;
    body.lineTo(x + lean * 0.3, top + 2 + Math.sin(i * 1.9) * 1.2 + (i === 2 || i === 6 ? -1.5 : 0));
  }
  body.lineTo(cx + rx, base);
  body.closePath();
  A.fillStyle = linear(A, cx - rx, 0, cx + rx, 0, [
    [0, 'rgb(150,132,108)'],
    [0.25, 'rgb(226,212,184)'],
    [0.5, 'rgb(238,226,200)'],
    [0.8, 'rgb(206,190,160)'],
    [1, 'rgb(128,112,92)'],
  ]);
  A.fill(body);
  H.fillStyle = 'rgb(120,0,0)';
  H.fill(body);
  // translucent warm glow near the top (wax lit from within)
  layer(
    A,
    (g) => {
      g.fillStyle = linear(g, 0, top, 0, top + 14, [
        [0, 'rgba(255,190,110,0.55)'],
        [1, 'rgba(255,190,110,0)'],
      ]);
      g.fillRect(0, 0, w, top + 16);
    },
    'source-over',
    1,
  );
  // drips: rounded runs from the rim
  const drips = Math.max(2, Math.round(cw / 4));
  for (let i = 0; i < drips; i++) {
    const x = cx - rx + 1 + R() * (cw - 2),
      len = R.range(4, Math.min(h * 0.55, 18 + h * 0.2)),
      dw = R.range(1.3, 2.4);
    const edge = Math.abs(x - cx) > rx * 0.6;
    const p = new Path2D();
    p.moveTo(x - dw, top + 2);
    p.lineTo(x - dw * 0.8, top + len);
    p.arc(x, top + len, dw * 0.95, Math.PI, 0, true);
    p.lineTo(x + dw, top + 2);
    p.closePath();
    A.fillStyle = edge ? 'rgb(200,184,152)' : 'rgb(246,236,212)';
    A.fill(p);
    A.fillStyle = 'rgba(255,255,240,0.35)';
    A.fillRect(x - dw * 0.4, top + 3, dw * 0.5, len - 2);
    H.fillStyle = 'rgb(210,0,0)';
    H.fill(p);
  }
  // cup on top + wick
  A.fillStyle = 'rgb(170,150,120)';
  A.beginPath();
  A.ellipse(cx + lean * 0.3, top + 3, rx - 1.2, 1.6, 0, 0, 7);
  A.fill();
  H.fillStyle = 'rgb(60,0,0)';
  H.beginPath();
  H.ellipse(cx + lean * 0.3, top + 3, rx - 1.2, 1.6, 0, 0, 7);
  H.fill();
  A.strokeStyle = 'rgb(30,22,18)';
  A.lineWidth = 1.1;
  A.beginPath();
  A.moveTo(cx + lean * 0.3, top + 3);
  A.quadraticCurveTo(cx + 0.6, top, cx + 0.3, 0.8);
  A.stroke();
  A.fillStyle = 'rgb(255,140,60)';
  A.fillRect(cx, 0.6, 0.8, 0.9);
  overlay(
    A,
    noiseCanvas(A.canvas.width, A.canvas.height, {
      seed: 41 + h,
      scale: 6,
      oct: 3,
      fn: (v) => {
        const b = 200 + v * 55;
        return [b, b, b];
      },
    }),
    'multiply',
    0.6,
  );
}
for (const [name, dw, dh, cw] of [
  ['candle_tall', 24, 64, 15],
  ['candle_mid', 20, 40, 11],
  ['candle_short', 22, 28, 12],
]) {
  ART.add({
    name,
    dw,
    dh,
    k: 1.5,
    lit: true,
    seed: 300 + dh,
    title: `Candle (${name.split('_')[1]})`,
    source: 'scripts/art/page/20-props.js (wax body, drips, seeded noise)',
    normal: { bevel: 5, bevelDepth: 0.8, detail: 0.6, strength: 1.6, soften: 0.6 },
    draw(A, H, R) {
      drawCandle(A, H, R, { w: dw, h: dh, cw });
    },
  });
}

// ---------------------------------------------------------------- lighter (silver flip-top)
function lighterBody(A, H, x0, y0, w, h) {
  const body = new Path2D();
  body.roundRect(x0, y0, w, h, [0, 0, 3, 3]);
  A.fillStyle = linear(A, x0, 0, x0 + w, 0, [
    [0, 'rgb(90,92,98)'],
    [0.18, 'rgb(235,236,240)'],
    [0.32, 'rgb(170,172,180)'],
    [0.62, 'rgb(120,122,130)'],
    [0.85, 'rgb(210,212,218)'],
    [1, 'rgb(80,82,88)'],
  ]);
  A.fill(body);
  H.fillStyle = 'rgb(150,0,0)';
  H.fill(body);
  // brushed lines + scuffs
  A.save();
  A.clip(body);
  A.globalAlpha = 0.12;
  A.strokeStyle = '#000';
  A.lineWidth = 0.25;
  for (let y = y0 + 0.5; y < y0 + h; y += 0.9) {
    A.beginPath();
    A.moveTo(x0, y);
    A.lineTo(x0 + w, y);
    A.stroke();
  }
  A.restore();
}
function drawLighter(A, H, R, open) {
  const bx = 15,
    bw = 22,
    by = 30,
    bh = 21; // body (bottom at 51)
  contactShadow(A, bx + bw / 2 + 2, 50.5, 16, 2.2, 0.5);
  lighterBody(A, H, bx, by, bw, bh);
  // seam line between body and lid
  A.fillStyle = 'rgba(20,20,24,0.9)';
  A.fillRect(bx, by, bw, 0.8);
  if (!open) {
    const lid = new Path2D();
    lid.roundRect(bx, by - 12.5, bw, 12.5, [3, 3, 0, 0]);
    A.save();
    A.clip(lid);
    lighterBody(A, H, bx, by - 13, bw, 13);
    A.restore();
    H.fillStyle = 'rgb(160,0,0)';
    H.fill(lid);
    // hinge
    A.fillStyle = 'rgb(60,60,66)';
    A.fillRect(bx + bw - 1, by - 3, 1.4, 6);
  } else {
    // chimney with holes
    const cx0 = bx + 2.5,
      cw = 15,
      ch = 10;
    A.fillStyle = linear(A, cx0, 0, cx0 + cw, 0, [
      [0, 'rgb(120,120,126)'],
      [0.3, 'rgb(220,222,228)'],
      [1, 'rgb(100,100,108)'],
    ]);
    A.fillRect(cx0, by - ch, cw, ch);
    H.fillStyle = 'rgb(200,0,0)';
    H.fillRect(cx0, by - ch, cw, ch);
    A.fillStyle = 'rgb(18,16,18)';
    for (const [x, y] of [
      [3, 3],
      [7.5, 3],
      [12, 3],
      [3, 6.6],
      [7.5, 6.6],
      [12, 6.6],
    ]) {
      A.beginPath();
      A.arc(cx0 + x, by - ch + y, 1.1, 0, 7);
      A.fill();
      H.fillStyle = 'rgb(80,0,0)';
      H.beginPath();
      H.arc(cx0 + x, by - ch + y, 1.1, 0, 7);
      H.fill();
    }
    // wick
    A.fillStyle = 'rgb(60,40,30)';
    A.fillRect(cx0 + 6.5, by - ch - 1.6, 2, 1.8);
    // flint wheel (right of chimney)
    A.fillStyle = 'rgb(90,90,96)';
    A.beginPath();
    A.arc(cx0 + cw + 2.3, by - 5, 2.6, 0, 7);
    A.fill();
    A.strokeStyle = 'rgb(40,40,44)';
    A.lineWidth = 0.5;
    for (let i = 0; i < 8; i++) {
      const a = (i / 8) * 7;
      A.beginPath();
      A.moveTo(cx0 + cw + 2.3, by - 5);
      A.lineTo(cx0 + cw + 2.3 + Math.cos(a) * 2.6, by - 5 + Math.sin(a) * 2.6);
      A.stroke();
    }
    H.fillStyle = 'rgb(210,0,0)';
    H.beginPath();
    H.arc(cx0 + cw + 2.3, by - 5, 2.6, 0, 7);
    H.fill();
    // lid swung open on its hinge, hanging to the right, inside visible
    A.save();
    A.translate(bx + bw + 0.5, by + 0.5);
    A.rotate(Math.PI * 0.56);
    const lid = new Path2D();
    lid.roundRect(-12.5, -0.5, 12.5, bw, [3, 0, 0, 3]);
    A.fillStyle = linear(A, 0, 0, 0, bw, [
      [0, 'rgb(80,80,88)'],
      [0.3, 'rgb(200,202,210)'],
      [0.7, 'rgb(130,132,140)'],
      [1, 'rgb(70,70,78)'],
    ]);
    A.fill(lid);
    A.fillStyle = 'rgba(10,10,12,0.8)';
    A.fillRect(-11, 1.5, 10, bw - 4);
    A.restore();
    H.save();
    H.translate(bx + bw + 0.5, by + 0.5);
    H.rotate(Math.PI * 0.56);
    H.fillStyle = 'rgb(150,0,0)';
    H.fill(lid);
    H.fillStyle = 'rgb(70,0,0)';
    H.fillRect(-11, 1.5, 10, bw - 4);
    H.restore();
    A.fillStyle = 'rgb(60,60,66)';
    A.fillRect(bx + bw - 1, by - 2, 2, 5);
  }
  // specular glints
  A.fillStyle = 'rgba(255,255,255,0.9)';
  A.fillRect(bx + 3.5, by + 2, 1.2, bh - 5);
  A.fillStyle = 'rgba(255,255,255,0.5)';
  A.fillRect(bx + bw - 4, by + 3, 0.8, bh - 8);
  // engraved initial-like scroll (no letter)
  A.strokeStyle = 'rgba(40,40,46,0.6)';
  A.lineWidth = 0.6;
  A.beginPath();
  A.ellipse(bx + bw / 2, by + bh / 2 + 1, 4.5, 3, 0, 0, 7);
  A.stroke();
}
for (const [name, open] of [
  ['lighter_shut', false],
  ['lighter_open', true],
]) {
  ART.add({
    name,
    dw: 52,
    dh: 52,
    k: 2,
    lit: true,
    seed: 400 + (open ? 1 : 0),
    title: `Silver flip-top lighter (${open ? 'open' : 'shut'})`,
    source: 'scripts/art/page/20-props.js (drawn metal body, brushed lines)',
    normal: { bevel: 3, bevelDepth: 0.9, detail: 0.5, strength: 1.5 },
    draw(A, H, R) {
      drawLighter(A, H, R, open);
    },
  });
}

// ---------------------------------------------------------------- cigarettes (soft pack, dark red, invented brand)
function drawPack(A, H, R, open) {
  const x0 = 4,
    y0 = 12,
    w = 22,
    h = 31; // pack; bottom at 43
  contactShadow(A, x0 + w / 2 + 1.5, 42.6, 14.5, 1.8, 0.5);
  const pack = new Path2D();
  pack.roundRect(x0, y0, w, h, 1.5);
  A.fillStyle = linear(A, x0, 0, x0 + w, 0, [
    [0, 'rgb(70,12,16)'],
    [0.3, 'rgb(150,26,30)'],
    [0.7, 'rgb(128,20,26)'],
    [1, 'rgb(60,10,14)'],
  ]);
  A.fill(pack);
  H.fillStyle = 'rgb(150,0,0)';
  H.fill(pack);
  // cream band + invented crest (a little crown over a shield) and unreadable lines
  A.fillStyle = 'rgb(226,212,182)';
  A.fillRect(x0, y0 + 13, w, 8);
  A.fillStyle = 'rgb(150,26,30)';
  A.beginPath();
  A.moveTo(x0 + w / 2 - 3.5, y0 + 14);
  A.lineTo(x0 + w / 2 + 3.5, y0 + 14);
  A.lineTo(x0 + w / 2 + 3.5, y0 + 17.5);
  A.lineTo(x0 + w / 2, y0 + 20);
  A.lineTo(x0 + w / 2 - 3.5, y0 + 17.5);
  A.closePath();
  A.fill();
  A.fillStyle = 'rgb(196,160,80)';
  for (const dx of [-3, 0, 3]) {
    A.beginPath();
    A.arc(x0 + w / 2 + dx, y0 + 11, 0.9, 0, 7);
    A.fill();
  }
  A.fillRect(x0 + w / 2 - 3.5, y0 + 11.5, 7, 1);
  A.fillStyle = 'rgba(226,212,182,0.8)';
  A.fillRect(x0 + 4, y0 + 24, w - 8, 1);
  A.fillRect(x0 + 6, y0 + 26.5, w - 12, 0.8);
  // gold pin-stripes
  A.fillStyle = 'rgba(200,160,80,0.8)';
  A.fillRect(x0, y0 + 12.4, w, 0.5);
  A.fillRect(x0, y0 + 21, w, 0.5);
  // soft pack creases
  A.strokeStyle = 'rgba(30,0,4,0.5)';
  A.lineWidth = 0.5;
  for (let i = 0; i < 4; i++) {
    A.beginPath();
    const x = x0 + 3 + R() * (w - 6);
    A.moveTo(x, y0 + 2 + R() * 6);
    A.lineTo(x + R.range(-2, 2), y0 + h - 2 - R() * 6);
    A.stroke();
    H.strokeStyle = 'rgb(80,0,0)';
    H.lineWidth = 0.8;
    H.beginPath();
    H.moveTo(x, y0 + 4);
    H.lineTo(x + 1, y0 + h - 4);
    H.stroke();
  }
  if (open) {
    // torn foil at the top and three cigarettes poking out
    A.fillStyle = 'rgb(190,190,196)';
    A.beginPath();
    A.moveTo(x0 + 2, y0 + 1);
    for (let i = 0; i <= 8; i++) A.lineTo(x0 + 2 + (i * (w - 4)) / 8, y0 - 1.5 + (i % 2) * 1.8);
    A.lineTo(x0 + w - 2, y0 + 2);
    A.closePath();
    A.fill();
    for (const [dx, up] of [
      [-5, 8],
      [0, 11],
      [5, 6],
    ]) {
      const cx = x0 + w / 2 + dx;
      A.fillStyle = 'rgb(196,140,80)';
      A.fillRect(cx - 2, y0 - up, 4, 5);
      A.fillStyle = 'rgba(90,50,20,0.5)';
      for (let k = 0; k < 4; k++) A.fillRect(cx - 1.5 + R() * 3, y0 - up + R() * 4, 0.6, 0.6);
      A.fillStyle = 'rgb(210,170,110)';
      A.beginPath();
      A.ellipse(cx, y0 - up, 2, 0.8, 0, 0, 7);
      A.fill();
      A.fillStyle = 'rgb(236,230,216)';
      A.fillRect(cx - 2, y0 - up + 5, 4, up - 3);
      H.fillStyle = 'rgb(220,0,0)';
      H.fillRect(cx - 2, y0 - up, 4, up + 2);
    }
  } else {
    A.fillStyle = 'rgb(110,18,22)';
    A.fillRect(x0 + 1, y0, w - 2, 2.5);
    A.fillStyle = 'rgba(226,212,182,0.9)';
    A.fillRect(x0 + w / 2 - 4, y0 + 0.5, 8, 1.2); // tear strip
  }
  overlay(
    A,
    noiseCanvas(A.canvas.width, A.canvas.height, {
      seed: 51,
      scale: 4,
      oct: 3,
      fn: (v) => {
        const b = 200 + v * 55;
        return [b, b, b];
      },
    }),
    'multiply',
    0.6,
  );
}
for (const [name, open] of [
  ['cigarettes_closed', false],
  ['cigarettes_open', true],
]) {
  ART.add({
    name,
    dw: 30,
    dh: 44,
    k: 2,
    lit: true,
    seed: 500 + (open ? 1 : 0),
    title: `Pack of cigarettes (${open ? 'open' : 'closed'}; invented brand)`,
    source: 'scripts/art/page/20-props.js (drawn soft pack, invented crest)',
    normal: { bevel: 4, bevelDepth: 0.8, detail: 0.7, strength: 1.4, soften: 0.6 },
    draw(A, H, R) {
      drawPack(A, H, R, open);
    },
  });
}

// ---------------------------------------------------------------- a single cigarette, resting, ember end right
ART.add({
  name: 'cigarette',
  dw: 34,
  dh: 10,
  k: 2,
  lit: true,
  seed: 601,
  title: 'A burning cigarette',
  source: 'scripts/art/page/20-props.js (drawn paper, filter, ash and ember)',
  normal: { bevel: 2, bevelDepth: 0.8, detail: 0.4, strength: 1.4 },
  draw(A, H) {
    const y = 6.5,
      r = 1.7; // resting slightly tilted up to the right
    contactShadow(A, 16, 8.6, 15, 1.4, 0.45);
    A.save();
    A.translate(17, y);
    A.rotate(-0.08);
    const cyl = (x0, x1, stops) => {
      A.fillStyle = linear(A, 0, -r, 0, r, stops);
      A.fillRect(x0, -r, x1 - x0, 2 * r);
      H.fillStyle = 'rgb(200,0,0)';
      H.save();
      H.translate(17, y);
      H.rotate(-0.08);
      H.fillRect(x0, -r, x1 - x0, 2 * r);
      H.restore();
    };
    cyl(-15, -8, [
      [0, 'rgb(230,180,120)'],
      [0.4, 'rgb(200,140,80)'],
      [1, 'rgb(110,70,36)'],
    ]);
    cyl(-8, 10, [
      [0, 'rgb(255,252,244)'],
      [0.45, 'rgb(236,230,220)'],
      [1, 'rgb(140,134,126)'],
    ]);
    A.fillStyle = 'rgba(200,160,90,0.7)';
    A.fillRect(-8.4, -r, 0.8, 2 * r);
    cyl(10, 13.5, [
      [0, 'rgb(180,176,170)'],
      [0.5, 'rgb(120,116,112)'],
      [1, 'rgb(60,58,56)'],
    ]); // ash
    A.fillStyle = 'rgb(255,120,40)';
    A.fillRect(13.2, -r + 0.2, 1.4, 2 * r - 0.4);
    A.fillStyle = 'rgb(255,220,140)';
    A.fillRect(13.6, -0.5, 0.7, 1);
    A.fillStyle = 'rgba(40,30,20,0.6)';
    for (const x of [-13, -11, -9.5]) A.fillRect(x, -0.6, 0.7, 0.7);
    A.restore();
  },
});

// ---------------------------------------------------------------- bourbon bottle (amber glass, invented label)
function bottleOutline(g) {
  const p = new Path2D(),
    cx = 14;
  p.moveTo(cx - 3.2, 1);
  p.lineTo(cx + 3.2, 1);
  p.lineTo(cx + 3.2, 12);
  p.lineTo(cx + 2.6, 13);
  p.lineTo(cx + 2.8, 30);
  p.bezierCurveTo(cx + 3, 40, cx + 11, 42, cx + 11.5, 52);
  p.lineTo(cx + 11.5, 97);
  p.quadraticCurveTo(cx + 11.5, 99.5, cx + 9, 99.5);
  p.lineTo(cx - 9, 99.5);
  p.quadraticCurveTo(cx - 11.5, 99.5, cx - 11.5, 97);
  p.lineTo(cx - 11.5, 52);
  p.bezierCurveTo(cx - 11, 42, cx - 3, 40, cx - 2.8, 30);
  p.lineTo(cx - 2.6, 13);
  p.lineTo(cx - 3.2, 12);
  p.closePath();
  return p;
}
function drawBottle(A, H, R, level) {
  const cx = 14,
    p = bottleOutline();
  contactShadow(A, cx + 1, 99.4, 14, 1.6, 0.5);
  // glass (dark amber, a little transparent)
  A.fillStyle = linear(A, cx - 11.5, 0, cx + 11.5, 0, [
    [0, 'rgba(40,18,6,0.95)'],
    [0.3, 'rgba(120,60,20,0.85)'],
    [0.6, 'rgba(90,42,14,0.85)'],
    [1, 'rgba(30,12,4,0.95)'],
  ]);
  A.fill(p);
  H.fillStyle = 'rgb(150,0,0)';
  H.fill(p);
  // bourbon inside
  A.save();
  A.clip(p);
  const ly = 100 - level * 64;
  A.fillStyle = linear(A, cx - 11, 0, cx + 11, 0, [
    [0, 'rgba(120,50,8,0.95)'],
    [0.35, 'rgba(220,120,30,0.95)'],
    [0.55, 'rgba(250,160,60,0.95)'],
    [1, 'rgba(90,36,6,0.95)'],
  ]);
  A.fillRect(cx - 11, ly, 22, 100 - ly);
  A.fillStyle = 'rgba(255,210,130,0.8)';
  A.fillRect(cx - 10, ly, 20, 0.8);
  A.restore();
  // stopper: wooden cap with wax seal drip
  A.fillStyle = linear(A, cx - 4, 0, cx + 4, 0, [
    [0, 'rgb(50,26,14)'],
    [0.4, 'rgb(120,70,36)'],
    [1, 'rgb(40,20,10)'],
  ]);
  A.fillRect(cx - 4, 0, 8, 8);
  A.fillStyle = 'rgb(110,16,18)';
  A.fillRect(cx - 3.4, 8, 6.8, 5);
  A.beginPath();
  A.moveTo(cx - 2, 13);
  A.quadraticCurveTo(cx - 1.4, 17, cx - 0.6, 13);
  A.fill();
  H.fillStyle = 'rgb(220,0,0)';
  H.fillRect(cx - 4, 0, 8, 8);
  // label: cream with black band, gold rules, a horse-and-barrel-ish emblem (invented), no text
  const lx = cx - 10.5,
    lw = 21,
    ly0 = 58,
    lh = 26;
  A.fillStyle = 'rgb(222,204,162)';
  A.fillRect(lx, ly0, lw, lh);
  A.fillStyle = 'rgb(26,20,16)';
  A.fillRect(lx, ly0 + 4, lw, 7);
  A.fillStyle = 'rgb(200,160,80)';
  A.fillRect(lx, ly0 + 3.3, lw, 0.6);
  A.fillRect(lx, ly0 + 11.2, lw, 0.6);
  A.fillStyle = 'rgba(222,204,162,0.85)';
  A.fillRect(lx + 4, ly0 + 6.8, lw - 8, 1.4);
  A.strokeStyle = 'rgba(60,30,16,0.9)';
  A.lineWidth = 0.8;
  A.beginPath();
  A.ellipse(cx, ly0 + 17.5, 4, 3.4, 0, 0, 7);
  A.stroke();
  A.fillStyle = 'rgba(60,30,16,0.85)';
  A.fillRect(lx + 5, ly0 + 22.5, lw - 10, 0.8);
  A.fillStyle = 'rgba(120,80,40,0.35)';
  A.fillRect(lx, ly0, lw, 1);
  H.fillStyle = 'rgb(170,0,0)';
  H.fillRect(lx, ly0, lw, lh);
  // shading + glass highlights (catch the candles)
  layer(A, (g) => {
    g.fillStyle = linear(g, cx - 11.5, 0, cx + 11.5, 0, [
      [0, 'rgba(0,0,0,0.45)'],
      [0.25, 'rgba(0,0,0,0)'],
      [0.75, 'rgba(0,0,0,0)'],
      [1, 'rgba(0,0,0,0.5)'],
    ]);
    g.fillRect(0, 0, 28, 100);
  });
  A.fillStyle = 'rgba(255,236,200,0.85)';
  A.fillRect(cx - 8.5, 44, 1.3, 12);
  A.fillRect(cx - 8.5, 86, 1.3, 10);
  A.fillRect(cx - 1.8, 14, 0.9, 14);
  A.fillStyle = 'rgba(255,236,200,0.4)';
  A.fillRect(cx + 7.5, 48, 0.9, 46);
}
for (const [name, level] of [
  ['bottle_full', 0.92],
  ['bottle_poured', 0.5],
]) {
  ART.add({
    name,
    dw: 28,
    dh: 100,
    k: 2,
    lit: true,
    seed: 700,
    title: `Bottle of bourbon (${name.endsWith('full') ? 'full' : 'poured'}; invented label)`,
    source: 'scripts/art/page/20-props.js (drawn glass, liquid, label)',
    normal: { bevel: 7, bevelDepth: 1, detail: 0.5, strength: 1.6 },
    draw(A, H, R) {
      drawBottle(A, H, R, level);
    },
  });
}

// ---------------------------------------------------------------- tumbler (heavy base)
function drawGlass(A, H, R, full) {
  const cx = 16,
    top = 4,
    bot = 35,
    rt = 12.5,
    rb = 11;
  // a warm caustic where the light comes through the glass (full) / a faint shadow (empty)
  if (full) {
    A.fillStyle = radial(A, cx + 3, bot, 0, 14, [
      [0, 'rgba(255,170,70,0.45)'],
      [1, 'rgba(255,150,50,0)'],
    ]);
    A.fillRect(cx - 12, bot - 2, 28, 3);
  }
  A.fillStyle = 'rgba(0,0,0,0.35)';
  A.fillRect(cx - rb + 1, bot - 0.5, 2 * rb - 2, 1);
  const p = new Path2D();
  p.moveTo(cx - rt, top);
  p.lineTo(cx + rt, top);
  p.lineTo(cx + rb, bot - 1);
  p.quadraticCurveTo(cx + rb, bot, cx + rb - 1.5, bot);
  p.lineTo(cx - rb + 1.5, bot);
  p.quadraticCurveTo(cx - rb, bot, cx - rb, bot - 1);
  p.closePath();
  A.fillStyle = 'rgba(150,160,170,0.22)';
  A.fill(p);
  H.fillStyle = 'rgb(120,0,0)';
  H.fill(p);
  A.save();
  A.clip(p);
  if (full) {
    const ly = top + 13;
    A.fillStyle = linear(A, cx - rt, 0, cx + rt, 0, [
      [0, 'rgba(110,44,8,0.92)'],
      [0.4, 'rgba(230,130,36,0.92)'],
      [0.6, 'rgba(250,170,70,0.92)'],
      [1, 'rgba(90,34,6,0.92)'],
    ]);
    A.fillRect(cx - rt, ly, 2 * rt, bot - ly);
    A.fillStyle = 'rgba(255,200,120,0.9)';
    A.beginPath();
    A.ellipse(cx, ly, rt - 1, 1.6, 0, 0, 7);
    A.fill();
    A.fillStyle = 'rgba(255,230,180,0.6)';
    A.beginPath();
    A.ellipse(cx - 3, ly - 0.2, 4, 0.6, 0, 0, 7);
    A.fill();
  }
  // thick base
  A.fillStyle = 'rgba(190,200,210,0.35)';
  A.fillRect(cx - rb, bot - 7, 2 * rb, 7);
  A.fillStyle = 'rgba(255,255,255,0.55)';
  A.fillRect(cx - rb + 1, bot - 7, 2 * rb - 2, 0.8);
  // facets (vertical cuts)
  for (let i = -3; i <= 3; i++) {
    A.fillStyle = i % 2 ? 'rgba(255,255,255,0.1)' : 'rgba(0,0,0,0.12)';
    A.fillRect(cx + i * 3.4 - 0.6, top + 2, 1.2, bot - top - 9);
    H.fillStyle = i % 2 ? 'rgb(150,0,0)' : 'rgb(100,0,0)';
    H.fillRect(cx + i * 3.4 - 1.5, top + 2, 3, bot - top - 9);
  }
  A.restore();
  // rim and edge highlights
  A.strokeStyle = 'rgba(230,236,240,0.75)';
  A.lineWidth = 0.9;
  A.beginPath();
  A.ellipse(cx, top, rt, 1.8, 0, 0, 7);
  A.stroke();
  A.strokeStyle = 'rgba(220,226,232,0.55)';
  A.lineWidth = 0.8;
  A.beginPath();
  A.moveTo(cx - rt + 0.4, top);
  A.lineTo(cx - rb + 0.4, bot - 1);
  A.moveTo(cx + rt - 0.4, top);
  A.lineTo(cx + rb - 0.4, bot - 1);
  A.stroke();
  A.fillStyle = 'rgba(255,255,255,0.95)';
  A.fillRect(cx - rt + 2.4, top + 3, 1.2, 14);
  A.fillRect(cx + rt - 4, top + 4, 0.8, 5);
  H.strokeStyle = 'rgb(255,0,0)';
  H.lineWidth = 1.4;
  H.beginPath();
  H.ellipse(cx, top, rt, 1.8, 0, 0, 7);
  H.stroke();
}
for (const [name, full] of [
  ['glass_empty', false],
  ['glass_full', true],
]) {
  ART.add({
    name,
    dw: 32,
    dh: 36,
    k: 2,
    lit: true,
    seed: 800,
    title: `Heavy tumbler (${full ? 'full' : 'empty'})`,
    source: 'scripts/art/page/20-props.js (drawn glass, facets, liquid)',
    normal: { bevel: 5, bevelDepth: 1, detail: 0.8, strength: 1.8, alphaCut: 0.1 },
    draw(A, H, R) {
      drawGlass(A, H, R, full);
    },
  });
}
