import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../support/core.ts';
import { stripeMethodId, stripeTill, stripeWorld, waitForPayment } from '../../support/stripe.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type World = Awaited<ReturnType<typeof stripeWorld>>;
let world: World;
let tills: ReturnType<typeof stripeTill>[] = [];
afterEach(async () => {
  for (const till of tills) await till.close();
  tills = [];
  await world.sim.close();
});

describe('two tills on one Stripe account (issue 15.8)', () => {
  it('each install has its own till id, carried in its payments, and reconciles only its own', async () => {
    world = await stripeWorld();
    const first = stripeTill(world);
    // The second till has its own reader on the same account.
    const secondReader = await world.stripe.terminal.readers.create({
      registration_code: 'simulated-wpe',
      label: 'Counter 2',
      location: world.reader.location as string,
    });
    const second = stripeTill({ ...world, reader: secondReader });
    tills = [first, second];
    await Promise.all(tills.map((t) => t.core.payments.ready));

    const firstInfo = await first.call('store.info', {});
    const secondInfo = await second.call('store.info', {});
    expect(firstInfo.till.id).toMatch(uuidPattern);
    expect(secondInfo.till.id).toMatch(uuidPattern);
    expect(firstInfo.till.id).not.toBe(secondInfo.till.id);
    expect(firstInfo.till.name).toBe('Till 1');

    // The first till takes three card payments.
    for (let i = 0; i < 3; i++) {
      const order = await first.call('orders.checkout', {
        orderId: newId(),
        lines: [{ productId: espresso.id, quantity: 1 }],
        payments: [],
      });
      const started = await first.call('payments.start', {
        orderId: order.id,
        methodId: stripeMethodId,
        amount: order.total,
        paymentLineId: newId(),
      });
      await waitForPayment(first, started.attemptId, (p) => p.state === 'waiting_for_card');
      await first.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
      await waitForPayment(first, started.attemptId, (p) => p.state === 'succeeded');
    }
    const ledger = world.sim.control.ledger();
    expect(ledger.paymentIntents).toHaveLength(3);
    for (const intent of ledger.paymentIntents) expect(intent.metadata?.kassa_till).toBe(firstInfo.till.id);

    // The second till looks at the same account and finds nothing of its own amiss; the first neither.
    const since = Date.now() - 60_000;
    expect(await second.core.payments.reconciliation.reconcile('stripe', since)).toBe(0);
    expect(await second.call('alerts.list', {})).toEqual([]);
    expect(await first.core.payments.reconciliation.reconcile('stripe', since)).toBe(0);

    // A stray payment with the second till's id is still caught by the second till.
    await world.stripe.paymentIntents.create({
      amount: 500,
      currency: 'eur',
      allowed_payment_method_types: ['card_present'],
      capture_method: 'manual',
      metadata: { kassa_attempt: 'att_lost', kassa_till: secondInfo.till.id },
    });
    expect(await second.core.payments.reconciliation.reconcile('stripe', since)).toBe(1);
    expect(await first.core.payments.reconciliation.reconcile('stripe', since)).toBe(0);
  });
});
