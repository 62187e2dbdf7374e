import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { newId, tempDir } from '../../support/core.ts';
import { spawnCore, type CoreProcess } from '../../support/core-process.ts';
import { prepareStripeTill, stripeMethodId, stripeWorld } from '../../support/stripe.ts';
import type { HoldView } from '../../../src/shared/ipc/holds.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!; // 8.99

let world: Awaited<ReturnType<typeof stripeWorld>>;
beforeAll(async () => {
  world = await stripeWorld();
});
afterAll(() => world.sim.close());

const env = (failpoints = '') => ({
  KASSA_STRIPE_SECRET_KEY: world.sim.secretKey,
  KASSA_STRIPE_API_URL: world.sim.url,
  KASSA_FAILPOINTS: failpoints,
});

/** Waits until the restarted till's recovery has finished the capture (no sleeping blind). */
async function captured(core: CoreProcess, orderId: string): Promise<HoldView> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const holds = await core.call('holds.forOrder', { orderId });
    if (holds[0]?.state === 'captured') return holds[0];
    if (Date.now() > deadline) throw new Error(`the capture was never finished: ${JSON.stringify(holds)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Kassa is killed at each step of capturing part of a hold: after the capture's key is written and before it is
 * sent, after Stripe captured and before the answer is recorded, and inside the transaction that records it. After
 * the restart, recovery sends the same key again: Stripe captured once, the order has one paid card line of that
 * amount, and Kassa's books and Stripe's agree.
 */
describe('a crash while a hold is captured', { timeout: 90_000 }, () => {
  it.each([
    ['after the capture key was written, before it was sent', 'holds.before_send:capture'],
    ['after Stripe captured, before the answer was recorded', 'holds.after_send:capture'],
    ['inside the transaction that records the capture', 'holds.captured:after_line'],
  ])('%s: captured exactly once, the rest released', async (_, failpoint) => {
    const dataDir = await prepareStripeTill(world, tempDir('kassa-holds-crash-'));
    const intentsBefore = world.sim.control.ledger().paymentIntents.length;
    const first = await spawnCore(dataDir, env(failpoint));
    const order = await first.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 2 }],
      payments: [],
    });
    const opened = await first.call('holds.openAtReader', {
      orderId: order.id,
      methodId: stripeMethodId,
      amount: 5_000,
    });
    world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
    expect(await first.call('holds.get', { holdId: opened.id })).toMatchObject({ state: 'held' });
    expect(await first.tryCall('holds.capture', { holdId: opened.id, amount: order.total })).toBeNull();
    await first.exited;

    const second = await spawnCore(dataDir, env());
    try {
      const hold = await captured(second, order.id);
      expect(hold).toMatchObject({ captured: order.total, amount: 5_000 });
      const stored = await second.call('orders.get', { orderId: order.id });
      expect(stored).toMatchObject({ status: 'paid', paid: order.total, remaining: 0 });
      const cardLines = stored.payments.filter((p) => p.status === 'paid');
      expect(cardLines).toHaveLength(1);
      expect(cardLines[0]).toMatchObject({ amount: order.total, cardBrand: 'visa', cardLast4: '4242' });

      // Stripe's side: one PaymentIntent, captured once for the same amount; the rest released, not refunded.
      const intents = world.sim.control.ledger().paymentIntents.slice(intentsBefore);
      expect(intents).toHaveLength(1);
      expect(intents[0]).toMatchObject({ status: 'succeeded', amount_received: order.total });
      const charges = await world.stripe.charges.list({ payment_intent: intents[0]!.id });
      expect(charges.data).toHaveLength(1);
      expect(charges.data[0]).toMatchObject({
        amount_captured: order.total,
        amount_refunded: 5_000 - order.total,
      });
      const refunds = await world.stripe.refunds.list({ payment_intent: intents[0]!.id });
      expect(refunds.data.reduce((sum, r) => sum + r.amount, 0)).toBe(5_000 - order.total);
      // Kassa's ledger and Stripe's agree: what Kassa shows paid by card is what Stripe captured.
      expect(cardLines.reduce((sum, l) => sum + l.amount, 0)).toBe(intents[0]!.amount_received);
    } finally {
      await second.stop();
    }
  });
});
