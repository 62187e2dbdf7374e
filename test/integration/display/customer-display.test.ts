import { afterEach, describe, expect, it } from 'vitest';
import { newId, testCore } from '../../support/core.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { CustomerDisplayView, DisplayCartLine } from '../../../src/shared/ipc/customer-display.ts';

const cola = demoProducts.find((d) => d.name === 'Cola 0.33 l')!; // 1.19, VAT 19 %

let kassa: ReturnType<typeof testCore>;
afterEach(async () => kassa?.close());

const line = (quantity: number, extra: Partial<DisplayCartLine> = {}): DisplayCartLine => ({
  productId: cola.id,
  name: cola.name,
  unitPrice: cola.price,
  taxRateBp: 1900,
  quantity,
  ...extra,
});

/** Every view pushed to the display, in order. */
function pushed(k: ReturnType<typeof testCore>): CustomerDisplayView[] {
  const views: CustomerDisplayView[] = [];
  k.core.subscribe((name, payload) => {
    if (name === 'customerDisplay.changed') views.push(payload as CustomerDisplayView);
  });
  return views;
}

const readView = async (k: ReturnType<typeof testCore>) => {
  const result = await k.core.dispatch('customerDisplay.view', {}, { window: 'customer-display' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as CustomerDisplayView;
};

describe('the customer display follows the till (TILL-10)', () => {
  it('greets, then shows the cart with its total as lines are rung up', async () => {
    kassa = testCore();
    const views = pushed(kassa);
    expect(await readView(kassa)).toMatchObject({ stage: 'welcome', shopName: 'Kassa Demo Shop', lines: [] });

    const orderId = newId();
    await kassa.call('customerDisplay.show', { screen: { stage: 'cart', orderId, lines: [line(1)] } });
    await kassa.call('customerDisplay.show', {
      screen: {
        stage: 'cart',
        orderId,
        lines: [line(3, { discount: { kind: 'percent', basisPoints: 1000 } })],
      },
    });
    expect(views.map((v) => [v.stage, v.total, v.itemCount])).toEqual([
      ['cart', 119, 1],
      ['cart', 321, 3], // 3 × 1.19 = 3.57, less 10 % (0.36)
    ]);
    expect(views[1]?.lines).toEqual([
      { name: cola.name, quantity: 3, unitPrice: 119, discount: 36, total: 321 },
    ]);
    expect(await readView(kassa)).toEqual(views[1]);

    // The same screen again changes nothing the customer sees, so nothing is pushed.
    await kassa.call('customerDisplay.show', {
      screen: {
        stage: 'cart',
        orderId,
        lines: [line(3, { discount: { kind: 'percent', basisPoints: 1000 } })],
      },
    });
    expect(views).toHaveLength(2);
  });

  it('tells the customer the cashier’s first name and nothing more about the staff', async () => {
    kassa = testCore();
    await kassa.call('customerDisplay.show', {
      screen: { stage: 'cart', orderId: newId(), lines: [line(1)] },
    });
    const view = await readView(kassa);
    expect(view.cashier).toBe('Demo');
    expect(JSON.stringify(view)).not.toContain('Owner');
    await kassa.call('session.logout', {});
    expect((await readView(kassa)).cashier).toBeNull();
  });

  it('shows what is due, the cash paid and the change, then thanks the customer', async () => {
    kassa = testCore();
    const views = pushed(kassa);
    const orderId = newId();
    await kassa.call('customerDisplay.show', { screen: { stage: 'payment', orderId, lines: [line(2)] } });
    expect(views.at(-1)).toMatchObject({
      stage: 'payment',
      total: 238,
      payment: { status: 'due', paid: 0, remaining: 238, change: 0 },
    });

    // A first cash payment that does not cover it all: the display says what is still to pay.
    await kassa.call('orders.checkout', {
      orderId,
      lines: [{ productId: cola.id, quantity: 2 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 100 }],
    });
    expect(views.at(-1)).toMatchObject({
      stage: 'payment',
      payment: { status: 'due', paid: 100, remaining: 138 },
    });

    await kassa.call('orders.addPayment', {
      orderId,
      payment: { id: newId(), methodId: 'cash', amount: 138, tendered: 200 },
    });
    expect(views.at(-1)).toMatchObject({
      stage: 'payment',
      payment: { status: 'paid', paid: 238, change: 62 },
    });

    await kassa.call('customerDisplay.show', { screen: { stage: 'complete', orderId } });
    expect(views.at(-1)).toMatchObject({
      stage: 'thanks',
      total: 238,
      payment: { status: 'paid', change: 62 },
    });

    await kassa.call('customerDisplay.show', { screen: { stage: 'idle' } });
    expect(views.at(-1)).toMatchObject({ stage: 'welcome', lines: [], total: 0, payment: null });
  });

  it('shows a pay-by-link address for the order being paid, and only for that order', async () => {
    kassa = testCore();
    const orderId = newId();
    await kassa.call('customerDisplay.show', { screen: { stage: 'payment', orderId, lines: [line(1)] } });
    kassa.core.customerDisplay.offerPayByLink(newId(), 'https://pay.example.com/other');
    expect((await readView(kassa)).payByLink).toBeNull();
    kassa.core.customerDisplay.offerPayByLink(orderId, 'https://pay.example.com/p/123');
    expect((await readView(kassa)).payByLink).toEqual({ url: 'https://pay.example.com/p/123' });
  });

  it('refuses a display screen the till could not have sent, and keeps showing the last one', async () => {
    kassa = testCore();
    const orderId = newId();
    await kassa.call('customerDisplay.show', { screen: { stage: 'cart', orderId, lines: [line(1)] } });
    const refused = await kassa.fail('customerDisplay.show', {
      screen: { stage: 'cart', orderId, lines: [line(1, { cost: 50 } as never)] },
    });
    expect(refused.code).toBe('invalid_request');
    expect((await readView(kassa)).total).toBe(119);
  });
});
