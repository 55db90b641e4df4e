// The game is built against its own Phaser (src/vendor/phaser-lite.js), which holds only what the
// game uses. Its types still come from the whole of Phaser, so the compiler cannot see a name the
// build left out; this spec does: every Phaser name the game's code reads at run time (a value,
// not a type) must be exported by the lite entry.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `Phaser.a.b…` read as a value (type positions are qualified names, not property reads). */
function valueUses(): Map<string, string> {
  const uses = new Map<string, string>();
  for (const file of files(join(ROOT, 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && !ts.isPropertyAccessExpression(node.parent)) {
        const chain = node.getText(source).replace(/\s/g, '');
        if (/^Phaser\.[\w.]+$/.test(chain)) uses.set(chain.slice('Phaser.'.length), file.slice(ROOT.length + 1));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The key paths of the lite entry's Phaser object (from its source), and Phaser's constants. */
function exported(): Set<string> {
  const entry = ts.createSourceFile('lite.js', readFileSync(join(ROOT, 'src/vendor/phaser-lite.js'), 'utf8'), ts.ScriptTarget.Latest, true);
  const paths = new Set<string>();
  const walk = (literal: ts.ObjectLiteralExpression, prefix: string): void => {
    for (const property of literal.properties) {
      const name = property.name?.getText(entry);
      if (!name) continue;
      paths.add(prefix + name);
      if (ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(property.initializer))
        walk(property.initializer, `${prefix}${name}.`);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText(entry) === 'Extend') {
      const literal = node.arguments.find(ts.isObjectLiteralExpression);
      if (literal) walk(literal, '');
    }
    ts.forEachChild(node, visit);
  };
  visit(entry);
  const constants = createRequire(import.meta.url)(join(ROOT, 'node_modules/phaser/src/const.js')) as Record<string, unknown>;
  for (const key of Object.keys(constants)) paths.add(key);
  return paths;
}

describe("the game's own Phaser", () => {
  it('exports every Phaser name the game reads at run time', () => {
    const paths = exported();
    const missing = [...valueUses()].filter(([chain]) => {
      const parts = chain.split('.');
      return !parts.some(
        (_, i) =>
          paths.has(parts.slice(0, i + 1).join('.')) && (i === parts.length - 1 || !hasDeeper(paths, parts.slice(0, i + 1).join('.'))),
      );
    });
    expect(missing.map(([chain, file]) => `Phaser.${chain} (${file})`)).toEqual([]);
  });

  it('leaves out what the game does not use', () => {
    const paths = exported();
    for (const left of ['Physics', 'Tilemaps', 'Input', 'Loader', 'Sound', 'Geom', 'Actions']) expect(paths.has(left), left).toBe(false);
  });
});

/** A path the entry spells out further (GameObjects → GameObjects.Image) holds only what it lists. */
function hasDeeper(paths: Set<string>, prefix: string): boolean {
  for (const path of paths) if (path.startsWith(`${prefix}.`)) return true;
  return false;
}

describe("Phaser's WebGL probe", () => {
  it('is made when the game first reads it, not as Phaser loads', async () => {
    const { transformPhaser, EAGER_WEBGL_PROBE, LAZY_WEBGL_PROBE } = await import('../../build/vite-plugin-phaser');
    const id = join(ROOT, 'node_modules/phaser/src/device/Features.js');
    const out = transformPhaser(readFileSync(id, 'utf8'), id) ?? '';
    expect(out).not.toContain(EAGER_WEBGL_PROBE);
    expect(out).toContain(LAZY_WEBGL_PROBE);
  });

  it('fails the build, naming the file, if Phaser no longer probes where expected', async () => {
    const { transformPhaser } = await import('../../build/vite-plugin-phaser');
    const id = join(ROOT, 'node_modules/phaser/src/device/Features.js');
    expect(() => transformPhaser('Features.webGL = somethingElse();', id)).toThrow(/Features\.js/);
  });
});
