import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openTillForEachTest } from './support/open-till.ts';
import { badPayloads } from './support/bad-payloads.ts';
import { demoProduct, kassa, recordedOrders } from './support/till.ts';
import { channelNames, channels } from '../../src/shared/ipc/contract.ts';
import type { Order } from '../../src/shared/ipc/orders.ts';

let page: Page;
openTillForEachTest((opened) => (page = opened.till));

/** Sends every payload to one channel through window.kassa, as a compromised or buggy window could. */
async function sendAll(p: Page, channel: string, payloads: unknown[]) {
  return p.evaluate(
    async ([name, requests]) => {
      const [ns, method] = name.split('.') as [string, string];
      const bridge = (
        globalThis as unknown as { kassa: Record<string, Record<string, (r: unknown) => Promise<unknown>>> }
      ).kassa;
      const call = bridge[ns]?.[method];
      if (!call) throw new Error(`window.kassa has no ${name}`);
      const results: unknown[] = [];
      for (const request of requests) results.push(await call(request));
      return results as { ok: boolean; error?: { code: string; message: string } }[];
    },
    [channel, payloads] as const,
  );
}

describe('the IPC boundary', () => {
  it('every channel refuses generated bad payloads with a typed error and changes nothing', async () => {
    // One real order, so that "changes nothing" has something to leave alone.
    const orderId = '0d9f3c52-7a61-4e1b-8c2d-5f4e3a2b1c0d';
    const sold = await kassa<Order>(page, 'orders.checkout', {
      orderId,
      lines: [{ productId: demoProduct('Pretzel').id, quantity: 2 }],
      payments: [
        { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', methodId: 'cash', amount: 178, tendered: 200 },
      ],
    });
    expect(sold.ok).toBe(true);
    const ordersBefore = await recordedOrders(page);
    const orderBefore = await kassa<Order>(page, 'orders.get', { orderId });

    let sent = 0;
    for (const name of channelNames) {
      const spec = channels[name];
      const payloads = badPayloads(spec.request);
      expect(payloads.length, `bad payloads generated for ${name}`).toBeGreaterThanOrEqual(4);
      const expected = spec.windows.includes('till') ? 'invalid_request' : 'forbidden';
      const results = await sendAll(page, name, payloads);
      results.forEach((result, index) => {
        const what = `${name} ← ${JSON.stringify(payloads[index]).slice(0, 200)}`;
        expect(result.ok, what).toBe(false);
        expect(result.error?.code, what).toBe(expected);
        expect(result.error?.message.length, what).toBeGreaterThan(10);
      });
      sent += payloads.length;
    }
    expect(sent).toBeGreaterThan(200);

    expect(await recordedOrders(page)).toEqual(ordersBefore);
    expect(await kassa<Order>(page, 'orders.get', { orderId })).toEqual(orderBefore);
  });

  it('names the field that was wrong, so a form can show the message next to it', async () => {
    const ordersBefore = await recordedOrders(page);
    const result = await kassa(page, 'orders.checkout', {
      orderId: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
      lines: [{ productId: demoProduct('Pretzel').id, quantity: -3 }],
      payments: [],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'invalid_request', field: 'lines.0.quantity' });
      expect(result.error.message).toContain('Quantity must be at least 1.');
    }
    expect(await recordedOrders(page)).toEqual(ordersBefore);
  });
});
