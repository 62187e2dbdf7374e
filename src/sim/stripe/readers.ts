import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import {
  defaultCardNumber,
  defaultInteracNumber,
  lookupCard,
  setupDecline,
  type Decline,
  type TestCard,
} from './cards.ts';
import { invalidParam, invalidRequest, noSuch } from './errors.ts';
import { newId } from './ids.ts';
import { listParams, newestFirst, paginate } from './list.ts';
import { locationOrThrow } from './locations.ts';
import { mergeMetadata, Params } from './params.ts';
import { authorize, intentOrThrow } from './payment-intents.ts';
import { cardPaymentMethod, presentedPaymentMethod, type PresentType } from './payment-methods.ts';
import { failSetup, setupIntentOrThrow, succeedSetup } from './setup-intents.ts';
import type { ModeState, ReaderRecord, Scope } from './state.ts';

export const readerCreateParams = ['registration_code', 'label', 'location', 'metadata', 'expand'];
export const readerUpdateParams = ['label', 'metadata', 'expand'];
export const readerListParams = [...listParams, 'location', 'status', 'serial_number', 'device_type'];
export const processPaymentIntentParams = ['payment_intent', 'process_config', 'expand'];
export const processSetupIntentParams = ['setup_intent', 'allow_redisplay', 'process_config', 'expand'];
export const setReaderDisplayParams = ['type', 'cart', 'expand'];
export const presentPaymentMethodParams = [
  'type',
  'card_present',
  'interac_present',
  'card',
  'amount_tip',
  'expand',
];

/** How the simulator runs timed work (a card authorization that takes a moment), so it can stop it on close. */
export interface Scheduler {
  authorizationMs(): number;
  /** Runs `run` after `ms` on the simulator's clock; answers a function that cancels it. */
  later(ms: number, run: () => void): () => void;
}

const simulatedDevices: Record<string, Stripe.Terminal.Reader.DeviceType> = {
  'simulated-wpe': 'simulated_wisepos_e',
  'simulated-s700': 'simulated_stripe_s700',
  'simulated-s710': 'simulated_stripe_s710',
};

const labelWords = [
  ['Blue', 'Green', 'Amber', 'Silver', 'Coral', 'Olive', 'Ivory', 'Scarlet'],
  ['Rabbit', 'Heron', 'Otter', 'Falcon', 'Badger', 'Lynx', 'Marten', 'Finch'],
];

const busyMessage =
  'Reader is currently busy processing another request. Please reference the integration guide at https://stripe.com/docs/terminal/payments/collect-card-payment?terminal-sdk-platform=server-driven#handle-errors for details on how to handle this error.';
const offlineMessage =
  'Reader is currently offline, please ensure the reader is powered on and connected to the internet before retrying your request. Reference the integration guide at https://docs.stripe.com/terminal/payments/collect-card-payment?terminal-sdk-platform=server-driven#reader-offline for details on how to handle this error.';
const invalidStateMessage =
  'Payment intent must be in the requires_payment_method state to be processed by a reader.';
const customerCanceledMessage = 'This action could not be completed due to an error on the card reader.';

export function readerOrThrow(state: ModeState, id: string): ReaderRecord {
  const record = state.readers.get(id);
  if (record === undefined) throw noSuch('terminal.reader', id, 'reader');
  return record;
}

function randomLabel(): string {
  const pick = (words: string[]): string => words[Math.floor(Math.random() * words.length)] as string;
  return `${pick(labelWords[0] as string[])} ${pick(labelWords[1] as string[])}`;
}

