// What the loading bar shows: the whole way to the title, not only the download. The textures'
// bytes fill most of it; the last stretches are Phaser taking them in and the room being built.
// (On a fast connection the download can be over before the game's script has even started.)

export interface LoadingState {
  /** Bytes of the textures received, 0..1. */
  readonly downloaded: number;
  /** Phaser has the textures. */
  readonly uploaded: boolean;
  /** The crypt is built: the title is about to show. */
  readonly built: boolean;
}

const DOWNLOAD_SHARE = 0.8;
const UPLOAD_SHARE = 0.1;

export function loadingFraction(state: LoadingState): number {
  if (state.built) return 1;
  const downloaded = Math.max(0, Math.min(1, state.downloaded)) * DOWNLOAD_SHARE;
  return state.uploaded ? DOWNLOAD_SHARE + UPLOAD_SHARE : downloaded;
}
