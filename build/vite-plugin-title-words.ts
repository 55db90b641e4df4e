// Vite plugin: the title, the loading bar and the error screens are static HTML that paints
// before any script (index.html). So that a Spanish or French player's first paint is in their
// language too, a small inline script — placed right after those sections, so it runs before
// the page is first drawn — writes their words (the `data-text` / `data-label` keys in the
// page) from each language's table, in the language the game will pick: the player's saved
// choice, else the browser's. The page's Content-Security-Policy allows exactly this script,
// by its SHA-256 hash; no other inline script may run.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { stringTables } from './lang';

const KEY = /data-(?:text|label|text-coarse)="([^"]+)"/g;

/** The script, as a function so it is type-checked; it is inlined as its own source. */
function applyTitleWords(words: Record<string, Record<string, string>>, settingsKey: string): void {
  let lang = '';
  try {
    const saved = JSON.parse(localStorage.getItem(settingsKey) ?? 'null') as { language?: unknown } | null;
    if (typeof saved?.language === 'string') lang = saved.language;
  } catch {
    // Storage refused or unreadable: the browser's languages decide.
  }
  if (!(lang in words)) {
    lang = 'en';
    for (const tag of navigator.languages) {
      const base = tag.toLowerCase().split('-')[0] ?? '';
      if (tag.toLowerCase() in words || base in words) {
        lang = tag.toLowerCase() in words ? tag.toLowerCase() : base;
        break;
      }
    }
  }
  const table = words[lang];
  if (!table) return;
  document.documentElement.lang = lang;
  const title = table['game.name'];
  if (title) document.title = title;
  // A phone's first paint speaks of touch: `data-text-coarse` is the words for a finger.
  const coarse = window.matchMedia('(pointer: coarse)').matches;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = table[(coarse ? node.dataset.textCoarse : undefined) ?? node.dataset.text ?? ''];
    if (text) node.textContent = text;
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const text = table[node.dataset.label ?? ''];
    if (text) node.setAttribute('aria-label', text);
  }
}

export function titleWordsPlugin(root: string): Plugin {
  return {
    name: 'every-night-title-words',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const keys = new Set([...html.matchAll(KEY)].map((m) => m[1] ?? ''));
        const { tables } = stringTables(root);
        const words = Object.fromEntries(
          Object.entries(tables).map(([lang, table]) => [
            lang,
            Object.fromEntries([...keys].flatMap((k) => (table[k] ? [[k, table[k]]] : []))),
          ]),
        );
        const code = `(${applyTitleWords.toString()})(${JSON.stringify(words)}, ${JSON.stringify('every-night:settings')});`;
        const hash = createHash('sha256').update(code).digest('base64');
        return html
          .replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`)
          .replace('</main>', `  <script>${code}</script>\n    </main>`);
      },
    },
  };
}
