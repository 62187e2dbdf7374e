import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StripeSimulator } from '../../../src/sim/stripe/index.ts';
import { counterPayment, registerReader, rejection, startSimulator } from './fixture.ts';
import { TestClock } from '../../../src/sim/clock.ts';

let sim: StripeSimulator;
let stripe: Stripe;
let reader: Stripe.Terminal.Reader;

beforeEach(async () => {
  ({ sim, stripe } = await startSimulator());
  reader = await registerReader(stripe);
});

afterEach(async () => {
  await sim.close();
});

function chargeOf(intent: Stripe.PaymentIntent): Stripe.Charge {
  if (typeof intent.latest_charge !== 'object' || intent.latest_charge === null) {
    throw new Error('expected an expanded latest_charge');
  }
  return intent.latest_charge;
}

describe('a card payment at the counter on a simulated reader', () => {
  it('registers a simulated WisePOS E at a location, online and idle', async () => {
    expect(reader).toMatchObject({
      object: 'terminal.reader',
      device_type: 'simulated_wisepos_e',
      status: 'online',
      action: null,
      label: 'Till 1',
      livemode: false,
    });
    expect(reader.id).toMatch(/^tmr_/);
    expect(reader.serial_number).not.toBe('');
    const listed = await stripe.terminal.readers.list({
      location: reader.location as string,
      status: 'online',
    });
    expect(listed.data.map((r) => r.id)).toEqual([reader.id]);
    const none = await stripe.terminal.readers.list({ device_type: 'simulated_stripe_s700' });
    expect(none.data).toEqual([]);
  });

  it('deletes a reader', async () => {
    const deleted = await stripe.terminal.readers.del(reader.id);
    expect(deleted).toMatchObject({ id: reader.id, object: 'terminal.reader', deleted: true });
    const gone = await rejection(stripe.terminal.readers.retrieve(reader.id));
    expect(gone).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('takes a card presented through the HTTP control API, as demo mode does', async () => {
    const intent = await counterPayment(stripe, 1_000);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    const response = await fetch(`${sim.url}/__sim/readers/${reader.id}/present_card`, {
      method: 'POST',
      body: JSON.stringify({ number: '4000000000009995' }),
    });
    expect(response.status).toBe(200);
    const shown = (await response.json()) as Stripe.Terminal.Reader;
    expect(shown.action).toMatchObject({ status: 'failed', failure_code: 'card_declined' });
  });

  it('refuses a registration code that is not a simulated reader', async () => {
    const location = reader.location as string;
    const error = await rejection(
      stripe.terminal.readers.create({ registration_code: 'purple-cat-hat', location }),
    );
    expect(error.type).toBe('StripeInvalidRequestError');
    expect(error.param).toBe('registration_code');
    expect(error.message).toContain('simulated-wpe');
    const missing = await rejection(stripe.terminal.readers.create({ registration_code: 'simulated-wpe' }));
    expect(missing.code).toBe('parameter_missing');
    expect(missing.param).toBe('location');
  });

  it('authorizes, captures and refunds in two parts', async () => {
    const intent = await counterPayment(stripe, 2_450, {
      metadata: { kassa_order: 'o-1', kassa_attempt: 'a-1' },
    });
    expect(intent).toMatchObject({
      status: 'requires_payment_method',
      payment_method_types: ['card_present'],
    });

    const started = await stripe.terminal.readers.processPaymentIntent(reader.id, {
      payment_intent: intent.id,
      process_config: { enable_customer_cancellation: true },
    });
    expect(started.action).toEqual({
      type: 'process_payment_intent',
      status: 'in_progress',
      process_payment_intent: {
        payment_intent: intent.id,
        process_config: { enable_customer_cancellation: true },
      },
      failure_code: null,
      failure_message: null,
      api_error: null,
    });

    const done = await stripe.testHelpers.terminal.readers.presentPaymentMethod(reader.id, {
      card_present: { number: '4242424242424242' },
    });
    expect(done.action?.status).toBe('succeeded');

    const held = await stripe.paymentIntents.retrieve(intent.id, { expand: ['latest_charge'] });
    expect(held).toMatchObject({ status: 'requires_capture', amount_capturable: 2_450, amount_received: 0 });
    const charge = chargeOf(held);
    expect(charge.id).toMatch(/^ch_/);
    expect(charge.captured).toBe(false);
    expect(charge.payment_method_details?.card_present).toMatchObject({ brand: 'visa', last4: '4242' });

    const captured = await stripe.paymentIntents.capture(intent.id);
    expect(captured).toMatchObject({ status: 'succeeded', amount_received: 2_450, amount_capturable: 0 });

    const first = await stripe.refunds.create({
      payment_intent: intent.id,
      amount: 1_000,
      reason: 'requested_by_customer',
    });
    const second = await stripe.refunds.create({ payment_intent: intent.id });
    expect(first).toMatchObject({
      amount: 1_000,
      status: 'succeeded',
      payment_intent: intent.id,
      charge: charge.id,
    });
    expect(second.amount).toBe(1_450);
    const tooMuch = await rejection(stripe.refunds.create({ payment_intent: intent.id, amount: 1 }));
    expect(tooMuch.code).toBe('charge_already_refunded');

    const refundedCharge = await stripe.charges.retrieve(charge.id);
    expect(refundedCharge).toMatchObject({ amount_refunded: 2_450, refunded: true });
    const refunds = await stripe.refunds.list({ payment_intent: intent.id });
    expect(refunds.data.map((r) => r.amount)).toEqual([1_450, 1_000]);

    const ledger = sim.control.ledger();
    expect(ledger.paymentIntents).toEqual([
      expect.objectContaining({
        id: intent.id,
        status: 'succeeded',
        amount_received: 2_450,
        amount_refunded: 2_450,
        metadata: { kassa_order: 'o-1', kassa_attempt: 'a-1' },
      }),
    ]);
  });

  it('captures part of a hold and releases the rest, as Stripe does', async () => {
    const intent = await counterPayment(stripe, 3_000);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    sim.control.presentCard(reader.id);
    const over = await rejection(stripe.paymentIntents.capture(intent.id, { amount_to_capture: 3_001 }));
    expect(over.code).toBe('amount_too_large');
    const captured = await stripe.paymentIntents.capture(intent.id, {
      amount_to_capture: 2_000,
      expand: ['latest_charge'],
    });
    expect(captured.amount_received).toBe(2_000);
    expect(chargeOf(captured)).toMatchObject({
      amount: 3_000,
      amount_captured: 2_000,
      amount_refunded: 1_000,
      refunded: false,
    });
    const refund = await stripe.refunds.create({ payment_intent: intent.id });
    expect(refund.amount).toBe(2_000);
    const [entry] = sim.control.ledger().paymentIntents;
    expect(entry).toMatchObject({ amount_refunded: 3_000, refunded_by_refunds: 2_000 });
  });

  it('lets a declined card be retried on the same PaymentIntent', async () => {
    const intent = await counterPayment(stripe, 1_999);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    const declined = await stripe.testHelpers.terminal.readers.presentPaymentMethod(reader.id, {
      card_present: { number: '4000000000000002' },
    });
    expect(declined.action).toMatchObject({
      status: 'failed',
      failure_code: 'card_declined',
      failure_message: 'Your card was declined.',
      api_error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' },
    });
    const afterDecline = await stripe.paymentIntents.retrieve(intent.id);
    expect(afterDecline.status).toBe('requires_payment_method');
    expect(afterDecline.last_payment_error).toMatchObject({ type: 'card_error', code: 'card_declined' });

    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    const approved = await stripe.testHelpers.terminal.readers.presentPaymentMethod(reader.id);
    expect(approved.action?.status).toBe('succeeded');
    const held = await stripe.paymentIntents.retrieve(intent.id);
    expect(held).toMatchObject({
      status: 'requires_capture',
      last_payment_error: null,
      amount_capturable: 1_999,
    });
  });

  it('reports insufficient funds with its decline code', async () => {
    const intent = await counterPayment(stripe, 5_000);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    const result = await stripe.testHelpers.terminal.readers.presentPaymentMethod(reader.id, {
      card_present: { number: '4000000000009995' },
    });
    expect(result.action).toMatchObject({
      failure_code: 'card_declined',
      failure_message: 'Your card has insufficient funds.',
    });
    const after = await stripe.paymentIntents.retrieve(intent.id);
    expect(after.last_payment_error).toMatchObject({
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    });
    const events = await stripe.events.list({ type: 'terminal.reader.action_failed' });
    expect(events.data).toHaveLength(1);
  });

  it('collects at once with automatic capture', async () => {
    const intent = await counterPayment(stripe, 800, { capture_method: 'automatic' });
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    sim.control.presentCard(reader.id);
    const paid = await stripe.paymentIntents.retrieve(intent.id);
    expect(paid).toMatchObject({ status: 'succeeded', amount_received: 800 });
  });

  it('cancels the reader action, then the PaymentIntent', async () => {
    const intent = await counterPayment(stripe, 1_200);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    const canceled = (await stripe.terminal.readers.cancelAction(reader.id)) as Stripe.Terminal.Reader;
    expect(canceled.action).toMatchObject({
      type: 'process_payment_intent',
      status: 'failed',
      failure_code: 'customer_canceled',
    });
    const pi = await stripe.paymentIntents.cancel(intent.id, { cancellation_reason: 'abandoned' });
    expect(pi).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' });
    const again = await rejection(
      stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id }),
    );
    expect(again.code).toBe('intent_invalid_state');
    expect(again.message).toBe(
      'Payment intent must be in the requires_payment_method state to be processed by a reader.',
    );
  });

  it('releases an uncaptured hold on cancel and refuses to refund it', async () => {
    const intent = await counterPayment(stripe, 4_000);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    sim.control.presentCard(reader.id);
    const refund = await rejection(stripe.refunds.create({ payment_intent: intent.id }));
    expect(refund.type).toBe('StripeInvalidRequestError');
    expect(refund.code).toBe('charge_not_refundable');
    const canceled = await stripe.paymentIntents.cancel(intent.id, { expand: ['latest_charge'] });
    expect(canceled).toMatchObject({ status: 'canceled', amount_capturable: 0 });
    expect(chargeOf(canceled)).toMatchObject({ captured: false, refunded: true, amount_refunded: 4_000 });
  });

  it('refuses to cancel a PaymentIntent that already succeeded', async () => {
    const intent = await counterPayment(stripe, 700, { capture_method: 'automatic' });
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    sim.control.presentCard(reader.id);
    const error = await rejection(stripe.paymentIntents.cancel(intent.id));
    expect(error.code).toBe('payment_intent_unexpected_state');
    expect(error.message).toContain('because it has a status of succeeded');
    expect(error.payment_intent?.id).toBe(intent.id);
  });

  it('answers terminal_reader_offline when the reader has no connection', async () => {
    const intent = await counterPayment(stripe, 1_000);
    sim.control.setReaderStatus(reader.id, 'offline');
    const error = await rejection(
      stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id }),
    );
    expect(error).toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
      code: 'terminal_reader_offline',
    });
    const listed = await stripe.terminal.readers.list({ status: 'offline' });
    expect(listed.data.map((r) => r.id)).toEqual([reader.id]);
  });

  it('answers terminal_reader_busy while the reader is busy or authorizing a card', async () => {
    const intent = await counterPayment(stripe, 1_000);
    sim.control.setReaderBusy(reader.id, true);
    const busy = await rejection(
      stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id }),
    );
    expect(busy).toMatchObject({ statusCode: 409, code: 'terminal_reader_busy' });
    sim.control.setReaderBusy(reader.id, false);

    sim.control.setAuthorizationDelay(60_000);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    const authorizing = await stripe.testHelpers.terminal.readers.presentPaymentMethod(reader.id);
    expect(authorizing.action?.status).toBe('in_progress');
    const cancel = await rejection(stripe.terminal.readers.cancelAction(reader.id));
    expect(cancel.code).toBe('terminal_reader_busy');
    const other = await counterPayment(stripe, 500);
    const second = await rejection(
      stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: other.id }),
    );
    expect(second.code).toBe('terminal_reader_busy');
    sim.control.completeAuthorization(reader.id);
    const finished = (await stripe.terminal.readers.retrieve(reader.id)) as Stripe.Terminal.Reader;
    expect(finished.action?.status).toBe('succeeded');
  });

  it("finishes a slow authorization by itself once its time is up on the simulator's clock", async () => {
    await sim.close();
    const clock = new TestClock();
    ({ sim, stripe } = await startSimulator({ clock, authorizationMs: 2_000 }));
    reader = await registerReader(stripe);
    const intent = await counterPayment(stripe, 1_000);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    await stripe.testHelpers.terminal.readers.presentPaymentMethod(reader.id);
    const status = async () =>
      ((await stripe.terminal.readers.retrieve(reader.id)) as Stripe.Terminal.Reader).action?.status;
    await clock.advance(1_999);
    expect(await status()).toBe('in_progress');
    await clock.advance(1);
    expect(await status()).toBe('succeeded');
  });

  it('replaces a payment still waiting for a card, as Stripe allows', async () => {
    const first = await counterPayment(stripe, 1_000);
    const second = await counterPayment(stripe, 1_500);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: first.id });
    const replaced = await stripe.terminal.readers.processPaymentIntent(reader.id, {
      payment_intent: second.id,
    });
    expect(replaced.action?.process_payment_intent?.payment_intent).toBe(second.id);
  });

  it('refuses a PaymentIntent that does not allow card_present', async () => {
    const online = await stripe.paymentIntents.create({ amount: 1_000, currency: 'eur' });
    expect(online.payment_method_types).toEqual(['card']);
    const error = await rejection(
      stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: online.id }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('payment_intent');
  });

  it('lets the customer cancel on the reader when the action allows it', async () => {
    const intent = await counterPayment(stripe, 1_000);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    expect(() => sim.control.customerCancel(reader.id)).toThrow(/enable_customer_cancellation/);
    await stripe.terminal.readers.processPaymentIntent(reader.id, {
      payment_intent: intent.id,
      process_config: { enable_customer_cancellation: true },
    });
    const canceled = sim.control.customerCancel(reader.id);
    expect(canceled.action).toMatchObject({
      status: 'failed',
      failure_code: 'customer_canceled',
      api_error: null,
    });
    const events = await stripe.events.list({ type: 'terminal.reader.action_failed' });
    expect(events.data[0]?.data.object).toMatchObject({ id: reader.id });
  });

  it('grows a hold with an incremental authorization when it was requested', async () => {
    const plain = await counterPayment(stripe, 1_000);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: plain.id });
    sim.control.presentCard(reader.id);
    const refused = await rejection(
      stripe.paymentIntents.incrementAuthorization(plain.id, { amount: 1_500 }),
    );
    expect(refused.statusCode).toBe(400);

    const intent = await counterPayment(stripe, 1_000, {
      payment_method_options: { card_present: { request_incremental_authorization_support: true } },
    });
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    sim.control.presentCard(reader.id);
    const grown = await stripe.paymentIntents.incrementAuthorization(intent.id, { amount: 1_800 });
    expect(grown).toMatchObject({ amount: 1_800, amount_capturable: 1_800, status: 'requires_capture' });
    const captured = await stripe.paymentIntents.capture(intent.id);
    expect(captured.amount_received).toBe(1_800);
  });

  it('saves a card at the reader with a SetupIntent', async () => {
    const customer = await stripe.customers.create({ name: 'Erika Mustermann' });
    const setup = await stripe.setupIntents.create({
      customer: customer.id,
      allowed_payment_method_types: ['card_present'],
    });
    await stripe.terminal.readers.processSetupIntent(reader.id, {
      setup_intent: setup.id,
      allow_redisplay: 'always',
    });
    const done = await stripe.testHelpers.terminal.readers.presentPaymentMethod(reader.id);
    const generated = done.action?.process_setup_intent?.generated_card;
    expect(generated).toMatch(/^pm_/);
    const card = await stripe.paymentMethods.retrieve(generated as string);
    expect(card).toMatchObject({ type: 'card', customer: customer.id, card: { last4: '4242' } });
    const saved = await stripe.setupIntents.retrieve(setup.id);
    expect(saved.status).toBe('succeeded');

    const later = await stripe.paymentIntents.create({
      amount: 2_500,
      currency: 'eur',
      customer: customer.id,
      payment_method: generated as string,
      off_session: true,
      confirm: true,
    });
    expect(later.status).toBe('succeeded');
  });
});
