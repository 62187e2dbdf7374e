import type Stripe from 'stripe';
import { fingerprintOf, lookupCard, setupDecline, type Decline, type TestCard } from './cards.ts';
import { invalidParam, invalidRequest, missingParam, noSuch, SimApiError } from './errors.ts';
import { newId, randomToken } from './ids.ts';
import { listParams, newestFirst, paginate } from './list.ts';
import { inRange, mergeMetadata, type Params } from './params.ts';
import { attachTo, cardExpiry, ensureUsable, resolvePaymentMethod } from './payment-methods.ts';
import type { ModeState, Scope } from './state.ts';

export const setupIntentCreateParams = [
  'allowed_payment_method_types',
  'automatic_payment_methods',
  'customer',
  'description',
  'metadata',
  'usage',
  'expand',
  'attach_to_self',
  'confirm',
  'confirmation_token',
  'customer_account',
  'excluded_payment_method_types',
  'flow_directions',
  'mandate_data',
  'on_behalf_of',
  'payment_method',
  'payment_method_configuration',
  'payment_method_data',
  'payment_method_options',
  'return_url',
  'single_use',
  'use_stripe_sdk',
];
export const setupIntentCancelParams = ['cancellation_reason', 'expand'];
export const setupIntentConfirmParams = [
  'payment_method',
  'return_url',
  'use_stripe_sdk',
  'mandate_data',
  'payment_method_data',
  'payment_method_options',
  'confirmation_token',
  'expand',
];
export const setupAttemptListParams = [...listParams, 'setup_intent', 'created'];

const confirmable = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

export function setupIntentOrThrow(state: ModeState, id: string, param = 'intent'): Stripe.SetupIntent {
  const intent = state.setupIntents.get(id);
  if (intent === undefined) throw noSuch('setup_intent', id, param);
  return intent;
}

export function createSetupIntent(scope: Scope, params: Params, hostedBase = ''): Stripe.SetupIntent {
  const { state } = scope;
  const allowed = params.stringArray('allowed_payment_method_types');
  const automatic = params.object('automatic_payment_methods', ['enabled', 'allow_redirects']);
  if (allowed !== undefined && automatic !== undefined) {
    throw invalidParam(
      'You may only specify one of these parameters: allowed_payment_method_types, automatic_payment_methods.',
      'automatic_payment_methods',
      'parameters_exclusive',
    );
  }
  const customer = params.string('customer');
  if (customer !== undefined && !state.customers.has(customer))
    throw noSuch('customer', customer, 'customer');
  const description = params.string('description', { maxLength: 1000 });
  const metadata = mergeMetadata({}, params.metadata());
  const usage = params.oneOf('usage', ['off_session', 'on_session']) ?? 'off_session';
  const confirm = params.boolean('confirm') ?? false;
  const paymentMethodId = params.string('payment_method');
  const returnUrl = params.string('return_url');
  if (returnUrl !== undefined && !confirm) {
    throw invalidParam('You can only pass `return_url` when `confirm=true`.', 'return_url');
  }
  if (confirm && paymentMethodId === undefined) {
    throw invalidRequest(
      "You cannot confirm this SetupIntent because it's missing a payment method. Pass a `payment_method` to confirm it.",
      { code: 'setup_intent_unexpected_state', param: 'payment_method' },
    );
  }
  params.boolean('use_stripe_sdk');
  params.expand();
  const id = newId('seti');
  const intent: Stripe.SetupIntent = {
    id,
    object: 'setup_intent',
    allowed_payment_method_types:
      (allowed as Stripe.SetupIntent.AllowedPaymentMethodType[] | undefined) ?? null,
    application: null,
    automatic_payment_methods:
      allowed === undefined
        ? {
            allow_redirects: automatic?.oneOf('allow_redirects', ['always', 'never']) ?? 'always',
            enabled: automatic?.boolean('enabled') ?? true,
          }
        : null,
    cancellation_reason: null,
    client_secret: `${id}_secret_${randomToken(25)}`,
    created: state.clock.nowSeconds(),
    customer: customer ?? null,
    description: description ?? null,
    excluded_payment_method_types: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: state.livemode,
    mandate: null,
    metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: paymentMethodId ?? null,
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: allowed ?? ['card'],
    single_use_mandate: null,
    status: paymentMethodId === undefined ? 'requires_payment_method' : 'requires_confirmation',
    usage,
  };
  const used = paymentMethodId === undefined ? undefined : resolvePaymentMethod(state, paymentMethodId);
  state.setupIntents.set(id, intent);
  state.emit('setup_intent.created', intent, scope.origin);
  if (confirm && used !== undefined) confirmOnline(scope, intent, used.pm, used.card, returnUrl, hostedBase);
  return intent;
}

