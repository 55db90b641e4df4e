// Unlit atmosphere sprites: flame, smoke, dust, shaft, grain, ember glow.
'use strict';

ART.add({
  name: 'flame',
  w: 32,
  h: 80,
  scale: 1,
  anchor: 'bottom-centre at the light (the wick); additive',
  lit: false,
  seed: 901,
  title: 'Candle flame (additive)',
  source: 'scripts/art/page/30-fx.js (layered radial gradients, blurred)',
  draw(A) {
    // teardrop: base at the bottom (y≈76), tip at y≈10
    const tear = (g, cx, base, w, h) => {
      g.beginPath();
      g.moveTo(cx, base - h);
      g.bezierCurveTo(cx + w * 0.15, base - h * 0.6, cx + w, base - h * 0.35, cx + w * 0.55, base - 1);
      g.quadraticCurveTo(cx, base + w * 0.25, cx - w * 0.55, base - 1);
      g.bezierCurveTo(cx - w, base - h * 0.35, cx - w * 0.15, base - h * 0.6, cx, base - h);
      g.closePath();
    };
    A.save();
    A.filter = 'blur(4px)';
    tear(A, 16, 76, 11, 60);
    A.fillStyle = 'rgba(255,110,30,0.55)';
    A.fill();
    A.restore();
    A.save();
    A.filter = 'blur(2px)';
    tear(A, 16, 75, 8, 52);
    A.fillStyle = 'rgba(255,160,60,0.9)';
    A.fill();
    A.restore();
    A.save();
    A.filter = 'blur(1.5px)';
    tear(A, 16, 72, 5.5, 38);
    A.fillStyle = 'rgba(255,225,150,1)';
    A.fill();
    A.restore();
    A.save();
    A.filter = 'blur(1px)';
    tear(A, 16, 70, 3.2, 22);
    A.fillStyle = 'rgba(255,252,235,1)';
    A.fill();
    A.restore();
    // faint blue root
    A.save();
    A.filter = 'blur(1.2px)';
    A.fillStyle = 'rgba(90,120,255,0.55)';
    A.beginPath();
    A.ellipse(16, 75, 3.2, 2.2, 0, 0, 7);
    A.fill();
    A.restore();
  },
});

ART.add({
  name: 'smoke',
  w: 64,
  h: 64,
  scale: 1,
  anchor: 'centre',
  lit: false,
  seed: 902,
  title: 'Smoke puff (particle)',
  source: 'scripts/art/page/30-fx.js (seeded noise in a soft radial mask)',
  draw(A) {
    const N = makeNoise(77);
    const img = A.createImageData(64, 64);
    for (let y = 0; y < 64; y++)
      for (let x = 0; x < 64; x++) {
        const dx = (x - 31.5) / 30,
          dy = (y - 31.5) / 30,
          r = Math.hypot(dx, dy);
        const m = Math.max(0, 1 - r);
        const n = N.fbm(x / 14, y / 14, 4);
        const a = Math.pow(m, 1.6) * (0.35 + 0.9 * n);
        const i = (y * 64 + x) * 4;
        img.data[i] = 205;
        img.data[i + 1] = 205;
        img.data[i + 2] = 212;
        img.data[i + 3] = Math.min(255, a * 200);
      }
    A.putImageData(img, 0, 0);
  },
});

ART.add({
  name: 'dust',
  w: 8,
  h: 8,
  scale: 1,
  anchor: 'centre',
  lit: false,
  seed: 903,
  title: 'Dust mote',
  source: 'scripts/art/page/30-fx.js (radial gradient)',
  draw(A) {
    glow(A, 4, 4, 3.8, 'rgba(255,236,210,0.9)');
    A.fillStyle = 'rgba(255,250,240,1)';
    A.fillRect(3.5, 3.5, 1, 1);
  },
});

ART.add({
  name: 'ember_glow',
  w: 24,
  h: 24,
  scale: 1,
  anchor: 'centre',
  lit: false,
  seed: 904,
  title: 'Ember glow',
  source: 'scripts/art/page/30-fx.js (radial gradient)',
  draw(A) {
    A.fillStyle = radial(A, 12, 12, 0, 12, [
      [0, 'rgba(255,220,150,1)'],
      [0.15, 'rgba(255,140,50,0.9)'],
      [0.45, 'rgba(255,80,20,0.35)'],
      [1, 'rgba(255,60,10,0)'],
    ]);
    A.fillRect(0, 0, 24, 24);
  },
});

ART.add({
  name: 'shaft',
  w: 256,
  h: 512,
  scale: 1,
  anchor: 'top-left at (1000, 70): the wedge falls from the stair doorway; additive, alpha ≈0.35',
  lit: false,
  seed: 905,
  title: 'Shaft of cool light from the stairs (additive)',
  source: 'scripts/art/page/30-fx.js (blurred gradient wedge with seeded streaks)',
  draw(A, H, R) {
    // a wedge falling from the doorway (top right) down-left along the stairs
    const { c, g } = canvas(256, 512);
    g.beginPath();
    g.moveTo(130, 0);
    g.lineTo(236, 0);
    g.lineTo(150, 512);
    g.lineTo(0, 512);
    g.closePath();
    g.fillStyle = linear(g, 0, 0, 0, 512, [
      [0, 'rgba(180,205,240,0.9)'],
      [0.4, 'rgba(140,170,220,0.45)'],
      [1, 'rgba(110,140,200,0)'],
    ]);
    g.fill();
    g.fillStyle = radial(g, 190, 40, 0, 110, [
      [0, 'rgba(200,220,255,0.7)'],
      [1, 'rgba(160,190,240,0)'],
    ]);
    g.fillRect(0, 0, 256, 200);
    // streaks
    g.globalCompositeOperation = 'destination-out';
    for (let i = 0; i < 11; i++) {
      const x = R.range(120, 230),
        w = R.range(4, 14);
      g.globalAlpha = R.range(0.35, 0.75);
      g.beginPath();
      g.moveTo(x, 0);
      g.lineTo(x + w, 0);
      g.lineTo(x + w - 180 + R.range(-10, 10), 512);
      g.lineTo(x - 180, 512);
      g.closePath();
      g.fill();
    }
    A.filter = 'blur(7px)';
    A.drawImage(c, 0, 0);
    A.filter = 'none';
  },
});

ART.add({
  name: 'grain',
  w: 256,
  h: 256,
  scale: 1,
  anchor: 'tile',
  lit: false,
  seed: 906,
  opaque: true,
  title: 'Film grain (tileable)',
  source: 'scripts/art/page/30-fx.js (seeded white noise, lightly filtered, wraps at the edges)',
  draw(A, H, R) {
    const img = A.createImageData(256, 256),
      v = new Float32Array(256 * 256);
    for (let i = 0; i < v.length; i++) v[i] = R();
    for (let y = 0; y < 256; y++)
      for (let x = 0; x < 256; x++) {
        const at = (dx, dy) => v[((y + dy) & 255) * 256 + ((x + dx) & 255)];
        const s = at(0, 0) * 0.6 + (at(1, 0) + at(-1, 0) + at(0, 1) + at(0, -1)) * 0.1;
        const b = Math.round(Math.min(255, Math.max(0, 128 + (s - 0.5) * 330)));
        const i = (y * 256 + x) * 4;
        img.data[i] = b;
        img.data[i + 1] = b;
        img.data[i + 2] = b;
        img.data[i + 3] = 255;
      }
    A.putImageData(img, 0, 0);
  },
});
