// Prints one closing line, "N passed, N failed", summed over the unit and browser test runs
// (Vitest writes their JSON reports to artifacts/).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ['artifacts/unit-results.json', 'artifacts/e2e-results.json']) {
  if (!existsSync(file)) {
    console.log(`(no ${file}: that stage did not run)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
