import type Stripe from 'stripe';
import { lookupCard, type TestCard } from './cards.ts';
import { newCharge } from './charges.ts';
import { checkChargeAmount, readCurrency } from './currency.ts';
import { invalidParam, invalidRequest, missingParam, noSuch, SimApiError } from './errors.ts';
import { newId, randomToken } from './ids.ts';
import { listParams, newestFirst, paginate } from './list.ts';
import { inRange, mergeMetadata, type Params } from './params.ts';
import { cardPaymentMethod } from './payment-methods.ts';
import { authorize, createPaymentIntent } from './payment-intents.ts';
import { Params as ParamsClass } from './params.ts';
import { confirmOnline as confirmSetup, createSetupIntent } from './setup-intents.ts';
import type { ModeState, Scope } from './state.ts';

/** One line of a session as the hosted page shows it (Stripe returns them only through `line_items`). */
export interface CheckoutLine {
  name: string;
  unitAmount: number;
  quantity: number;
  taxBehavior: 'inclusive' | 'exclusive' | 'unspecified';
}

/** A delayed (SEPA Direct Debit) payment that settles or fails when the simulator clock reaches `dueMs`. */
interface PendingSettlement {
  dueMs: number;
  succeeds: boolean;
}

export interface CheckoutSessionRecord {
  session: Stripe.Checkout.Session;
  lines: CheckoutLine[];
  paymentIntentData: { metadata: Record<string, string>; description: string | null };
  /** In setup mode: what the SetupIntent the page creates carries. */
  setupIntentData: { metadata: Record<string, string>; description: string | null } | null;
  settlement: PendingSettlement | null;
  /** What the last try on the hosted page said, shown to the customer there. */
  lastError: string | null;
}

/** Methods Checkout offers by link, with the currencies Stripe accepts them in. */
export const checkoutMethodCurrencies: Record<string, readonly string[] | null> = {
  card: null,
  ideal: ['eur'],
  bancontact: ['eur'],
  sepa_debit: ['eur'],
  eps: ['eur'],
  p24: ['eur', 'pln'],
};

/** Stripe's SEPA test IBANs: these two fail after processing, every other valid-looking one settles. */
const failingIbans = new Set(['DE62370400440532013001', 'AT861904300235473202', 'NL82RABO0123456789']);

const minExpirySeconds = 30 * 60;
const maxExpirySeconds = 24 * 60 * 60;

export const checkoutSessionCreateParams = [
  'mode',
  'line_items',
  'currency',
  'client_reference_id',
  'metadata',
  'expires_at',
  'allowed_payment_method_types',
  'payment_intent_data',
  'setup_intent_data',
  'success_url',
  'cancel_url',
  'return_url',
  'customer_email',
  'customer',
  'billing_address_collection',
  'locale',
  'submit_type',
  'ui_mode',
  'expand',
];
export const checkoutSessionExpireParams = ['expand'];
export const checkoutSessionListParams = [
  ...listParams,
  'created',
  'payment_intent',
  'status',
  'customer',
  'customer_details',
];

export function sessionOrThrow(state: ModeState, id: string, param = 'session'): CheckoutSessionRecord {
  const record = state.checkoutSessions.get(id);
  if (record === undefined) throw noSuch('checkout.session', id, param);
  return record;
}

