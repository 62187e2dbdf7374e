/**
 * Voiding an unfinished sale hands back what was taken at the counter. Card money only goes back through the
 * provider, so an order whose card payment went through is not voided until that payment is refunded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { demoStripeMethod } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import { newId } from '../../support/core.ts';
import { waitForPayment } from '../../support/stripe.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';

let kassa: PreferencesTill;
afterEach(async () => kassa.close());

describe('voiding a sale with a card payment on it', () => {
  it('is refused while the card money is with the provider, and goes through once it is refunded', async () => {
    kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } } });
    await kassa.core.payments.ready;
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: 1, quantity: 4 }],
      payments: [],
    });
    const started = await kassa.call('payments.start', {
      orderId: order.id,
      methodId: demoStripeMethod.id,
      amount: 300,
      paymentLineId: newId(),
    });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    const paid = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');

    const refused = await kassa.fail('orders.void', { orderId: order.id, reason: 'customer left' });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe(
      '€3.00 was paid by card on this order and went through: take the rest of the payment, or keep the sale open and refund the card from History first.',
    );
    expect((await kassa.call('orders.get', { orderId: order.id })).status).toBe('open');

    await kassa.call('payments.refund', {
      refundId: newId(),
      orderId: order.id,
      paymentLineId: paid.paymentLineId,
      amount: 300,
    });
    const voided = await kassa.call('orders.void', { orderId: order.id, reason: 'customer left' });
    expect(voided.status).toBe('voided');
  });
});
