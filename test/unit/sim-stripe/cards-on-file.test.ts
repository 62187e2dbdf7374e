import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StripeSimulator } from '../../../src/sim/stripe/index.ts';
import { registerReader, rejection, startSimulator } from './fixture.ts';

let sim: StripeSimulator;
let stripe: Stripe;
beforeEach(async () => ({ sim, stripe } = await startSimulator()));
afterEach(() => sim.close());

const customer = (name = 'Erika Mustermann') => stripe.customers.create({ name, metadata: { kassa: 'c-1' } });

/** A card saved for the customer with a SetupIntent confirmed from the server. */
async function setUpCard(customerId: string, pm: string): Promise<Stripe.SetupIntent> {
  return stripe.setupIntents.create({
    customer: customerId,
    allowed_payment_method_types: ['card'],
    payment_method: pm,
    confirm: true,
  });
}

/** A card attached directly, without a SetupIntent: Stripe saves it, but the issuer never saw it set up. */
function attachCard(customerId: string, testPm: string): Promise<Stripe.PaymentMethod> {
  return stripe.paymentMethods.attach(testPm, { customer: customerId });
}

const chargeOffSession = (customerId: string, pm: string, amount = 2_500) =>
  stripe.paymentIntents.create({
    amount,
    currency: 'eur',
    customer: customerId,
    payment_method: pm,
    allowed_payment_method_types: ['card'],
    off_session: true,
    confirm: true,
  });

describe('Customers', () => {
  it('updates contact fields and metadata; an unknown customer is a 404', async () => {
    const c = await customer();
    const updated = await stripe.customers.update(c.id, {
      email: 'erika@example.com',
      metadata: { kassa: '', note: 'regular' },
    });
    expect(updated).toMatchObject({
      name: 'Erika Mustermann',
      email: 'erika@example.com',
      metadata: { note: 'regular' },
    });
    expect((await stripe.customers.retrieve(c.id)) as Stripe.Customer).toMatchObject({
      email: 'erika@example.com',
    });
    expect(await rejection(stripe.customers.update('cus_missing', { name: 'x' }))).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    });
    expect(
      await rejection(stripe.customers.update(c.id, { nickname: 'x' } as Stripe.CustomerUpdateParams)),
    ).toMatchObject({ statusCode: 400, code: 'parameter_unknown', param: 'nickname' });
  });

  it('takes only an attached card as default payment method', async () => {
    const c = await customer();
    const other = await customer('Max');
    const setup = await setUpCard(other.id, 'pm_card_visa');
    const refused = await rejection(
      stripe.customers.update(c.id, {
        invoice_settings: { default_payment_method: setup.payment_method as string },
      }),
    );
    expect(refused).toMatchObject({ statusCode: 400, param: 'invoice_settings[default_payment_method]' });
    const ok = await stripe.customers.update(other.id, {
      invoice_settings: { default_payment_method: setup.payment_method as string },
    });
    expect(ok.invoice_settings.default_payment_method).toBe(setup.payment_method);
  });
});