export function createReader(state: ModeState, params: Params): Stripe.Terminal.Reader {
  const code = params.requiredString('registration_code');
  const label = params.string('label', { maxLength: 1000 });
  const locationId = params.requiredString('location');
  const metadata = mergeMetadata({}, params.metadata());
  params.expand();
  locationOrThrow(state, locationId);
  let deviceType = state.livemode ? undefined : simulatedDevices[code];
  // In live mode a pairing code is three words shown on a real reader; the simulator accepts any such code.
  if (state.livemode && /^[a-z]+-[a-z]+-[a-z]+$/.test(code) && !code.startsWith('simulated-'))
    deviceType = 'bbpos_wisepos_e';
  if (deviceType === undefined) {
    throw invalidParam(
      state.livemode
        ? `The registration code '${code}' is invalid or has expired. Generate a new pairing code on the reader (Settings > Generate pairing code) and try again.`
        : `The registration code '${code}' is invalid or has expired. In test mode, register a simulated reader with 'simulated-wpe' (WisePOS E) or 'simulated-s700' (Stripe Reader S700).`,
      'registration_code',
    );
  }
  const reader: Stripe.Terminal.Reader = {
    id: newId('tmr'),
    object: 'terminal.reader',
    action: null,
    device_sw_version: '2.37.2.0',
    device_type: deviceType,
    ip_address: state.livemode ? '192.168.1.23' : '0.0.0.0',
    label: label ?? randomLabel(),
    last_seen_at: state.clock.nowMs(),
    livemode: state.livemode,
    location: locationId,
    metadata,
    serial_number: state.livemode ? `WSC51${Math.floor(Math.random() * 1e10)}` : randomUUID(),
    status: 'online',
  };
  state.readers.set(reader.id, { reader, busy: false, authorizing: false });
  return reader;
}

export function updateReader(state: ModeState, id: string, params: Params): Stripe.Terminal.Reader {
  const { reader } = readerOrThrow(state, id);
  const label = params.nullableString('label', 1000);
  const metadata = params.metadata();
  params.expand();
  if (label !== undefined) reader.label = label ?? '';
  reader.metadata = mergeMetadata(reader.metadata, metadata);
  return reader;
}

export function deleteReader(state: ModeState, id: string): Stripe.Terminal.DeletedReader {
  const record = readerOrThrow(state, id);
  record.pending?.cancel();
  state.readers.delete(id);
  return {
    id,
    object: 'terminal.reader',
    deleted: true,
    device_type: record.reader.device_type,
    serial_number: record.reader.serial_number,
  };
}

export function listReaders(state: ModeState, params: Params): Stripe.ApiList<Stripe.Terminal.Reader> {
  const location = params.string('location');
  const status = params.oneOf('status', ['online', 'offline']);
  const serial = params.string('serial_number');
  const deviceType = params.string('device_type');
  params.expand();
  const items = newestFirst(state.readers.values())
    .map((r) => r.reader)
    .filter(
      (r) =>
        (location === undefined || r.location === location) &&
        (status === undefined || r.status === status) &&
        (serial === undefined || r.serial_number === serial) &&
        (deviceType === undefined || r.device_type === deviceType),
    );
  return paginate(items, params, '/v1/terminal/readers', 'terminal.reader');
}

function ensureReachable(state: ModeState, record: ReaderRecord): void {
  if (record.reader.status === 'offline') {
    throw invalidRequest(offlineMessage, { code: 'terminal_reader_offline' });
  }
  record.reader.last_seen_at = state.clock.nowMs();
}

function ensureIdle(record: ReaderRecord): void {
  if (record.busy || record.authorizing) {
    throw invalidRequest(busyMessage, { code: 'terminal_reader_busy', status: 409 });
  }
}

function readProcessConfig(params: Params, keys: string[]): Record<string, unknown> | undefined {
  const config = params.object('process_config', keys);
  if (config === undefined) return undefined;
  const result: Record<string, unknown> = {};
  for (const key of ['enable_customer_cancellation', 'skip_tipping']) {
    if (keys.includes(key)) {
      const value = config.boolean(key);
      if (value !== undefined) result[key] = value;
    }
  }
  if (keys.includes('tipping')) {
    const tipping = config.object('tipping', ['amount_eligible']);
    const eligible = tipping?.integer('amount_eligible', { min: 0 });
    if (eligible !== undefined) result['tipping'] = { amount_eligible: eligible };
  }
  if (keys.includes('return_url')) {
    const url = config.string('return_url');
    if (url !== undefined) result['return_url'] = url;
  }
  if (keys.includes('allow_redisplay')) config.oneOf('allow_redisplay', ['always', 'limited', 'unspecified']);
  return result;
}

/**
 * Hands a PaymentIntent to a reader. A payment still waiting for a card is replaced, as on Stripe; one whose card is
 * being authorized, or a reader marked busy, answers `terminal_reader_busy`.
 */
