// Shared drawing helpers for the bake (runs in the headless Chromium page).
// Everything random comes from seeded generators: the bake is reproducible.
'use strict';
const ART = { list: [], byName: {} };
ART.add = (spec) => {
  // spec.dw/dh: on-screen (drawing) size; spec.k: bake factor. Texture = round(dw*k) x round(dh*k).
  if (spec.dw) {
    spec.w = Math.round(spec.dw * spec.k);
    spec.h = Math.round(spec.dh * spec.k);
    spec.scale = 1 / spec.k;
  }
  ART.list.push(spec);
  ART.byName[spec.name] = spec;
};

function rng(seed) {
  let a = seed >>> 0;
  const f = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  f.range = (lo, hi) => lo + (hi - lo) * f();
  f.int = (lo, hi) => Math.floor(lo + (hi - lo + 1) * f());
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  f.gauss = () => (f() + f() + f() - 1.5) / 1.5;
  return f;
}

// Seeded value noise with smooth interpolation; tileable when period given.
function makeNoise(seed, period = 0) {
  const R = rng(seed);
  const P = 256,
    perm = new Uint16Array(P * 2),
    val = new Float32Array(P);
  for (let i = 0; i < P; i++) {
    perm[i] = i;
    val[i] = R();
  }
  for (let i = P - 1; i > 0; i--) {
    const j = Math.floor(R() * (i + 1));
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  for (let i = 0; i < P; i++) perm[i + P] = perm[i];
  const s = (t) => t * t * (3 - 2 * t);
  const lat = (x, y, per) => {
    if (per) {
      x = ((x % per) + per) % per;
      y = ((y % per) + per) % per;
    }
    return val[perm[(perm[x & 255] + y) & 511] & 255];
  };
  function n2(x, y, per) {
    const xi = Math.floor(x),
      yi = Math.floor(y),
      xf = x - xi,
      yf = y - yi;
    const u = s(xf),
      v = s(yf);
    const a = lat(xi, yi, per),
      b = lat(xi + 1, yi, per),
      c = lat(xi, yi + 1, per),
      d = lat(xi + 1, yi + 1, per);
    return a + (b - a) * u + (c - a) * v + (a - b - c + d) * u * v;
  }
  n2.fbm = (x, y, oct = 4, gain = 0.5, per = period) => {
    let amp = 1,
      f = 1,
      sum = 0,
      norm = 0;
    for (let o = 0; o < oct; o++) {
      sum += amp * n2(x * f, y * f, per ? per * f : 0);
      norm += amp;
      amp *= gain;
      f *= 2;
    }
    return sum / norm;
  };
  return n2;
}

function canvas(w, h) {
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  const g = c.getContext('2d', { willReadFrequently: true });
  g.imageSmoothingQuality = 'high';
  return { c, g, w, h };
}

// A grayscale (or tinted) fbm noise canvas. fn(v, x, y) -> [r,g,b,a] optional.
function noiseCanvas(w, h, { seed = 1, scale = 32, oct = 4, gain = 0.5, lo = 0, hi = 1, fn = null, period = 0, sx = 1, sy = 1 } = {}) {
  const { c, g } = canvas(w, h);
  const N = makeNoise(seed);
  const img = g.createImageData(w, h),
    d = img.data;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let v = N.fbm((x * sx) / scale, (y * sy) / scale, oct, gain, period ? period / scale : 0);
      v = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
      const i = (y * w + x) * 4;
      if (fn) {
        const o = fn(v, x, y);
        d[i] = o[0];
        d[i + 1] = o[1];
        d[i + 2] = o[2];
        d[i + 3] = o[3] ?? 255;
      } else {
        const b = Math.round(v * 255);
        d[i] = b;
        d[i + 1] = b;
        d[i + 2] = b;
        d[i + 3] = 255;
      }
    }
  g.putImageData(img, 0, 0);
  return c;
}

// Composite `src` onto target g, clipped to the target's existing alpha, with a blend mode.
function overlay(g, src, mode = 'multiply', alpha = 1, x = 0, y = 0) {
  const { c: t, g: tg } = canvas(g.canvas.width, g.canvas.height);
  tg.drawImage(src, x, y);
  tg.globalCompositeOperation = 'destination-in';
  tg.drawImage(g.canvas, 0, 0);
  g.save();
  g.setTransform(1, 0, 0, 1, 0, 0);
  g.globalCompositeOperation = mode;
  g.globalAlpha = alpha;
  g.drawImage(t, 0, 0);
  g.restore();
}

