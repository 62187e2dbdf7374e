/**
 * An off-session charge the bank holds back (`authentication_required`), finished as Stripe documents it: the same
 * PaymentIntent is confirmed again on-session with a `return_url`, Stripe answers `requires_action` with a
 * `redirect_to_url` page, and the customer completes (or fails) their bank's check there.
 */
import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StripeSimulator } from '../../../src/sim/stripe/index.ts';
import { rejection, startSimulator } from './fixture.ts';

let sim: StripeSimulator;
let stripe: Stripe;
beforeEach(async () => ({ sim, stripe } = await startSimulator()));
afterEach(() => sim.close());

/** 4000002500003155 attached without a SetupIntent: its bank asks for authentication off-session too. */
async function heldBack(): Promise<{ intent: Stripe.PaymentIntent; pm: string }> {
  const customer = await stripe.customers.create({ name: 'Erika Mustermann' });
  const pm = await stripe.paymentMethods.attach('pm_card_authenticationRequiredOnSetup', {
    customer: customer.id,
  });
  const declined = await rejection(
    stripe.paymentIntents.create({
      amount: 2_500,
      currency: 'eur',
      customer: customer.id,
      payment_method: pm.id,
      allowed_payment_method_types: ['card'],
      off_session: true,
      confirm: true,
    }),
  );
  expect(declined).toMatchObject({ statusCode: 402, code: 'authentication_required' });
  return { intent: (declined.raw as { payment_intent: Stripe.PaymentIntent }).payment_intent, pm: pm.id };
}

const askCustomer = (intent: string, pm: string) =>
  stripe.paymentIntents.confirm(intent, { payment_method: pm, return_url: 'https://shop.example/done' });

/** The customer answers on the bank's page, as a browser posts its form. */
async function answer(url: string, outcome: 'complete' | 'fail'): Promise<URL> {
  const target = new URL(url);
  target.searchParams.set('outcome', outcome);
  const response = await fetch(target, { method: 'POST', redirect: 'manual' });
  expect(response.status).toBe(303);
  return new URL(response.headers.get('location')!);
}

describe('an off-session charge that needs the customer', () => {
  it('confirmed on-session with a return URL, it waits on a hosted page; completing it collects the money', async () => {
    const { intent, pm } = await heldBack();
    const waiting = await askCustomer(intent.id, pm);
    expect(waiting.status).toBe('requires_action');
    expect(waiting.next_action).toMatchObject({
      type: 'redirect_to_url',
      redirect_to_url: { return_url: 'https://shop.example/done' },
    });
    const url = waiting.next_action!.redirect_to_url!.url!;
    const page = await fetch(url);
    expect(await page.text()).toContain('25.00 EUR');

    const back = await answer(url, 'complete');
    expect(back.origin + back.pathname).toBe('https://shop.example/done');
    expect(back.searchParams.get('redirect_status')).toBe('succeeded');
    expect(back.searchParams.get('payment_intent')).toBe(intent.id);
    expect(await stripe.paymentIntents.retrieve(intent.id)).toMatchObject({
      status: 'succeeded',
      amount_received: 2_500,
      next_action: null,
    });
    // The page is gone once answered.
    expect((await fetch(url)).status).toBe(404);
  });

  it('a failed check leaves the intent for another try, with payment_intent_authentication_failure', async () => {
    const { intent, pm } = await heldBack();
    const waiting = await askCustomer(intent.id, pm);
    const back = await answer(waiting.next_action!.redirect_to_url!.url!, 'fail');
    expect(back.searchParams.get('redirect_status')).toBe('failed');
    expect(await stripe.paymentIntents.retrieve(intent.id)).toMatchObject({
      status: 'requires_payment_method',
      amount_received: 0,
      last_payment_error: { code: 'payment_intent_authentication_failure' },
    });
    // Asked again, a new page: the customer can still pay.
    const again = await askCustomer(intent.id, pm);
    expect(again.status).toBe('requires_action');
  });

  it('without a return URL the intent waits for Stripe.js, as before', async () => {
    const { intent, pm } = await heldBack();
    const waiting = await stripe.paymentIntents.confirm(intent.id, { payment_method: pm });
    expect(waiting.next_action).toMatchObject({ type: 'use_stripe_sdk' });
  });
});