export function processPaymentIntent(scope: Scope, readerId: string, params: Params): Stripe.Terminal.Reader {
  const { state } = scope;
  const record = readerOrThrow(state, readerId);
  const intentId = params.requiredString('payment_intent');
  const processConfig = readProcessConfig(params, [
    'enable_customer_cancellation',
    'skip_tipping',
    'tipping',
    'return_url',
    'allow_redisplay',
  ]);
  params.expand();
  const intentRecord = intentOrThrow(state, intentId, 'payment_intent');
  ensureReachable(state, record);
  ensureIdle(record);
  const intent = intentRecord.intent;
  if (
    !intent.payment_method_types.includes('card_present') &&
    !intent.payment_method_types.includes('interac_present')
  ) {
    throw invalidRequest(
      `This PaymentIntent (${intent.id}) does not allow card_present: create it with allowed_payment_method_types including card_present to process it on a reader.`,
      { code: 'payment_intent_invalid_parameter', param: 'payment_intent' },
    );
  }
  if (intent.status !== 'requires_payment_method') {
    throw invalidRequest(invalidStateMessage, { code: 'intent_invalid_state' });
  }
  record.reader.action = {
    api_error: null,
    failure_code: null,
    failure_message: null,
    process_payment_intent: {
      payment_intent: intent.id,
      ...(processConfig === undefined ? {} : { process_config: processConfig }),
    },
    status: 'in_progress',
    type: 'process_payment_intent',
  };
  return record.reader;
}

export function processSetupIntent(scope: Scope, readerId: string, params: Params): Stripe.Terminal.Reader {
  const { state } = scope;
  const record = readerOrThrow(state, readerId);
  const intentId = params.requiredString('setup_intent');
  const redisplay = params.oneOf('allow_redisplay', ['always', 'limited', 'unspecified'], { required: true });
  const processConfig = readProcessConfig(params, ['enable_customer_cancellation']);
  params.expand();
  const intent = setupIntentOrThrow(state, intentId, 'setup_intent');
  ensureReachable(state, record);
  ensureIdle(record);
  if (!intent.payment_method_types.includes('card_present')) {
    throw invalidRequest(
      `This SetupIntent (${intent.id}) does not allow card_present: create it with allowed_payment_method_types including card_present to process it on a reader.`,
      { code: 'setup_intent_invalid_parameter', param: 'setup_intent' },
    );
  }
  if (intent.status !== 'requires_payment_method') {
    throw invalidRequest(
      'Setup intent must be in the requires_payment_method state to be processed by a reader.',
      {
        code: 'intent_invalid_state',
      },
    );
  }
  record.reader.action = {
    api_error: null,
    failure_code: null,
    failure_message: null,
    process_setup_intent: {
      setup_intent: intent.id,
      ...(processConfig === undefined ? {} : { process_config: processConfig }),
    },
    status: 'in_progress',
    type: 'process_setup_intent',
  };
  state.setupRedisplay.set(intent.id, redisplay as Stripe.PaymentMethod.AllowRedisplay);
  return record.reader;
}

export function setReaderDisplay(scope: Scope, readerId: string, params: Params): Stripe.Terminal.Reader {
  const { state } = scope;
  const record = readerOrThrow(state, readerId);
  params.oneOf('type', ['cart'], { required: true });
  const cartParams = params.object('cart', ['currency', 'line_items', 'tax', 'total']);
  params.expand();
  ensureReachable(state, record);
  ensureIdle(record);
  let cart: Stripe.Terminal.Reader.Action.SetReaderDisplay.Cart | null = null;
  if (cartParams !== undefined) {
    const items = (cartParams.objectArray('line_items') ?? []).map((raw, index) => {
      const item = new Params(raw, ['amount', 'description', 'quantity'], `cart[line_items][${index}]`);
      return {
        amount: item.requiredInteger('amount'),
        description: item.requiredString('description'),
        quantity: item.requiredInteger('quantity', 1),
      };
    });
    cart = {
      currency: cartParams.requiredString('currency').toLowerCase(),
      line_items: items,
      tax: cartParams.integer('tax') ?? null,
      total: cartParams.requiredInteger('total'),
    };
  }
  record.reader.action = {
    api_error: null,
    failure_code: null,
    failure_message: null,
    set_reader_display: { cart, type: 'cart' },
    status: 'succeeded',
    type: 'set_reader_display',
  };
  return record.reader;
}

