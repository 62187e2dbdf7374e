import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startCore, type CoreOptions, type KassaCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import type { ChannelName, RequestIn, ResponseOf } from '../../src/shared/ipc/contract.ts';
import type { KassaErrorShape } from '../../src/shared/errors.ts';

export const tempDir = (prefix = 'kassa-test-') => mkdtempSync(join(tmpdir(), prefix));

/** A core on a fresh data folder (the demo shop), called through the same dispatcher as the windows. */
export function testCore(dataDir = tempDir(), now?: () => number, extra: Partial<CoreOptions> = {}) {
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
