import { describe, expect, it } from 'vitest';
import {
  freshStripeTillEachTest,
  type StripeTill,
  type StripeWorld,
} from '../../support/stripe-each-test.ts';
import { newId } from '../../support/core.ts';
import { waitForPayment } from '../../support/stripe.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { failureWords } from '../../../src/shared/payments/failure-words.ts';
import { t } from '../../../src/shared/i18n/translate.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!; // 8.99

let world: StripeWorld;
let kassa: StripeTill;
freshStripeTillEachTest((fresh) => ({ world, kassa } = fresh));

/** A customer with a card saved at the reader (the generated card is the one charged later). */
async function customerWithCard(number: string) {
  const customer = kassa.core.services.customers.create({ name: 'Erika Mustermann' });
  const setup = await kassa.call('cards.saveAtReader', {
    customerId: customer.id,
  });
  world.sim.control.presentCard(world.reader.id, { number });
  for (let i = 0; ; i++) {
    const now = await kassa.call('cards.setup', { setupId: setup.id });
    if (now.state === 'saved') return { customerId: customer.id, card: now.card! };
    if (i > 200) throw new Error(`the card was not saved: ${now.state} ${now.failure}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function openOrder(customerId: string, quantity = 1, cash = 0) {
  return kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: espresso.id, quantity }],
    payments: cash > 0 ? [{ id: newId(), methodId: 'cash', amount: cash }] : [],
    customerId,
  });
}

const offSessionIntents = () =>
  world.sim.control.ledger().paymentIntents.filter((pi) => pi.metadata['kassa_off_session'] === '1');

/** The customer opens the link and completes (or fails) their bank's check, as on their phone. */
/** A customer with this saved card, an order for them (part of it paid in `cash`), and the rest charged to the card. */
async function chargeSavedCard(number: string, quantity = 1, cash = 0) {
  const { customerId, card } = await customerWithCard(number);
  const order = await openOrder(customerId, quantity, cash);
  const started = await kassa.call('cards.charge', {
    orderId: order.id,
    paymentMethod: card.paymentMethod,
    amount: order.total - cash,
    paymentLineId: newId(),
  });
  return { order, started };
}

async function customerAuthenticates(url: string, outcome: 'complete' | 'fail') {
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('Your bank asks you to confirm');
  const target = new URL(url);
  target.searchParams.set('outcome', outcome);
  const answer = await fetch(target, { method: 'POST', redirect: 'manual' });
  expect(answer.status).toBe(303);
}

describe('a later charge on a card on file', () => {
  it('is charged off-session once and pays the order; a partial refund with a reason goes back to the card', async () => {
    const { customerId, card } = await customerWithCard('4242424242424242');
    const order = await openOrder(customerId, 2);
    const lineId = newId();
    const request = {
      orderId: order.id,
      paymentMethod: card.paymentMethod,
      amount: order.total,
      paymentLineId: lineId,
    };
    const started = await kassa.call('cards.charge', request);
    // The till sends again (a lost answer): the same line answers, nothing is charged twice.
    expect((await kassa.call('cards.charge', request)).attemptId).toBe(started.attemptId);
    const done = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    expect(done.card).toEqual({ brand: 'visa', last4: '4242' });
    expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({
      status: 'paid',
      remaining: 0,
    });
    const [intent, ...more] = offSessionIntents();
    expect(more).toHaveLength(0);
    expect(intent).toMatchObject({
      status: 'succeeded',
      amount_received: order.total,
      metadata: { kassa_attempt: started.attemptId },
    });
    const atStripe = await world.stripe.paymentIntents.retrieve(intent!.id);
    expect(atStripe).toMatchObject({ payment_method: card.paymentMethod, status: 'succeeded' });
    expect(atStripe.customer).toMatch(/^cus_/);

    const part = await kassa.call('payments.refund', {
      refundId: newId(),
      orderId: order.id,
      paymentLineId: lineId,
      amount: 300,
      reason: 'requested_by_customer',
    });
    expect(part).toMatchObject({ state: 'succeeded', amount: 300, reason: 'requested_by_customer' });
    const refunds = world.sim.control.ledger().refunds;
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({
      amount: 300,
      payment_intent: intent!.id,
      reason: 'requested_by_customer',
    });
  });

  it('a card the bank declines is not charged, and the cashier reads why in words', async () => {
    const { order, started } = await chargeSavedCard('4000000000000341'); // saved, but charges fail
    const declined = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'declined');
    expect(declined.failure?.code).toBe('generic_decline');
    expect(t(failureWords(declined.failure!.code).messageKey)).toMatch(/Declined by the card issuer/);
    expect(declined.actions).toMatchObject({ retry: true, cancel: true });
    expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({ status: 'open', paid: 0 });
    expect(offSessionIntents().map((pi) => pi.amount_received)).toEqual([0]);
  });

  it('when the bank wants the customer, the charge becomes a link they complete, and the order is paid', async () => {
    const { order, started } = await chargeSavedCard('4000002760003184'); // authentication on every charge
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    const { url } = await kassa.call('cards.chargeLink', { attemptId: started.attemptId });
    expect(url).toMatch(/\/c\/authenticate\/pi_/);

    // The customer fails their bank's check first: nothing charged, and the cashier reads why.
    await customerAuthenticates(url!, 'fail');
    const failed = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'declined');
    expect(failed.failure?.code).toBe('payment_intent_authentication_failure');
    expect(t(failureWords(failed.failure!.code).messageKey)).toMatch(/did not confirm/);

    // Charged again: a new link on the same PaymentIntent, which the customer completes.
    await kassa.call('payments.retry', { attemptId: started.attemptId });
    await waitForPayment(
      kassa,
      started.attemptId,
      (p) => p.state === 'waiting_for_card' && p.tryNumber === 2,
    );
    const again = await kassa.call('cards.chargeLink', { attemptId: started.attemptId });
    await customerAuthenticates(again.url!, 'complete');
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({
      status: 'paid',
      remaining: 0,
    });
    const intents = offSessionIntents();
    expect(intents).toHaveLength(1);
    expect(intents[0]).toMatchObject({ status: 'succeeded', amount_received: order.total });
  });

  it('a charge waiting for the customer can be canceled: their link no longer takes money', async () => {
    const { order, started } = await chargeSavedCard('4000002760003184');
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    const { url } = await kassa.call('cards.chargeLink', { attemptId: started.attemptId });
    await kassa.call('payments.cancel', { attemptId: started.attemptId });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'canceled');
    expect((await fetch(url!)).status).toBe(404);
    expect(offSessionIntents()).toMatchObject([{ status: 'canceled', amount_received: 0 }]);
    expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({ status: 'open', paid: 0 });
    expect(await kassa.call('cards.chargeLink', { attemptId: started.attemptId })).toEqual({ url: null });
  });

  it('an order paid partly in cash and partly on the card on file gives each part back to its method', async () => {
    const { order, started } = await chargeSavedCard('4242424242424242', 2, 899);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({ status: 'paid' });
    const given = await kassa.call('returns.create', {
      returnId: newId(),
      orderId: order.id,
      lines: [{ position: 1, quantity: 2 }],
      reason: 'Wrong grind',
    });
    expect(given.total).toBe(order.total);
    expect(given.payments.map((p) => [p.route, p.amount]).sort()).toEqual(
      [
        ['card', order.total - 899],
        ['cash', 899],
      ].sort(),
    );
    const refunds = world.sim.control.ledger().refunds;
    expect(refunds.map((r) => [r.amount, r.payment_intent])).toEqual([
      [order.total - 899, offSessionIntents()[0]!.id],
    ]);
    expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({ refundState: 'full' });
  });

  it('refuses a card of another customer and changes nothing', async () => {
    const { card } = await customerWithCard('4242424242424242');
    const other = kassa.core.services.customers.create({ name: 'Max Muster' });
    const order = await openOrder(other.id);
    const refused = await kassa.fail('cards.charge', {
      orderId: order.id,
      paymentMethod: card.paymentMethod,
      amount: order.total,
      paymentLineId: newId(),
    });
    expect(refused.message).toMatch(/another customer/);
    expect((await kassa.call('orders.get', { orderId: order.id })).payments).toHaveLength(0);
    expect(offSessionIntents()).toHaveLength(0);
  });
});
