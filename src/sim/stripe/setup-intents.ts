import type Stripe from 'stripe';
import { invalidParam, invalidRequest, noSuch } from './errors.ts';
import { newId, randomToken } from './ids.ts';
import { mergeMetadata, type Params } from './params.ts';
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

export function setupIntentOrThrow(state: ModeState, id: string, param = 'intent'): Stripe.SetupIntent {
  const intent = state.setupIntents.get(id);
  if (intent === undefined) throw noSuch('setup_intent', id, param);
  return intent;
}

export function createSetupIntent(scope: Scope, params: Params): Stripe.SetupIntent {
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
  if (params.boolean('confirm') === true) {
    throw invalidRequest(
      'The simulator confirms SetupIntents on a reader only: create it without `confirm` and use process_setup_intent.',
      { param: 'confirm' },
    );
  }
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
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: allowed ?? ['card'],
    single_use_mandate: null,
    status: 'requires_payment_method',
    usage,
  };
  state.setupIntents.set(id, intent);
  state.emit('setup_intent.created', intent, scope.origin);
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
