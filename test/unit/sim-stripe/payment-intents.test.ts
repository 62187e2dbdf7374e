import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StripeSimulator } from '../../../src/sim/stripe/index.ts';
import { counterPayment, registerReader, rejection, startSimulator } from './fixture.ts';

let sim: StripeSimulator;
let stripe: Stripe;

beforeEach(async () => {
  ({ sim, stripe } = await startSimulator());
});

afterEach(async () => {
  await sim.close();
});

describe('amount rules', () => {
  it('refuses amounts under the currency minimum', async () => {
    const error = await rejection(stripe.paymentIntents.create({ amount: 49, currency: 'eur' }));
    expect(error).toMatchObject({ statusCode: 400, code: 'amount_too_small', param: 'amount' });
    expect(error.message).toBe('Amount must be at least €0.50 eur');
    const gbp = await stripe.paymentIntents.create({ amount: 30, currency: 'gbp' });
    expect(gbp.amount).toBe(30);
    const huf = await rejection(stripe.paymentIntents.create({ amount: 17_499, currency: 'huf' }));
    expect(huf.code).toBe('amount_too_small');
  });

  it('refuses amounts of more than eight digits', async () => {
    const error = await rejection(stripe.paymentIntents.create({ amount: 100_000_000, currency: 'eur' }));
    expect(error).toMatchObject({ code: 'amount_too_large', param: 'amount' });
    const max = await stripe.paymentIntents.create({ amount: 99_999_999, currency: 'eur' });
    expect(max.amount).toBe(99_999_999);
  });

  it('takes zero-decimal amounts as whole yen', async () => {
    const yen = await stripe.paymentIntents.create({ amount: 50, currency: 'jpy' });
    expect(yen).toMatchObject({ amount: 50, currency: 'jpy' });
    const tooSmall = await rejection(stripe.paymentIntents.create({ amount: 49, currency: 'JPY' }));
    expect(tooSmall.code).toBe('amount_too_small');
  });

  it('requires three-decimal amounts to end in 0', async () => {
    const error = await rejection(stripe.paymentIntents.create({ amount: 1_005, currency: 'kwd' }));
    expect(error).toMatchObject({ code: 'invalid_charge_amount', param: 'amount' });
    const ok = await stripe.paymentIntents.create({ amount: 1_010, currency: 'kwd' });
    expect(ok.amount).toBe(1_010);
  });

  it('refuses zero, non-integers and unknown currencies', async () => {
    const zero = await rejection(stripe.paymentIntents.create({ amount: 0, currency: 'eur' }));
    expect(zero).toMatchObject({ code: 'parameter_invalid_integer', param: 'amount' });
    const fraction = await rejection(stripe.paymentIntents.create({ amount: 12.5, currency: 'eur' }));
    expect(fraction).toMatchObject({ code: 'parameter_invalid_integer', message: 'Invalid integer: 12.5' });
    const currency = await rejection(stripe.paymentIntents.create({ amount: 1_000, currency: 'xyz' }));
    expect(currency).toMatchObject({ param: 'currency' });
    const missing = await rejection(
      stripe.paymentIntents.create({ currency: 'eur' } as Stripe.PaymentIntentCreateParams),
    );
    expect(missing).toMatchObject({ code: 'parameter_missing', message: 'Missing required param: amount.' });
  });
});

