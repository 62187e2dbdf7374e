import { describe, expect, it } from 'vitest';
import {
  freshStripeTillEachTest,
  type StripeTill,
  type StripeWorld,
} from '../../support/stripe-each-test.ts';

let world: StripeWorld;
let kassa: StripeTill;
freshStripeTillEachTest((fresh) => ({ world, kassa } = fresh));

describe('reconciliation with Stripe (REL-2)', () => {
  it('raises one alert for a payment of this till that matches no order, and ignores other tills', async () => {
    const stray = await world.stripe.paymentIntents.create({
      amount: 1234,
      currency: 'eur',
      allowed_payment_method_types: ['card_present'],
      capture_method: 'manual',
      metadata: {
        kassa_attempt: 'att_unknown',
        kassa_till: (await kassa.call('store.info', {})).till.id,
        kassa_order: 'gone',
      },
    });
    await world.stripe.paymentIntents.create({
      amount: 999,
      currency: 'eur',
      allowed_payment_method_types: ['card_present'],
      capture_method: 'manual',
      metadata: { kassa_attempt: 'att_other', kassa_till: 'till-2' },
    });
    const raised = await kassa.core.payments.reconciliation.reconcile('stripe', Date.now() - 60_000);
    expect(raised).toBe(1);
    const alerts = await kassa.call('alerts.list', {});
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.message).toContain(stray.id);
    expect(alerts[0]!.message).toContain('€12.34'); // in the store's money format
    expect(await kassa.core.payments.reconciliation.reconcile('stripe', Date.now() - 60_000)).toBe(0); // once only
  });
});