function readLines(params: Params): { lines: CheckoutLine[]; currency: string } {
  const raw = params.objectArray('line_items');
  if (raw === undefined || raw.length === 0) throw missingParam('line_items');
  let currency: string | null = null;
  const lines = raw.map((item, index) => {
    const name = `line_items[${index}]`;
    const line = new ParamsClass(item, ['price_data', 'quantity', 'price', 'adjustable_quantity'], name);
    if (line.has('price')) {
      throw noSuch('price', line.string('price') as string, `${name}[price]`);
    }
    const quantity = line.requiredInteger('quantity', 1);
    const data = line.object('price_data', [
      'currency',
      'unit_amount',
      'unit_amount_decimal',
      'product_data',
      'product',
      'tax_behavior',
    ]);
    if (data === undefined) throw missingParam(`${name}[price_data]`);
    const lineCurrency = readCurrency(data.requiredString('currency'), `${name}[price_data][currency]`);
    if (currency !== null && lineCurrency !== currency) {
      throw invalidParam(
        `All line items must use the same currency; line_items[0] is in ${currency}, ${name} in ${lineCurrency}.`,
        `${name}[price_data][currency]`,
      );
    }
    currency = lineCurrency;
    const unitAmount = data.requiredInteger('unit_amount', 0);
    const taxBehavior =
      data.oneOf('tax_behavior', ['inclusive', 'exclusive', 'unspecified']) ?? 'unspecified';
    const product = data.object('product_data', ['name', 'description', 'images', 'metadata', 'tax_code']);
    if (product === undefined) throw missingParam(`${name}[price_data][product_data]`);
    const productName = product.requiredString('name', 250);
    product.string('description');
    product.string('tax_code');
    product.stringArray('images');
    product.metadata();
    return { name: productName, unitAmount, quantity, taxBehavior };
  });
  return { lines, currency: currency as unknown as string };
}

function readMethods(params: Params, currency: string): string[] {
  const types = params.stringArray('allowed_payment_method_types') ?? ['card'];
  if (types.length === 0) {
    throw invalidParam(
      'Invalid array: allowed_payment_method_types must not be empty.',
      'allowed_payment_method_types',
    );
  }
  types.forEach((type, index) => {
    const currencies = checkoutMethodCurrencies[type];
    if (currencies === undefined) {
      throw invalidParam(
        `Invalid allowed_payment_method_types[${index}]: must be one of ${Object.keys(checkoutMethodCurrencies).join(', ')}`,
        `allowed_payment_method_types[${index}]`,
      );
    }
    if (currencies !== null && !currencies.includes(currency)) {
      throw invalidParam(
        `The payment method type \`${type}\` does not support the currency \`${currency}\`. Use one of: ${currencies.join(', ')}.`,
        'allowed_payment_method_types',
      );
    }
  });
  return [...new Set(types)];
}

/** The simulator's setup-mode page saves cards only. */
function readSetupMethods(params: Params): string[] {
  const types = params.stringArray('allowed_payment_method_types') ?? ['card'];
  types.forEach((type, index) => {
    if (type !== 'card') {
      throw invalidParam(
        `Invalid allowed_payment_method_types[${index}]: the simulator saves cards only in setup mode (card).`,
        `allowed_payment_method_types[${index}]`,
      );
    }
  });
  if (types.length === 0) {
    throw invalidParam(
      'Invalid array: allowed_payment_method_types must not be empty.',
      'allowed_payment_method_types',
    );
  }
  return ['card'];
}

function emptyDetails(): Stripe.Checkout.Session.CustomerDetails {
  return {
    address: null,
    business_name: null,
    email: null,
    individual_name: null,
    name: null,
    phone: null,
    tax_exempt: 'none',
    tax_ids: null,
  };
}

