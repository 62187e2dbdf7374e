import type Stripe from 'stripe';
import { authenticationDecline, type Decline, type TestCard } from './cards.ts';
import { newCharge } from './charges.ts';
import { checkChargeAmount, readCurrency } from './currency.ts';
import { captureBeforeOf, trackHold } from './holds.ts';
import { invalidParam, invalidRequest, noSuch, SimApiError } from './errors.ts';
import { newId, randomToken } from './ids.ts';
import { listParams, newestFirst, paginate, readLimit } from './list.ts';
import { inRange, mergeMetadata, Params } from './params.ts';
import { ensureUsable, resolvePaymentMethod, type PresentType } from './payment-methods.ts';
import { releaseAuthorization } from './refunds.ts';
import { searchPredicate } from './search.ts';
import type { ModeState, PaymentIntentRecord, Scope } from './state.ts';
import { authenticationAction } from './off-session.ts';

/** Every payment method type Stripe 2026-10-28 knows for `allowed_payment_method_types`. */
const paymentMethodTypes = (
  'acss_debit affirm afterpay_clearpay alipay alma amazon_pay au_becs_debit bacs_debit bancontact billie bizum blik ' +
  'boku_promptpay boleto capchase_pay card card_present cashapp check_scan click_to_pay crypto customer_balance ' +
  'demo_pay duitnow dummy_auth_push dummy_passthrough_card edenred eps fpx gcash getbalance gift_card giropay gopay ' +
  'grabpay id_bank_transfer ideal interac_present kakao_pay klarna knet konbini kr_card kr_market kriya link mb_way ' +
  'mobilepay momo mondu multibanco naver_pay netbanking ng_bank ng_bank_transfer ng_card ng_market ng_ussd ' +
  'ng_wallet nz_bank_account octopus oxxo p24 paper_check pay_by_bank payco paynow paypal paypay payto pix ' +
  'promptpay qris rechnung revolut_pay samsung_pay satispay scalapay sepa_debit sequra shop_pay shopeepay sofort ' +
  'south_korea_market stripe_balance sunbit swish tamara test_pay touch_n_go truemoney twint upi us_bank_account ' +
  'us_cash_voucher vipps wechat_pay wero zip'
).split(' ');

const captureMethods = ['automatic', 'automatic_async', 'manual'] as const;
const cancelableStatuses = [
  'requires_payment_method',
  'requires_capture',
  'requires_confirmation',
  'requires_action',
  'processing',
];
const editableStatuses = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

// Stripe accepts these on PaymentIntents; the simulator keeps no state that depends on them.
const unmodelled = [
  'amount_details',
  'application_fee_amount',
  'customer_account',
  'hooks',
  'mandate',
  'mandate_data',
  'on_behalf_of',
  'payment_details',
  'payment_method_configuration',
  'payment_method_data',
  'radar_options',
  'return_url',
  'shipping',
  'transfer_data',
  'use_stripe_sdk',
  'confirmation_token',
];

export const paymentIntentCreateParams = [
  'amount',
  'currency',
  'allowed_payment_method_types',
  'automatic_payment_methods',
  'capture_method',
  'confirm',
  'confirmation_method',
  'customer',
  'description',
  'error_on_requires_action',
  'excluded_payment_method_types',
  'expand',
  'metadata',
  'off_session',
  'payment_method',
  'payment_method_options',
  'receipt_email',
  'setup_future_usage',
  'statement_descriptor',
  'statement_descriptor_suffix',
  'transfer_group',
  ...unmodelled,
];
export const paymentIntentUpdateParams = [
  'amount',
  'currency',
  'allowed_payment_method_types',
  'capture_method',
  'customer',
  'description',
  'excluded_payment_method_types',
  'expand',
  'metadata',
  'payment_method',
  'payment_method_options',
  'receipt_email',
  'setup_future_usage',
  'statement_descriptor',
  'statement_descriptor_suffix',
  'transfer_group',
  ...unmodelled,
];
export const paymentIntentConfirmParams = [
  'payment_method',
  'off_session',
  'error_on_requires_action',
  'capture_method',
  'setup_future_usage',
  'receipt_email',
  'payment_method_options',
  'expand',
  ...unmodelled,
];
export const paymentIntentCaptureParams = [
  'amount_to_capture',
  'application_fee_amount',
  'amount_details',
  'expand',
  'final_capture',
  'hooks',
  'metadata',
  'payment_details',
  'statement_descriptor',
  'statement_descriptor_suffix',
  'transfer_data',
];
export const paymentIntentCancelParams = ['cancellation_reason', 'expand'];
export const paymentIntentIncrementParams = [
  'amount',
  'amount_details',
  'application_fee_amount',
  'description',
  'expand',
  'hooks',
  'metadata',
  'payment_details',
  'statement_descriptor',
  'transfer_data',
];
export const paymentIntentListParams = [...listParams, 'created', 'customer', 'customer_account'];
export const paymentIntentSearchParams = ['query', 'limit', 'page', 'expand'];

