import type { ZipCheckResult } from './zip-check.mjs';

export const ZIP_PATH: string;
/** Zips `dist` into `out` for itch.io and checks it; throws on any problem. */
export function zipDist(dist?: string, out?: string): ZipCheckResult;
