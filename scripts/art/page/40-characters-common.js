// Shared palettes and painting helpers for the two characters (drawn in on-screen units,
// origin at the bottom centre of the texture, +x right, -y up).
'use strict';

const PAL = {
  leather: 'rgb(34,31,35)',
  leatherDeep: 'rgb(14,13,16)',
  leatherSheen: 'rgba(150,146,165,0.32)',
  spikeSkin: 'rgb(218,200,188)',
  spikeSkinShade: 'rgba(120,80,80,0.45)',
  spikeHair: 'rgb(234,228,208)',
  spikeHairHi: 'rgba(255,253,240,0.9)',
  spikeHairLo: 'rgba(150,140,118,0.7)',
  shirt: 'rgb(104,22,30)',
  tee: 'rgb(26,24,27)',
  jeans: 'rgb(30,31,38)',
  boot: 'rgb(28,23,21)',
  buffySkin: 'rgb(232,196,170)',
  buffySkinShade: 'rgba(150,90,70,0.45)',
  buffyHair: 'rgb(218,174,98)',
  buffyHairHi: 'rgba(255,230,160,0.9)',
  buffyHairLo: 'rgba(130,86,40,0.75)',
  top: 'rgb(118,72,80)',
  herJeans: 'rgb(42,48,70)',
};

// Leather: a near-black base with soft sheen bands along folds (albedo) and creased height.
function leatherPart(A, H, path, R, { folds = [], r = 4, base = 70, lift = 150, sheen = 0.9 } = {}) {
  part(A, H, path, PAL.leather, {
    base,
    lift,
    r,
    shade: (g) => {
      for (const f of folds) {
        const p = shape(f, false);
        g.save();
        g.filter = `blur(${2.2 * FIG.s}px)`;
        g.strokeStyle = PAL.leatherSheen;
        g.globalAlpha = sheen;
        g.lineWidth = 2.4;
        g.stroke(p);
        g.restore();
        g.save();
        g.translate(1.3, 0.6);
        g.filter = `blur(${1.2 * FIG.s}px)`;
        g.strokeStyle = 'rgba(0,0,0,0.55)';
        g.lineWidth = 1.2;
        g.stroke(p);
        g.restore();
      }
    },
  });
  for (const f of folds) {
    const p = shape(f, false);
    H.save();
    H.clip(path);
    H.filter = `blur(${1.6 * FIG.s}px)`;
    H.strokeStyle = 'rgba(255,0,0,0.35)';
    H.lineWidth = 2.6;
    H.stroke(p);
    H.translate(1.3, 0.6);
    H.strokeStyle = 'rgba(0,0,0,0.45)';
    H.lineWidth = 1.2;
    H.stroke(p);
    H.restore();
  }
}

// Hair strands: many thin strokes from a list of guide curves, light on top, darker underneath.
function hairStrands(A, H, clipPath, guides, R, { hi, lo, n = 3, w = 0.6 } = {}) {
  A.save();
  A.clip(clipPath);
  H.save();
  H.clip(clipPath);
  for (const gd of guides) {
    for (let k = 0; k < n; k++) {
      const off = (k - (n - 1) / 2) * 0.9 + R.range(-0.4, 0.4);
      const pts = gd.map(([x, y], i) => [x + off * 0.3 + R.range(-0.2, 0.2), y + off + (i ? R.range(-0.3, 0.3) : 0)]);
      const p = shape(pts, false);
      A.strokeStyle = k % 2 ? lo : hi;
      A.lineWidth = w * R.range(0.7, 1.3);
      A.globalAlpha = R.range(0.45, 0.9);
      A.stroke(p);
      H.strokeStyle = k % 2 ? 'rgba(0,0,0,0.35)' : 'rgba(255,0,0,0.35)';
      H.lineWidth = w * 1.4;
      H.stroke(p);
    }
  }
  A.restore();
  H.restore();
}

