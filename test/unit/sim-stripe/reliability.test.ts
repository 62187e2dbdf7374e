import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StripeSimulator } from '../../../src/sim/stripe/index.ts';
import { clientFor, counterPayment, rejection, startSimulator } from './fixture.ts';
import { stripeClient } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';

let sim: StripeSimulator;
let stripe: Stripe;

beforeEach(async () => {
  ({ sim, stripe } = await startSimulator({ accounts: [{ liveKeys: true }] }));
});

afterEach(async () => {
  await sim.close();
});

const lastResponseHeaders = (value: { lastResponse: { headers: Record<string, unknown> } }) =>
  value.lastResponse.headers;

describe('idempotent requests', () => {
  it('replays the first answer for the same key and parameters, creating one PaymentIntent', async () => {
    const first = await counterPayment(stripe, 1_000, { metadata: { kassa_attempt: 'a-7' } });
    void first;
    const params = { amount: 1_500, currency: 'eur', metadata: { kassa_attempt: 'a-8' } };
    const created = await stripe.paymentIntents.create(params, { idempotencyKey: 'attempt-a-8' });
    const replayed = await stripe.paymentIntents.create(params, { idempotencyKey: 'attempt-a-8' });
    expect(replayed.id).toBe(created.id);
    expect(lastResponseHeaders(replayed)['idempotent-replayed']).toBe('true');
    expect(lastResponseHeaders(created)['idempotent-replayed']).toBeUndefined();
    const ids = sim.control.ledger().paymentIntents.map((p) => p.metadata['kassa_attempt']);
    expect(ids).toEqual(['a-7', 'a-8']);
  });

  it('rejects the same key with other parameters as an idempotency error', async () => {
    await stripe.paymentIntents.create({ amount: 1_500, currency: 'eur' }, { idempotencyKey: 'k-1' });
    const error = await rejection(
      stripe.paymentIntents.create({ amount: 1_600, currency: 'eur' }, { idempotencyKey: 'k-1' }),
    );
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(error.statusCode).toBe(400);
    expect(error.message).toMatch(
      /^Keys for idempotent requests can only be used with the same parameters they were first used with\./,
    );
  });

  it('refuses keys longer than 255 characters', async () => {
    const error = await rejection(
      stripe.paymentIntents.create({ amount: 1_500, currency: 'eur' }, { idempotencyKey: 'x'.repeat(256) }),
    );
    expect(error.type).toBe('StripeInvalidRequestError');
    expect(sim.control.ledger().paymentIntents).toEqual([]);
  });

  it('does not remember a request that failed validation, so a corrected retry goes through', async () => {
    const bad = await rejection(
      stripe.paymentIntents.create({ amount: 10, currency: 'eur' }, { idempotencyKey: 'k-2' }),
    );
    expect(bad.code).toBe('amount_too_small');
    const good = await stripe.paymentIntents.create(
      { amount: 1_000, currency: 'eur' },
      { idempotencyKey: 'k-2' },
    );
    expect(good.amount).toBe(1_000);
  });

  it('forgets keys after 24 hours', async () => {
    const first = await stripe.paymentIntents.create(
      { amount: 1_500, currency: 'eur' },
      { idempotencyKey: 'k-3' },
    );
    sim.control.advanceClock(24 * 60 * 60 * 1000);
    const second = await stripe.paymentIntents.create(
      { amount: 1_500, currency: 'eur' },
      { idempotencyKey: 'k-3' },
    );
    expect(second.id).not.toBe(first.id);
  });
});

