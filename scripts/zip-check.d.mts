export interface ZipLimits {
  readonly maxFiles: number;
  readonly maxFileBytes: number;
  readonly maxTotalBytes: number;
  readonly maxNameLength: number;
}

export interface ZipCheckResult {
  readonly ok: boolean;
  readonly problems: string[];
  readonly files: { name: string; size: number }[];
  readonly totalBytes: number;
}

export const ITCH_LIMITS: ZipLimits;
export function checkZip(bytes: Uint8Array, limits?: Partial<ZipLimits>): ZipCheckResult;
export function assertZip(path: string, limits?: Partial<ZipLimits>): ZipCheckResult;
