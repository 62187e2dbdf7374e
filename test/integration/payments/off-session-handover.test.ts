/**
 * An off-session charge left waiting for the customer (issue 13.4): after a while the fast poll stops and the minute
 * sweep looks instead; when the customer completes their bank's check later, the sweep sees it and the till hears
 * the outcome (the payments.updated event), and the order is paid.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../support/core.ts';
import { stripeTill, stripeWorld, waitForPayment } from '../../support/stripe.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { CardPayment } from '../../../src/shared/ipc/payments.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!; // 8.99

let world: Awaited<ReturnType<typeof stripeWorld>>;
let kassa: ReturnType<typeof stripeTill>;
beforeEach(async () => {
  world = await stripeWorld();
  kassa = stripeTill(world, undefined, { offSessionHandOverMs: 300 });
  await kassa.core.payments.ready;
});
afterEach(async () => {
  await kassa.close();
  await world.sim.close();
});

async function customerWithCard(number: string) {
  const customer = kassa.core.services.customers.create({ name: 'Erika Mustermann' });
  const setup = await kassa.call('cards.saveAtReader', { customerId: customer.id });
  world.sim.control.presentCard(world.reader.id, { number });
  await expect
    .poll(async () => (await kassa.call('cards.setup', { setupId: setup.id })).state, { timeout: 10_000 })
    .toBe('saved');
  const [card] = await kassa.call('cards.forCustomer', { customerId: customer.id });
  return { customerId: customer.id, paymentMethod: card!.paymentMethod };
}

describe('an off-session charge left waiting for the customer', () => {
  it('is handed from the fast poll to the minute sweep, which sees the customer complete it later', async () => {
    const { customerId, paymentMethod } = await customerWithCard('4000002760003184'); // always asks
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 1 }],
      payments: [],
      customerId,
    });
    const started = await kassa.call('cards.charge', {
      orderId: order.id,
      paymentMethod,
      amount: order.total,
      paymentLineId: newId(),
    });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    // After the hand-over time nothing polls it any more.
    await expect
      .poll(() => kassa.core.payments.orchestrator.isBusy(started.attemptId), { timeout: 10_000 })
      .toBe(false);

    const heard: CardPayment[] = [];
    const stop = kassa.core.subscribe((name, payload) => {
      if (name === 'payments.updated') heard.push(payload as CardPayment);
    });
    const { url } = await kassa.call('cards.chargeLink', { attemptId: started.attemptId });
    const target = new URL(url!);
    target.searchParams.set('outcome', 'complete');
    expect((await fetch(target, { method: 'POST', redirect: 'manual' })).status).toBe(303);

    // The minute sweep's pass (recover) looks once and finds the charge paid; the till hears it.
    kassa.core.payments.orchestrator.recover();
    await expect
      .poll(() => heard.some((p) => p.attemptId === started.attemptId && p.state === 'succeeded'), {
        timeout: 10_000,
      })
      .toBe(true);
    stop();
    expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({
      status: 'paid',
      remaining: 0,
    });
    expect(kassa.core.payments.orchestrator.isBusy(started.attemptId)).toBe(false);
  });
});
