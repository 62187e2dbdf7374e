import { describe, expect, it } from 'vitest';
import { newId, tempDir } from '../../support/core.ts';
import { spawnCore, type CoreProcess } from '../../support/core-process.ts';
import { stripeTill, waitForPayment } from '../../support/stripe.ts';
import type { StripeWorld } from '../../support/stripe-each-test.ts';
import { stripeWorldForCrashTests } from '../../support/stripe-crash-world.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!;

let world: StripeWorld;
const env = stripeWorldForCrashTests((started) => (world = started));

/** A till with a customer whose card (saved at the reader) is on file, and an open order for that customer. */
async function prepare(number: string) {
  const dataDir = tempDir('kassa-offsession-crash-');
  const kassa = stripeTill(world, dataDir);
  await kassa.core.payments.ready;
  const customer = kassa.core.services.customers.create({ name: 'Erika Mustermann' });
  const setup = await kassa.call('cards.saveAtReader', {
    customerId: customer.id,
  });
  world.sim.control.presentCard(world.reader.id, { number });
  let card = null;
  for (let i = 0; card === null; i++) {
    const now = await kassa.call('cards.setup', { setupId: setup.id });
    if (now.state === 'saved') card = now.card!;
    else if (i > 300) throw new Error(`the card was not saved: ${now.state}`);
    else await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const order = await kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: espresso.id, quantity: 2 }],
    payments: [],
    customerId: customer.id,
  });
  await kassa.close();
  return { dataDir, order, card };
}

const intentsOf = (orderId: string) =>
  world.sim.control.ledger().paymentIntents.filter((pi) => pi.metadata['kassa_order'] === orderId);

/** The customer completes their bank's check on the hosted page, as on their phone. */
async function customerCompletes(core: CoreProcess, attemptId: string): Promise<void> {
  await waitForPayment(core, attemptId, (p) => p.state === 'waiting_for_card', 20_000);
  const { url } = await core.call('cards.chargeLink', { attemptId });
  const target = new URL(url!);
  target.searchParams.set('outcome', 'complete');
  expect((await fetch(target, { method: 'POST', redirect: 'manual' })).status).toBe(303);
}

/**
 * Kassa is killed at each journal step of a later charge on a card on file: before the request leaves, and after
 * Stripe answered but before the answer is written. After the restart, recovery sends the same idempotency keys:
 * the card is charged exactly once, and Kassa's books and Stripe's agree.
 */
describe('a crash while a card on file is charged', { timeout: 120_000 }, () => {
  it.each([
    ['before the charge leaves', 'journal.before_send:charge_on_file', '4242424242424242'],
    ['after Stripe charged, before it is written', 'journal.after_send:charge_on_file', '4242424242424242'],
    [
      'after the charge is written as paid, before the order',
      'payments.succeeded:after_attempt',
      '4242424242424242',
    ],
    ['before the customer is asked to confirm', 'journal.before_send:authenticate_1', '4000002760003184'],
    [
      'after Stripe made the confirmation page, before it is written',
      'journal.after_send:authenticate_1',
      '4000002760003184',
    ],
  ])('%s: charged exactly once, and both ledgers agree', async (_, failpoint, number) => {
    const { dataDir, order, card } = await prepare(number);
    const paymentLineId = newId();
    const first = await spawnCore(dataDir, env(failpoint));
    await first.tryCall('cards.charge', {
      orderId: order.id,
      paymentMethod: card.paymentMethod,
      amount: order.total,
      paymentLineId,
    });
    await first.exited;

    const second = await spawnCore(dataDir, env());
    try {
      const [attempt] = await second.call('payments.forOrder', { orderId: order.id });
      expect(attempt?.paymentLineId).toBe(paymentLineId);
      if (number === '4000002760003184') await customerCompletes(second, attempt!.attemptId);
      const paid = await waitForPayment(second, attempt!.attemptId, (p) => p.state === 'succeeded', 20_000);
      expect(paid.amount).toBe(order.total);
      const books = await second.call('orders.get', { orderId: order.id });
      expect(books).toMatchObject({ status: 'paid', remaining: 0, paid: order.total });
      // Stripe's side: one PaymentIntent for the order, collected once, for the same amount.
      const intents = intentsOf(order.id);
      expect(intents).toHaveLength(1);
      expect(intents[0]).toMatchObject({ status: 'succeeded', amount_received: order.total });
    } finally {
      await second.stop();
    }
  });
});
