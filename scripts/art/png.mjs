// Deterministic PNG encoding (pngjs, fixed zlib settings) and decoding.
import pngjs from 'pngjs';
import { readFileSync, writeFileSync } from 'node:fs';
const { PNG } = pngjs;

export function writePng(path, w, h, rgba, { opaque = false } = {}) {
  const png = new PNG({
    width: w,
    height: h,
    colorType: opaque ? 2 : 6,
    inputColorType: 6,
    inputHasAlpha: true,
    deflateLevel: 9,
    deflateStrategy: 1,
    filterType: -1,
  });
  png.data = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const buf = PNG.sync.write(png, { colorType: opaque ? 2 : 6, inputColorType: 6, inputHasAlpha: true, deflateLevel: 9, filterType: -1 });
  writeFileSync(path, buf);
  return buf.length;
}

export function readPng(path) {
  const png = PNG.sync.read(readFileSync(path));
  return { w: png.width, h: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length) };
}