export function createCheckoutSession(
  scope: Scope,
  params: Params,
  hostedBase: string,
): CheckoutSessionRecord {
  const { state } = scope;
  const mode = params.oneOf('mode', ['payment', 'setup', 'subscription']);
  if (mode === undefined) throw missingParam('mode');
  if (mode === 'subscription') {
    throw invalidParam(
      'The simulator serves Checkout Sessions in payment and setup mode, not in subscription mode.',
      'mode',
    );
  }
  const setup = mode === 'setup';
  for (const [key, allowedIn] of [
    ['line_items', 'payment'],
    ['payment_intent_data', 'payment'],
    ['submit_type', 'payment'],
    ['setup_intent_data', 'setup'],
  ] as const) {
    if (params.has(key) && allowedIn !== mode) {
      throw invalidParam(`You can not pass \`${key}\` in \`${mode}\` mode.`, key);
    }
  }
  const given = params.string('currency');
  const { lines, currency } = setup
    ? { lines: [], currency: given === undefined ? null : readCurrency(given) }
    : readLines(params);
  if (!setup && given !== undefined && readCurrency(given) !== currency) {
    throw invalidParam(`currency must match the line items' currency (${currency}).`, 'currency');
  }
  const subtotal = lines.reduce((sum, l) => sum + l.unitAmount * l.quantity, 0);
  if (!setup) checkChargeAmount(subtotal, currency as string, 'line_items');
  const methods = setup ? readSetupMethods(params) : readMethods(params, currency as string);
  const now = state.clock.nowSeconds();
  const expiresAt = params.integer('expires_at') ?? now + maxExpirySeconds;
  if (expiresAt < now + minExpirySeconds) {
    throw invalidParam(
      'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.',
      'expires_at',
    );
  }
  if (expiresAt > now + maxExpirySeconds) {
    throw invalidParam(
      'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.',
      'expires_at',
    );
  }
  const clientReference = params.string('client_reference_id', { maxLength: 200 });
  const metadata = mergeMetadata({}, params.metadata());
  const intentData = params.object('payment_intent_data', [
    'metadata',
    'description',
    'capture_method',
    'receipt_email',
    'statement_descriptor',
    'statement_descriptor_suffix',
  ]);
  const intentMetadata = mergeMetadata({}, intentData?.metadata());
  const intentDescription = intentData?.string('description', { maxLength: 1000 }) ?? null;
  intentData?.oneOf('capture_method', ['automatic', 'automatic_async']);
  intentData?.string('receipt_email');
  intentData?.string('statement_descriptor', { maxLength: 22 });
  intentData?.string('statement_descriptor_suffix', { maxLength: 22 });
  const setupData = params.object('setup_intent_data', ['metadata', 'description', 'on_behalf_of']);
  const setupIntentData = setup
    ? {
        metadata: mergeMetadata({}, setupData?.metadata()),
        description: setupData?.string('description', { maxLength: 1000 }) ?? null,
      }
    : null;
  if (setupData?.has('on_behalf_of') === true) {
    throw invalidParam(
      'The simulator has no connected accounts to act on behalf of.',
      'setup_intent_data[on_behalf_of]',
    );
  }
  const successUrl = params.string('success_url', { maxLength: 5000 }) ?? null;
  const cancelUrl = params.string('cancel_url', { maxLength: 5000 }) ?? null;
  params.string('return_url');
  const customerEmail = params.string('customer_email') ?? null;
  const customer = params.string('customer');
  if (customer !== undefined && !state.customers.has(customer))
    throw noSuch('customer', customer, 'customer');
  const billing = params.oneOf('billing_address_collection', ['auto', 'required']) ?? null;
  params.string('locale');
  params.oneOf('submit_type', ['auto', 'book', 'donate', 'pay', 'subscribe']);
  const uiMode = params.oneOf('ui_mode', ['hosted', 'embedded', 'custom']) ?? 'hosted';
  if (uiMode !== 'hosted') {
    throw invalidParam('The simulator serves hosted Checkout pages only (ui_mode=hosted).', 'ui_mode');
  }
  params.expand();

  const id = `cs_${state.livemode ? 'live' : 'test'}_${randomToken(58)}`;
  const session: Stripe.Checkout.Session = {
    id,
    object: 'checkout.session',
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: methods,
    amount_subtotal: setup ? null : subtotal,
    amount_total: setup ? null : subtotal,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: billing,
    cancel_url: cancelUrl,
    client_reference_id: clientReference ?? null,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: {
      after_submit: null,
      shipping_address: null,
      submit: null,
      terms_of_service_acceptance: null,
    },
    customer: customer ?? null,
    customer_account: null,
    customer_creation: customer === undefined ? 'if_required' : null,
    customer_details: null,
    customer_email: customerEmail,
    discounts: [],
    expires_at: expiresAt,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: state.livemode,
    locale: null,
    managed_payments: null,
    metadata,
    mode,
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: setup ? 'always' : 'if_required',
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: methods,
    payment_status: setup ? 'no_payment_required' : 'unpaid',
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted',
    url: `${hostedBase}/c/pay/${id}`,
    wallet_options: null,
  };
  const record: CheckoutSessionRecord = {
    session,
    lines,
    paymentIntentData: { metadata: intentMetadata, description: intentDescription },
    setupIntentData,
    settlement: null,
    lastError: null,
  };
  state.checkoutSessions.set(id, record);
  return record;
}

