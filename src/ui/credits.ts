// The credits, built once from the asset manifests (via `credits` in 'virtual:content') plus
// the game's own credits. Pure data — no DOM — so the title's credits panel and the rolling
// end credits (the cutscene player) render the same sections in their own way. An asset's
// title and credit line show in the player's language under keys derived from its file's name
// (src/content/assetCredits.ts); its licence shows as the licences' names alone.
import { creditKeys, licenceNames, othersNamed, teamLed } from '../content/assetCredits';

export interface CreditSource {
  readonly file: string;
  readonly title: string;
  /** The short line the credits show, in English (`origin` is the record, not shown). */
  readonly credit: string;
  readonly licence: string;
  readonly author: string;
}

export interface CreditLine {
  /** What is credited: an asset's title, a person's role, a library's name. */
  readonly title: string;
  /** String keys for the fields that are the game's own words (not a manifest's record). */
  readonly keys?: { readonly title?: string; readonly author?: string; readonly detail?: string };
  /** Who made it. */
  readonly author: string;
  readonly licence: string;
  /** Where it came from, in a few words. */
  readonly detail: string;
  /** The files an asset's line covers, shown after its detail as they are named. */
  readonly files?: readonly string[];
  /** The line credits people beside the team (its detail names them): the end credits show it too. */
  readonly namesOthers?: boolean;
}

export interface CreditSection {
  /** The heading's string key. */
  readonly heading: string;
  readonly lines: readonly CreditLine[];
}

/** The game's own credits: the people and the tools (libraries bundled in the game). */
export const GAME_CREDITS: readonly CreditSection[] = [
  {
    heading: 'credits.made_by',
    lines: [
      {
        title: 'Writing, design, art, sound and code',
        author: 'The Every Night team',
        licence: '',
        detail: 'A non-commercial fan work',
        keys: { title: 'credits.made_by_what', author: 'credits.team', detail: 'credits.fan_work' },
      },
    ],
  },
  {
    heading: 'credits.built_with',
    lines: [
      {
        title: 'Phaser 4',
        author: 'Richard Davey and Phaser Studio',
        licence: 'MIT',
        detail: 'phaser.io — the scene and its candlelight',
        keys: { author: 'credits.phaser_authors', detail: 'credits.phaser' },
      },
      {
        title: 'howler.js',
        author: 'James Simpson, GoldFire Studios',
        licence: 'MIT',
        detail: 'howlerjs.com — all the sound',
        keys: { detail: 'credits.howler' },
      },
      {
        title: 'inkjs',
        author: 'inkle and Yannick Lohse',
        licence: 'MIT',
        detail: 'github.com/y-lohse/inkjs — the story runtime for ink',
        keys: { author: 'credits.inkjs_authors', detail: 'credits.inkjs' },
      },
      {
        title: 'Fontsource',
        author: 'The Fontsource authors',
        licence: 'MIT',
        detail: 'fontsource.org — self-hosted typefaces',
        keys: { author: 'credits.fontsource_authors', detail: 'credits.fontsource' },
      },
    ],
  },
];

/** The kinds of asset, by their headings' string keys. */
type Kind = 'credits.kind.art' | 'credits.kind.sound' | 'credits.kind.fonts' | 'credits.kind.other';
const ORDER: readonly Kind[] = ['credits.kind.art', 'credits.kind.sound', 'credits.kind.fonts', 'credits.kind.other'];

function kindOf(file: string): Kind {
  if (/\.(png|jpe?g|webp|svg)$/i.test(file)) return 'credits.kind.art';
  if (/\.(webm|mp3|ogg|wav|flac)$/i.test(file)) return 'credits.kind.sound';
  if (file.startsWith('@fontsource/') || /\.(woff2?|ttf|otf)$/i.test(file)) return 'credits.kind.fonts';
  return 'credits.kind.other';
}

/**
 * Groups manifest entries by kind, folds the files that share a credit (a sound's webm and mp3, a
 * texture and its normal map: one name, so one pair of keys) into one line, then adds the
 * game's credits.
 */
export function buildCredits(entries: readonly CreditSource[], own: readonly CreditSection[] = GAME_CREDITS): CreditSection[] {
  const groups = new Map<Kind, Map<string, { source: CreditSource; files: string[] }>>();
  for (const entry of entries) {
    const kind = kindOf(entry.file);
    let group = groups.get(kind);
    if (!group) {
      group = new Map();
      groups.set(kind, group);
    }
    const key = creditKeys(entry.file).title;
    const existing = group.get(key);
    if (existing) existing.files.push(entry.file);
    else group.set(key, { source: entry, files: [entry.file] });
  }
  const assetSections: CreditSection[] = [];
  for (const kind of ORDER) {
    const group = groups.get(kind);
    if (!group) continue;
    assetSections.push({
      heading: kind,
      lines: [...group.values()].map(({ source, files }): CreditLine => {
        const keys = creditKeys(source.file);
        const team = teamLed(source.author);
        return {
          title: source.title,
          author: team ? 'The Every Night team' : source.author,
          licence: licenceNames(source.licence).join(' · '),
          detail: source.credit,
          files,
          namesOthers: othersNamed(source.author).length > 0,
          keys: { title: keys.title, detail: keys.credit, ...(team ? { author: 'credits.team' } : {}) },
        };
      }),
    });
  }
  return [...own.slice(0, 1), ...assetSections, ...own.slice(1)];
}

/** Every line as plain text, one per credit — for a screen reader summary or a text file. */
export function creditsAsText(sections: readonly CreditSection[]): string[] {
  const out: string[] = [];
  for (const section of sections) {
    out.push(section.heading);
    for (const line of section.lines) {
      const licence = line.licence ? ` — ${line.licence}` : '';
      out.push(`${line.title}: ${line.author}${licence}. ${line.detail}${filesNote(line)}`);
    }
  }
  return out;
}

/** A credit's field as element attributes: its string key when it is the game's own words, else the record's text. */
export function creditWords(key: string | undefined, text: string): Record<string, string> {
  return key === undefined ? { text } : { 'data-text': key };
}

/** The files a line covers, as they are named after its detail: " (pour.webm, pour.mp3)". */
export function filesNote(line: CreditLine): string {
  return line.files && line.files.length > 0 ? ` (${line.files.join(', ')})` : '';
}
