import { describe, expect, it } from 'vitest';
import {
  freshStripeTillEachTest,
  type StripeTill,
  type StripeWorld,
} from '../../support/stripe-each-test.ts';
import { newId } from '../../support/core.ts';
import { stripeMethodId, stripeTill, stripeWorld, waitForPayment } from '../../support/stripe.ts';
import { silentLogger, type Logger } from '../../../src/main/core/logger.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!; // 8.99

let world: StripeWorld;
let kassa: StripeTill;
freshStripeTillEachTest((fresh) => ({ world, kassa } = fresh));

async function openOrder(quantity = 1) {
  return kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: espresso.id, quantity }],
    payments: [],
  });
}

const send = (orderId: string, amount: number) =>
  kassa.call('payments.start', { orderId, methodId: stripeMethodId, amount, paymentLineId: newId() });

describe('a Stripe card payment at the counter', () => {
  it('is approved: captured at Stripe, and the order is paid with the card brand and last 4', async () => {
    const order = await openOrder(2);
    const started = await send(order.id, order.total);
    expect(started.state).toMatch(/created|sending/);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    const done = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    expect(done.card).toEqual({ brand: 'visa', last4: '4242' });
    const paid = await kassa.call('orders.get', { orderId: order.id });
    expect(paid).toMatchObject({ status: 'paid', number: 1, remaining: 0 });
    const ledger = world.sim.control.ledger();
    expect(ledger.paymentIntents).toHaveLength(1);
    expect(ledger.paymentIntents[0]).toMatchObject({ status: 'succeeded', amount_received: order.total });
  });

  it('an answer lost on the way back is Kassa’s to handle: it sends again with the same key, and one PaymentIntent is paid', async () => {
    // A till of its own, whose log shows what the payment loop saw.
    const warnings: { event: string; fields: Record<string, unknown> }[] = [];
    const seen: Logger = { ...silentLogger, warn: (event, fields = {}) => warnings.push({ event, fields }) };
    const own = await stripeWorld();
    const till = stripeTill(own, undefined, { log: seen });
    try {
      await till.core.payments.ready;
      // Stripe creates the PaymentIntent, and the connection closes before its answer reaches the till.
      own.sim.control.injectFault({
        kind: 'lost_response',
        match: { method: 'POST', path: '/v1/payment_intents' },
        times: 1,
      });
      const order = await till.call('orders.checkout', {
        orderId: newId(),
        lines: [{ productId: espresso.id, quantity: 1 }],
        payments: [],
      });
      const started = await till.call('payments.start', {
        orderId: order.id,
        methodId: stripeMethodId,
        amount: order.total,
        paymentLineId: newId(),
      });
      await waitForPayment(till, started.attemptId, (p) => p.state === 'waiting_for_card');
      // The loss reached Kassa's payment loop (the SDK did not re-send it behind the journal's back).
      expect(
        warnings.filter(
          (w) => w.event === 'payments.provider_unavailable' && w.fields.attemptId === started.attemptId,
        ),
      ).toHaveLength(1);
      await till.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
      await waitForPayment(till, started.attemptId, (p) => p.state === 'succeeded');
      const ledger = own.sim.control.ledger();
      expect(ledger.paymentIntents).toHaveLength(1);
      expect(ledger.paymentIntents[0]).toMatchObject({ status: 'succeeded', amount_received: order.total });
    } finally {
      await till.close();
      await own.sim.close();
    }
  });

  it('a test card refused by Stripe’s rate limit is said in words, and the tap works once Stripe answers again', async () => {
    const order = await openOrder();
    const started = await send(order.id, order.total);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    // Stripe's 429 on the test helper that presents the card (its path ends in present_payment_method).
    world.sim.control.injectFault({
      kind: 'http_429',
      match: { method: 'POST', path: /present_payment_method$/ },
    });
    const refused = await kassa.fail('payments.simulateCard', {
      attemptId: started.attemptId,
      card: 'approve',
    });
    expect(refused).toMatchObject({
      code: 'provider_unreachable',
      messageKey: 'error.testCardSlowDown',
      message:
        'Stripe asked Kassa to slow down, so the test card was not presented. Wait a second and tap it again.',
    });
    world.sim.control.clearFaults();
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
  });

  it('a declined card can be retried on the same order and PaymentIntent, then approved', async () => {
    const order = await openOrder();
    const started = await send(order.id, order.total);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'insufficient_funds' });
    const declined = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'declined');
    expect(declined.failure?.message).toMatch(/not enough money/);
    expect(declined.actions).toMatchObject({ retry: true, cancel: true, forceDone: false });
    await kassa.call('payments.retry', { attemptId: started.attemptId });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    const ledger = world.sim.control.ledger();
    expect(ledger.paymentIntents.map((pi) => pi.status)).toEqual(['succeeded']);
  });

  it('cancel while waiting for the card cancels the reader action and the PaymentIntent', async () => {
    const order = await openOrder();
    const started = await send(order.id, order.total);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.cancel', { attemptId: started.attemptId });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'canceled');
    const after = await kassa.call('orders.get', { orderId: order.id });
    expect(after).toMatchObject({ status: 'open', remaining: order.total });
    expect(world.sim.control.ledger().paymentIntents[0]!.status).toBe('canceled');
  });

  it('splits an order over two cards, and over card plus cash', async () => {
    const order = await openOrder(3); // 26.97
    const first = await send(order.id, 1000);
    await waitForPayment(kassa, first.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.simulateCard', { attemptId: first.attemptId, card: 'approve' });
    await waitForPayment(kassa, first.attemptId, (p) => p.state === 'succeeded');
    const second = await send(order.id, 1000);
    await waitForPayment(kassa, second.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.simulateCard', { attemptId: second.attemptId, card: 'approve' });
    await waitForPayment(kassa, second.attemptId, (p) => p.state === 'succeeded');
    const rest = await kassa.call('orders.addPayment', {
      orderId: order.id,
      payment: { id: newId(), methodId: 'cash', amount: order.total - 2000, tendered: 1000 },
    });
    expect(rest).toMatchObject({ status: 'paid', change: 1000 - (order.total - 2000) });
  });

  it('refuses amounts Stripe would refuse, before anything is sent', async () => {
    const order = await openOrder();
    const small = await kassa.fail('payments.start', {
      orderId: order.id,
      methodId: stripeMethodId,
      amount: 49,
      paymentLineId: newId(),
    });
    expect(small.message).toMatch(/under 0\.50 EUR/);
    const tooMuch = await kassa.fail('payments.start', {
      orderId: order.id,
      methodId: stripeMethodId,
      amount: order.total + 1,
      paymentLineId: newId(),
    });
    expect(tooMuch.code).toBe('amount_invalid');
    expect(world.sim.control.ledger().paymentIntents).toHaveLength(0);
  });

  it('tells the cashier plainly when the reader is offline', async () => {
    world.sim.control.setReaderStatus(world.reader.id, 'offline');
    const order = await openOrder();
    const started = await send(order.id, order.total);
    const failed = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'failed');
    expect(failed.failure?.message).toMatch(/reader is offline/);
    expect(failed.actions.forceDone).toBe(false);
    // The PaymentIntent created before the reader refused is not left behind.
    await expect
      .poll(() => world.sim.control.ledger().paymentIntents.map((p) => p.status))
      .toEqual(['canceled']);
  });

  it('refunds part of a card payment and then the rest, never more', async () => {
    const order = await openOrder(2);
    const started = await send(order.id, order.total);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    const paid = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    const part = await kassa.call('payments.refund', {
      refundId: newId(),
      orderId: order.id,
      paymentLineId: paid.paymentLineId,
      amount: 500,
    });
    expect(part).toMatchObject({ state: 'succeeded', amount: 500, kind: 'refund' });
    const tooMuch = await kassa.fail('payments.refund', {
      refundId: newId(),
      orderId: order.id,
      paymentLineId: paid.paymentLineId,
      amount: order.total,
    });
    expect(tooMuch.message).toMatch(/At most/);
    const rest = await kassa.call('payments.refund', {
      refundId: newId(),
      orderId: order.id,
      paymentLineId: paid.paymentLineId,
      amount: order.total - 500,
    });
    expect(rest.state).toBe('succeeded');
    const ledger = world.sim.control.ledger();
    expect(ledger.refunds.map((r) => r.amount).sort()).toEqual([500, order.total - 500].sort());
  });
});
