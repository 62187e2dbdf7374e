/**
 * After money goes back, History and the order detail say so (issue 15.18: a fully refunded order still said
 * "Paid"): the orders domain adds what was given back — confirmed card refunds and returns paid out from the
 * drawer — and whether that is part or all of what was paid.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { demoStripeMethod } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import { refundStateOf } from '../../../src/main/core/orders/refund-state.ts';
import { newId } from '../../support/core.ts';
import { waitForPayment } from '../../support/stripe.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';

const sourdough = demoProducts.find((p) => p.name === 'Sourdough Loaf')!; // 3.89
const cola = demoProducts.find((p) => p.name === 'Cola 0.33 l')!; // 1.19

let kassa: PreferencesTill;
beforeEach(async () => {
  kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } } });
  await kassa.core.payments.ready;
  await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 10000 });
});
afterEach(async () => kassa.close());

/** One loaf paid by card: the card payment's line. */
async function cardSale() {
  const order = await kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: sourdough.id, quantity: 1 }],
    payments: [],
  });
  const started = await kassa.call('payments.start', {
    orderId: order.id,
    methodId: demoStripeMethod.id,
    amount: 389,
    paymentLineId: newId(),
  });
  await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
  await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
  const paid = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
  return { orderId: order.id, lineId: paid.paymentLineId };
}

const summaryOf = async (orderId: string) =>
  (await kassa.call('orders.search', {})).orders.find((o) => o.id === orderId)!;

describe('an order whose money went back', () => {
  it('says Partly refunded with the amount after part of a card refund, and Refunded after the rest', async () => {
    const { orderId, lineId } = await cardSale();
    expect(await summaryOf(orderId)).toMatchObject({ status: 'paid', refunded: 0, refundState: 'none' });

    await kassa.call('payments.refund', { refundId: newId(), orderId, paymentLineId: lineId, amount: 100 });
    expect(await summaryOf(orderId)).toMatchObject({ refunded: 100, refundState: 'partly' });
    expect(await kassa.call('orders.get', { orderId })).toMatchObject({
      refunded: 100,
      refundState: 'partly',
    });

    await kassa.call('payments.refund', { refundId: newId(), orderId, paymentLineId: lineId, amount: 289 });
    expect(await summaryOf(orderId)).toMatchObject({ status: 'paid', refunded: 389, refundState: 'full' });
    expect(await kassa.call('orders.get', { orderId })).toMatchObject({ refunded: 389, refundState: 'full' });
  });

  it('counts a cash return from the drawer, and a card return once (not again through the refund it made)', async () => {
    const cash = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 2 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 238 }],
    });
    await kassa.call('returns.create', {
      returnId: newId(),
      orderId: cash.id,
      lines: [{ position: 1, quantity: 1 }],
      reason: 'Dented can',
    });
    expect(await summaryOf(cash.id)).toMatchObject({ refunded: 119, refundState: 'partly' });

    const { orderId } = await cardSale();
    await kassa.call('returns.create', {
      returnId: newId(),
      orderId,
      lines: [{ position: 1, quantity: 1 }],
      reason: 'Stale bread',
    });
    expect(await summaryOf(orderId)).toMatchObject({ refunded: 389, refundState: 'full' });
  });
});

describe('the rule', () => {
  it.each([
    ['paid', 500, 0, 'none'],
    ['paid', 500, 1, 'partly'],
    ['paid', 500, 499, 'partly'],
    ['paid', 500, 500, 'full'],
    ['open', 500, 100, 'none'],
    ['voided', 500, 500, 'none'],
  ] as const)('%s, paid %i, refunded %i: %s', (status, paid, refunded, state) => {
    expect(refundStateOf({ status, paid, refunded })).toBe(state);
  });
});