export function expireCheckoutSession(scope: Scope, id: string, params: Params): CheckoutSessionRecord {
  params.expand();
  const record = sessionOrThrow(scope.state, id);
  if (record.session.status !== 'open') {
    throw invalidRequest(
      `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${record.session.status}".`,
      { code: 'checkout_session_unexpected_state' },
    );
  }
  expire(scope, record);
  return record;
}

function expire(scope: Scope, record: CheckoutSessionRecord): void {
  record.session.status = 'expired';
  record.session.url = null;
  scope.state.emit('checkout.session.expired', record.session, scope.origin);
}

export function listCheckoutSessions(
  state: ModeState,
  params: Params,
): Stripe.ApiList<Stripe.Checkout.Session> {
  const created = params.range('created');
  const intent = params.string('payment_intent');
  const status = params.oneOf('status', ['open', 'complete', 'expired']);
  params.string('customer');
  params.looseObject('customer_details');
  params.expand();
  const items = newestFirst(state.checkoutSessions.values())
    .map((r) => r.session)
    .filter(
      (s) =>
        inRange(s.created, created) &&
        (intent === undefined || s.payment_intent === intent) &&
        (status === undefined || s.status === status),
    );
  return paginate(items, params, '/v1/checkout/sessions', 'checkout.session');
}

/**
 * What time does to sessions: open ones past `expires_at` expire, delayed payments whose time has come settle or
 * fail. Run before every request, so moving the simulator clock is all a test needs to age them.
 */
export function advanceCheckout(state: ModeState): void {
  const nowSeconds = state.clock.nowSeconds();
  const nowMs = state.clock.nowMs();
  for (const record of state.checkoutSessions.values()) {
    if (record.session.status === 'open' && record.session.expires_at <= nowSeconds) {
      expire({ state, origin: null }, record);
    }
    if (record.settlement !== null && record.settlement.dueMs <= nowMs) {
      const { succeeds } = record.settlement;
      record.settlement = null;
      settle({ state, origin: null }, record, succeeds);
    }
  }
}

/** What the customer does on the hosted page. */
export type CheckoutPayment =
  | { method: 'card'; number: string }
  | { method: 'ideal' | 'bancontact' | 'eps' | 'p24'; succeed: boolean }
  | { method: 'sepa_debit'; iban: string; settleAfterMs: number };

export interface CheckoutOutcome {
  ok: boolean;
  message: string;
}

/**
 * The customer pays on the hosted page. A declined card or a failed bank redirect leaves the session open for
 * another try, as Checkout does; SEPA Direct Debit completes the session `unpaid` and settles later.
 */
