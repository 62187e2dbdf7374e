import { afterEach, describe, expect, it } from 'vitest';
import { newId, tempDir } from '../../support/core.ts';
import { stripeWorld, waitForPayment } from '../../support/stripe.ts';
import { brazilStore, counterTerminal, mercadoPagoWorld } from '../../support/mercadopago.ts';
import { preferencesTill, stripeCounterMethod, type PreferencesTill } from './preferences-till.ts';

let kassa: PreferencesTill | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await kassa?.close();
  kassa = undefined;
  for (const c of cleanups.splice(0)) await c();
});

describe('card payments with the credentials saved in preferences', () => {
  it('takes a Stripe payment through a saved profile on a till with no key in its environment', async () => {
    const world = await stripeWorld();
    cleanups.push(() => world.sim.close());
    kassa = preferencesTill({ stripeApiUrl: world.sim.url, pollIntervalMs: 20 });
    await kassa.core.payments.ready;
    await kassa.openPreferences();
    const { method } = await stripeCounterMethod(kassa, world);
    // The reader set-up screens reach the profile's account too.
    expect((await kassa.call('stripeTerminal.readers', {})).map((r) => r.methodId)).toEqual([method.id]);

    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: 1, quantity: 2 }],
      payments: [],
    });
    const started = await kassa.call('payments.start', {
      orderId: order.id,
      methodId: method.id,
      amount: order.total,
      paymentLineId: newId(),
    });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    world.sim.control.presentCard(world.reader.id);
    const paid = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    expect(paid.card?.last4).toBe('4242');
    expect((await kassa.call('orders.get', { orderId: order.id })).status).toBe('paid');
    expect(world.sim.control.ledger().paymentIntents[0]).toMatchObject({ amount_received: order.total });
  });

  it('connects Mercado Pago with the access token saved in preferences, also after a restart', async () => {
    const world = await mercadoPagoWorld();
    cleanups.push(() => world.sim.close());
    const dataDir = tempDir();
    kassa = preferencesTill({ dataDir });
    await kassa.openPreferences();
    await kassa.prefs('storeSettings.save', { ...brazilStore, cashRoundingIncrement: 1 });
    await kassa.prefs('mercadoPagoSettings.save', { accessToken: world.sim.accessToken, country: 'BR' });
    const { keyFile } = kassa;
    await kassa.close();

    kassa = preferencesTill({ dataDir, secretKeyFile: keyFile, mercadoPagoApiUrl: world.sim.url });
    await kassa.core.payments.ready;
    const terminals = await kassa.core.payments.mercadoPago()!.directory.list();
    expect(terminals.map((t) => t.id)).toContain(counterTerminal); // the account behind the saved token
  });
});