export function intentOrThrow(state: ModeState, id: string, param = 'intent'): PaymentIntentRecord {
  const record = state.paymentIntents.get(id);
  if (record === undefined) throw noSuch('payment_intent', id, param);
  return record;
}

function unexpectedState(intent: Stripe.PaymentIntent, message: string): SimApiError {
  return invalidRequest(message, {
    code: 'payment_intent_unexpected_state',
    payment_intent: structuredClone(intent),
  });
}

interface MethodOptions {
  incrementalAuthorizationSupport: boolean;
  extendedAuthorization: boolean;
  rendered: Stripe.PaymentIntent.PaymentMethodOptions | null;
}

function readMethodOptions(
  params: Params,
  types: readonly string[],
  current: MethodOptions | null,
): MethodOptions {
  const raw = params.looseObject('payment_method_options');
  let incremental = current?.incrementalAuthorizationSupport ?? false;
  let extended = current?.extendedAuthorization ?? false;
  if (raw !== undefined) {
    const options = new Params(raw, Object.keys(raw), 'payment_method_options');
    const cardPresent = options.object('card_present', [
      'request_extended_authorization',
      'request_incremental_authorization_support',
      'capture_method',
      'routing',
    ]);
    if (cardPresent !== undefined) {
      incremental = cardPresent.boolean('request_incremental_authorization_support') ?? incremental;
      extended = cardPresent.boolean('request_extended_authorization') ?? extended;
      cardPresent.oneOf('capture_method', ['manual', 'manual_preferred']);
      cardPresent.looseObject('routing');
    }
    const card = options.looseObject('card');
    if (card !== undefined) {
      new Params(card, Object.keys(card), 'payment_method_options[card]').oneOf(
        'request_incremental_authorization',
        ['if_available', 'never'],
      );
    }
  }
  const rendered: Stripe.PaymentIntent.PaymentMethodOptions = {};
  if (types.includes('card_present')) {
    rendered.card_present = {
      request_extended_authorization: extended,
      request_incremental_authorization_support: incremental,
    };
  }
  if (types.includes('interac_present')) rendered.interac_present = {};
  if (types.includes('card')) {
    rendered.card = {
      installments: null,
      mandate_options: null,
      network: null,
      request_three_d_secure: 'automatic',
    };
  }
  return {
    incrementalAuthorizationSupport: incremental,
    extendedAuthorization: extended,
    rendered: Object.keys(rendered).length === 0 ? null : rendered,
  };
}

function readAllowedTypes(params: Params): string[] | undefined {
  const types = params.stringArray('allowed_payment_method_types');
  if (types === undefined) return undefined;
  if (types.length === 0) {
    throw invalidParam(
      'Invalid array: allowed_payment_method_types must not be empty.',
      'allowed_payment_method_types',
    );
  }
  types.forEach((type, index) => {
    if (!paymentMethodTypes.includes(type)) {
      throw invalidParam(
        `Invalid allowed_payment_method_types[${index}]: must be one of ${paymentMethodTypes.join(', ')}`,
        `allowed_payment_method_types[${index}]`,
      );
    }
  });
  return [...new Set(types)];
}

function checkCustomer(state: ModeState, customer: string | undefined): void {
  if (customer !== undefined && !state.customers.has(customer))
    throw noSuch('customer', customer, 'customer');
}

