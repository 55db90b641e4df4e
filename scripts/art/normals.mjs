// Tangent-space normal maps from height, OpenGL convention (green = up on screen), which is
// what Phaser 4's light shader expects (checked with scripts/art/check-normals.mjs).
// Height = a bevel of the alpha (pillowed silhouette) + the painted height layer.

export function boxBlur(src, w, h, r) {
  if (r < 1) return Float32Array.from(src);
  const tmp = new Float32Array(w * h),
    out = new Float32Array(w * h);
  const n = 2 * r + 1;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let acc = 0;
    for (let i = -r; i <= r; i++) acc += src[row + Math.min(w - 1, Math.max(0, i))];
    for (let x = 0; x < w; x++) {
      tmp[row + x] = acc / n;
      acc += src[row + Math.min(w - 1, x + r + 1)] - src[row + Math.max(0, x - r)];
    }
  }
  for (let x = 0; x < w; x++) {
    let acc = 0;
    for (let i = -r; i <= r; i++) acc += tmp[Math.min(h - 1, Math.max(0, i)) * w + x];
    for (let y = 0; y < h; y++) {
      out[y * w + x] = acc / n;
      acc += tmp[Math.min(h - 1, y + r + 1) * w + x] - tmp[Math.max(0, y - r) * w + x];
    }
  }
  return out;
}

function gauss(src, w, h, r) {
  // three box passes ≈ gaussian
  const b = Math.max(1, Math.round(r / 1.7));
  return boxBlur(boxBlur(boxBlur(src, w, h, b), w, h, b), w, h, b);
}

/**
 * @param {Uint8Array} rgba albedo (straight alpha)
 * @param {Uint8Array} heightLayer painted height, one byte per pixel (0..255)
 * @param {{bevel?:number, bevelDepth?:number, detail?:number, strength?:number, soften?:number}} o
 */
export function normalMap(w, h, rgba, heightLayer, o = {}) {
  const bevel = o.bevel ?? 6,
    bevelDepth = o.bevelDepth ?? 1,
    detail = o.detail ?? 1,
    strength = o.strength ?? 2;
  const N = w * h;
  // alphaCut: pixels fainter than this (baked contact shadows, glows) take no bevel and stay flat
  const cut = o.alphaCut ?? 0.5,
    alpha = new Float32Array(N);
  for (let i = 0; i < N; i++) alpha[i] = Math.min(1, Math.max(0, (rgba[i * 4 + 3] / 255 - cut) / Math.max(0.05, 0.95 - cut)));
  let H = new Float32Array(N);
  if (bevel > 0 && bevelDepth !== 0) {
    // pillow: smooth the silhouette twice, combine (rounded edge, flat middle)
    const b1 = gauss(alpha, w, h, bevel),
      b2 = gauss(alpha, w, h, Math.max(1, bevel / 3));
    for (let i = 0; i < N; i++) {
      const p = Math.min(1, b1[i] * 1.6) * 0.7 + Math.min(1, b2[i] * 1.4) * 0.3;
      H[i] = Math.sqrt(Math.max(0, p)) * bevel * bevelDepth * alpha[i];
    }
  }
  if (heightLayer && detail !== 0) {
    const hl = new Float32Array(N);
    for (let i = 0; i < N; i++) hl[i] = heightLayer[i] / 255;
    const hs = o.soften ? gauss(hl, w, h, o.soften) : hl;
    for (let i = 0; i < N; i++) H[i] += hs[i] * detail * 8 * (bevel > 0 ? alpha[i] : 1);
  }
  const out = new Uint8Array(N * 4);
  const at = (x, y) => H[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      // Sobel
      const dx = (at(x + 1, y - 1) + 2 * at(x + 1, y) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x - 1, y) - at(x - 1, y + 1)) / 8;
      const dy = (at(x - 1, y + 1) + 2 * at(x, y + 1) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x, y - 1) - at(x + 1, y - 1)) / 8;
      // image y grows downwards; GL normal y points up => ny = +dH/dy_image
      let nx = -dx * strength,
        ny = dy * strength,
        nz = 1;
      const l = Math.hypot(nx, ny, nz);
      nx /= l;
      ny /= l;
      nz /= l;
      const a = alpha[i];
      if (a < 0.02 && bevel > 0) {
        nx = 0;
        ny = 0;
        nz = 1;
      }
      out[i * 4] = Math.round((nx * 0.5 + 0.5) * 255);
      out[i * 4 + 1] = Math.round((ny * 0.5 + 0.5) * 255);
      out[i * 4 + 2] = Math.round((nz * 0.5 + 0.5) * 255);
      out[i * 4 + 3] = 255;
    }
  }
  return out;
}