// Draw something (fn(g2)) on a layer clipped to the target alpha, then composite it.
function layer(g, fn, mode = 'source-over', alpha = 1, blur = 0) {
  const { c: t, g: tg } = canvas(g.canvas.width, g.canvas.height);
  tg.setTransform(g.getTransform());
  fn(tg);
  tg.setTransform(1, 0, 0, 1, 0, 0);
  if (blur) {
    const { c: b, g: bg } = canvas(t.width, t.height);
    bg.filter = `blur(${blur}px)`;
    bg.drawImage(t, 0, 0);
    tg.clearRect(0, 0, t.width, t.height);
    tg.drawImage(b, 0, 0);
  }
  tg.globalCompositeOperation = 'destination-in';
  tg.drawImage(g.canvas, 0, 0);
  g.save();
  g.setTransform(1, 0, 0, 1, 0, 0);
  g.globalCompositeOperation = mode;
  g.globalAlpha = alpha;
  g.drawImage(t, 0, 0);
  g.restore();
}

// Smooth closed/open path through points (Catmull-Rom -> Bezier).
function smoothPath(g, pts, closed = true, tension = 0.5) {
  const n = pts.length;
  if (n < 2) return;
  const P = (i) => (closed ? pts[(i + n) % n] : pts[Math.max(0, Math.min(n - 1, i))]);
  g.moveTo(pts[0][0], pts[0][1]);
  const last = closed ? n : n - 1;
  for (let i = 0; i < last; i++) {
    const p0 = P(i - 1),
      p1 = P(i),
      p2 = P(i + 1),
      p3 = P(i + 2);
    const t = (tension / 3) * 2;
    g.bezierCurveTo(
      p1[0] + ((p2[0] - p0[0]) * t) / 2,
      p1[1] + ((p2[1] - p0[1]) * t) / 2,
      p2[0] - ((p3[0] - p1[0]) * t) / 2,
      p2[1] - ((p3[1] - p1[1]) * t) / 2,
      p2[0],
      p2[1],
    );
  }
  if (closed) g.closePath();
}
function fillSmooth(g, pts, style, closed = true) {
  g.beginPath();
  smoothPath(g, pts, closed);
  g.fillStyle = style;
  g.fill();
}
function poly(g, pts) {
  g.beginPath();
  g.moveTo(pts[0][0], pts[0][1]);
  for (let i = 1; i < pts.length; i++) g.lineTo(pts[i][0], pts[i][1]);
  g.closePath();
}
function fillPoly(g, pts, style) {
  poly(g, pts);
  g.fillStyle = style;
  g.fill();
}
function radial(g, x, y, r0, r1, stops) {
  const gr = g.createRadialGradient(x, y, r0, x, y, r1);
  for (const [o, c] of stops) gr.addColorStop(o, c);
  return gr;
}
function linear(g, x0, y0, x1, y1, stops) {
  const gr = g.createLinearGradient(x0, y0, x1, y1);
  for (const [o, c] of stops) gr.addColorStop(o, c);
  return gr;
}
function glow(g, x, y, r, color, alpha = 1) {
  g.save();
  g.globalAlpha = alpha;
  g.fillStyle = radial(g, x, y, 0, r, [
    [0, color],
    [1, 'rgba(0,0,0,0)'],
  ]);
  g.beginPath();
  g.arc(x, y, r, 0, Math.PI * 2);
  g.fill();
  g.restore();
}
function blurred(src, px) {
  const { c, g } = canvas(src.width, src.height);
  g.filter = `blur(${px}px)`;
  g.drawImage(src, 0, 0);
  return c;
}
function rgba(r, g, b, a = 1) {
  return `rgba(${r | 0},${g | 0},${b | 0},${a})`;
}
function hsl(h, s, l, a = 1) {
  return `hsla(${h},${s}%,${l}%,${a})`;
}

