import { describe, expect, it } from 'vitest';
import {
  freshStripeTillEachTest,
  type StripeTill,
  type StripeWorld,
} from '../../support/stripe-each-test.ts';
import { newId } from '../../support/core.ts';
import { stripeMethodId, waitForPayment } from '../../support/stripe.ts';

let world: StripeWorld;
let kassa: StripeTill;
freshStripeTillEachTest((fresh) => ({ world, kassa } = fresh));

describe('when Stripe cannot be reached mid-payment (STT-4)', () => {
  it('offers check again and force done; force done needs the manager PIN, and Stripe is still asked afterwards', async () => {
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: 1, quantity: 2 }],
      payments: [],
    });
    const started = await kassa.call('payments.start', {
      orderId: order.id,
      methodId: stripeMethodId,
      amount: order.total,
      paymentLineId: newId(),
    });
    const waiting = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    expect(waiting.actions.forceDone).toBe(false); // never offered while all is well

    world.sim.control.injectFault({ kind: 'drop_connection', match: { method: 'GET' } });
    const problem = await waitForPayment(kassa, started.attemptId, (p) => p.connectionProblem);
    expect(problem.actions).toMatchObject({ checkAgain: true, forceDone: true });

    const wrongPin = await kassa.fail('payments.forceDone', {
      attemptId: started.attemptId,
      managerPin: '0000',
    });
    expect(wrongPin.code).toBe('pin_invalid');
    const forced = await kassa.call('payments.forceDone', {
      attemptId: started.attemptId,
      managerPin: '1234',
    });
    expect(forced).toMatchObject({ forced: true, state: 'needs_check' });
    const paid = await kassa.call('orders.get', { orderId: order.id });
    expect(paid.status).toBe('paid');
    expect(paid.payments[0]).toMatchObject({ status: 'paid', needsReconciliation: true });

    // The network returns and the customer's card had gone through: Kassa captures it and clears the flag.
    world.sim.control.presentCard(world.reader.id);
    world.sim.control.clearFaults();
    await kassa.call('payments.checkAgain', { attemptId: started.attemptId });
    const confirmed = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    expect(confirmed.forced).toBe(false);
    const after = await kassa.call('orders.get', { orderId: order.id });
    expect(after.payments[0]).toMatchObject({
      status: 'paid',
      needsReconciliation: false,
      cardLast4: '4242',
    });
    expect(world.sim.control.ledger().paymentIntents[0]).toMatchObject({
      status: 'succeeded',
      amount_received: order.total,
    });
  });
});
