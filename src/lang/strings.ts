// The strings of the game in the player's language: looked up by key, filled by name, and
// English wherever a table has no entry yet (a missing translation never shows a blank).
// Pure: the tables come in as data (the build's virtual module, or a test's fixture).
import { format } from './format';

export type Table = Readonly<Record<string, string>>;

export interface Languages {
  /** Every language's table, English complete among them. */
  readonly tables: Readonly<Record<string, Table>>;
  /** Each language's own name for itself ("Español"). */
  readonly names: Readonly<Record<string, string>>;
}

export const SOURCE_LANGUAGE = 'en';

export class Strings {
  private table: Table;
  private readonly english: Table;
  private current: string;

  constructor(
    private readonly languages: Languages,
    lang: string,
  ) {
    this.english = languages.tables[SOURCE_LANGUAGE] ?? {};
    this.current = SOURCE_LANGUAGE;
    this.table = this.english;
    this.use(lang);
  }

  get lang(): string {
    return this.current;
  }

  /**
   * The languages there are, as [code, own name], English first, then by code. Codes are ASCII,
   * so they are compared as they are: a locale-aware compare made the page load its locale data,
   * 30–50 ms in the start's longest task before the title (bench, issue 19).
   */
  get available(): readonly (readonly [string, string])[] {
    const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    return Object.keys(this.languages.tables)
      .sort((a, b) => (a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : byCode(a, b)))
      .map((code) => [code, this.languages.names[code] ?? code] as const);
  }

  /** Switches language; an unknown one leaves English. */
  use(lang: string): void {
    const table = this.languages.tables[lang];
    this.current = table ? lang : SOURCE_LANGUAGE;
    this.table = table ?? this.english;
  }

  has(key: string): boolean {
    return key in this.english || key in this.table;
  }

  /** The text for `key`, placeholders filled; English when this language lacks it; the key itself when nothing has it. */
  t(key: string, params?: Readonly<Record<string, string | number>>): string {
    return format(this.table[key] ?? this.english[key] ?? key, params);
  }

  /** Like `t`, but with a fallback text for a key the tables do not know (a line from a test story). */
  or(key: string | null, fallback: string): string {
    if (key === null) return fallback;
    return this.table[key] ?? this.english[key] ?? fallback;
  }
}

/**
 * The language to start in: the first of the browser's languages (navigator.languages) that the
 * game has, matching "es-MX" to "es"; English otherwise.
 */
export function pickLanguage(preferred: readonly string[], available: readonly string[]): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = available.find((code) => code.toLowerCase() === lower);
    if (exact) return exact;
    const base = available.find((code) => code.toLowerCase() === lower.split('-')[0]);
    if (base) return base;
  }
  return SOURCE_LANGUAGE;
}

/** A string by key in the player's language, placeholders filled: what the views are given. */
export type Say = (key: string, params?: Readonly<Record<string, string | number>>) => string;
