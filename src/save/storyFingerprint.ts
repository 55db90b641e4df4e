// A short fingerprint of the compiled story (FNV-1a over its JSON): saves and progress codes
// name the story they were made in, so one made in another version is never resumed wrongly.
export function storyFingerprint(storyJson: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < storyJson.length; i++) {
    hash ^= storyJson.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
