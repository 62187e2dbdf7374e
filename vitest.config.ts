import { defineConfig } from 'vitest/config';

// Two projects: `unit` (unit and integration tests against the real core and the simulators) and `e2e`
// (Playwright driving Chromium against the headless host). `npm test` runs both.
export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Each file starts its own host and browser; two cores are shared by one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
