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
  // Polls well below the demo Stripe's rate limit (25 requests a second in test mode).
  kassa = preferencesTill({
    providers: { stripe: { mode: 'demo' } },
    pollIntervalMs: 100,
    log: {
      info() {},
      warn() {},
      error: (...a: unknown[]) => console.log('ERRLOG', JSON.stringify(a).slice(0, 600)),
    },
  });
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

  /**
   * Amounts are shares (in %) of what is still due, or of the card line for a refund: up to 120 %, so that
   * amounts above what is allowed are tried too and must be refused without changing anything.
   */
  type Step =
    | { kind: 'cash' | 'voucher'; share: number }
    | { kind: 'card'; share: number; card: 'approve' | 'decline' }
    | { kind: 'refund'; share: number }
    | { kind: 'void' };
  const share = fc.integer({ min: 1, max: 120 });
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      arbitrary: fc.record({ kind: fc.constantFrom('cash' as const, 'voucher' as const), share }),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('card' as const),
        share,
        card: fc.constantFrom('approve' as const, 'approve' as const, 'decline' as const),
      }),
      weight: 4,
    },
    { arbitrary: fc.record({ kind: fc.constant('refund' as const), share }), weight: 3 },
    { arbitrary: fc.constant({ kind: 'void' as const }), weight: 1 },
  );
  const part = (of: number, percent: number) => Math.max(1, Math.round((of * percent) / 100));

  const seen = { cardPayments: 0, refunds: 0, voidsWithPayments: 0 };
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
            const { remaining } = await kassa.call('orders.get', { orderId });
            if (s.kind === 'cash' || s.kind === 'voucher') {
              await attempt('orders.addPayment', {
                orderId,
                payment: { id: newId(), methodId: s.kind, amount: part(remaining, s.share) },
              });
            } else if (s.kind === 'card') {
              const started = await attempt('payments.start', {
                orderId,
                methodId: demoStripeMethod.id,
                amount: Math.max(50, part(remaining, s.share)),
                paymentLineId: newId(),
              });
              if (started) {
                const { attemptId } = started;
                await waitForPayment(kassa, attemptId, (p) => p.state === 'waiting_for_card');
                // The demo Stripe limits requests a second as Stripe does: a refused tap is tapped again.
                for (
                  let tries = 1;
                  !(await attempt('payments.simulateCard', { attemptId, card: s.card }));
                  tries++
                ) {
                  if (tries === 10) throw new Error('the demo terminal kept refusing the card');
                  await new Promise((resolve) => setTimeout(resolve, 100 * tries));
                }
                const settled = await waitForPayment(kassa, attemptId, (p) =>
                  ['succeeded', 'declined', 'failed'].includes(p.state),
                );
                if (settled.state === 'succeeded') seen.cardPayments++;
              }
            } else if (s.kind === 'refund') {
              const order = await kassa.call('orders.get', { orderId });
              const onCards = await kassa.call('payments.forOrder', { orderId });
              const line = order.payments.find(
                (p) => p.status === 'paid' && onCards.some((a) => a.paymentLineId === p.id),
              );
              if (line) {
                const refund = await attempt('payments.refund', {
                  refundId: newId(),
                  orderId,
                  paymentLineId: line.id,
                  amount: part(line.amount, s.share),
                  reason: 'requested_by_customer',
                });
                if (refund?.state === 'succeeded') seen.refunds++;
              }
            } else {
              const voided = await attempt('orders.void', { orderId, reason: 'test' });
              if (voided?.payments.some((p) => p.status === 'voided')) seen.voidsWithPayments++;
            }
            await expectConsistent(orderId);
          }
        },
      ),
      { numRuns: 50, seed: Number(process.env.SEED ?? Date.now()) },
    );
    // The sequences really reached the interesting cases, not only refusals.
    expect(seen.cardPayments).toBeGreaterThan(0);
    expect(seen.refunds).toBeGreaterThan(0);
    expect(seen.voidsWithPayments).toBeGreaterThan(0);
  });
});
