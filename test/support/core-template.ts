import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { databaseFileName, startCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A demo shop's database as a first start leaves it: every migration applied, the demo seeded. */
    coreTemplate: string;
  }
}

/**
 * Global set-up of the unit project: one first start of the core, whose database every `testCore` on an
 * empty folder then copies (test/support/core.ts) instead of applying all migrations and seeding again —
 * a few hundred milliseconds per test on the 2-core machine. The migrations themselves keep their own tests
 * (test/integration/db), which open their databases directly.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-template-'));
  // (vitest's set-up runner has no import.meta.resolve, which the core uses to find the driver by default.)
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const core = startCore({ dataDir: dir, log: silentLogger, integrityCheckDriver: driver });
  await core.close();
  project.provide('coreTemplate', join(dir, databaseFileName));
  return () => rmSync(dir, { recursive: true, force: true });
}
