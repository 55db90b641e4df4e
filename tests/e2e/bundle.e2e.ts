// What ships, read from dist/ after the build: no eval or new Function, no remote URL the game
// could fetch, no ink compiler; a Content-Security-Policy that allows only the game's own files;
// and the game runs under that policy without a single violation.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, FAST, useBrowser } from './harness';

const ASSETS = join(DIST, 'assets');
const scripts = (): { name: string; text: string }[] =>
  readdirSync(ASSETS)
    .filter((f) => f.endsWith('.js'))
    .map((name) => ({ name, text: readFileSync(join(ASSETS, name), 'utf8') }));
const indexHtml = (): string => readFileSync(join(DIST, 'index.html'), 'utf8');

/**
 * URLs that are identifiers, not addresses the game could load: XML namespaces, and Phaser's
 * home page, which it keeps only as the default `gameURL` string and a console banner we turn off.
 */
const NOT_FETCHED = [/^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg)$/, /^https:\/\/phaser\.io\/?$/];

function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  const policy = new Map<string, string[]>();
  for (const part of (meta?.[1] ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name, values);
  }
  return policy;
}

describe('the built bundle', () => {
  it('has no eval, no new Function and no string-compiled timers', () => {
    for (const { name, text } of scripts()) {
      expect(text.includes('eval('), `${name} calls eval(`).toBe(false);
      expect(/new\s+Function\s*\(/.test(text), `${name} uses new Function`).toBe(false);
      // One known idiom is allowed: a global-object lookup bundled with Phaser that tries
      // `globalThis` first (always there in a browser), so its `Function('return this')` fallback
      // never runs — and the CSP test below would report it if it did.
      const withoutIdiom = text.replace(
        /typeof globalThis\s*==\s*[`'"]object[`'"]\s*\)\s*return globalThis;\s*try\s*\{\s*return this\s*\|\|\s*Function\(\s*[`'"]return this[`'"]\s*\)\(\)/g,
        '',
      );
      expect(/\bFunction\s*\(\s*["'`]/.test(withoutIdiom), `${name} builds a Function from a string`).toBe(false);
      expect(/set(Timeout|Interval)\s*\(\s*["'`]/.test(text), `${name} passes a string to a timer`).toBe(false);
    }
  });

  it('names no remote URL except XML namespaces and Phaser’s unused default game URL', () => {
    const found: string[] = [];
    for (const { name, text } of [...scripts(), { name: 'index.html', text: indexHtml() }]) {
      // Licence comments are allowed to cite addresses; everything else counts.
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '');
      for (const [url] of code.matchAll(/\bhttps?:\/\/[^\s"'`)<>\\]+/gi)) {
        if (!NOT_FETCHED.some((ok) => ok.test(url))) found.push(`${name}: ${url}`);
      }
      for (const [url] of code.matchAll(/["'`(]\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\//gi))
        found.push(`${name}: protocol-relative ${url.slice(1)}`);
    }
    expect(found).toEqual([]);
  });

  it('does not ship the ink compiler (inkjs/full)', () => {
    for (const { name, text } of scripts()) {
      for (const marker of ['Expected closing', 'InkParser', 'inkjs/full', 'ink-full']) {
        expect(text.includes(marker), `${name} contains the ink compiler marker "${marker}"`).toBe(false);
      }
    }
  });

  it("loads only relative files from index.html, with one inline script (the title's words) and no handler", () => {
    const html = indexHtml();
    const scriptTags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scriptTags.length).toBeGreaterThan(0);
    const inline = scriptTags.filter(([, , body = '']) => body.trim() !== '');
    expect(inline, 'inline scripts in index.html').toHaveLength(1);
    expect(inline[0]?.[2], "the inline script writes the title in the player's language").toMatch(/data-text|\[data-text\]/);
    for (const [, attrs = '', body = ''] of scriptTags) if (body.trim() === '') expect(attrs).toMatch(/src="\.\//);
    expect(/\son[a-z]+\s*=/i.test(html), 'inline event handler attribute in index.html').toBe(false);
    for (const [, ref = ''] of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) {
      if (ref.startsWith('data:')) continue;
      expect(ref, 'every file index.html loads is relative').toMatch(/^\.\//);
    }
  });

  it('carries a CSP that allows only the game’s own files', () => {
    const csp = cspOf(indexHtml());
    expect(csp.get('default-src')).toEqual(["'self'"]);
    // 'self', and the one inline script by its hash: nothing else inline may run.
    const inline = [...indexHtml().matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)]
      .map(([, body = '']) => body)
      .filter((body) => body.trim() !== '');
    const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    expect(csp.get('script-src')).toEqual(["'self'", ...hashes]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toBeDefined();
    for (const [directive, values] of csp) {
      for (const value of values) {
        expect(value, `${directive} allows eval`).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
        if (directive.startsWith('script'))
          expect(value, `${directive} allows inline script`).not.toMatch(/unsafe-inline|unsafe-hashes|^'nonce-/);
        if (directive.startsWith('script') && value.startsWith("'sha256-")) continue;
        expect(value, `${directive} allows a remote host`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
  });
});

const browser = useBrowser();

describe('the game under its Content-Security-Policy', () => {
  it('plays its opening with zero policy violations', async () => {
    const game = await browser.game({ settings: FAST });
    await game.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    await game.open();
    await game.clickButton('New game');
    await game.page.waitForFunction(
      () => document.body.dataset.mode === 'explore' || document.body.dataset.mode === 'dialogue',
      undefined,
      { timeout: 120_000 },
    );
    for (let i = 0; i < 6 && (await game.mode()) === 'dialogue'; i++) await game.press('Space');
    const violations = await game.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations).toEqual([]);
    // And the policy really is in force: an inline script is refused.
    game.faults.allow(/Content Security Policy|inline script/i);
    const blocked = await game.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan !== true;
    });
    expect(blocked).toBe(true);
    await game.page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
  });
});