export function createPaymentIntent(scope: Scope, params: Params): PaymentIntentRecord {
  const { state } = scope;
  const amount = params.requiredInteger('amount', 1);
  const currency = readCurrency(params.requiredString('currency'));
  checkChargeAmount(amount, currency);
  const allowed = readAllowedTypes(params);
  const automatic = params.object('automatic_payment_methods', ['enabled', 'allow_redirects']);
  if (allowed !== undefined && automatic !== undefined) {
    throw invalidParam(
      'You may only specify one of these parameters: allowed_payment_method_types, automatic_payment_methods.',
      'automatic_payment_methods',
      'parameters_exclusive',
    );
  }
  const automaticEnabled = automatic?.boolean('enabled') ?? true;
  const allowRedirects = automatic?.oneOf('allow_redirects', ['always', 'never']) ?? 'always';
  const captureMethod = params.oneOf('capture_method', captureMethods) ?? 'automatic_async';
  const confirm = params.boolean('confirm') ?? false;
  const confirmationMethod = params.oneOf('confirmation_method', ['automatic', 'manual']) ?? 'automatic';
  const customer = params.string('customer');
  checkCustomer(state, customer);
  const description = params.string('description', { maxLength: 1000 });
  const metadata = mergeMetadata({}, params.metadata());
  const offSession = readOffSession(params);
  if (offSession !== undefined && !confirm) {
    throw invalidParam('You can only use `off_session` when `confirm=true`.', 'off_session');
  }
  params.boolean('error_on_requires_action');
  params.stringArray('excluded_payment_method_types');
  const receiptEmail = params.string('receipt_email');
  const setupFutureUsage = params.oneOf('setup_future_usage', ['off_session', 'on_session']);
  const statementDescriptor = params.string('statement_descriptor', { maxLength: 22 });
  const statementDescriptorSuffix = params.string('statement_descriptor_suffix', { maxLength: 22 });
  const transferGroup = params.string('transfer_group');
  const types = allowed ?? ['card'];
  const options = readMethodOptions(params, types, null);
  const paymentMethodId = params.string('payment_method');
  const resolved = paymentMethodId === undefined ? undefined : resolvePaymentMethod(state, paymentMethodId);
  if (resolved !== undefined) checkMethodAllowed(resolved.pm, types);
  if (confirm && resolved === undefined) {
    throw invalidRequest(
      "You cannot confirm this PaymentIntent because it's missing a payment method. Pass a `payment_method` to confirm it.",
      { code: 'payment_intent_unexpected_state', param: 'payment_method' },
    );
  }
  params.expand();

  const id = newId('pi');
  const intent: Stripe.PaymentIntent = {
    id,
    object: 'payment_intent',
    allowed_payment_method_types:
      (allowed as Stripe.PaymentIntent.AllowedPaymentMethodType[] | undefined) ?? null,
    amount,
    amount_capturable: 0,
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods:
      allowed === undefined ? { allow_redirects: allowRedirects, enabled: automaticEnabled } : null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: captureMethod,
    client_secret: `${id}_secret_${randomToken(25)}`,
    confirmation_method: confirmationMethod,
    created: state.clock.nowSeconds(),
    currency,
    customer: customer ?? null,
    customer_account: null,
    description: description ?? null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: state.livemode,
    managed_payments: null,
    metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: resolved?.pm.id ?? null,
    payment_method_configuration_details: null,
    payment_method_options: options.rendered,
    payment_method_types: types,
    payment_record: null,
    processing: null,
    receipt_email: receiptEmail ?? null,
    review: null,
    setup_future_usage: setupFutureUsage ?? null,
    shipping: null,
    source: null,
    statement_descriptor: statementDescriptor ?? null,
    statement_descriptor_suffix: statementDescriptorSuffix ?? null,
    status: resolved === undefined ? 'requires_payment_method' : 'requires_confirmation',
    transfer_data: null,
    transfer_group: transferGroup ?? null,
  };
  const record: PaymentIntentRecord = {
    intent,
    createdMs: state.clock.nowMs(),
    incrementalAuthorizationSupport: options.incrementalAuthorizationSupport,
    incrementalAuthorizations: 0,
  };
  state.paymentIntents.set(id, record);
  state.emit('payment_intent.created', intent, scope.origin);
  if (confirm && resolved !== undefined)
    confirmOnline(scope, record, resolved.pm, resolved.card, offSession !== undefined);
  return record;
}

