import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // src/vendor: plain JS entries into libraries' own sources (phaser-lite.js).
  { ignores: ['eslint.config.js', 'dist/', 'release/', 'artifacts/', 'node_modules/', 'scripts/', 'bench/', '.scratch/', 'src/vendor/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Pure modules stay free of Phaser, Howler and the DOM so they run and test in Node.
    files: ['src/story/**', 'src/scene/**', 'src/cutscene/**', 'src/save/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['phaser', 'howler'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