export function payCheckoutSession(
  scope: Scope,
  id: string,
  payment: CheckoutPayment,
  details: { email: string | null; name: string | null },
): CheckoutOutcome {
  const { state } = scope;
  const record = sessionOrThrow(state, id);
  const session = record.session;
  if (session.status !== 'open') {
    return { ok: false, message: `This payment page is ${session.status ?? 'closed'}.` };
  }
  if (session.mode !== 'payment') {
    return { ok: false, message: 'This page saves a card; it takes no payment.' };
  }
  if (!session.payment_method_types.includes(payment.method)) {
    return { ok: false, message: `${payment.method} is not offered on this page.` };
  }
  const record2 = ensureIntent(scope, record);
  const intent = record2.intent;
  session.customer_details = { ...emptyDetails(), email: details.email, name: details.name };
  if (payment.method === 'card') {
    const card = lookupCard(payment.number.replace(/\s+/g, ''));
    if (card === undefined) {
      record.lastError = 'Your card number is invalid.';
      return { ok: false, message: record.lastError };
    }
    const pm = cardPaymentMethod(state, card, null);
    const { decline } = authorize(scope, record2, pm, card, 'card', null);
    if (decline !== null) {
      record.lastError = decline.message;
      return { ok: false, message: decline.message };
    }
    complete(scope, record, 'paid');
    return { ok: true, message: 'Payment successful.' };
  }
  const pm = alternativePaymentMethod(
    state,
    payment.method,
    payment.method === 'sepa_debit' ? payment.iban : null,
  );
  intent.payment_method = pm.id;
  if (payment.method === 'sepa_debit') {
    const iban = payment.iban.replace(/\s+/g, '').toUpperCase();
    if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) {
      record.lastError = 'Your IBAN is incomplete.';
      return { ok: false, message: record.lastError };
    }
    const charge = alternativeCharge(state, intent, pm, 'pending');
    intent.latest_charge = charge.id;
    intent.status = 'processing';
    state.emit('charge.pending', charge, scope.origin);
    state.emit('payment_intent.processing', intent, scope.origin);
    record.settlement = {
      dueMs: state.clock.nowMs() + payment.settleAfterMs,
      succeeds: !failingIbans.has(iban),
    };
    complete(scope, record, 'unpaid');
    return { ok: true, message: 'Your payment is processing.' };
  }
  if (!payment.succeed) {
    const charge = alternativeCharge(state, intent, pm, 'failed');
    intent.latest_charge = charge.id;
    intent.status = 'requires_payment_method';
    intent.payment_method = null;
    intent.last_payment_error = {
      type: 'invalid_request_error',
      code: 'payment_method_provider_decline',
      message: 'The customer failed to authorize the payment at their bank.',
      payment_method: structuredClone(pm),
    };
    state.emit('charge.failed', charge, scope.origin);
    state.emit('payment_intent.payment_failed', intent, scope.origin);
    record.lastError = 'The payment was not authorized. Try again or choose another way to pay.';
    return { ok: false, message: record.lastError };
  }
  const charge = alternativeCharge(state, intent, pm, 'succeeded');
  succeedIntent(scope, intent, charge);
  complete(scope, record, 'paid');
  return { ok: true, message: 'Payment successful.' };
}

/** What the customer types on a setup-mode page; the address only when the session requires one. */
export interface CheckoutCardSetup {
  number: string;
  name: string | null;
  email: string | null;
  address: Stripe.Address | null;
}

export interface CheckoutSetupOutcome extends CheckoutOutcome {
  /** The bank's 3D Secure page the customer is sent to before the card is saved. */
  redirect: string | null;
}

/**
 * The customer saves a card on a setup-mode page. The page confirms the session's SetupIntent (created now, as
 * Checkout does): a declined card leaves the page open with the reason, a card whose bank wants 3D Secure sends the
 * customer to authenticate first, any other card is saved and the session completes.
 */
export function saveCardOnCheckoutSession(
  scope: Scope,
  id: string,
  input: CheckoutCardSetup,
  hostedBase: string,
): CheckoutSetupOutcome {
  const { state } = scope;
  const record = sessionOrThrow(state, id);
  const session = record.session;
  const refuse = (message: string): CheckoutSetupOutcome => {
    record.lastError = message;
    return { ok: false, message, redirect: null };
  };
  if (session.status !== 'open')
    return { ok: false, message: `This page is ${session.status ?? 'closed'}.`, redirect: null };
  if (session.mode !== 'setup') return refuse('This page takes a payment; it does not save cards.');
  if (session.billing_address_collection === 'required' && input.address === null) {
    return refuse('Your billing address is incomplete.');
  }
  const card = lookupCard(input.number.replace(/\s+/g, ''));
  if (card === undefined) return refuse('Your card number is invalid.');
  const intent = ensureSetupIntent(scope, record);
  session.customer_details = {
    ...emptyDetails(),
    email: input.email,
    name: input.name,
    address: input.address,
  };
  const pm = cardPaymentMethod(state, card, null);
  pm.allow_redisplay = 'limited';
  pm.billing_details = {
    ...pm.billing_details,
    address: input.address,
    name: input.name,
    email: input.email,
  };
  try {
    confirmSetup(scope, intent, pm, card, `${hostedBase}/c/pay/${session.id}`, hostedBase);
  } catch (error) {
    if (error instanceof SimApiError) return refuse(error.body.message);
    throw error;
  }
  if (intent.status === 'requires_action') {
    record.lastError = null;
    return {
      ok: false,
      message: 'Authenticate with your bank.',
      redirect: intent.next_action?.redirect_to_url?.url ?? null,
    };
  }
  completeSetupSession(scope, record);
  return { ok: true, message: 'Card saved.', redirect: null };
}

