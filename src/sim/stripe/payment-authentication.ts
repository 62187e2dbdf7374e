import type { IncomingMessage, ServerResponse } from 'node:http';
import type Stripe from 'stripe';
import { lookupCard } from './cards.ts';
import type { SimCore } from './core.ts';
import { invalidRequest, noSuch } from './errors.ts';
import { escape, page } from './hosted-checkout.ts';
import { authorize, intentOrThrow } from './payment-intents.ts';
import type { Scope } from './state.ts';

/**
 * The customer answers their bank's 3D Secure challenge for a PaymentIntent in `requires_action` (on the page its
 * `redirect_to_url` leads to): passing authorizes the payment (collected at once unless capture is manual);
 * failing leaves the intent in `requires_payment_method` with `payment_intent_authentication_failure`, as Stripe
 * does.
 */
export function authenticatePaymentIntent(scope: Scope, id: string, passes: boolean): Stripe.PaymentIntent {
  const { state } = scope;
  const record = intentOrThrow(state, id);
  const intent = record.intent;
  if (intent.status !== 'requires_action' || typeof intent.payment_method !== 'string') {
    throw invalidRequest(
      `PaymentIntent ${id} is not waiting for authentication (its status is ${intent.status}).`,
    );
  }
  const pm = state.paymentMethods.get(intent.payment_method);
  const number = pm === undefined ? undefined : state.cardNumbers.get(pm.id);
  const card = number === undefined ? undefined : lookupCard(number);
  if (pm === undefined || card === undefined) throw noSuch('PaymentMethod', intent.payment_method);
  intent.next_action = null;
  if (!passes) {
    intent.status = 'requires_payment_method';
    intent.payment_method = null;
    intent.last_payment_error = {
      type: 'invalid_request_error',
      code: 'payment_intent_authentication_failure',
      doc_url: 'https://docs.stripe.com/error-codes/payment-intent-authentication-failure',
      message:
        'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.',
      payment_method: structuredClone(pm),
    };
    state.emit('payment_intent.payment_failed', intent, scope.origin);
    return intent;
  }
  // Authenticated: the issuer's answer is the card's own, without the demand for authentication.
  const decline = card.decline?.code === 'authentication_required' ? null : card.decline;
  authorize(scope, record, pm, card, 'card', null, decline);
  return intent;
}

/** The intent a 3D Secure page is about: a PaymentIntent's or a SetupIntent's, as Stripe's test page serves both. */
export interface Authenticating {
  /** The intent's id and client secret, in the parameters the return URL gets (`payment_intent`, `setup_intent`). */
  param: 'payment_intent' | 'setup_intent';
  /** The intent with this id waiting for authentication, and the account that holds it. */
  find: (
    core: SimCore,
    id: string,
  ) => { scope: Scope; status: string; clientSecret: string | null; summary: string } | undefined;
  /** The customer's answer: completes (`passes`) or fails the authentication. */
  answer: (scope: Scope, id: string, passes: boolean) => void;
  /** Where the customer goes back to when the intent gave no `return_url`. */
  fallback: string;
}

/**
 * The bank's 3D Secure page (an intent's `next_action.redirect_to_url.url`), like Stripe's test page: the
 * customer completes or fails the authentication and is sent back to the `return_url` with the outcome.
 */
export function handleAuthenticationPage(
  of: Authenticating,
  core: SimCore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): void {
  const id = decodeURIComponent(url.pathname.slice('/c/authenticate/'.length));
  const found = of.find(core, id);
  if (found === undefined || found.status !== 'requires_action') {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page('Not found', '<p role="status">There is nothing to authenticate here.</p>'));
    return;
  }
  if (req.method === 'POST') {
    const passes = url.searchParams.get('outcome') !== 'fail';
    of.answer(found.scope, id, passes);
    const back = new URL(url.searchParams.get('return_url') ?? `${core.hostedBase}${of.fallback}`);
    back.searchParams.set(of.param, id);
    back.searchParams.set(`${of.param}_client_secret`, found.clientSecret ?? '');
    back.searchParams.set('redirect_status', passes ? 'succeeded' : 'failed');
    res.writeHead(303, { Location: back.toString() });
    res.end();
    return;
  }
  const action = (outcome: string): string => {
    const target = new URL(url.toString());
    target.searchParams.set('outcome', outcome);
    return escape(`${target.pathname}${target.search}`);
  };
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(
    page(
      'Authenticate',
      `<h1>Your bank asks you to confirm</h1><p>${found.summary}This is a test authentication page (3D Secure).</p>
<form method="post" action="${action('complete')}"><button type="submit">Complete authentication</button></form>
<form method="post" action="${action('fail')}"><button type="submit">Fail authentication</button></form>`,
    ),
  );
}

/** A PaymentIntent's 3D Secure page: passing authorizes the payment. */
export function handlePaymentAuthentication(
  core: SimCore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  handleAuthenticationPage(
    {
      param: 'payment_intent',
      find: (sim, id) => {
        const state = sim.allStates().find((s) => s.paymentIntents.has(id));
        const intent = state?.paymentIntents.get(id)?.intent;
        if (state === undefined || intent === undefined) return undefined;
        const amount = (intent.amount / 100).toFixed(2);
        return {
          scope: { state, origin: null },
          status: intent.status,
          clientSecret: intent.client_secret,
          summary: `A payment of ${escape(amount)} ${escape(intent.currency.toUpperCase())}.\n`,
        };
      },
      answer: (scope, id, passes) => void authenticatePaymentIntent(scope, id, passes),
      fallback: '/c/done',
    },
    core,
    req,
    res,
    url,
  );
  return Promise.resolve();
}

/** Where a customer lands after authenticating, when the merchant's return URL points back at the simulator. */
export function handleDone(res: ServerResponse, url: URL): void {
  const status = url.searchParams.get('redirect_status');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(
    page(
      status === 'succeeded' ? 'Done' : 'Not done',
      status === 'succeeded'
        ? '<h1 role="status">Thank you, you are done</h1><p>You can close this page.</p>'
        : '<h1 role="status">The payment was not confirmed</h1><p>Ask the shop for a new link.</p>',
    ),
  );
}