describe('saving a card at the reader', () => {
  it('generates a reusable card for the customer, named on the SetupAttempt and the reader action', async () => {
    const reader = await registerReader(stripe);
    const c = await customer();
    const setup = await stripe.setupIntents.create(
      { customer: c.id, allowed_payment_method_types: ['card_present'] },
      { idempotencyKey: 'seti-1' },
    );
    expect(
      (
        await stripe.setupIntents.create(
          { customer: c.id, allowed_payment_method_types: ['card_present'] },
          { idempotencyKey: 'seti-1' },
        )
      ).id,
    ).toBe(setup.id);
    expect(
      await rejection(
        stripe.terminal.readers.processSetupIntent(reader.id, { setup_intent: setup.id } as never),
      ),
    ).toMatchObject({ code: 'parameter_missing', param: 'allow_redisplay' });
    await stripe.terminal.readers.processSetupIntent(reader.id, {
      setup_intent: setup.id,
      allow_redisplay: 'always',
    });
    const done = await stripe.testHelpers.terminal.readers.presentPaymentMethod(reader.id, {
      card_present: { number: '5555555555554444' },
    });
    const saved = await stripe.setupIntents.retrieve(setup.id, { expand: ['latest_attempt'] });
    expect(saved.status).toBe('succeeded');
    const attempt = saved.latest_attempt as Stripe.SetupAttempt;
    expect(attempt).toMatchObject({ object: 'setup_attempt', status: 'succeeded', setup_intent: setup.id });
    const generated = attempt.payment_method_details.card_present?.generated_card as string;
    expect(generated).toMatch(/^pm_/);
    expect(done.action?.process_setup_intent?.generated_card).toBe(generated);
    // The intent keeps the card_present method; the generated card is what is attached and charged later.
    const presented = await stripe.paymentMethods.retrieve(saved.payment_method as string);
    expect(presented).toMatchObject({ type: 'card_present', customer: null });
    const card = await stripe.paymentMethods.retrieve(generated);
    expect(card).toMatchObject({
      type: 'card',
      customer: c.id,
      allow_redisplay: 'always',
      card: { brand: 'mastercard', last4: '4444', generated_from: { setup_attempt: attempt.id } },
    });
    const listed = await stripe.customers.listPaymentMethods(c.id, { type: 'card' });
    expect(listed.data.map((pm) => pm.id)).toEqual([generated]);
    const attempts = await stripe.setupAttempts.list({ setup_intent: setup.id });
    expect(attempts.data.map((a) => a.id)).toEqual([attempt.id]);
    expect((await chargeOffSession(c.id, generated)).status).toBe('succeeded');
  });

  it('a card the issuer declines is not saved; the intent waits for another card', async () => {
    const reader = await registerReader(stripe);
    const c = await customer();
    const setup = await stripe.setupIntents.create({
      customer: c.id,
      allowed_payment_method_types: ['card_present'],
    });
    await stripe.terminal.readers.processSetupIntent(reader.id, {
      setup_intent: setup.id,
      allow_redisplay: 'always',
    });
    const failed = await stripe.testHelpers.terminal.readers.presentPaymentMethod(reader.id, {
      card_present: { number: '4000000000000002' },
    });
    expect(failed.action).toMatchObject({ status: 'failed', failure_code: 'card_declined' });
    const after = await stripe.setupIntents.retrieve(setup.id, { expand: ['latest_attempt'] });
    expect(after).toMatchObject({
      status: 'requires_payment_method',
      payment_method: null,
      last_setup_error: { code: 'card_declined', decline_code: 'generic_decline' },
    });
    expect(after.latest_attempt).toMatchObject({ status: 'failed' });
    expect((await stripe.customers.listPaymentMethods(c.id)).data).toEqual([]);
  });
});

describe('SetupIntents confirmed from the server', () => {
  it('saves a card to the customer; a declined card answers 402 and saves nothing', async () => {
    const c = await customer();
    const ok = await setUpCard(c.id, 'pm_card_visa');
    expect(ok).toMatchObject({ status: 'succeeded', customer: c.id });
    expect((await stripe.paymentMethods.retrieve(ok.payment_method as string)).customer).toBe(c.id);
    const declined = await rejection(setUpCard(c.id, 'pm_card_chargeDeclined'));
    expect(declined).toMatchObject({ statusCode: 402, type: 'StripeCardError', code: 'card_declined' });
    expect(declined.raw).toMatchObject({ setup_intent: { status: 'requires_payment_method' } });
    expect((await stripe.customers.listPaymentMethods(c.id)).data).toHaveLength(1);
  });

  it('refuses to confirm twice, and a card_present method from the server', async () => {
    const c = await customer();
    const ok = await setUpCard(c.id, 'pm_card_visa');
    expect(await rejection(stripe.setupIntents.confirm(ok.id))).toMatchObject({
      code: 'setup_intent_unexpected_state',
    });
    const onReader = await stripe.setupIntents.create({ allowed_payment_method_types: ['card_present'] });
    expect(
      await rejection(stripe.setupIntents.confirm(onReader.id, { payment_method: 'pm_card_visa' })),
    ).toMatchObject({ code: 'setup_intent_invalid_parameter', param: 'payment_method' });
  });

  it('4000002500003155 asks for authentication once; after that off-session charges need nobody', async () => {
    const c = await customer();
    const waiting = await setUpCard(c.id, 'pm_card_authenticationRequiredOnSetup');
    expect(waiting).toMatchObject({ status: 'requires_action', next_action: { type: 'use_stripe_sdk' } });
    const failed = sim.control.authenticateSetupIntent(waiting.id, false);
    expect(failed).toMatchObject({
      status: 'requires_payment_method',
      last_setup_error: { code: 'setup_intent_authentication_failure' },
    });
    const again = await stripe.setupIntents.confirm(waiting.id, {
      payment_method: 'pm_card_authenticationRequiredOnSetup',
      return_url: 'https://shop.example/back',
    });
    expect(again.next_action?.redirect_to_url?.url).toContain(`/c/authenticate/${waiting.id}`);
    const done = sim.control.authenticateSetupIntent(waiting.id, true);
    expect(done.status).toBe('succeeded');
    const charged = await chargeOffSession(c.id, done.payment_method as string);
    expect(charged).toMatchObject({ status: 'succeeded', amount_received: 2_500 });
  });
});