/**
 * After the customer answered the bank's challenge: the session whose SetupIntent it was completes, or shows why
 * the card could not be saved.
 */
export function settleSetupSessions(scope: Scope, setupIntentId: string): void {
  const intent = scope.state.setupIntents.get(setupIntentId);
  if (intent === undefined) return;
  for (const record of scope.state.checkoutSessions.values()) {
    if (record.session.setup_intent !== setupIntentId || record.session.status !== 'open') continue;
    if (intent.status === 'succeeded') completeSetupSession(scope, record);
    else if (intent.last_setup_error !== null) {
      record.lastError =
        'We are unable to authenticate your payment method. Please choose a different payment method and try again.';
    }
  }
}

function completeSetupSession(scope: Scope, record: CheckoutSessionRecord): void {
  record.session.status = 'complete';
  record.session.url = null;
  record.lastError = null;
  scope.state.emit('checkout.session.completed', record.session, scope.origin);
}

function ensureSetupIntent(scope: Scope, record: CheckoutSessionRecord): Stripe.SetupIntent {
  const session = record.session;
  if (typeof session.setup_intent === 'string') {
    return scope.state.setupIntents.get(session.setup_intent) as Stripe.SetupIntent;
  }
  const data = record.setupIntentData ?? { metadata: {}, description: null };
  const form: Record<string, string | Record<string, string> | string[]> = {
    allowed_payment_method_types: session.payment_method_types,
    metadata: data.metadata,
    usage: 'off_session',
  };
  if (typeof session.customer === 'string') form['customer'] = session.customer;
  if (data.description !== null) form['description'] = data.description;
  const intent = createSetupIntent(
    scope,
    new ParamsClass(form, ['allowed_payment_method_types', 'metadata', 'usage', 'customer', 'description']),
  );
  session.setup_intent = intent.id;
  return intent;
}

function ensureIntent(scope: Scope, record: CheckoutSessionRecord) {
  const { state } = scope;
  const session = record.session;
  if (typeof session.payment_intent === 'string') {
    return state.paymentIntents.get(session.payment_intent)!;
  }
  const form: Record<string, string | Record<string, string> | string[]> = {
    amount: String(session.amount_total),
    currency: session.currency as string,
    allowed_payment_method_types: session.payment_method_types,
    metadata: record.paymentIntentData.metadata,
  };
  if (record.paymentIntentData.description !== null)
    form['description'] = record.paymentIntentData.description;
  const intentRecord = createPaymentIntent(
    scope,
    new ParamsClass(form, ['amount', 'currency', 'allowed_payment_method_types', 'metadata', 'description']),
  );
  intentRecord.intent.capture_method = 'automatic';
  session.payment_intent = intentRecord.intent.id;
  return intentRecord;
}

function complete(scope: Scope, record: CheckoutSessionRecord, paymentStatus: 'paid' | 'unpaid'): void {
  record.session.status = 'complete';
  record.session.payment_status = paymentStatus;
  record.session.url = null;
  record.lastError = null;
  scope.state.emit('checkout.session.completed', record.session, scope.origin);
}

function succeedIntent(scope: Scope, intent: Stripe.PaymentIntent, charge: Stripe.Charge): void {
  intent.latest_charge = charge.id;
  intent.status = 'succeeded';
  intent.amount_received = intent.amount;
  intent.last_payment_error = null;
  scope.state.emit('charge.succeeded', charge, scope.origin);
  scope.state.emit('payment_intent.succeeded', intent, scope.origin);
}

