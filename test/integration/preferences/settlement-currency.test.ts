import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../support/core.ts';
import { stripeWorld, waitForPayment } from '../../support/stripe.ts';
import { preferencesTill, type PreferencesTill } from './preferences-till.ts';

let kassa: PreferencesTill | undefined;
let world: Awaited<ReturnType<typeof stripeWorld>> | undefined;
afterEach(async () => {
  await kassa?.close();
  await world?.sim.close();
});

describe('a Stripe profile that settles in another currency (STO-3)', () => {
  it('charges the card in the settlement currency at the store rate, records both amounts, and refunds at that rate', async () => {
    world = await stripeWorld();
    kassa = preferencesTill({ stripeApiUrl: world.sim.url, pollIntervalMs: 20 });
    await kassa.core.payments.ready;
    await kassa.openPreferences();
    const profile = await kassa.prefs('stripeProfiles.save', {
      name: 'US account',
      secretKey: world.sim.secretKey,
      settlementCurrency: 'USD',
      production: false,
    });
    const method = await kassa.prefs('paymentMethods.save', {
      name: 'Card (USD account)',
      journal: 'bank',
      terminal: 'stripe',
      terminalRef: world.reader.serial_number,
      profileId: profile.id,
      identifyCustomer: false,
      active: true,
    });
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: 1, quantity: 2 }],
      payments: [],
    });
    expect(order.total).toBe(778); // 2 × 3.89 €

    // No rate yet: refused before anything is sent.
    const noRate = await kassa.fail('payments.start', {
      orderId: order.id,
      methodId: method.id,
      amount: order.total,
      paymentLineId: newId(),
    });
    expect(noRate.message).toMatch(/no exchange rate for USD/);
    expect(world.sim.control.ledger().paymentIntents).toHaveLength(0);

    await kassa.prefs('exchangeRates.save', { currency: 'USD', rate: '1.0850', date: '2026-11-22' });
    const started = await kassa.call('payments.start', {
      orderId: order.id,
      methodId: method.id,
      amount: order.total,
      paymentLineId: newId(),
    });
    expect(started).toMatchObject({
      amount: 844,
      currency: 'USD',
      conversion: { orderAmount: 778, orderCurrency: 'EUR', rate: '1.085' },
    });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    world.sim.control.presentCard(world.reader.id);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    const paid = await kassa.call('orders.get', { orderId: order.id });
    expect(paid).toMatchObject({ status: 'paid', paid: 778 });
    expect(world.sim.control.ledger().paymentIntents[0]).toMatchObject({
      currency: 'usd',
      amount_received: 844,
    });

    // 3.33 € → 3.61 $; the rest (4.45 €) takes exactly what is left at Stripe (8.44 − 3.61 = 4.83 $).
    const first = await kassa.call('payments.refund', {
      refundId: newId(),
      orderId: order.id,
      paymentLineId: started.paymentLineId,
      amount: 333,
    });
    const rest = await kassa.call('payments.refund', {
      refundId: newId(),
      orderId: order.id,
      paymentLineId: started.paymentLineId,
      amount: 445,
    });
    expect([first.state, rest.state]).toEqual(['succeeded', 'succeeded']);
    expect(
      world.sim.control
        .ledger()
        .refunds.map((r) => r.amount)
        .sort((a, b) => a - b),
    ).toEqual([361, 483]);
  });
});
