// The words of an asset's credit that a player reads, and the string keys they go by. A
// manifest entry keeps its English record ("origin", "licence", "author": what the licence
// asks of us, for people reading the repository); what the credits show is its "title" and
// its "credit" (a short human line), translated under keys derived from the file's name, so a
// texture and its normal map, or a sound's webm and mp3, share one credit and one translation.
// Pure: the build checks the manifests with it and the credits builder renders with it.

/** The game's own team, as the manifests name it. Shown as the string `credits.team`. */
export const TEAM = 'Every Night team';

/** The licences a credit may name, as they are written (never translated). */
const LICENCE = /\b(?:CC BY(?:-(?:SA|NC|ND))*(?: \d\.\d)?|CC0(?: 1\.0)?|OFL-1\.1|MIT|Apache-2\.0|BSD-[23]-Clause|ISC)(?![\w.-])/g;

/**
 * The part of a file's name its credit is keyed by: `buffy_seated_n.png` → `buffy_seated` (a
 * normal map goes with its texture), `pour.mp3` → `pour`, `@fontsource/cormorant-garamond` →
 * `cormorant_garamond`.
 */
export function creditStem(file: string): string {
  const name = file.split('/').at(-1) ?? file;
  const stem = name.replace(/\.[a-z0-9]+$/i, '');
  const unlit = /\.png$/i.test(name) ? stem.replace(/_n$/, '') : stem;
  return unlit
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The string keys of an asset's credit. */
export function creditKeys(file: string): { readonly title: string; readonly credit: string } {
  const stem = creditStem(file);
  return { title: `asset.${stem}.title`, credit: `asset.${stem}.credit` };
}

/** The licence names in a licence record, each once, in order: "CC BY 4.0, Every Night team" → ["CC BY 4.0"]. */
export function licenceNames(record: string): string[] {
  return [...new Set(record.match(LICENCE) ?? [])];
}

/** Whether the team is the record's first author (the credits then show `credits.team`). */
export function teamLed(author: string): boolean {
  return author.split(';')[0]?.trim() === TEAM;
}

/**
 * The people an author record names beside the team, by name: "Every Night team; Salamander
 * Grand Piano by Alexander Holm" → ["Alexander Holm"]. Their names must be in the credit line,
 * which is what the player reads for them.
 */
export function othersNamed(author: string): string[] {
  if (!teamLed(author)) return [];
  return author
    .split(';')
    .slice(1)
    .map(
      (part) =>
        part
          .split(/\bby\b/)
          .at(-1)
          ?.trim() ?? '',
    )
    .filter((name) => name !== '');
}

export interface CreditRecord {
  readonly file: string;
  readonly title: string;
  readonly credit: string;
  readonly licence: string;
  readonly author: string;
}

/** What is wrong with an entry as a credit the player reads: each fault names the field. */
export function creditFaults(entry: CreditRecord): string[] {
  const faults: string[] = [];
  const stem = creditStem(entry.file);
  if (!/^[a-z0-9]+(?:_[a-z0-9]+)*$/.test(stem))
    faults.push(`file: "${entry.file}" gives no key for its credit (letters and digits, please)`);
  if (licenceNames(entry.licence).length === 0)
    faults.push(`licence: "${entry.licence}" names no licence the credits know (CC BY 4.0, CC0, OFL-1.1, MIT…)`);
  for (const name of othersNamed(entry.author)) {
    if (!entry.credit.includes(name)) faults.push(`credit: "${entry.credit}" should name ${name}, whom the author field credits`);
  }
  if (entry.credit.length > 160)
    faults.push(
      `credit: ${String(entry.credit.length)} characters; a credit line is short (160 at most), the origin is the place for detail`,
    );
  return faults;
}