// gaze: [dx, dy] moves the iris inside the eye (looking up, down); lowered: the upper lid
// comes down over the top of the iris (a downcast look).
function eye(A, x, y, dir, { closed = false, size = 1, gaze = [0, 0], lowered = false } = {}) {
  A.save();
  A.translate(x, y);
  A.scale(dir * size, size);
  if (closed) {
    A.strokeStyle = 'rgba(40,24,22,0.9)';
    A.lineWidth = 0.8;
    A.beginPath();
    A.moveTo(-1.8, 0);
    A.quadraticCurveTo(0.2, 1.3, 2, 0.2);
    A.stroke();
    A.strokeStyle = 'rgba(30,18,16,0.7)';
    A.lineWidth = 0.5;
    A.beginPath();
    A.moveTo(1.6, 0.4);
    A.lineTo(2.4, 0.9);
    A.stroke();
  } else {
    A.fillStyle = 'rgba(245,236,228,0.95)';
    A.beginPath();
    A.moveTo(-1.6, 0);
    A.quadraticCurveTo(0.3, -1.5, 2.1, -0.2);
    A.quadraticCurveTo(0.4, 1.1, -1.6, 0);
    A.fill();
    const [gx, gy] = gaze;
    // a moved iris stays inside the white (the straight-ahead eye is drawn as it always was)
    A.save();
    if (gx || gy) {
      A.beginPath();
      A.moveTo(-1.6, 0);
      A.quadraticCurveTo(0.3, -1.5, 2.1, -0.2);
      A.quadraticCurveTo(0.4, 1.1, -1.6, 0);
      A.clip();
    }
    A.fillStyle = 'rgb(60,70,84)';
    A.beginPath();
    A.arc(0.8 + gx, -0.2 + gy, 0.95, 0, 7);
    A.fill();
    A.fillStyle = 'rgb(10,10,12)';
    A.beginPath();
    A.arc(0.9 + gx, -0.2 + gy, 0.45, 0, 7);
    A.fill();
    A.fillStyle = 'rgba(255,255,255,0.9)';
    A.fillRect(1.0 + gx, -0.8 + gy, 0.45, 0.45);
    A.restore();
    if (lowered) {
      A.fillStyle = 'rgb(214,170,146)';
      A.beginPath();
      A.moveTo(-1.8, -0.1);
      A.quadraticCurveTo(0.3, -1.8, 2.4, -0.3);
      A.quadraticCurveTo(0.4, 0.5, -1.8, -0.1);
      A.fill();
      A.strokeStyle = 'rgba(30,18,16,0.95)';
      A.lineWidth = 0.7;
      A.beginPath();
      A.moveTo(-1.7, -0.05);
      A.quadraticCurveTo(0.3, 0.55, 2.3, -0.25);
      A.stroke();
    } else {
      A.strokeStyle = 'rgba(30,18,16,0.95)';
      A.lineWidth = 0.7;
      A.beginPath();
      A.moveTo(-1.7, -0.1);
      A.quadraticCurveTo(0.3, -1.7, 2.3, -0.3);
      A.stroke();
    }
  }
  A.restore();
}

// Hair as a flow of many fine strands between two guide curves (same point count): each strand
// lerps the guides at a random s, wobbles, and is stroked in base/high/low tones; the height
// gets a fine ridge per strand so light slides along the hair.
function hairFlow(A, H, R, clipPath, top, bottom, { count = 80, hi, lo, mid, w = [0.3, 0.7], hiBias = 0.5 } = {}) {
  A.save();
  A.clip(clipPath);
  H.save();
  H.clip(clipPath);
  for (let i = 0; i < count; i++) {
    const s = R(),
      wob = R.range(-0.6, 0.6),
      t0 = R.range(0, 0.15),
      t1 = R.range(0.8, 1);
    const pts = [];
    const n = top.length;
    for (let k = 0; k < n; k++) {
      const t = k / (n - 1);
      if (t < t0 - 0.01 || t > t1 + 0.01) continue;
      pts.push([
        top[k][0] + (bottom[k][0] - top[k][0]) * s + wob * Math.sin(k * 1.3 + i),
        top[k][1] + (bottom[k][1] - top[k][1]) * s + wob * 0.5,
      ]);
    }
    if (pts.length < 2) continue;
    const p = shape(pts, false);
    const tone = R() < hiBias * (1 - s * 0.7) ? hi : R() < 0.5 ? lo : mid;
    A.strokeStyle = tone;
    A.globalAlpha = R.range(0.35, 0.85);
    A.lineWidth = R.range(w[0], w[1]);
    A.stroke(p);
    if (i % 3 === 0) {
      H.save();
      H.filter = `blur(${0.6 * FIG.s}px)`;
      H.strokeStyle = R() < 0.5 ? 'rgba(255,0,0,0.12)' : 'rgba(0,0,0,0.12)';
      H.lineWidth = R.range(1.2, 2.2);
      H.stroke(p);
      H.restore();
    }
  }
  A.restore();
  H.restore();
}