function settle(scope: Scope, record: CheckoutSessionRecord, succeeds: boolean): void {
  const { state } = scope;
  const intent = state.paymentIntents.get(record.session.payment_intent as string)!.intent;
  const charge = state.charges.get(intent.latest_charge as string)!;
  if (succeeds) {
    charge.status = 'succeeded';
    charge.paid = true;
    charge.captured = true;
    charge.amount_captured = charge.amount;
    charge.balance_transaction = newId('txn');
    succeedIntent(scope, intent, charge);
    record.session.payment_status = 'paid';
    state.emit('checkout.session.async_payment_succeeded', record.session, scope.origin);
  } else {
    charge.status = 'failed';
    charge.failure_code = 'insufficient_funds';
    charge.failure_message = 'The customer’s account has insufficient funds to cover this payment.';
    intent.status = 'requires_payment_method';
    intent.last_payment_error = {
      type: 'invalid_request_error',
      code: 'insufficient_funds',
      message: charge.failure_message,
    };
    state.emit('charge.failed', charge, scope.origin);
    state.emit('payment_intent.payment_failed', intent, scope.origin);
    state.emit('checkout.session.async_payment_failed', record.session, scope.origin);
  }
}

function alternativePaymentMethod(state: ModeState, type: string, iban: string | null): Stripe.PaymentMethod {
  const base = {
    id: newId('pm'),
    object: 'payment_method' as const,
    billing_details: { address: null, email: null, name: 'Jenny Rosen', phone: null, tax_id: null },
    created: state.clock.nowSeconds(),
    customer: null,
    customer_account: null,
    livemode: state.livemode,
    metadata: {},
  };
  let pm: Stripe.PaymentMethod;
  switch (type) {
    case 'ideal':
      pm = { ...base, type: 'ideal', ideal: { bank: 'ing', bic: 'INGBNL2A' } };
      break;
    case 'bancontact':
      pm = { ...base, type: 'bancontact', bancontact: {} };
      break;
    case 'eps':
      pm = { ...base, type: 'eps', eps: { bank: 'bank_austria' } };
      break;
    case 'p24':
      pm = { ...base, type: 'p24', p24: { bank: 'ing' } };
      break;
    default: {
      const clean = (iban ?? '').replace(/\s+/g, '').toUpperCase();
      pm = {
        ...base,
        type: 'sepa_debit',
        sepa_debit: {
          bank_code: clean.slice(4, 12) || null,
          branch_code: null,
          country: clean.slice(0, 2) || null,
          fingerprint: randomToken(16),
          generated_from: null,
          last4: clean.slice(-4) || null,
        },
      };
    }
  }
  state.paymentMethods.set(pm.id, pm);
  return pm;
}

/** A charge for a bank-redirect or debit payment: the card fields of `newCharge` are replaced by the method's own. */
function alternativeCharge(
  state: ModeState,
  intent: Stripe.PaymentIntent,
  pm: Stripe.PaymentMethod,
  status: 'pending' | 'succeeded' | 'failed',
): Stripe.Charge {
  const placeholder = lookupCard('4242424242424242') as TestCard;
  const charge = newCharge(state, {
    intent,
    pm,
    card: placeholder,
    method: 'card',
    decline:
      status === 'failed'
        ? {
            code: 'card_declined',
            declineCode: 'generic_decline',
            message: 'The payment was not authorized.',
          }
        : null,
    capture: status === 'succeeded',
    incrementalAuthorizationSupported: false,
    reader: null,
  });
  charge.status = status;
  charge.paid = status === 'succeeded';
  if (status === 'failed') {
    charge.failure_code = 'payment_method_provider_decline';
    charge.failure_message = 'The customer failed to authorize the payment at their bank.';
  }
  charge.payment_method_details = methodDetails(pm);
  return charge;
}

