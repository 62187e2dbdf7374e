import { afterEach, describe, expect, it } from 'vitest';
import { newId, testCore } from '../../support/core.ts';

let kassa: ReturnType<typeof testCore> | undefined;
afterEach(async () => {
  await kassa?.close();
  kassa = undefined;
});

const orderCount = (k: ReturnType<typeof testCore>) =>
  k.core.db.prepare<[], number>('SELECT count(*) FROM orders').pluck().get();

// The contract's schemas are built on the first call, not when the core starts (ipc/contract-loader.ts):
// a till's very first call must be checked exactly like every later one.
describe('the first call a freshly started core receives', () => {
  it('is refused with the field named when its payload is bad, and changes nothing', async () => {
    kassa = testCore();
    const error = await kassa.fail('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: 1, quantity: -2 }],
      payments: [],
    });
    expect(error.code).toBe('invalid_request');
    expect(error.field).toBe('lines.0.quantity');
    expect(error.messageKey).toBe('check.quantityLeast1');
    expect(orderCount(kassa)).toBe(0);
  });

  it('is refused when the payload is not an object at all', async () => {
    kassa = testCore();
    const error = await kassa.fail('orders.checkout', 'two pretzels');
    expect(error.code).toBe('invalid_request');
    expect(orderCount(kassa)).toBe(0);
  });

  it('is refused when it names no channel of the contract', async () => {
    kassa = testCore();
    const error = await kassa.fail('orders.steal' as 'orders.checkout', {});
    expect(error.code).toBe('unknown_channel');
  });

  it('from a window that may not call the channel, is refused before its payload is read', async () => {
    kassa = testCore();
    const result = await kassa.core.dispatch(
      'orders.checkout',
      { orderId: 'x' },
      { window: 'customer-display' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('forbidden');
    expect(orderCount(kassa)).toBe(0);
  });
});
