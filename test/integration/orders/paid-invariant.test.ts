/**
 * An order's `paid` is the sum of its paid payment lines, whatever happened to it (payments, card payments
 * that went through or not, voids, refunds), and refunds never exceed what was paid. The order service, the
 * one writer of orders and payment lines, keeps this true; these tests check it from the outside.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { demoStripeMethod } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import type { Order } from '../../../src/shared/ipc/orders.ts';
import type { ChannelName, RequestIn, ResponseOf } from '../../../src/shared/ipc/contract.ts';
import { newId } from '../../support/core.ts';
import { waitForPayment } from '../../support/stripe.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';

const sourdough = demoProducts.find((p) => p.name === 'Sourdough Loaf')!; // 3.89

let kassa: PreferencesTill;
beforeAll(async () => {
  kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } }, pollIntervalMs: 5 });
  await kassa.core.payments.ready;
});
afterAll(async () => kassa.close());

/** A call the model may expect to be refused (more than is due, a locked order): null when it was. */
async function attempt<C extends ChannelName>(
  channel: C,
  request: RequestIn<C>,
): Promise<ResponseOf<C> | null> {
  const result = await kassa.core.dispatch(channel, request, { window: 'till' });
  return result.ok ? (result.value as ResponseOf<C>) : null;
}

const paidLines = (order: Order) =>
  order.payments.filter((p) => p.status === 'paid').reduce((sum, p) => sum + p.amount, 0);

/** What must hold for every order at every moment. */
async function expectConsistent(orderId: string): Promise<void> {
  const order = await kassa.call('orders.get', { orderId });
  expect(order.paid, 'paid is the sum of the paid payment lines').toBe(paidLines(order));
  const due = order.total + order.cashRounding;
  expect(order.paid).toBeLessThanOrEqual(due);
  if (order.status === 'open') expect(order.remaining).toBe(due - order.paid);
  else expect(order.remaining).toBe(0);
  if (order.status === 'paid') expect(order.paid).toBe(due);
  if (order.status === 'voided') expect(order.paid).toBe(0);
  const refunds = await kassa.call('payments.refundsForOrder', { orderId });
  for (const line of order.payments) {
    const back = refunds
      .filter((r) => r.paymentLineId === line.id && r.state !== 'failed')
      .reduce((sum, r) => sum + r.amount, 0);
    expect(back, `refunds of line ${line.id}`).toBeLessThanOrEqual(line.amount);
  }
}

describe("an order's paid amount", () => {
  it('is zero once an order with a cash part is voided, and a voided order has nothing remaining', async () => {
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: sourdough.id, quantity: 2 }], // 7.78
      payments: [{ id: newId(), methodId: 'cash', amount: 300 }],
    });
    expect(order).toMatchObject({ status: 'open', paid: 300, remaining: 478 });
    const voided = await kassa.call('orders.void', { orderId: order.id, reason: 'customer left' });
    expect(voided.payments.map((p) => [p.methodId, p.status, p.amount])).toEqual([['cash', 'voided', 300]]);
    expect(voided).toMatchObject({ status: 'voided', paid: 0, remaining: 0 });
  });

  type Step =
    | { kind: 'cash'; amount: number }
    | { kind: 'voucher'; amount: number }
    | { kind: 'card'; amount: number; card: 'approve' | 'decline' }
    | { kind: 'refund'; amount: number }
    | { kind: 'void' };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('cash' as const), amount: fc.integer({ min: 1, max: 900 }) }),
    fc.record({ kind: fc.constant('voucher' as const), amount: fc.integer({ min: 1, max: 900 }) }),
    fc.record({
      kind: fc.constant('card' as const),
      amount: fc.integer({ min: 1, max: 900 }),
      card: fc.constantFrom('approve' as const, 'decline' as const),
    }),
    fc.record({ kind: fc.constant('refund' as const), amount: fc.integer({ min: 1, max: 900 }) }),
    fc.constant({ kind: 'void' as const }),
  );

  it('is the sum of its paid lines after any sequence of payments, card payments, refunds and voids', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 600 }),
        fc.array(step, { maxLength: 6 }),
        async (quantity, cashAtCheckout, steps) => {
          const checkout = await attempt('orders.checkout', {
            orderId: newId(),
            lines: [{ productId: sourdough.id, quantity }],
            payments: cashAtCheckout > 0 ? [{ id: newId(), methodId: 'cash', amount: cashAtCheckout }] : [],
          });
          if (!checkout) return; // refused (more than due): nothing was written
          const orderId = checkout.id;
          await expectConsistent(orderId);
          for (const s of steps) {
            if (s.kind === 'cash' || s.kind === 'voucher') {
              await attempt('orders.addPayment', {
                orderId,
                payment: { id: newId(), methodId: s.kind, amount: s.amount },
              });
            } else if (s.kind === 'card') {
              const started = await attempt('payments.start', {
                orderId,
                methodId: demoStripeMethod.id,
                amount: s.amount,
                paymentLineId: newId(),
              });
              if (started) {
                const { attemptId } = started;
                await waitForPayment(kassa, attemptId, (p) => p.state === 'waiting_for_card');
                await kassa.call('payments.simulateCard', { attemptId, card: s.card });
                await waitForPayment(kassa, attemptId, (p) =>
                  ['succeeded', 'declined', 'failed'].includes(p.state),
                );
              }
            } else if (s.kind === 'refund') {
              const order = await kassa.call('orders.get', { orderId });
              const line = order.payments.find((p) => p.status === 'paid' && p.journal === 'bank');
              const onCard =
                line &&
                (await kassa.call('payments.forOrder', { orderId })).find((a) => a.paymentLineId === line.id);
              if (line && onCard) {
                await attempt('payments.refund', {
                  refundId: newId(),
                  orderId,
                  paymentLineId: line.id,
                  amount: s.amount,
                  reason: 'requested_by_customer',
                });
              }
            } else {
              await attempt('orders.void', { orderId, reason: 'test' });
            }
            await expectConsistent(orderId);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