export function cancelSetupIntent(scope: Scope, id: string, params: Params): Stripe.SetupIntent {
  const intent = setupIntentOrThrow(scope.state, id);
  const reason = params.oneOf('cancellation_reason', ['abandoned', 'duplicate', 'requested_by_customer']);
  params.expand();
  const cancelable = ['requires_payment_method', 'requires_confirmation', 'requires_action'];
  if (!cancelable.includes(intent.status)) {
    throw invalidRequest(
      `You cannot cancel this SetupIntent because it has a status of ${intent.status}. Only a SetupIntent with one of the following statuses may be canceled: ${cancelable.join(', ')}.`,
      { code: 'setup_intent_unexpected_state' },
    );
  }
  intent.status = 'canceled';
  intent.cancellation_reason = reason ?? null;
  scope.state.emit('setup_intent.canceled', intent, scope.origin);
  return intent;
}

/**
 * Confirms a SetupIntent with a card from the server or a hosted page. The issuer checks the card: a declined one
 * fails the setup (402, as Stripe answers), a card whose issuer wants 3D Secure waits in `requires_action` until the
 * customer authenticates, any other card is saved to the intent's customer.
 */
export function confirmSetupIntent(
  scope: Scope,
  id: string,
  params: Params,
  hostedBase: string,
): Stripe.SetupIntent {
  const { state } = scope;
  const intent = setupIntentOrThrow(state, id);
  const paymentMethodId = params.string('payment_method');
  const returnUrl = params.string('return_url');
  params.boolean('use_stripe_sdk');
  params.looseObject('mandate_data');
  params.looseObject('payment_method_data');
  params.looseObject('payment_method_options');
  if (params.has('confirmation_token')) {
    throw invalidParam('The simulator confirms SetupIntents with a `payment_method`.', 'confirmation_token');
  }
  params.expand();
  if (!confirmable.includes(intent.status)) {
    throw invalidRequest(
      `You cannot confirm this SetupIntent because it has a status of ${intent.status}. Only a SetupIntent with one of the following statuses may be confirmed: ${confirmable.join(', ')}.`,
      { code: 'setup_intent_unexpected_state' },
    );
  }
  const pmId =
    paymentMethodId ?? (typeof intent.payment_method === 'string' ? intent.payment_method : undefined);
  if (pmId === undefined) {
    throw invalidRequest(
      "You cannot confirm this SetupIntent because it's missing a payment method. Pass a `payment_method` to confirm it.",
      { code: 'setup_intent_unexpected_state', param: 'payment_method' },
    );
  }
  const used = resolvePaymentMethod(state, pmId);
  confirmOnline(scope, intent, used.pm, used.card, returnUrl, hostedBase);
  return intent;
}

