// Every texture must fit the device's MAX_TEXTURE_SIZE. The sheets are packed at most 2048 wide
// (build/atlasLayout.ts), which nearly every WebGL device takes; one that takes less gets them
// halved (or quartered) on the device as they are uploaded, drawn at their full size all the
// same — a lower-resolution set, made where it is needed, downloaded by no one else.

/** By how much a `width`×`height` texture must shrink to fit `maxSize`: 1, 2, 4… */
export function shrinkToFit(width: number, height: number, maxSize: number): number {
  if (!(maxSize > 0)) return 1;
  let factor = 1;
  while (Math.ceil(width / factor) > maxSize || Math.ceil(height / factor) > maxSize) factor *= 2;
  return factor;
}

/** The largest texture the game may upload: the device's, or less when a test asks for less. */
export function textureLimit(deviceMax: number, asked: string | undefined): number {
  const lowered = asked === undefined ? NaN : Number(asked);
  return lowered > 0 && lowered < deviceMax ? lowered : deviceMax;
}
