import { defineConfig } from 'vitest/config';

// Browser tests: one file at a time (Chromium renders in software and the machine has two
// cores), long timeouts because every step waits on the game's own state.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: 'artifacts/e2e-results.json' }]],
  },
});
