// Named placeholders in a string ("{action} is now {key}."): filled whole, never glued from
// pieces, so a translation may put them in any order its grammar wants.
const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;

/** The placeholder names a string uses, sorted (for comparing a translation with its English). */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

/** Fills the placeholders; one with no value stays as written, so a fault shows rather than vanishes. */
export function format(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