/** Stripe cannot cancel while a card is being authorized; otherwise the waiting action fails as if canceled. */
export function cancelAction(scope: Scope, readerId: string): Stripe.Terminal.Reader {
  const { state } = scope;
  const record = readerOrThrow(state, readerId);
  ensureReachable(state, record);
  ensureIdle(record);
  const action = record.reader.action;
  if (action !== null && action.status === 'in_progress') {
    action.status = 'failed';
    action.failure_code = 'customer_canceled';
    action.failure_message = customerCanceledMessage;
    action.api_error = null;
  }
  return record.reader;
}

/** The customer presses cancel on the reader; only possible when the action enabled customer cancellation. */
export function customerCancel(scope: Scope, record: ReaderRecord): Stripe.Terminal.Reader {
  const action = record.reader.action;
  if (action === null || action.status !== 'in_progress' || record.authorizing) {
    throw new Error(
      `Reader ${record.reader.id} shows no cancel button: it has no action waiting for a card.`,
    );
  }
  const config = action.process_payment_intent?.process_config ?? action.process_setup_intent?.process_config;
  if (config?.enable_customer_cancellation !== true) {
    throw new Error(
      `Reader ${record.reader.id} shows no cancel button: the action was started without process_config[enable_customer_cancellation]=true.`,
    );
  }
  action.status = 'failed';
  action.failure_code = 'customer_canceled';
  action.failure_message = customerCanceledMessage;
  action.api_error = null;
  scope.state.emit('terminal.reader.action_failed', record.reader, scope.origin);
  return record.reader;
}

export interface Presentment {
  type: PresentType;
  number?: string;
  amountTip?: number;
}

export function readPresentment(params: Params): Presentment {
  const type = params.oneOf('type', ['card_present', 'interac_present', 'card']) ?? 'card_present';
  if (type === 'card') {
    throw invalidParam(
      'Simulated smart readers take card_present or interac_present payment methods.',
      'type',
    );
  }
  const cardPresent = params.object('card_present', ['number']);
  const interac = params.object('interac_present', ['number']);
  params.looseObject('card');
  const amountTip = params.integer('amount_tip', { min: 0 });
  params.expand();
  const number = type === 'interac_present' ? interac?.string('number') : cardPresent?.string('number');
  const presentment: Presentment = { type };
  if (number !== undefined) presentment.number = number;
  if (amountTip !== undefined) presentment.amountTip = amountTip;
  return presentment;
}

/**
 * A customer taps a card on a simulated reader. The authorization runs at once, or after the scheduler's
 * authorization time, during which the reader is busy and its action cannot be canceled.
 */
export function presentPaymentMethod(
  scope: Scope,
  record: ReaderRecord,
  presentment: Presentment,
  scheduler: Scheduler,
): Stripe.Terminal.Reader {
  const { state } = scope;
  ensureReachable(state, record);
  if (record.authorizing) throw invalidRequest(busyMessage, { code: 'terminal_reader_busy', status: 409 });
  const action = record.reader.action;
  if (action === null || action.status !== 'in_progress') {
    throw invalidRequest(
      `Reader ${record.reader.id} has no action waiting for a payment method. Start one with process_payment_intent or process_setup_intent first.`,
    );
  }
  const number =
    presentment.number ?? (presentment.type === 'interac_present' ? defaultInteracNumber : defaultCardNumber);
  const card = lookupCard(number);
  if (card === undefined) {
    throw invalidParam('Your card number is incorrect.', `${presentment.type}[number]`, 'incorrect_number');
  }
  const finish = (): void => {
    record.authorizing = false;
    delete record.pending;
    completeAction(scope, record, card, presentment);
  };
  const delay = scheduler.authorizationMs();
  if (delay > 0) {
    record.authorizing = true;
    record.pending = { cancel: scheduler.later(delay, finish), finish };
  } else {
    finish();
  }
  return record.reader;
}