describe('off-session charges with Stripe test cards', () => {
  it('4000002500003155 not set up: authentication_required, the intent waits for a payment method', async () => {
    const c = await customer();
    const pm = await attachCard(c.id, 'pm_card_authenticationRequiredOnSetup');
    const declined = await rejection(chargeOffSession(c.id, pm.id));
    expect(declined).toMatchObject({
      statusCode: 402,
      code: 'authentication_required',
      decline_code: 'authentication_required',
    });
    const intent = declined.raw as { payment_intent: Stripe.PaymentIntent };
    expect(intent.payment_intent).toMatchObject({
      status: 'requires_payment_method',
      last_payment_error: { code: 'authentication_required' },
    });
    // On session the same card asks the customer instead of failing.
    const onSession = await stripe.paymentIntents.create({
      amount: 2_500,
      currency: 'eur',
      customer: c.id,
      payment_method: pm.id,
      allowed_payment_method_types: ['card'],
      confirm: true,
    });
    expect(onSession).toMatchObject({ status: 'requires_action', next_action: { type: 'use_stripe_sdk' } });
  });

  it('4000002760003184 needs authentication off-session even after it was set up', async () => {
    const c = await customer();
    const waiting = await setUpCard(c.id, 'pm_card_authenticationRequired');
    const done = sim.control.authenticateSetupIntent(waiting.id, true);
    const declined = await rejection(chargeOffSession(c.id, done.payment_method as string));
    expect(declined).toMatchObject({ statusCode: 402, code: 'authentication_required' });
  });

  it('4000000000009995 lacks funds; 4000000000000341 is saved but its charges fail', async () => {
    const c = await customer();
    const poor = await setUpCard(c.id, 'pm_card_chargeDeclinedInsufficientFunds').catch(
      (e: Stripe.errors.StripeError) => e,
    );
    expect(poor).toMatchObject({ code: 'card_declined', decline_code: 'insufficient_funds' });
    const failing = await setUpCard(c.id, 'pm_card_chargeCustomerFail');
    expect(failing.status).toBe('succeeded');
    const declined = await rejection(chargeOffSession(c.id, failing.payment_method as string));
    expect(declined).toMatchObject({
      statusCode: 402,
      code: 'card_declined',
      decline_code: 'generic_decline',
    });
    const attachedPoor = await rejection(attachCard(c.id, 'pm_card_chargeDeclinedInsufficientFunds'));
    expect(attachedPoor).toMatchObject({ statusCode: 402, decline_code: 'insufficient_funds' });
  });
});

describe('attaching, listing and detaching PaymentMethods', () => {
  it('lists a customer’s cards; detach removes one for good', async () => {
    const c = await customer();
    const first = (await setUpCard(c.id, 'pm_card_visa')).payment_method as string;
    const second = (await setUpCard(c.id, 'pm_card_mastercard')).payment_method as string;
    const listed = await stripe.paymentMethods.list({ customer: c.id, type: 'card' });
    expect(listed.data.map((pm) => pm.id)).toEqual([second, first]);
    const detached = await stripe.paymentMethods.detach(first, undefined, { idempotencyKey: 'detach-1' });
    expect(detached.customer).toBeNull();
    // The same key replays the answer instead of failing as a second detach would.
    expect((await stripe.paymentMethods.detach(first, undefined, { idempotencyKey: 'detach-1' })).id).toBe(
      first,
    );
    expect(await rejection(stripe.paymentMethods.detach(first))).toMatchObject({
      statusCode: 400,
      message: expect.stringMatching(/not attached to a customer/),
    });
    expect((await stripe.customers.listPaymentMethods(c.id)).data.map((pm) => pm.id)).toEqual([second]);
    expect(await rejection(stripe.paymentMethods.attach(first, { customer: c.id }))).toMatchObject({
      message: expect.stringMatching(/may not be used again/),
    });
    expect(await rejection(chargeOffSession(c.id, first))).toMatchObject({
      message: expect.stringMatching(/may not be used again/),
    });
  });

  it('refuses a card attached to another customer, a missing customer, and a charge without the customer', async () => {
    const c = await customer();
    const other = await customer('Max');
    const pm = (await setUpCard(c.id, 'pm_card_visa')).payment_method as string;
    expect(await rejection(stripe.paymentMethods.attach(pm, { customer: other.id }))).toMatchObject({
      message: 'The payment method you provided has already been attached to a customer.',
    });
    expect(await rejection(stripe.paymentMethods.attach(pm, {}))).toMatchObject({
      code: 'parameter_missing',
      param: 'customer',
    });
    expect(await rejection(stripe.paymentMethods.attach(pm, { customer: 'cus_nope' }))).toMatchObject({
      statusCode: 404,
      param: 'customer',
    });
    const noCustomer = await rejection(
      stripe.paymentIntents.create({
        amount: 500,
        currency: 'eur',
        payment_method: pm,
        allowed_payment_method_types: ['card'],
        off_session: true,
        confirm: true,
      }),
    );
    expect(noCustomer).toMatchObject({
      param: 'customer',
      message: expect.stringMatching(/belongs to a customer/),
    });
    expect(await rejection(stripe.customers.listPaymentMethods('cus_nope'))).toMatchObject({
      statusCode: 404,
    });
  });
});

