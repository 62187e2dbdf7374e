import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StripeSimulator } from '../../../src/sim/stripe/index.ts';
import { startSimulator } from './fixture.ts';

let sim: StripeSimulator;
let stripe: Stripe;
beforeEach(async () => ({ sim, stripe } = await startSimulator()));
afterEach(() => sim.close());

const line = (unitAmount: number, currency = 'eur'): Stripe.Checkout.SessionCreateParams.LineItem => ({
  quantity: 2,
  price_data: {
    currency,
    unit_amount: unitAmount,
    tax_behavior: 'inclusive',
    product_data: { name: 'Bread' },
  },
});

const create = (extra: Partial<Stripe.Checkout.SessionCreateParams> = {}, key?: string) =>
  stripe.checkout.sessions.create(
    { mode: 'payment', line_items: [line(450)], client_reference_id: 'order-1', ...extra },
    key ? { idempotencyKey: key } : undefined,
  );

describe('Checkout Sessions in the simulator', () => {
  it('creates an open session with its total, hosted URL and expiry, and replays it for the same key', async () => {
    const session = await create({ metadata: { kassa_order: 'order-1' } }, 'k-1');
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: 900,
      currency: 'eur',
      client_reference_id: 'order-1',
      payment_intent: null,
      payment_method_types: ['card'],
      metadata: { kassa_order: 'order-1' },
    });
    expect(session.url).toBe(`${sim.url}/c/pay/${session.id}`);
    expect(session.expires_at - session.created).toBe(24 * 60 * 60);
    expect((await create({ metadata: { kassa_order: 'order-1' } }, 'k-1')).id).toBe(session.id);
    await expect(create({ metadata: { kassa_order: 'order-2' } }, 'k-1')).rejects.toMatchObject({
      type: 'StripeIdempotencyError',
    });
  });

  it('refuses an expiry outside 30 minutes to 24 hours and a method that does not take the currency', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(create({ expires_at: now + 10 * 60 })).rejects.toMatchObject({
      param: 'expires_at',
      message: expect.stringMatching(/at least 30 minutes/),
    });
    await expect(create({ expires_at: now + 25 * 60 * 60 })).rejects.toMatchObject({
      message: expect.stringMatching(/less than 24 hours/),
    });
    await expect(
      stripe.checkout.sessions.create({
        mode: 'payment',
        line_items: [line(450, 'usd')],
        allowed_payment_method_types: ['card', 'ideal'],
      }),
    ).rejects.toMatchObject({ param: 'allowed_payment_method_types' });
    expect(sim.control.checkoutSessions()).toEqual([]);
  });

  it('a paid session expands its PaymentIntent; events tell the story in order', async () => {
    const session = await create();
    expect(sim.control.payCheckout(session.id, { method: 'card', number: '4000000000000002' }).ok).toBe(
      false,
    );
    expect(sim.control.payCheckout(session.id, { method: 'card', number: '4242424242424242' }).ok).toBe(true);
    const paid = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid' });
    expect(paid.payment_intent).toMatchObject({
      object: 'payment_intent',
      status: 'succeeded',
      amount_received: 900,
    });
    const events = await stripe.events.list({ limit: 100 });
    expect(events.data.map((e) => e.type).reverse()).toEqual([
      'payment_intent.created',
      'charge.failed',
      'payment_intent.payment_failed',
      'charge.succeeded',
      'payment_intent.succeeded',
      'checkout.session.completed',
    ]);
  });

  it('SEPA Direct Debit completes unpaid and settles when the simulator clock reaches the settlement', async () => {
    const session = await create({ allowed_payment_method_types: ['sepa_debit'] });
    sim.control.payCheckout(session.id, { method: 'sepa_debit', iban: 'DE89370400440532013000' });
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({
      status: 'complete',
      payment_status: 'unpaid',
    });
    sim.control.advanceClock(61_000);
    expect((await stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe('paid');
    const types = (await stripe.events.list({ limit: 100 })).data.map((e) => e.type);
    expect(types[0]).toBe('checkout.session.async_payment_succeeded');
  });

  it('expires by itself after expires_at, or when asked; an expired session cannot be expired again', async () => {
    const first = await create({ expires_at: Math.floor(Date.now() / 1000) + 31 * 60 });
    sim.control.advanceClock(32 * 60_000);
    expect(await stripe.checkout.sessions.retrieve(first.id)).toMatchObject({ status: 'expired', url: null });
    const second = await create();
    expect((await stripe.checkout.sessions.expire(second.id)).status).toBe('expired');
    await expect(stripe.checkout.sessions.expire(second.id)).rejects.toMatchObject({
      code: 'checkout_session_unexpected_state',
    });
    const page = await fetch(`${sim.url}/c/pay/${second.id}`).then((r) => r.text());
    expect(page).toMatch(/expired/);
  });
});
