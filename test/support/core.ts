import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { inject } from 'vitest';
import {
  databaseFileName,
  startCore,
  type CoreOptions,
  type KassaCore,
} from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import type { ChannelName, RequestIn, ResponseOf } from '../../src/shared/ipc/contract.ts';
import type { KassaErrorShape } from '../../src/shared/errors.ts';

export const tempDir = (prefix = 'kassa-test-') => mkdtempSync(join(tmpdir(), prefix));

/** The run's template, or none outside a vitest run (the benchmarks use these helpers too). */
function templateOfRun(): string | undefined {
  try {
    return inject('coreTemplate') as string | undefined;
  } catch {
    return undefined;
  }
}

/**
 * An empty data folder gets the demo shop's database from the run's template (test/support/core-template.ts):
 * the same rows a first start writes, with a till id of its own, so two tills in one test stay two tills.
 * Used by `testCore` and by the crash tests' child processes (test/support/core-process.ts), which otherwise
 * each migrated and seeded a database of their own before the test could begin.
 */
export function fromTemplate(dataDir: string): void {
  const template = templateOfRun();
  // KASSA_TEST_FRESH_DB=1: every core migrates and seeds its own database, as a till's first start does.
  // A folder that does not exist yet is left to the core, which creates it (and its permissions) itself.
  if (!template || process.env.KASSA_TEST_FRESH_DB || !existsSync(dataDir) || readdirSync(dataDir).length > 0)
    return;
  const file = join(dataDir, databaseFileName);
  copyFileSync(template, file);
  const db = new Database(file);
  try {
    db.prepare('UPDATE tills SET id = ?').run(randomUUID());
  } finally {
    db.close();
  }
}

/** A core on a fresh data folder (the demo shop), called through the same dispatcher as the windows. */
export function testCore(dataDir = tempDir(), now?: () => number, extra: Partial<CoreOptions> = {}) {
  if (!extra.storeConfigFile) fromTemplate(dataDir);
  const core: KassaCore = startCore({
    dataDir,
    log: silentLogger,
    checkResponses: true,
    ...(now ? { now } : {}),
    ...extra,
  });
  async function call<C extends ChannelName>(channel: C, request: RequestIn<C>): Promise<ResponseOf<C>> {
    const result = await core.dispatch(channel, request, { window: 'till' });
    if (!result.ok) throw Object.assign(new Error(result.error.message), { kassa: result.error });
    return result.value as ResponseOf<C>;
  }
  async function fail<C extends ChannelName>(channel: C, request: unknown): Promise<KassaErrorShape> {
    const result = await core.dispatch(channel, request, { window: 'till' });
    if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
    return result.error;
  }
  return {
    core,
    dataDir,
    call,
    fail,
    close: () => core.close(),
  };
}

export const newId = () => randomUUID();