export function confirmOnline(
  scope: Scope,
  intent: Stripe.SetupIntent,
  pm: Stripe.PaymentMethod,
  card: TestCard | undefined,
  returnUrl: string | undefined,
  hostedBase = '',
): void {
  const { state } = scope;
  ensureUsable(state, pm, 'payment_method');
  if (!intent.payment_method_types.includes(pm.type)) {
    throw invalidRequest(
      `The provided PaymentMethod (${pm.type}) is not allowed for this SetupIntent. Use a PaymentMethod of one of these types: ${intent.payment_method_types.join(', ')}.`,
      { code: 'setup_intent_invalid_parameter', param: 'payment_method' },
    );
  }
  if (pm.type !== 'card' || card === undefined) {
    throw invalidRequest(
      `A PaymentMethod of type ${pm.type} cannot be set up from the server: process the SetupIntent on a reader.`,
      { code: 'setup_intent_unexpected_state', param: 'payment_method' },
    );
  }
  if (typeof intent.customer === 'string' && pm.customer !== null && pm.customer !== intent.customer) {
    throw invalidRequest('The payment method you provided has already been attached to a customer.', {
      param: 'payment_method',
    });
  }
  intent.payment_method = pm.id;
  const decline = setupDecline(card);
  if (decline !== null) {
    failSetup(scope, intent, pm, decline);
    throw new SimApiError(402, {
      type: 'card_error',
      code: decline.code,
      decline_code: decline.declineCode,
      message: decline.message,
      setup_intent: structuredClone(intent),
      payment_method: structuredClone(pm),
    });
  }
  if (card.authentication !== undefined) {
    recordAttempt(scope, intent, pm, { type: 'card', card: cardDetails(card) }, 'requires_action', null);
    intent.status = 'requires_action';
    intent.next_action =
      returnUrl === undefined
        ? { type: 'use_stripe_sdk', use_stripe_sdk: {} }
        : {
            type: 'redirect_to_url',
            redirect_to_url: {
              return_url: returnUrl,
              url: `${hostedBase}/c/authenticate/${intent.id}?return_url=${encodeURIComponent(returnUrl)}`,
            },
          };
    state.emit('setup_intent.requires_action', intent, scope.origin);
    return;
  }
  succeedSetup(scope, intent, pm, pm, { type: 'card', card: cardDetails(card) });
}

/**
 * The customer answers their bank's 3D Secure challenge for a SetupIntent in `requires_action` (on the page the
 * redirect leads to, or from a test): passing saves the card, failing leaves the intent for another card.
 */
export function authenticateSetupIntent(scope: Scope, id: string, passes: boolean): Stripe.SetupIntent {
  const { state } = scope;
  const intent = setupIntentOrThrow(state, id);
  if (intent.status !== 'requires_action' || typeof intent.payment_method !== 'string') {
    throw invalidRequest(
      `SetupIntent ${id} is not waiting for authentication (its status is ${intent.status}).`,
    );
  }
  const pm = state.paymentMethods.get(intent.payment_method);
  const number = pm === undefined ? undefined : state.cardNumbers.get(pm.id);
  const card = number === undefined ? undefined : lookupCard(number);
  if (pm === undefined || card === undefined) throw noSuch('PaymentMethod', intent.payment_method);
  intent.next_action = null;
  if (!passes) {
    failSetup(scope, intent, pm, null);
    return intent;
  }
  succeedSetup(scope, intent, pm, pm, { type: 'card', card: cardDetails(card) });
  return intent;
}

/** A decline, or (without one) a failed 3D Secure authentication, as Stripe reports each on the intent. */
export function failSetup(
  scope: Scope,
  intent: Stripe.SetupIntent,
  pm: Stripe.PaymentMethod,
  decline: Decline | null,
): void {
  const error: Stripe.SetupIntent.LastSetupError =
    decline === null
      ? {
          type: 'invalid_request_error',
          code: 'setup_intent_authentication_failure',
          message:
            'The latest attempt to set up the payment method has failed because authentication failed.',
          payment_method: structuredClone(pm),
        }
      : {
          type: 'card_error',
          code: decline.code,
          decline_code: decline.declineCode,
          message: decline.message,
          payment_method: structuredClone(pm),
        };
  const number = scope.state.cardNumbers.get(pm.id);
  const card = number === undefined ? undefined : lookupCard(number);
  const details: Stripe.SetupAttempt.PaymentMethodDetails =
    pm.type === 'card' && card !== undefined
      ? { type: 'card', card: cardDetails(card) }
      : { type: pm.type, [pm.type]: { generated_card: null, offline: null } };
  recordAttempt(scope, intent, pm, details, 'failed', error);
  intent.status = 'requires_payment_method';
  intent.payment_method = null;
  intent.next_action = null;
  intent.last_setup_error = error;
  scope.state.emit('setup_intent.setup_failed', intent, scope.origin);
}

/**
 * The setup succeeded: the reusable card (the card itself, or the one generated from a card read in person) is
 * attached to the intent's customer, and its off-session payments no longer need the customer present.
 */
