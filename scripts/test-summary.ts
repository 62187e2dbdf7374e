/**
 * Prints one closing line, "N passed, N failed", from the vitest JSON report(s) written under CI,
 * so whoever reads the CI log sees the total without scrolling through both suites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = '.vitest-results';
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests;
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