describe('PaymentIntent parameters', () => {
  it('rejects the payment_method_types parameter that 23.x renamed', async () => {
    const legacy = { amount: 1_000, currency: 'eur', payment_method_types: ['card_present'] };
    const error = await rejection(stripe.paymentIntents.create(legacy as Stripe.PaymentIntentCreateParams));
    expect(error).toMatchObject({ code: 'parameter_unknown', param: 'payment_method_types' });
  });

  it('validates enums and nested options with the full parameter name', async () => {
    const capture = await rejection(
      stripe.paymentIntents.create({ amount: 1_000, currency: 'eur', capture_method: 'later' as 'manual' }),
    );
    expect(capture.message).toBe(
      'Invalid capture_method: must be one of automatic, automatic_async, or manual',
    );
    const nested = await rejection(
      counterPayment(stripe, 1_000, {
        payment_method_options: {
          card_present: { request_incremental_authorization_support: 'yes' as unknown as boolean },
        },
      }),
    );
    expect(nested.param).toBe(
      'payment_method_options[card_present][request_incremental_authorization_support]',
    );
  });

  it('cannot capture before a card was authorized', async () => {
    const intent = await counterPayment(stripe, 1_000);
    const error = await rejection(stripe.paymentIntents.capture(intent.id));
    expect(error).toMatchObject({ code: 'payment_intent_unexpected_state' });
    expect(error.message).toContain('has a status of requires_payment_method');
  });

  it('charges test cards online and reports declines as card errors', async () => {
    const paid = await stripe.paymentIntents.create({
      amount: 1_000,
      currency: 'eur',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    expect(paid.status).toBe('succeeded');
    const declined = await rejection(
      stripe.paymentIntents.create({
        amount: 1_000,
        currency: 'eur',
        payment_method: 'pm_card_chargeDeclined',
        confirm: true,
      }),
    );
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(declined).toMatchObject({
      statusCode: 402,
      code: 'card_declined',
      decline_code: 'generic_decline',
    });
    expect(declined.payment_intent?.status).toBe('requires_payment_method');
  });

  it('expands latest_charge and rejects fields that cannot be expanded', async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 1_000,
      currency: 'eur',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    const expanded = await stripe.paymentIntents.retrieve(intent.id, { expand: ['latest_charge'] });
    expect(expanded.latest_charge).toMatchObject({ object: 'charge', amount: 1_000, captured: true });
    const error = await rejection(stripe.paymentIntents.retrieve(intent.id, { expand: ['currency'] }));
    expect(error.message).toBe('This property cannot be expanded (currency).');
    const missing = await rejection(stripe.paymentIntents.retrieve('pi_doesnotexist'));
    expect(missing).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      message: "No such payment_intent: 'pi_doesnotexist'",
    });
  });
});

describe('lists and search', () => {
  it('pages newest first with limit, starting_after and ending_before', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++)
      created.push((await stripe.paymentIntents.create({ amount: 1_000 + i, currency: 'eur' })).id);
    const newest = [...created].reverse();
    const page1 = await stripe.paymentIntents.list({ limit: 2 });
    expect(page1).toMatchObject({ object: 'list', has_more: true, url: '/v1/payment_intents' });
    expect(page1.data.map((p) => p.id)).toEqual(newest.slice(0, 2));
    const page2 = await stripe.paymentIntents.list({ limit: 2, starting_after: newest[1] as string });
    expect(page2.data.map((p) => p.id)).toEqual(newest.slice(2, 4));
    const back = await stripe.paymentIntents.list({ limit: 2, ending_before: newest[2] as string });
    expect(back.data.map((p) => p.id)).toEqual(newest.slice(0, 2));
    expect(back.has_more).toBe(false);
    const all = await stripe.paymentIntents.list({ limit: 2 }).autoPagingToArray({ limit: 10 });
    expect(all.map((p) => p.id)).toEqual(newest);
    const tooMany = await rejection(stripe.paymentIntents.list({ limit: 101 }));
    expect(tooMany.param).toBe('limit');
    const now = Math.floor(Date.now() / 1000);
    const recent = await stripe.paymentIntents.list({ created: { gte: now - 60 }, limit: 100 });
    expect(recent.data).toHaveLength(5);
    const future = await stripe.paymentIntents.list({ created: { gte: now + 3_600 } });
    expect(future.data).toEqual([]);
  });

  it('finds PaymentIntents by metadata, as Kassa looks up an attempt', async () => {
    await stripe.paymentIntents.create({
      amount: 1_000,
      currency: 'eur',
      metadata: { kassa_attempt: 'a-1', kassa_order: 'o-1' },
    });
    const second = await stripe.paymentIntents.create({
      amount: 2_000,
      currency: 'eur',
      metadata: { kassa_attempt: 'a-2', kassa_order: 'o-1' },
    });
    const one = await stripe.paymentIntents.search({ query: "metadata['kassa_attempt']:'a-2'" });
    expect(one).toMatchObject({ object: 'search_result', has_more: false, next_page: null });
    expect(one.data.map((p) => p.id)).toEqual([second.id]);
    const both = await stripe.paymentIntents.search({
      query: "metadata['kassa_order']:'o-1' AND status:'requires_payment_method'",
    });
    expect(both.data).toHaveLength(2);
    const narrowed = await stripe.paymentIntents.search({
      query: "metadata['kassa_order']:'o-1' AND amount>1500",
    });
    expect(narrowed.data.map((p) => p.id)).toEqual([second.id]);
    const paged = await stripe.paymentIntents.search({ query: "metadata['kassa_order']:'o-1'", limit: 1 });
    expect(paged.has_more).toBe(true);
    const next = await stripe.paymentIntents.search({
      query: "metadata['kassa_order']:'o-1'",
      limit: 1,
      page: paged.next_page as string,
    });
    expect(next.data).toHaveLength(1);
    const bad = await rejection(
      stripe.paymentIntents.search({ query: "metadata['a']:'b' AND status:'x' OR amount>1" }),
    );
    expect(bad.param).toBe('query');
  });

  it('models the search index lag when asked to', async () => {
    sim.control.setSearchIndexDelay(60_000);
    await stripe.paymentIntents.create({
      amount: 1_000,
      currency: 'eur',
      metadata: { kassa_attempt: 'late' },
    });
    const query = "metadata['kassa_attempt']:'late'";
    expect((await stripe.paymentIntents.search({ query })).data).toEqual([]);
    sim.control.advanceClock(60_000);
    expect((await stripe.paymentIntents.search({ query })).data).toHaveLength(1);
  });
});

