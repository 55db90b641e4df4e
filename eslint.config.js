import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importRules } from './eslint.imports.js';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'artifacts/', 'node_modules/', 'bench/results/', '.scratch/', 'bench/bare/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  // The bake, bench and package scripts (plain JavaScript run by Node, and the page-side art
  // scripts run in Chromium): linted for mistakes, without type information.
  {
    files: ['**/*.mjs', '**/*.js'],
    // Browser globals too: the Node scripts hand functions to page.evaluate, which run in Chromium.
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  {
    // The page-side art is one program split into files that Chromium loads in order (each
    // uses what the earlier ones define): per-file undefined and unused names mean nothing.
    files: ['scripts/art/page/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: { 'no-undef': 'off', 'no-unused-vars': 'off' },
  },
  // Who may import what: docs/architecture.md's folder table, enforced.
  ...importRules,
);