function readOffSession(params: Params): boolean | string | undefined {
  const raw = params.string('off_session');
  if (raw === undefined) return undefined;
  if (raw === 'true' || raw === 'false') return raw === 'true' ? true : undefined;
  return params.oneOf('off_session', ['one_off', 'recurring']);
}

function checkMethodAllowed(pm: Stripe.PaymentMethod, types: readonly string[]): void {
  if (!types.includes(pm.type)) {
    throw invalidRequest(
      `The PaymentMethod provided (${pm.type}) is not allowed for this PaymentIntent. Use a PaymentMethod of one of these types: ${types.join(', ')}.`,
      { code: 'payment_intent_incompatible_payment_method', param: 'payment_method' },
    );
  }
}

export function updatePaymentIntent(scope: Scope, id: string, params: Params): PaymentIntentRecord {
  const { state } = scope;
  const record = intentOrThrow(state, id);
  const intent = record.intent;
  const amount = params.integer('amount', { min: 1 });
  const currencyText = params.string('currency');
  const allowed = readAllowedTypes(params);
  const captureMethod = params.oneOf('capture_method', captureMethods);
  const paymentMethodId = params.string('payment_method');
  for (const [field, given] of [
    ['amount', amount],
    ['currency', currencyText],
    ['allowed_payment_method_types', allowed],
    ['capture_method', captureMethod],
    ['payment_method', paymentMethodId],
  ] as const) {
    if (given !== undefined && !editableStatuses.includes(intent.status)) {
      throw unexpectedState(
        intent,
        `This PaymentIntent's ${field} could not be updated because it has a status of ${intent.status}. You may only update the ${field} of a PaymentIntent with one of the following statuses: ${editableStatuses.join(', ')}.`,
      );
    }
  }
  const currency = currencyText === undefined ? intent.currency : readCurrency(currencyText);
  const nextAmount = amount ?? intent.amount;
  if (amount !== undefined || currencyText !== undefined) checkChargeAmount(nextAmount, currency);
  const customer = params.string('customer');
  checkCustomer(state, customer);
  const description = params.nullableString('description', 1000);
  const metadata = params.metadata();
  const receiptEmail = params.nullableString('receipt_email');
  const setupFutureUsage = params.oneOf('setup_future_usage', ['off_session', 'on_session']);
  const statementDescriptor = params.string('statement_descriptor', { maxLength: 22 });
  const statementDescriptorSuffix = params.string('statement_descriptor_suffix', { maxLength: 22 });
  const transferGroup = params.string('transfer_group');
  params.stringArray('excluded_payment_method_types');
  const types = allowed ?? intent.payment_method_types;
  const options = readMethodOptions(params, types, {
    incrementalAuthorizationSupport: record.incrementalAuthorizationSupport,
    extendedAuthorization:
      intent.payment_method_options?.card_present?.request_extended_authorization ?? false,
    rendered: intent.payment_method_options,
  });
  const resolved = paymentMethodId === undefined ? undefined : resolvePaymentMethod(state, paymentMethodId);
  if (resolved !== undefined) checkMethodAllowed(resolved.pm, types);
  params.expand();

  intent.amount = nextAmount;
  intent.currency = currency;
  if (allowed !== undefined) {
    intent.allowed_payment_method_types = allowed as Stripe.PaymentIntent.AllowedPaymentMethodType[];
    intent.payment_method_types = allowed;
    intent.automatic_payment_methods = null;
  }
  intent.payment_method_options = options.rendered;
  record.incrementalAuthorizationSupport = options.incrementalAuthorizationSupport;
  if (captureMethod !== undefined) intent.capture_method = captureMethod;
  if (customer !== undefined) intent.customer = customer;
  if (description !== undefined) intent.description = description;
  if (receiptEmail !== undefined) intent.receipt_email = receiptEmail;
  if (setupFutureUsage !== undefined) intent.setup_future_usage = setupFutureUsage;
  if (statementDescriptor !== undefined) intent.statement_descriptor = statementDescriptor;
  if (statementDescriptorSuffix !== undefined) intent.statement_descriptor_suffix = statementDescriptorSuffix;
  if (transferGroup !== undefined) intent.transfer_group = transferGroup;
  intent.metadata = mergeMetadata(intent.metadata, metadata);
  if (resolved !== undefined) {
    intent.payment_method = resolved.pm.id;
    intent.status = 'requires_confirmation';
  }
  return record;
}