describe('Checkout Sessions in setup mode', () => {
  const setupSession = (c: string, extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) =>
    stripe.checkout.sessions.create({
      mode: 'setup',
      customer: c,
      currency: 'eur',
      setup_intent_data: { metadata: { kassa_customer: 'c-1' } },
      metadata: { kassa_store: 'Bäckerei' },
      ...extra,
    });

  it('is created without amounts or intent; payment-only parameters are refused', async () => {
    const c = await customer();
    const session = await setupSession(c.id);
    expect(session).toMatchObject({
      mode: 'setup',
      status: 'open',
      payment_status: 'no_payment_required',
      amount_total: null,
      setup_intent: null,
      payment_intent: null,
      customer: c.id,
    });
    expect(session.url).toBe(`${sim.url}/c/pay/${session.id}`);
    const withLines = await rejection(
      setupSession(c.id, {
        line_items: [
          { quantity: 1, price_data: { currency: 'eur', unit_amount: 100, product_data: { name: 'x' } } },
        ],
      }),
    );
    expect(withLines).toMatchObject({ statusCode: 400, param: 'line_items' });
    expect(
      await rejection(
        stripe.checkout.sessions.create({
          mode: 'payment',
          line_items: [
            { quantity: 1, price_data: { currency: 'eur', unit_amount: 100, product_data: { name: 'x' } } },
          ],
          setup_intent_data: { metadata: { kassa_customer: 'c-1' } },
        }),
      ),
    ).toMatchObject({ param: 'setup_intent_data' });
  });

  it('the customer saves a card on the hosted page, authenticating with their bank on the way', async () => {
    const c = await customer();
    const session = await setupSession(c.id, { billing_address_collection: 'required' });
    const pageUrl = session.url as string;
    const page = await (await fetch(pageUrl)).text();
    expect(page).toContain('Save a card for Bäckerei');
    const post = (url: string, body: Record<string, string>) =>
      fetch(url, { method: 'POST', body: new URLSearchParams(body), redirect: 'manual' });
    const address = { line1: 'Marktplatz 1', postal_code: '04109', city: 'Leipzig', country: 'DE' };

    await post(pageUrl, { method: 'card', number: '4242424242424242' });
    expect(await (await fetch(pageUrl)).text()).toContain('Your billing address is incomplete.');
    await post(pageUrl, { method: 'card', number: '4000 0000 0000 0002', ...address });
    expect(await (await fetch(pageUrl)).text()).toContain('Your card was declined.');

    const toBank = await post(pageUrl, {
      method: 'card',
      number: '4000 0025 0000 3155',
      name: 'Erika',
      ...address,
    });
    expect(toBank.status).toBe(303);
    const bankUrl = new URL(toBank.headers.get('location') as string, sim.url);
    expect(bankUrl.pathname).toMatch(/^\/c\/authenticate\/seti_/);
    expect(await (await fetch(bankUrl)).text()).toContain('Complete authentication');
    const form = (await (await fetch(bankUrl)).text()).match(/action="([^"]*outcome=complete[^"]*)"/)?.[1];
    const back = await post(new URL((form as string).replace(/&amp;/g, '&'), sim.url).toString(), {});
    const returned = new URL(back.headers.get('location') as string);
    expect(returned.pathname).toBe(`/c/pay/${session.id}`);
    expect(returned.searchParams.get('redirect_status')).toBe('succeeded');
    expect(await (await fetch(pageUrl)).text()).toContain('Card saved.');

    const done = await stripe.checkout.sessions.retrieve(session.id);
    expect(done).toMatchObject({
      status: 'complete',
      payment_status: 'no_payment_required',
      customer_details: { address: { city: 'Leipzig', country: 'DE' } },
    });
    const setup = await stripe.setupIntents.retrieve(done.setup_intent as string);
    expect(setup).toMatchObject({ status: 'succeeded', customer: c.id, metadata: { kassa_customer: 'c-1' } });
    const card = await stripe.paymentMethods.retrieve(setup.payment_method as string);
    expect(card).toMatchObject({
      customer: c.id,
      card: { last4: '3155' },
      billing_details: { name: 'Erika' },
    });
    expect((await chargeOffSession(c.id, card.id)).status).toBe('succeeded');
    const events = await stripe.events.list({ type: 'checkout.session.completed' });
    expect(events.data.map((e) => (e.data.object as Stripe.Checkout.Session).id)).toEqual([session.id]);
  });
});
