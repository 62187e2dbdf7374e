import { afterEach, describe, expect, it } from 'vitest';
import { newId, testCore } from '../../support/core.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const cola = demoProducts.find((d) => d.name === 'Cola 0.33 l')!; // 1.19

let kassa: ReturnType<typeof testCore>;
afterEach(async () => kassa?.close());

const cash = (amount: number) => ({ id: newId(), methodId: 'cash', amount });

describe('no sale, payment or refund without a signed-in member (TILL-9, issue 15.9)', () => {
  it('refuses a cash sale after sign-out and saves nothing', async () => {
    kassa = testCore();
    await kassa.call('session.logout', {});
    const refused = await kassa.fail('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [cash(119)],
    });
    expect(refused.code).toBe('not_signed_in');
    expect(refused.message).toMatch(/sign in/i);
    expect((await kassa.call('orders.search', {})).orders).toEqual([]);
  });

  it('refuses further payments, voids and refunds on an order once nobody is signed in', async () => {
    kassa = testCore();
    const open = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 2 }],
      payments: [cash(100)],
    });
    const paid = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [cash(119)],
    });
    await kassa.call('session.logout', {});

    const payment = await kassa.fail('orders.addPayment', { orderId: open.id, payment: cash(138) });
    expect(payment.code).toBe('not_signed_in');
    expect((await kassa.fail('orders.void', { orderId: open.id, reason: 'mistake' })).code).toBe(
      'not_signed_in',
    );
    const refund = await kassa.fail('payments.refund', {
      refundId: newId(),
      orderId: paid.id,
      paymentLineId: paid.payments[0]!.id,
      amount: 119,
    });
    expect(refund.code).toBe('not_signed_in');
    // (Nobody signed in sees no account codes, so compare what the refusals could have changed.)
    const after = await kassa.call('orders.get', { orderId: open.id });
    expect(after).toMatchObject({ status: 'open', paid: open.paid, remaining: open.remaining });
    expect(after.payments.map((p) => [p.id, p.status])).toEqual(open.payments.map((p) => [p.id, p.status]));
    expect(await kassa.call('payments.refundsForOrder', { orderId: paid.id })).toEqual([]);
  });

  it('records who sold each order, by the name they had then', async () => {
    kassa = testCore();
    const anna = await kassa.call('staff.save', {
      name: 'Anna',
      role: 'cashier',
      pin: '2468',
      active: true,
      ownerPin: '1234',
    });
    const byOwner = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [cash(119)],
    });
    expect(byOwner.soldBy?.name).toBe('Demo Owner');

    await kassa.call('session.login', { staffId: anna.id, pin: '2468' });
    const byAnna = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [cash(119)],
    });
    expect(byAnna.soldBy).toEqual({ id: anna.id, name: 'Anna' });
    await kassa.call('staff.save', {
      id: anna.id,
      name: 'Anna Berg',
      role: 'cashier',
      active: true,
      ownerPin: '1234',
    });
    expect((await kassa.call('orders.get', { orderId: byAnna.id })).soldBy).toEqual({
      id: anna.id,
      name: 'Anna',
    });
  });
});
