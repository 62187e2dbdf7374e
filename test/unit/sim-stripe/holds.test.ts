import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StripeSimulator } from '../../../src/sim/stripe/index.ts';
import { captureWindowSeconds } from '../../../src/sim/stripe/holds.ts';
import { counterPayment, registerReader, rejection, startSimulator } from './fixture.ts';

let sim: StripeSimulator;
let stripe: Stripe;
let reader: Stripe.Terminal.Reader;
beforeEach(async () => {
  ({ sim, stripe } = await startSimulator());
  reader = await registerReader(stripe);
});
afterEach(() => sim.close());

const day = 24 * 60 * 60;
const incremental = {
  payment_method_options: { card_present: { request_incremental_authorization_support: true } },
};

/** A hold at the reader: the card is presented and the PaymentIntent waits for capture. */
async function readerHold(
  amount: number,
  number = '4242424242424242',
  extra: Partial<Stripe.PaymentIntentCreateParams> = incremental,
): Promise<Stripe.PaymentIntent> {
  const intent = await counterPayment(stripe, amount, extra);
  await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
  sim.control.presentCard(reader.id, { number });
  return stripe.paymentIntents.retrieve(intent.id, { expand: ['latest_charge'] });
}

const chargeOf = (intent: Stripe.PaymentIntent) => intent.latest_charge as Stripe.Charge;

