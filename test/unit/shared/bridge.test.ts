import { describe, expect, it } from 'vitest';
import { buildBridge, channelNames, type ChannelName } from '../../../src/shared/ipc/contract.ts';

describe('the window.kassa bridge', () => {
  it('exposes one function per channel, grouped by domain', async () => {
    const calls: [ChannelName, unknown][] = [];
    const bridge = buildBridge(
      async (name, request) => {
        calls.push([name, request]);
        return { ok: true, value: null };
      },
      () => () => undefined,
    );
    await bridge.catalog.search({ query: 'milk' });
    expect(calls).toEqual([['catalog.search', { query: 'milk' }]]);
    for (const name of channelNames) {
      const [ns, method] = name.split('.') as [string, string];
      expect(typeof (bridge as unknown as Record<string, Record<string, unknown>>)[ns]?.[method]).toBe(
        'function',
      );
    }
  });
});