describe('faults', () => {
  it('a lost response still created the PaymentIntent; a retry with the same key returns it', async () => {
    // Kassa's client: one lost answer is a lost answer (no hidden re-send by the SDK).
    const kassaClient = stripeClient(Stripe, sim.secretKey, sim.url);
    sim.control.injectFault({
      kind: 'lost_response',
      match: { method: 'POST', path: '/v1/payment_intents' },
      times: 1,
    });
    const params = { amount: 2_000, currency: 'eur', metadata: { kassa_attempt: 'lost-1' } };
    const lost = await rejection(
      kassaClient.paymentIntents.create(params, { idempotencyKey: 'attempt-lost-1' }),
    );
    expect(lost).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(sim.control.ledger().paymentIntents).toHaveLength(1);

    const retried = await kassaClient.paymentIntents.create(params, { idempotencyKey: 'attempt-lost-1' });
    expect(lastResponseHeaders(retried)['idempotent-replayed']).toBe('true');
    const ledger = sim.control.ledger().paymentIntents;
    expect(ledger).toHaveLength(1);
    expect(ledger[0]?.id).toBe(retried.id);
  });

  it('the bare SDK re-sends a POST whose answer was lost once, even with maxNetworkRetries 0 (why Kassa wraps it)', async () => {
    // stripe-node retries a closed connection (ECONNRESET, EPIPE) once before it looks at its retry budget.
    sim.control.injectFault({
      kind: 'lost_response',
      match: { method: 'POST', path: '/v1/payment_intents' },
      times: 1,
    });
    const replayed = await stripe.paymentIntents.create(
      { amount: 2_100, currency: 'eur' },
      { idempotencyKey: 'attempt-lost-2' },
    );
    expect(lastResponseHeaders(replayed)['idempotent-replayed']).toBe('true');
    expect(sim.control.ledger().paymentIntents).toHaveLength(1);
  });

  it('a dropped connection did nothing', async () => {
    sim.control.injectFault({ kind: 'drop_connection', match: { path: '/v1/payment_intents' }, times: 2 });
    const error = await rejection(stripe.paymentIntents.create({ amount: 2_000, currency: 'eur' }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(sim.control.ledger().paymentIntents).toEqual([]);
  });

  it('an injected 500 surfaces as an API error and is replayed for the same key', async () => {
    sim.control.injectFault({ kind: 'http_500', match: { method: 'POST' }, times: 1 });
    const first = await rejection(
      stripe.paymentIntents.create({ amount: 900, currency: 'eur' }, { idempotencyKey: 'k-500' }),
    );
    expect(first).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(first.statusCode).toBe(500);
    const again = await rejection(
      stripe.paymentIntents.create({ amount: 900, currency: 'eur' }, { idempotencyKey: 'k-500' }),
    );
    expect(again.statusCode).toBe(500);
    expect(again.headers?.['idempotent-replayed']).toBe('true');
    expect(sim.control.ledger().paymentIntents).toEqual([]);
  });

  it('an injected 429 surfaces as a rate limit error', async () => {
    sim.control.injectFault({ kind: 'http_429', match: { method: 'GET', path: /^\/v1\/payment_intents\// } });
    const intent = await stripe.paymentIntents.create({ amount: 900, currency: 'eur' });
    const error = await rejection(stripe.paymentIntents.retrieve(intent.id));
    expect(error).toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    sim.control.clearFaults();
    expect((await stripe.paymentIntents.retrieve(intent.id)).id).toBe(intent.id);
  });

  it('adds latency to matching requests', async () => {
    // Only the balance is held back: a request sent just after it, elsewhere, is answered first.
    sim.control.injectFault({ kind: 'latency', ms: 2_000, match: { path: /^\/v1\/balance$/ } });
    const answered: string[] = [];
    await Promise.all([
      stripe.balance.retrieve().then(() => answered.push('balance')),
      stripe.customers.list().then(() => answered.push('customers')),
    ]);
    expect(answered).toEqual(['customers', 'balance']);
    sim.control.clearFaults();
  });

  it('draws probabilistic faults from the seed, so a run repeats', async () => {
    const outcomes = async (): Promise<string> => {
      sim.control.seed(42);
      sim.control.clearFaults();
      sim.control.injectFault({ kind: 'http_500', match: { method: 'GET' }, probability: 0.5 });
      let pattern = '';
      for (let i = 0; i < 12; i++) {
        pattern += await stripe.balance.retrieve().then(
          () => '.',
          () => 'x',
        );
      }
      return pattern;
    };
    const first = await outcomes();
    expect(first).toContain('x');
    expect(first).toContain('.');
    expect(await outcomes()).toBe(first);
  });
});

describe('keys and limits', () => {
  it('rejects an unknown key with 401 and shows only its last four characters', async () => {
    const error = await rejection(clientFor(sim, 'sk_test_notARealKey1234abcd').balance.retrieve());
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(error.statusCode).toBe(401);
    expect(error.message).toBe('Invalid API Key provided: sk_test_****abcd');
  });

  it('refuses a publishable key on a secret endpoint', async () => {
    const error = await rejection(clientFor(sim, sim.publishableKey).paymentIntents.list());
    expect(error).toBeInstanceOf(Stripe.errors.StripePermissionError);
    expect(error.message).toContain('publishable API key');
  });

  it('accepts the restricted key and tells test mode from live mode through the balance', async () => {
    const test = await clientFor(sim, sim.restrictedKey).balance.retrieve();
    expect(test.livemode).toBe(false);
    const live = await clientFor(sim, sim.liveSecretKey as string).balance.retrieve();
    expect(live.livemode).toBe(true);
    const account = await stripe.accounts.retrieveCurrent();
    expect(account).toMatchObject({ country: 'DE', default_currency: 'eur', charges_enabled: true });
    expect(account.id).toMatch(/^acct_/);
  });

  it('keeps live data apart from test data', async () => {
    const live = clientFor(sim, sim.liveSecretKey as string);
    const intent = await live.paymentIntents.create({ amount: 1_000, currency: 'eur' });
    expect(intent.livemode).toBe(true);
    const missing = await rejection(stripe.paymentIntents.retrieve(intent.id));
    expect(missing).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it("enforces Stripe's test-mode rate limit of 25 requests per second per key", async () => {
    sim.control.setRateLimit(null);
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => stripe.balance.retrieve()));
    const limited = results.filter(
      (r) => r.status === 'rejected' && r.reason instanceof Stripe.errors.StripeRateLimitError,
    );
    expect(limited.length).toBe(5);
    const other = await clientFor(sim, sim.restrictedKey).balance.retrieve();
    expect(other.object).toBe('balance');
  });
});

describe('the wire format', () => {
  it('answers Stripe error envelopes for unknown URLs and parameters', async () => {
    const response = await fetch(`${sim.url}/v1/nothing`, {
      headers: { Authorization: `Bearer ${sim.secretKey}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        type: 'invalid_request_error',
        message:
          'Unrecognized request URL (GET: /v1/nothing). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.',
      },
    });
  });

  it('reads nested form keys, appended arrays and basic auth as curl sends them', async () => {
    const body =
      'amount=1200&currency=EUR&allowed_payment_method_types[]=card_present&metadata[kassa_order]=o%2042&expand[]=customer';
    const response = await fetch(`${sim.url}/v1/payment_intents`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${sim.secretKey}:`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body,
    });
    expect(response.status).toBe(200);
    const intent = (await response.json()) as Stripe.PaymentIntent;
    expect(intent).toMatchObject({
      currency: 'eur',
      allowed_payment_method_types: ['card_present'],
      metadata: { kassa_order: 'o 42' },
    });
  });

  it('serves the control API over HTTP on loopback', async () => {
    const post = (path: string, value: unknown) =>
      fetch(`${sim.url}/__sim/${path}`, { method: 'POST', body: JSON.stringify(value) });
    expect(
      (await post('faults', { kind: 'http_500', match: { pathPattern: '^/v1/balance$' }, times: 1 })).status,
    ).toBe(200);
    const failed = await rejection(stripe.balance.retrieve());
    expect(failed.statusCode).toBe(500);
    const ledger = (await (await fetch(`${sim.url}/__sim/ledger`)).json()) as { paymentIntents: unknown[] };
    expect(ledger.paymentIntents).toEqual([]);
    const unknownReader = await post('readers/tmr_missing/present_card', {});
    expect(unknownReader.status).toBe(400);
  });
});