/** Ends an authorization under way now instead of when its timer fires. */
export function completeAuthorization(record: ReaderRecord): void {
  const pending = record.pending;
  if (pending === undefined) {
    throw new Error(`Reader ${record.reader.id} is not authorizing a card: present one first.`);
  }
  pending.cancel();
  pending.finish();
}

function failAction(action: Stripe.Terminal.Reader.Action, decline: Decline, charge: string | null): void {
  action.status = 'failed';
  action.failure_code = decline.code;
  action.failure_message = decline.message;
  action.api_error = {
    type: 'card_error',
    code: decline.code,
    decline_code: decline.declineCode,
    message: decline.message,
    doc_url: `https://docs.stripe.com/error-codes/${decline.code.replace(/_/g, '-')}`,
    ...(charge === null ? {} : { charge }),
  };
}

function completeAction(scope: Scope, record: ReaderRecord, card: TestCard, presentment: Presentment): void {
  const { state, origin } = scope;
  const action = record.reader.action;
  if (action === null || action.status !== 'in_progress') return;
  record.reader.last_seen_at = state.clock.nowMs();
  if (action.type === 'process_payment_intent' && action.process_payment_intent !== undefined) {
    const intentId = action.process_payment_intent.payment_intent as string;
    const intentRecord = state.paymentIntents.get(intentId);
    if (intentRecord === undefined || intentRecord.intent.status !== 'requires_payment_method') {
      action.status = 'failed';
      action.failure_code = 'intent_invalid_state';
      action.failure_message = invalidStateMessage;
      action.api_error = {
        type: 'invalid_request_error',
        code: 'intent_invalid_state',
        message: invalidStateMessage,
      };
      state.emit('terminal.reader.action_failed', record.reader, origin);
      return;
    }
    const intent = intentRecord.intent;
    if (!intent.payment_method_types.includes(presentment.type)) {
      const decline: Decline = {
        code: 'card_declined',
        declineCode: 'invalid_transaction',
        message: `This PaymentIntent does not accept ${presentment.type} payments.`,
      };
      failAction(action, decline, null);
      state.emit('terminal.reader.action_failed', record.reader, origin);
      return;
    }
    if (presentment.amountTip !== undefined && presentment.amountTip > 0)
      intent.amount += presentment.amountTip;
    const pm = presentedPaymentMethod(state, card, presentment.type);
    const { charge, decline } = authorize(scope, intentRecord, pm, card, presentment.type, record.reader);
    if (decline === null) {
      action.status = 'succeeded';
      state.emit('terminal.reader.action_succeeded', record.reader, origin);
    } else {
      failAction(action, decline, charge.id);
      state.emit('terminal.reader.action_failed', record.reader, origin);
    }
    return;
  }
  if (action.type === 'process_setup_intent' && action.process_setup_intent !== undefined) {
    const intent = state.setupIntents.get(action.process_setup_intent.setup_intent as string);
    if (intent === undefined || intent.status !== 'requires_payment_method') {
      action.status = 'failed';
      action.failure_code = 'intent_invalid_state';
      action.failure_message =
        'Setup intent must be in the requires_payment_method state to be processed by a reader.';
      state.emit('terminal.reader.action_failed', record.reader, origin);
      return;
    }
    const presented = presentedPaymentMethod(state, card, presentment.type);
    // In person the chip and PIN satisfy the issuer, so only a real decline stops the card being saved.
    const decline = setupDecline(card);
    if (decline !== null) {
      failSetup(scope, intent, presented, decline);
      failAction(action, decline, null);
      state.emit('terminal.reader.action_failed', record.reader, origin);
      return;
    }
    const generated = cardPaymentMethod(state, card, { charge: null, setupAttempt: null });
    generated.allow_redisplay = state.setupRedisplay.get(intent.id) ?? 'unspecified';
    state.setupRedisplay.delete(intent.id);
    succeedSetup(scope, intent, presented, generated, {
      type: presentment.type,
      [presentment.type]: { generated_card: generated.id, offline: null },
    });
    const from = generated.card?.generated_from;
    if (from) from.setup_attempt = intent.latest_attempt as string;
    action.process_setup_intent.generated_card = generated.id;
    action.status = 'succeeded';
    state.emit('terminal.reader.action_succeeded', record.reader, origin);
  }
}
