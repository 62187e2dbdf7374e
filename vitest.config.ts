import { defineConfig } from 'vitest/config';

// Three projects: `unit` (unit and integration tests against the real core and the simulators), `soak` (the
// fault soaks: hundreds of card payments with provider faults and kills, minutes each, so they run apart and
// one at a time) and `e2e` (Playwright driving Chromium against the headless host). `npm test` runs all three.
const soaks = ['test/integration/**/*-soak.test.ts'];
export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          exclude: soaks,
          environment: 'node',
          // Migrations applied once per run; `testCore` copies the result (test/support/core-template.ts).
          globalSetup: ['test/support/core-template.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'soak',
          include: soaks,
          environment: 'node',
          testTimeout: 600_000,
          // Each soak runs a core in its own process and kills it; two at once would share the two cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/e2e/support/setup.ts'],
          environment: 'node',
          // A poll ends at its first success, so a longer limit costs nothing when things work; 1 s (vitest's
          // default) was shorter than one Playwright call on the 2-core CI machine under load.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Each file starts its own host and browser; two cores are shared by one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