/** Outcome of one authorization attempt against a PaymentIntent. */
export interface Authorization {
  charge: Stripe.Charge;
  decline: Decline | null;
}

/**
 * Runs one authorization on a PaymentIntent, as a reader or a card-not-present confirmation does: an approved card
 * holds (manual capture) or collects (automatic) the amount; a declined one leaves the intent ready for another try.
 */
export function authorize(
  scope: Scope,
  record: PaymentIntentRecord,
  pm: Stripe.PaymentMethod,
  card: TestCard,
  method: PresentType | 'card',
  reader: Stripe.Terminal.Reader | null,
  decline: Decline | null = card.decline,
  merchantInitiated = false,
): Authorization {
  const { state, origin } = scope;
  const intent = record.intent;
  const capture = intent.capture_method !== 'manual';
  const charge = newCharge(state, {
    intent,
    pm,
    card,
    method,
    decline,
    capture,
    incrementalAuthorizationSupported: record.incrementalAuthorizationSupport && method === 'card_present',
    reader,
    merchantInitiated,
  });
  intent.latest_charge = charge.id;
  intent.next_action = null;
  if (decline === null) {
    intent.payment_method = pm.id;
    intent.last_payment_error = null;
    if (capture) {
      intent.status = 'succeeded';
      intent.amount_received = intent.amount;
      state.emit('charge.succeeded', charge, origin);
      state.emit('payment_intent.succeeded', intent, origin);
    } else {
      intent.status = 'requires_capture';
      intent.amount_capturable = intent.amount;
      trackHold(state, intent.id, captureBeforeOf(charge) ?? Number.MAX_SAFE_INTEGER);
      state.emit('charge.succeeded', charge, origin);
      state.emit('payment_intent.amount_capturable_updated', intent, origin);
    }
  } else {
    intent.status = 'requires_payment_method';
    intent.payment_method = null;
    intent.last_payment_error = {
      type: 'card_error',
      code: decline.code,
      decline_code: decline.declineCode,
      doc_url: `https://docs.stripe.com/error-codes/${decline.code.replace(/_/g, '-')}`,
      message: decline.message,
      charge: charge.id,
      payment_method: structuredClone(pm),
    };
    state.emit('charge.failed', charge, origin);
    state.emit('payment_intent.payment_failed', intent, origin);
  }
  return { charge, decline };
}

/** Card-not-present confirmation with a saved or test PaymentMethod. */
function confirmOnline(
  scope: Scope,
  record: PaymentIntentRecord,
  pm: Stripe.PaymentMethod,
  card: TestCard | undefined,
  offSession: boolean,
  redirect: { returnUrl: string; hostedBase: string } | null = null,
): void {
  const intent = record.intent;
  if (pm.type !== 'card' || card === undefined) {
    throw invalidRequest(
      `A PaymentMethod of type ${pm.type} cannot be confirmed from the server: process the PaymentIntent on a reader.`,
      { code: 'payment_intent_unexpected_state', param: 'payment_method' },
    );
  }
  ensureUsable(scope.state, pm, 'payment_method');
  if (typeof pm.customer === 'string' && intent.customer !== pm.customer) {
    throw invalidRequest(
      `The provided PaymentMethod belongs to a customer (${pm.customer}). Please include the Customer in the \`customer\` parameter on the PaymentIntent.`,
      { param: 'customer' },
    );
  }
  if (needsAuthentication(scope.state, card, pm, offSession)) {
    if (offSession) {
      // Off-session there is nobody to ask: the payment fails and the intent waits for a new payment method.
      const { charge } = authorize(scope, record, pm, card, 'card', null, authenticationDecline);
      throw cardError(authenticationDecline, charge, intent, pm);
    }
    intent.payment_method = pm.id;
    intent.status = 'requires_action';
    intent.next_action = authenticationAction(intent, redirect);
    scope.state.emit('payment_intent.requires_action', intent, scope.origin);
    return;
  }
  const { charge, decline } = authorize(scope, record, pm, card, 'card', null, card.decline, offSession);
  if (decline !== null) throw cardError(decline, charge, intent, pm);
}

