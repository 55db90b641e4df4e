// The import column of docs/architecture.md is lint (eslint.imports.js): a pure module that
// reaches for Phaser, Howler, the DOM or the shell fails `npm run lint`, naming the rule.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { importRules } from '../../eslint.imports.js';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...importRules],
});

/** The rule ids and messages lint reports for `code` written at `file`. */
async function faults(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('the import rules', () => {
  it('stop a pure module importing Phaser', async () => {
    expect(await faults('src/story/fixture.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Phaser belongs in src\/game/),
    ]);
  });

  it('stop a pure module importing Howler, even for its types', async () => {
    expect(await faults('src/save/fixture.ts', "import type { Howl } from 'howler';\nexport type H = Howl;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Howler/),
    ]);
  });

  it('stop a pure module reaching into the DOM layer or the Phaser scenes', async () => {
    const found = await faults(
      'src/cutscene/fixture.ts',
      "import { DialogueBox } from '../ui/dialogue';\nimport { CryptScene } from '../game/scenes/CryptScene';\nexport const a = [DialogueBox, CryptScene];\n",
    );
    expect(found).toHaveLength(2);
    for (const f of found) expect(f).toMatch(/pure module imports only pure modules/);
  });

  it('stop a pure module touching the document', async () => {
    expect(await faults('src/session.ts', 'export const title = document.title;\n')).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*document/),
    ]);
  });

  it('keep the ink compiler and build/ out of the game', async () => {
    const found = await faults(
      'src/main.ts',
      "import { Compiler } from 'inkjs/full';\nimport { readContent } from '../build/content';\nexport const c = [Compiler, readContent];\n",
    );
    expect(found).toHaveLength(2);
  });

  it('keep Howler to the one file that talks to it', async () => {
    expect(await faults('src/audio/audioService.ts', "import { Howl } from 'howler';\nexport const h = Howl;\n")).toHaveLength(1);
    expect(await faults('src/audio/howlerBackend.ts', "import { Howl } from 'howler';\nexport const h = Howl;\n")).toEqual([]);
  });

  it('let the Phaser scenes import Phaser, and pure modules import each other', async () => {
    expect(await faults('src/game/fixture.ts', "import Phaser from 'phaser';\nexport const p = Phaser;\n")).toEqual([]);
    expect(
      await faults(
        'src/story/fixture.ts',
        "import { applyCommand } from '../scene/state';\nimport { Story } from 'inkjs';\nexport const a = [applyCommand, Story];\n",
      ),
    ).toEqual([]);
  });
});