// Bake one texture: returns base64 RGBA albedo and base64 single-channel height.
function toB64(u8) {
  let s = '';
  const CH = 0x8000;
  for (let i = 0; i < u8.length; i += CH) s += String.fromCharCode.apply(null, u8.subarray(i, i + CH));
  return btoa(s);
}
ART.bake = (name) => {
  const spec = ART.byName[name];
  const A = canvas(spec.w, spec.h),
    H = canvas(spec.w, spec.h);
  H.g.fillStyle = '#000';
  H.g.fillRect(0, 0, spec.w, spec.h);
  const k = spec.k ?? 1; // drawing units -> texture pixels (textures are baked k× their on-screen size)
  A.g.scale(k, k);
  H.g.scale(k, k);
  spec.draw(A.g, H.g, rng(spec.seed ?? 1), spec);
  const a = A.g.getImageData(0, 0, spec.w, spec.h).data;
  const hd = H.g.getImageData(0, 0, spec.w, spec.h).data;
  const h1 = new Uint8Array(spec.w * spec.h);
  for (let i = 0; i < h1.length; i++) h1[i] = hd[i * 4];
  return { albedo: toB64(new Uint8Array(a.buffer)), height: toB64(h1) };
};
ART.specs = () => ART.list.map(({ draw, ...rest }) => rest);

// Path2D through points; entries can be [x,y] (smooth) or ['L',x,y] (corner: straight segments to it).
function shape(pts, closed = true, tension = 0.5) {
  const p = new Path2D();
  const P = pts.map((q) => (q[0] === 'L' ? { x: q[1], y: q[2], c: true } : { x: q[0], y: q[1], c: false }));
  const n = P.length,
    at = (i) => (closed ? P[(i + n) % n] : P[Math.max(0, Math.min(n - 1, i))]);
  p.moveTo(P[0].x, P[0].y);
  const last = closed ? n : n - 1;
  for (let i = 0; i < last; i++) {
    const p0 = at(i - 1),
      p1 = at(i),
      p2 = at(i + 1),
      p3 = at(i + 2);
    if (p1.c && p2.c) {
      p.lineTo(p2.x, p2.y);
      continue;
    }
    const t = tension / 3;
    const c1 = p1.c ? [p1.x, p1.y] : [p1.x + (p2.x - p0.x) * t, p1.y + (p2.y - p0.y) * t];
    const c2 = p2.c ? [p2.x, p2.y] : [p2.x - (p3.x - p1.x) * t, p2.y - (p3.y - p1.y) * t];
    p.bezierCurveTo(c1[0], c1[1], c2[0], c2[1], p2.x, p2.y);
  }
  if (closed) p.closePath();
  return p;
}

// Figures are drawn at a scale (FIG.s) on top of the bake factor; blur radii follow it.
const FIG = { s: 1 };

// Paint a body part: albedo fill (+ optional shading callback clipped to it) and a pillowed
// height (rounded from its own edge, on top of whatever is behind it).
function part(A, H, path, fill, { base = 60, lift = 160, r = 4, shade = null } = {}) {
  A.fillStyle = fill;
  A.fill(path);
  if (shade) {
    A.save();
    A.clip(path);
    shade(A);
    A.restore();
  }
  H.save();
  H.clip(path);
  H.fillStyle = `rgb(${base},0,0)`;
  H.fill(path);
  H.filter = `blur(${r * FIG.s}px)`;
  H.fillStyle = `rgb(${Math.min(255, base + lift)},0,0)`;
  H.fill(path);
  H.restore();
}
// Soft stroke on both layers (folds, creases): albedo colour + height delta (positive: ridge).
function crease(A, H, pts, { w = 1.2, color = 'rgba(0,0,0,0.4)', hc = 'rgba(0,0,0,0.5)', blur = 0.8, clip = null, tension = 0.5 } = {}) {
  const p = shape(pts, false, tension);
  for (const [g, c] of [
    [A, color],
    [H, hc],
  ]) {
    if (!c) continue;
    g.save();
    if (clip) g.clip(clip);
    g.filter = `blur(${blur * FIG.s}px)`;
    g.strokeStyle = c;
    g.lineWidth = w;
    g.lineCap = 'round';
    g.stroke(p);
    g.restore();
  }
}

// A soft contact shadow on the surface an object stands on (drawn first, low alpha: no bevel).
function contactShadow(g, cx, y, rx, ry, a = 0.55) {
  g.save();
  g.translate(cx, y);
  g.scale(1, ry / rx);
  g.fillStyle = radial(g, 0, 0, 0, rx, [
    [0, `rgba(0,0,0,${a})`],
    [0.6, `rgba(0,0,0,${a * 0.6})`],
    [1, 'rgba(0,0,0,0)'],
  ]);
  g.beginPath();
  g.arc(0, 0, rx, 0, Math.PI * 2);
  g.fill();
  g.restore();
}