function methodDetails(pm: Stripe.PaymentMethod): Stripe.Charge.PaymentMethodDetails {
  switch (pm.type) {
    case 'ideal':
      return {
        type: 'ideal',
        ideal: {
          bank: 'ing',
          bic: 'INGBNL2A',
          generated_sepa_debit: null,
          generated_sepa_debit_mandate: null,
          iban_last4: '5264',
          transaction_id: randomToken(12),
          verified_name: 'Jenny Rosen',
        },
      };
    case 'bancontact':
      return {
        type: 'bancontact',
        bancontact: {
          bank_code: 'VAPE',
          bank_name: 'VAN DE PUT & CO',
          bic: 'VAPEBE22',
          generated_sepa_debit: null,
          generated_sepa_debit_mandate: null,
          iban_last4: '7061',
          preferred_language: 'en',
          verified_name: 'Jenny Rosen',
        },
      };
    case 'eps':
      return { type: 'eps', eps: { bank: 'bank_austria', verified_name: 'Jenny Rosen' } };
    case 'p24':
      return { type: 'p24', p24: { bank: 'ing', reference: randomToken(10), verified_name: 'Jenny Rosen' } };
    default:
      return {
        type: 'sepa_debit',
        sepa_debit: {
          bank_code: pm.sepa_debit?.bank_code ?? null,
          branch_code: null,
          country: pm.sepa_debit?.country ?? null,
          fingerprint: pm.sepa_debit?.fingerprint ?? null,
          last4: pm.sepa_debit?.last4 ?? null,
          mandate: newId('mandate'),
        },
      };
  }
}

/**
 * A customer disputes a payment with their bank: Stripe marks the charge disputed and raises
 * `charge.dispute.created` (the test card 4000000000000259 does this by itself in Stripe's test mode).
 */
export function disputePayment(scope: Scope, paymentIntentId: string): Stripe.Dispute {
  const { state } = scope;
  const record = state.paymentIntents.get(paymentIntentId);
  if (record === undefined) throw noSuch('payment_intent', paymentIntentId);
  const charge =
    typeof record.intent.latest_charge === 'string'
      ? state.charges.get(record.intent.latest_charge)
      : undefined;
  if (charge === undefined || !charge.paid) {
    throw invalidRequest(`PaymentIntent ${paymentIntentId} has no successful charge to dispute.`);
  }
  charge.disputed = true;
  const evidence = {
    access_activity_log: null,
    billing_address: null,
    cancellation_policy: null,
    cancellation_policy_disclosure: null,
    cancellation_rebuttal: null,
    customer_communication: null,
    customer_email_address: null,
    customer_name: null,
    customer_purchase_ip: null,
    customer_signature: null,
    duplicate_charge_documentation: null,
    duplicate_charge_explanation: null,
    duplicate_charge_id: null,
    enhanced_evidence: {},
    product_description: null,
    receipt: null,
    refund_policy: null,
    refund_policy_disclosure: null,
    refund_refusal_explanation: null,
    service_date: null,
    service_documentation: null,
    shipping_address: null,
    shipping_carrier: null,
    shipping_date: null,
    shipping_documentation: null,
    shipping_tracking_number: null,
    uncategorized_file: null,
    uncategorized_text: null,
  };
  const dispute: Stripe.Dispute = {
    id: newId('du'),
    object: 'dispute',
    amount: charge.amount - charge.amount_refunded,
    balance_transactions: [],
    charge: charge.id,
    created: state.clock.nowSeconds(),
    currency: charge.currency,
    enhanced_eligibility_types: [],
    evidence,
    evidence_details: {
      due_by: state.clock.nowSeconds() + 7 * 24 * 60 * 60,
      enhanced_eligibility: {},
      has_evidence: false,
      past_due: false,
      submission_count: 0,
      submission_method: 'not_submitted',
    },
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: state.livemode,
    metadata: {},
    payment_intent: paymentIntentId,
    reason: 'fraudulent',
    status: 'needs_response',
  };
  state.emit('charge.dispute.created', dispute, scope.origin);
  return dispute;
}
