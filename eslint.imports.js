// The import rules of docs/architecture.md ("Folders and who reads what"), as lint rules: a
// pure folder that reaches for Phaser, Howler, the DOM or a folder of the shell fails lint.
// Kept apart from eslint.config.js so tests/unit/import-rules.test.ts can lint fixtures with
// exactly these rules.

/** Folders and files with no Phaser, Howler or DOM in them: tested in Node. */
export const PURE = [
  'src/story/**',
  'src/scene/**',
  'src/level/**',
  'src/cutscene/**',
  'src/save/**',
  'src/content/**',
  'src/lang/**',
  'src/session.ts',
  'src/input/intents.ts',
  'src/input/context.ts',
  'src/input/router.ts',
  'src/input/prompts.ts',
  'src/input/rumble.ts',
  'src/input/gamepadReader.ts',
  'src/input/keyboardBindings.ts',
  'src/game/film/film.ts',
  'src/game/film/vignette.ts',
  'src/game/render/frameBudget.ts',
  'src/game/loading/textureFit.ts',
  'src/ui/stageLayout.ts',
];

/** The shell around the pure core: what draws, plays, listens and wires. */
const SHELL = [
  '**/game/**',
  '**/ui/**',
  '**/audio/**',
  '**/presenters/**',
  '**/clock/**',
  '**/main',
  '**/input/*Adapter',
  '**/input/keyboardLayout',
];

const everywhere = [
  {
    group: ['inkjs/full', 'inkjs/compiler/*', 'inkjs/types'],
    message: 'The ink compiler is build-time only (build/ink.ts); the game uses the inkjs runtime.',
  },
  { group: ['**/build/**', 'node:*'], message: 'build/ and Node are build-time only: nothing under src/ may import them.' },
];

const restrict = (paths, patterns) => ['error', { paths, patterns: [...everywhere, ...patterns] }];

const PHASER = { name: 'phaser', message: 'Phaser belongs in src/game/ alone.' };
const HOWLER = { name: 'howler', message: 'Howler belongs in src/audio/howlerBackend.ts alone.' };

export const importRules = [
  {
    files: ['src/**'],
    rules: { 'no-restricted-imports': restrict([PHASER, HOWLER], []) },
  },
  {
    files: ['src/game/**'],
    rules: {
      'no-restricted-imports': restrict(
        [HOWLER],
        [
          {
            group: ['**/ui/**', '**/presenters/**', '**/audio/**'],
            message: "The Phaser scenes draw; the DOM and the sound are other presenters' (wire them in src/main.ts).",
          },
        ],
      ),
    },
  },
  {
    files: ['src/audio/howlerBackend.ts'],
    rules: { 'no-restricted-imports': restrict([PHASER], []) },
  },
  {
    files: ['src/ui/**', 'src/input/**'],
    rules: {
      'no-restricted-imports': restrict(
        [PHASER, HOWLER],
        [
          {
            group: ['**/game/**', '**/audio/**'],
            message: 'The DOM layer and the input adapters know neither Phaser nor the sound (wire them in src/main.ts).',
          },
        ],
      ),
    },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': restrict(
        [PHASER, HOWLER],
        [{ group: SHELL, message: 'A pure module imports only pure modules (see docs/architecture.md).' }],
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'requestAnimationFrame',
        'HTMLElement',
        'Element',
        'Event',
      ],
    },
  },
];