function cardError(
  decline: Decline,
  charge: Stripe.Charge,
  intent: Stripe.PaymentIntent,
  pm: Stripe.PaymentMethod,
): SimApiError {
  return new SimApiError(402, {
    type: 'card_error',
    code: decline.code,
    decline_code: decline.declineCode,
    message: decline.message,
    charge: charge.id,
    payment_intent: structuredClone(intent),
    payment_method: structuredClone(pm),
  });
}

/**
 * Whether the issuer asks for 3D Secure: always for 4000002760003184; for 4000002500003155 unless it is an
 * off-session payment on a card saved through a SetupIntent.
 */
function needsAuthentication(
  state: ModeState,
  card: TestCard,
  pm: Stripe.PaymentMethod,
  offSession: boolean,
): boolean {
  if (card.authentication === 'always') return true;
  if (card.authentication === 'unless_set_up') return !(offSession && state.setUpCards.has(pm.id));
  return false;
}

export function confirmPaymentIntent(
  scope: Scope,
  id: string,
  params: Params,
  hostedBase = '',
): PaymentIntentRecord {
  const { state } = scope;
  const record = intentOrThrow(state, id);
  const intent = record.intent;
  const paymentMethodId = params.string('payment_method');
  const returnUrl = params.string('return_url');
  const offSession = readOffSession(params);
  params.boolean('error_on_requires_action');
  const captureMethod = params.oneOf('capture_method', captureMethods);
  params.oneOf('setup_future_usage', ['off_session', 'on_session']);
  params.string('receipt_email');
  readMethodOptions(params, intent.payment_method_types, null);
  params.expand();
  const confirmable = ['requires_payment_method', 'requires_confirmation', 'requires_action'];
  if (!confirmable.includes(intent.status)) {
    throw unexpectedState(
      intent,
      `You cannot confirm this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be confirmed: ${confirmable.join(', ')}.`,
    );
  }
  const pmId =
    paymentMethodId ?? (typeof intent.payment_method === 'string' ? intent.payment_method : undefined);
  if (pmId === undefined) {
    throw unexpectedState(
      intent,
      "You cannot confirm this PaymentIntent because it's missing a payment method. Pass a `payment_method` to confirm it.",
    );
  }
  const resolved = resolvePaymentMethod(state, pmId);
  checkMethodAllowed(resolved.pm, intent.payment_method_types);
  if (captureMethod !== undefined) intent.capture_method = captureMethod;
  confirmOnline(
    scope,
    record,
    resolved.pm,
    resolved.card,
    offSession !== undefined,
    returnUrl === undefined ? null : { returnUrl, hostedBase },
  );
  return record;
}