export function succeedSetup(
  scope: Scope,
  intent: Stripe.SetupIntent,
  used: Stripe.PaymentMethod,
  reusable: Stripe.PaymentMethod,
  details: Stripe.SetupAttempt.PaymentMethodDetails,
): void {
  const { state } = scope;
  recordAttempt(scope, intent, used, details, 'succeeded', null);
  state.setUpCards.add(reusable.id);
  if (typeof intent.customer === 'string') attachTo(scope, reusable, intent.customer);
  intent.payment_method = used.id;
  intent.last_setup_error = null;
  intent.next_action = null;
  intent.status = 'succeeded';
  state.emit('setup_intent.succeeded', intent, scope.origin);
}

/** Each try to set up a card is a SetupAttempt; the intent's `latest_attempt` names the newest. */
function recordAttempt(
  scope: Scope,
  intent: Stripe.SetupIntent,
  pm: Stripe.PaymentMethod,
  details: Stripe.SetupAttempt.PaymentMethodDetails,
  status: 'succeeded' | 'failed' | 'requires_action',
  error: Stripe.SetupIntent.LastSetupError | null,
): Stripe.SetupAttempt {
  const { state } = scope;
  const previous =
    typeof intent.latest_attempt === 'string' ? state.setupAttempts.get(intent.latest_attempt) : undefined;
  // Authenticating finishes the attempt that asked for it rather than starting another.
  const attempt: Stripe.SetupAttempt =
    previous !== undefined && previous.status === 'requires_action' && previous.payment_method === pm.id
      ? previous
      : {
          id: newId('setatt'),
          object: 'setup_attempt',
          application: null,
          attach_to_self: false,
          created: state.clock.nowSeconds(),
          customer: typeof intent.customer === 'string' ? intent.customer : null,
          customer_account: null,
          flow_directions: null,
          livemode: state.livemode,
          on_behalf_of: null,
          payment_method: pm.id,
          payment_method_details: details,
          setup_error: null,
          setup_intent: intent.id,
          status,
          usage: intent.usage,
        };
  attempt.status = status;
  attempt.payment_method_details = details;
  attempt.setup_error = error;
  state.setupAttempts.set(attempt.id, attempt);
  intent.latest_attempt = attempt.id;
  return attempt;
}

export function cardDetails(card: TestCard): Stripe.SetupAttempt.PaymentMethodDetails.Card {
  return {
    brand: card.brand,
    checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
    country: card.country,
    exp_month: cardExpiry.exp_month,
    exp_year: cardExpiry.exp_year,
    fingerprint: fingerprintOf(card.number),
    funding: card.funding,
    last4: card.number.slice(-4),
    network: card.brand,
    three_d_secure: null,
    wallet: null,
  };
}

/** `GET /v1/setup_attempts?setup_intent=…`: every try at one SetupIntent, newest first. */
export function listSetupAttempts(state: ModeState, params: Params): Stripe.ApiList<Stripe.SetupAttempt> {
  const intentId = params.string('setup_intent');
  if (intentId === undefined) throw missingParam('setup_intent');
  const created = params.range('created');
  params.expand();
  setupIntentOrThrow(state, intentId, 'setup_intent');
  const items = newestFirst(state.setupAttempts.values()).filter(
    (a) => a.setup_intent === intentId && inRange(a.created, created),
  );
  return paginate(items, params, '/v1/setup_attempts', 'setup_attempt');
}

export const setupIntentListParams = [
  ...listParams,
  'attach_to_self',
  'created',
  'customer',
  'customer_account',
  'payment_method',
];

/** `GET /v1/setup_intents`: the account's SetupIntents, newest first, filtered by creation time, customer or card. */
export function listSetupIntents(state: ModeState, params: Params): Stripe.ApiList<Stripe.SetupIntent> {
  const created = params.range('created');
  const customer = params.string('customer');
  const paymentMethod = params.string('payment_method');
  params.string('customer_account');
  params.boolean('attach_to_self');
  const idOf = (value: string | { id: string } | null) => (typeof value === 'string' ? value : value?.id);
  const items = newestFirst(state.setupIntents.values()).filter(
    (si) =>
      inRange(si.created, created) &&
      (customer === undefined || idOf(si.customer) === customer) &&
      (paymentMethod === undefined || idOf(si.payment_method) === paymentMethod),
  );
  return paginate(items, params, '/v1/setup_intents', 'setup_intent');
}