describe('events', () => {
  it('records every state change, newest first, filterable by type and time', async () => {
    const reader = await registerReader(stripe);
    const intent = await counterPayment(stripe, 1_500);
    await stripe.terminal.readers.processPaymentIntent(reader.id, { payment_intent: intent.id });
    sim.control.presentCard(reader.id);
    await stripe.paymentIntents.capture(intent.id);
    await stripe.refunds.create({ payment_intent: intent.id, amount: 500 });

    const all = await stripe.events.list({ limit: 100 });
    const types = all.data.map((e) => e.type);
    expect(types).toEqual([
      'charge.refunded',
      'refund.created',
      'payment_intent.succeeded',
      'charge.captured',
      'terminal.reader.action_succeeded',
      'payment_intent.amount_capturable_updated',
      'charge.succeeded',
      'payment_intent.created',
    ]);
    const event = all.data[0] as Stripe.Event;
    expect(event).toMatchObject({
      object: 'event',
      livemode: false,
      api_version: Stripe.API_VERSION,
      pending_webhooks: 0,
    });
    expect(event.id).toMatch(/^evt_/);

    const chosen = await stripe.events.list({ types: ['payment_intent.succeeded', 'refund.created'] });
    expect(chosen.data.map((e) => e.type)).toEqual(['refund.created', 'payment_intent.succeeded']);
    const wildcard = await stripe.events.list({ type: 'payment_intent.*' });
    expect(wildcard.data).toHaveLength(3);
    const created = await stripe.events.list({ created: { gte: Math.floor(Date.now() / 1000) + 3_600 } });
    expect(created.data).toEqual([]);
    const page = await stripe.events.list({ limit: 3 });
    const rest = await stripe.events.list({ limit: 10, starting_after: page.data[2]?.id as string });
    expect([...page.data, ...rest.data].map((e) => e.id)).toEqual(all.data.map((e) => e.id));

    const succeeded = all.data.find((e) => e.type === 'payment_intent.succeeded');
    expect(succeeded?.data.object).toMatchObject({
      id: intent.id,
      status: 'succeeded',
      amount_received: 1_500,
    });
    const retrieved = await stripe.events.retrieve(event.id);
    expect(retrieved.id).toBe(event.id);
  });

  it('snapshots the object as it was when the event happened', async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 1_000,
      currency: 'eur',
      metadata: { step: 'created' },
    });
    await stripe.paymentIntents.update(intent.id, { metadata: { step: 'updated' } });
    const [created] = (await stripe.events.list({ type: 'payment_intent.created' })).data;
    expect((created?.data.object as Stripe.PaymentIntent).metadata).toEqual({ step: 'created' });
  });
});
