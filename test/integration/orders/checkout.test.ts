import { afterEach, describe, expect, it } from 'vitest';
import { newId, testCore } from '../../support/core.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const product = (name: string) => {
  const p = demoProducts.find((d) => d.name === name);
  if (!p) throw new Error(`no demo product ${name}`);
  return p;
};
const sourdough = product('Sourdough Loaf'); // 3.89, 7 %
const cola = product('Cola 0.33 l'); // 1.19, 19 %

let kassa: ReturnType<typeof testCore>;
afterEach(async () => kassa?.close());

const cash = (amount: number, tendered?: number) => ({
  id: newId(),
  methodId: 'cash',
  amount,
  ...(tendered ? { tendered } : {}),
});

describe('selling at the till', () => {
  it('a cash sale with a larger note records the change and takes the next order number', async () => {
    kassa = testCore();
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [
        { productId: sourdough.id, quantity: 2 },
        { productId: cola.id, quantity: 1 },
      ],
      payments: [cash(2 * 389 + 119, 2000)],
    });
    expect(order.status).toBe('paid');
    expect(order.number).toBe(1);
    expect(order.total).toBe(897);
    expect(order.change).toBe(2000 - 897);
    expect(order.taxBreakdown).toEqual([
      { rateBp: 700, base: 727, tax: 51 },
      { rateBp: 1900, base: 100, tax: 19 },
    ]);
    const second = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [cash(119)],
    });
    expect(second.number).toBe(2);
  });

  it('a retried checkout (the answer was lost) does not create a second order or a second payment', async () => {
    kassa = testCore();
    const request = {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 3 }],
      payments: [cash(357, 500)],
    };
    const first = await kassa.call('orders.checkout', request);
    const again = await kassa.call('orders.checkout', request);
    expect(again).toEqual(first);
    const { orders } = await kassa.call('orders.search', {});
    expect(orders).toHaveLength(1);
  });

  it('split tender: the order stays open until the payment lines cover the total', async () => {
    kassa = testCore();
    const orderId = newId();
    const open = await kassa.call('orders.checkout', {
      orderId,
      lines: [{ productId: sourdough.id, quantity: 3 }],
      payments: [cash(500, 500)],
    });
    expect(open.status).toBe('open');
    expect(open.number).toBeNull();
    expect(open.remaining).toBe(3 * 389 - 500);
    const tooMuch = await kassa.fail('orders.addPayment', {
      orderId,
      payment: { id: newId(), methodId: 'voucher', amount: 1000 },
    });
    expect(tooMuch.code).toBe('amount_invalid');
    const paid = await kassa.call('orders.addPayment', {
      orderId,
      payment: { id: newId(), methodId: 'voucher', amount: 3 * 389 - 500 },
    });
    expect(paid.status).toBe('paid');
    expect(paid.number).toBe(1);
    expect(paid.payments.map((p) => [p.methodName, p.amount])).toEqual([
      ['Cash', 500],
      ['Voucher', 667],
    ]);
  });

  it('numbers orders per till without gaps, even when an order is voided', async () => {
    kassa = testCore();
    const voided = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [],
    });
    await kassa.call('orders.void', { orderId: voided.id, reason: 'customer left' });
    const numbers: (number | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const o = await kassa.call('orders.checkout', {
        orderId: newId(),
        lines: [{ productId: cola.id, quantity: 1 }],
        payments: [cash(119)],
      });
      numbers.push(o.number);
    }
    expect(numbers).toEqual([1, 2, 3]);
  });

  it('rejects bad input with a clear message and saves nothing', async () => {
    kassa = testCore();
    const cases: [string, unknown, string][] = [
      [
        'orders.checkout',
        { orderId: newId(), lines: [{ productId: cola.id, quantity: -1 }], payments: [] },
        'Quantity must be at least 1',
      ],
      [
        'orders.checkout',
        { orderId: newId(), lines: [{ productId: cola.id, quantity: 1 }], payments: [cash(119, 100)] },
        'less than',
      ],
      [
        'orders.checkout',
        {
          orderId: newId(),
          lines: [{ productId: cola.id, quantity: 1, discount: { kind: 'percent', basisPoints: 12000 } }],
          payments: [],
        },
        'more than 100 %',
      ],
      [
        'orders.checkout',
        { orderId: newId(), lines: [{ productId: 99999, quantity: 1 }], payments: [] },
        'no longer sold',
      ],
      ['orders.checkout', { orderId: newId(), lines: [], payments: [] }, 'The cart is empty'],
      ['catalog.byBarcode', { barcode: '4006381333931' }, 'No product has the barcode 4006381333931'],
    ];
    for (const [channel, request, message] of cases) {
      const error = await kassa.fail(channel as 'orders.checkout', request);
      expect(error.message).toContain(message);
    }
    const { orders } = await kassa.call('orders.search', {});
    expect(orders).toEqual([]);
  });

  it('cash in a store that rounds cash (CHF 0.05) closes the order at the rounded amount', async () => {
    kassa = testCore();
    kassa.core.services.settings.set('store', {
      ...kassa.core.services.store(),
      currency: 'CHF',
      country: 'CH',
      cashRoundingIncrement: 5,
    });
    const fresh = testCore(kassa.dataDir);
    await kassa.close();
    kassa = fresh;
    // 3 × 1.19 = 3.57 → 3.55 in cash
    const notRounded = await kassa.fail('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 3 }],
      payments: [cash(357)],
    });
    expect(notRounded.code).toBe('amount_invalid');
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 3 }],
      payments: [cash(355, 1000)],
    });
    expect(order).toMatchObject({ status: 'paid', total: 357, cashRounding: -2, paid: 355, change: 645 });
  });
});

describe('order history', () => {
  it('finds orders by number, amount, date and pages through them newest first', async () => {
    let clock = Date.UTC(2026, 10, 20, 9, 0, 0);
    kassa = testCore(undefined, () => clock);
    const made = [];
    for (let i = 1; i <= 5; i++) {
      clock += 60_000;
      made.push(
        await kassa.call('orders.checkout', {
          orderId: newId(),
          lines: [{ productId: cola.id, quantity: i }],
          payments: [cash(119 * i)],
        }),
      );
    }
    expect((await kassa.call('orders.search', { number: 3 })).orders.map((o) => o.number)).toEqual([3]);
    expect((await kassa.call('orders.search', { amount: 119 * 4 })).orders.map((o) => o.number)).toEqual([4]);
    const window = await kassa.call('orders.search', { from: made[1]!.paidAt!, to: made[2]!.paidAt! });
    expect(window.orders.map((o) => o.number)).toEqual([3, 2]);
    const page1 = await kassa.call('orders.search', { limit: 2 });
    expect(page1.orders.map((o) => o.number)).toEqual([5, 4]);
    const page2 = await kassa.call('orders.search', { limit: 2, before: page1.nextCursor! });
    expect(page2.orders.map((o) => o.number)).toEqual([3, 2]);
    const page3 = await kassa.call('orders.search', { limit: 2, before: page2.nextCursor! });
    expect(page3).toMatchObject({ nextCursor: null });
    expect(page3.orders.map((o) => o.number)).toEqual([1]);
    expect(page1.orders[0]!.methods).toEqual(['Cash']);
  });

  it('keeps every order across a restart on the same data folder', async () => {
    kassa = testCore();
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [cash(119)],
    });
    const dir = kassa.dataDir;
    await kassa.close();
    kassa = testCore(dir);
    expect(await kassa.call('orders.get', { orderId: order.id })).toEqual(order);
  });
});