export function capturePaymentIntent(scope: Scope, id: string, params: Params): PaymentIntentRecord {
  const { state, origin } = scope;
  const record = intentOrThrow(state, id);
  const intent = record.intent;
  const amountToCapture = params.integer('amount_to_capture', { min: 1 });
  const metadata = params.metadata();
  params.boolean('final_capture');
  params.string('statement_descriptor', { maxLength: 22 });
  params.string('statement_descriptor_suffix', { maxLength: 22 });
  params.expand();
  if (intent.status !== 'requires_capture') {
    throw unexpectedState(
      intent,
      `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
    );
  }
  const amount = amountToCapture ?? intent.amount_capturable;
  if (amount > intent.amount_capturable) {
    throw invalidParam(
      `The amount to capture (${amount}) must be less than or equal to the amount capturable (${intent.amount_capturable}).`,
      'amount_to_capture',
      'amount_too_large',
    );
  }
  checkChargeAmount(amount, intent.currency, 'amount_to_capture');
  const charge = state.charges.get(intent.latest_charge as string) as Stripe.Charge;
  charge.captured = true;
  charge.amount_captured = amount;
  charge.balance_transaction = newId('txn');
  releaseAuthorization(state, charge, charge.amount - amount);
  intent.amount_received = amount;
  intent.amount_capturable = 0;
  intent.status = 'succeeded';
  intent.metadata = mergeMetadata(intent.metadata, metadata);
  state.emit('charge.captured', charge, origin);
  state.emit('payment_intent.succeeded', intent, origin);
  return record;
}

export function cancelPaymentIntent(scope: Scope, id: string, params: Params): PaymentIntentRecord {
  const { state, origin } = scope;
  const record = intentOrThrow(state, id);
  const intent = record.intent;
  const reason = params.oneOf('cancellation_reason', [
    'duplicate',
    'fraudulent',
    'requested_by_customer',
    'abandoned',
  ]);
  params.expand();
  if (!cancelableStatuses.includes(intent.status)) {
    throw unexpectedState(
      intent,
      `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${cancelableStatuses.join(', ')}.`,
    );
  }
  if (intent.status === 'requires_capture') {
    const charge = state.charges.get(intent.latest_charge as string) as Stripe.Charge;
    releaseAuthorization(state, charge, charge.amount - charge.amount_refunded);
    intent.amount_capturable = 0;
  }
  intent.status = 'canceled';
  intent.canceled_at = state.clock.nowSeconds();
  intent.cancellation_reason = reason ?? null;
  intent.next_action = null;
  state.emit('payment_intent.canceled', intent, origin);
  return record;
}

export function listPaymentIntents(state: ModeState, params: Params): Stripe.ApiList<Stripe.PaymentIntent> {
  const created = params.range('created');
  const customer = params.string('customer');
  params.string('customer_account');
  const items = newestFirst(state.paymentIntents.values())
    .map((r) => r.intent)
    .filter((pi) => inRange(pi.created, created) && (customer === undefined || pi.customer === customer));
  return paginate(items, params, '/v1/payment_intents', 'payment_intent');
}

const searchableFields = ['amount', 'created', 'currency', 'customer', 'metadata', 'status', 'description'];

/**
 * Stripe's search index lags behind writes ("typically within a minute"); `indexDelayMs` models that lag so that a
 * lookup right after a create can miss, as it can in production.
 */
export function searchPaymentIntents(
  state: ModeState,
  params: Params,
  indexDelayMs: number,
): Stripe.ApiSearchResult<Stripe.PaymentIntent> {
  const query = params.requiredString('query');
  const limit = readLimit(params);
  const page = params.string('page');
  params.expand();
  const offset = page === undefined ? 0 : decodePage(page);
  const predicate = searchPredicate<Stripe.PaymentIntent>(query, searchableFields, (pi) => (field, key) => {
    if (field === 'metadata') return key === null ? undefined : pi.metadata[key];
    if (field === 'customer') return typeof pi.customer === 'string' ? pi.customer : null;
    const value = (pi as unknown as Record<string, unknown>)[field];
    return typeof value === 'string' || typeof value === 'number' ? value : null;
  });
  const visibleBefore = state.clock.nowMs() - indexDelayMs;
  const matches = newestFirst(state.paymentIntents.values())
    .filter((r) => r.createdMs <= visibleBefore)
    .map((r) => r.intent)
    .filter(predicate);
  const data = matches.slice(offset, offset + limit);
  const hasMore = offset + limit < matches.length;
  return {
    object: 'search_result',
    data,
    has_more: hasMore,
    next_page: hasMore ? encodePage(offset + limit) : null,
    url: '/v1/payment_intents/search',
  };
}

function encodePage(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodePage(page: string): number {
  const match = /^offset:([0-9]+)$/.exec(Buffer.from(page, 'base64url').toString());
  if (match === null)
    throw invalidParam('Invalid page: pass the next_page value of a previous search.', 'page');
  return Number(match[1]);
}