describe('how long a hold stays valid', () => {
  it.each([
    ['visa', 'card_present', false, 5 * day],
    ['mastercard', 'card_present', false, 2 * day],
    ['amex', 'card_present', false, 2 * day],
    ['visa', 'card', false, 7 * day],
    ['mastercard', 'card', false, 7 * day],
    ['visa', 'card', true, 4 * day + 18 * 3600],
    ['mastercard', 'card', true, 7 * day],
  ] as const)('%s %s (merchant-initiated %s): %i seconds', (brand, method, mit, seconds) => {
    expect(captureWindowSeconds(brand, method, mit)).toBe(seconds);
  });

  it('puts capture_before on the charge: Visa 5 days and Mastercard 2 days in person', async () => {
    const visa = await readerHold(5_000);
    expect(visa.status).toBe('requires_capture');
    const present = chargeOf(visa).payment_method_details?.card_present;
    expect(present?.capture_before).toBe(chargeOf(visa).created + 5 * day);
    const mastercard = await readerHold(5_000, '5555555555554444');
    const mc = chargeOf(mastercard).payment_method_details?.card_present;
    expect(mc?.capture_before).toBe(chargeOf(mastercard).created + 2 * day);
  });

  it('gives an off-session Visa hold 4 days 18 hours and an online customer payment 7 days', async () => {
    const customer = await stripe.customers.create({ name: 'Erika Mustermann' });
    await stripe.setupIntents.create({
      customer: customer.id,
      allowed_payment_method_types: ['card'],
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    const [pm] = (await stripe.customers.listPaymentMethods(customer.id)).data;
    const hold = (offSession: boolean) =>
      stripe.paymentIntents.create({
        amount: 2_000,
        currency: 'eur',
        customer: customer.id,
        payment_method: pm!.id,
        allowed_payment_method_types: ['card'],
        capture_method: 'manual',
        confirm: true,
        ...(offSession ? { off_session: true } : {}),
        expand: ['latest_charge'],
      });
    const mit = await hold(true);
    expect(mit.status).toBe('requires_capture');
    expect(chargeOf(mit).payment_method_details?.card?.capture_before).toBe(
      chargeOf(mit).created + 4 * day + 18 * 3600,
    );
    const cit = await hold(false);
    expect(chargeOf(cit).payment_method_details?.card?.capture_before).toBe(chargeOf(cit).created + 7 * day);
  });
});

describe('capture and release', () => {
  it('captures part of a hold; the rest is released, not refunded', async () => {
    const hold = await readerHold(5_000);
    const captured = await stripe.paymentIntents.capture(hold.id, { amount_to_capture: 3_200 });
    expect(captured).toMatchObject({ status: 'succeeded', amount_received: 3_200, amount_capturable: 0 });
    const charge = await stripe.charges.retrieve(chargeOf(hold).id);
    expect(charge).toMatchObject({ captured: true, amount_captured: 3_200, amount_refunded: 1_800 });
    const entry = sim.control.ledger().paymentIntents.find((p) => p.id === hold.id);
    expect(entry).toMatchObject({ amount_received: 3_200 });
    const again = await rejection(stripe.paymentIntents.capture(hold.id, { amount_to_capture: 100 }));
    expect(again).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state' });
  });

  it('refuses to capture more than is held', async () => {
    const hold = await readerHold(5_000);
    const error = await rejection(stripe.paymentIntents.capture(hold.id, { amount_to_capture: 5_001 }));
    expect(error).toMatchObject({ statusCode: 400, code: 'amount_too_large', param: 'amount_to_capture' });
  });

  it('releases a hold by canceling it', async () => {
    const hold = await readerHold(5_000);
    const canceled = await stripe.paymentIntents.cancel(hold.id, { cancellation_reason: 'abandoned' });
    expect(canceled).toMatchObject({ status: 'canceled', amount_capturable: 0, amount_received: 0 });
    expect(canceled.cancellation_reason).toBe('abandoned');
  });
});

describe('expiry on the simulator clock', () => {
  it('cancels an uncaptured hold automatically once capture_before has passed', async () => {
    const hold = await readerHold(5_000, '5555555555554444');
    sim.control.advanceClock(2 * day * 1000 - 60_000);
    expect((await stripe.paymentIntents.retrieve(hold.id)).status).toBe('requires_capture');
    sim.control.advanceClock(120_000);
    const expired = await stripe.paymentIntents.retrieve(hold.id);
    expect(expired).toMatchObject({
      status: 'canceled',
      cancellation_reason: 'automatic',
      amount_capturable: 0,
      amount_received: 0,
    });
    const late = await rejection(stripe.paymentIntents.capture(hold.id));
    expect(late).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state' });
    const events = await stripe.events.list({ type: 'payment_intent.canceled' });
    expect(events.data.map((e) => (e.data.object as Stripe.PaymentIntent).id)).toContain(hold.id);
  });

  it('leaves a captured payment alone when the clock passes its window', async () => {
    const hold = await readerHold(5_000);
    await stripe.paymentIntents.capture(hold.id);
    sim.control.advanceClock(6 * day * 1000);
    expect((await stripe.paymentIntents.retrieve(hold.id)).status).toBe('succeeded');
  });
});

describe('increment_authorization', () => {
  it('grows a reader hold created with incremental authorization support', async () => {
    const hold = await readerHold(5_000);
    expect(chargeOf(hold).payment_method_details?.card_present?.incremental_authorization_supported).toBe(
      true,
    );
    const grown = await stripe.paymentIntents.incrementAuthorization(hold.id, { amount: 7_500 });
    expect(grown).toMatchObject({ amount: 7_500, amount_capturable: 7_500, status: 'requires_capture' });
    const charge = await stripe.charges.retrieve(chargeOf(hold).id);
    expect(charge.payment_method_details?.card_present?.amount_authorized).toBe(7_500);
    expect((await stripe.paymentIntents.capture(hold.id)).amount_received).toBe(7_500);
  });

  it.each([
    ['a reader hold created without support', 'plain'],
    ['a brand that does not take increments (Interac)', 'interac'],
    ['an online card hold', 'online'],
  ])('refuses %s', async (_, kind) => {
    let id: string;
    if (kind === 'plain') id = (await readerHold(5_000, '4242424242424242', {})).id;
    else if (kind === 'interac') {
      const intent = await counterPayment(stripe, 5_000, {
        ...incremental,
        allowed_payment_method_types: ['card_present', 'interac_present'],
      });
      await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
      sim.control.presentCard(reader.id, { number: '4506445006931933' });
      id = intent.id;
    } else {
      const online = await stripe.paymentIntents.create({
        amount: 5_000,
        currency: 'eur',
        allowed_payment_method_types: ['card'],
        capture_method: 'manual',
        payment_method: 'pm_card_visa',
        confirm: true,
      });
      expect(online.status).toBe('requires_capture');
      id = online.id;
    }
    const error = await rejection(stripe.paymentIntents.incrementAuthorization(id, { amount: 6_000 }));
    expect(error).toMatchObject({
      statusCode: 400,
      code: 'payment_intent_invalid_parameter',
      param: 'amount',
    });
    expect((await stripe.paymentIntents.retrieve(id)).amount).toBe(5_000);
  });

  it('refuses an amount that is not greater, a captured hold, and more than 10 attempts', async () => {
    const hold = await readerHold(5_000);
    const same = await rejection(stripe.paymentIntents.incrementAuthorization(hold.id, { amount: 5_000 }));
    expect(same).toMatchObject({ statusCode: 400, param: 'amount' });
    for (let i = 1; i <= 10; i++)
      await stripe.paymentIntents.incrementAuthorization(hold.id, { amount: 5_000 + i * 100 });
    const eleventh = await rejection(
      stripe.paymentIntents.incrementAuthorization(hold.id, { amount: 9_000 }),
    );
    expect(eleventh).toMatchObject({ statusCode: 400, code: 'payment_intent_invalid_parameter' });
    await stripe.paymentIntents.capture(hold.id);
    const captured = await rejection(
      stripe.paymentIntents.incrementAuthorization(hold.id, { amount: 9_000 }),
    );
    expect(captured).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state' });
  });

  it('answers 404 for an unknown PaymentIntent', async () => {
    const error = await rejection(
      stripe.paymentIntents.incrementAuthorization('pi_missing', { amount: 100 }),
    );
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });
});
