import type Stripe from 'stripe';
import { checkChargeAmount } from './currency.ts';
import { invalidParam, invalidRequest, noSuch } from './errors.ts';
import { mergeMetadata, type Params } from './params.ts';
import { releaseAuthorization } from './refunds.ts';
import type { ModeState, PaymentIntentRecord, Scope } from './state.ts';

/**
 * Holds (manual-capture PaymentIntents in `requires_capture`): how long an authorization stays valid, its expiry on
 * the simulator clock, and incremental authorizations, as Stripe documents them ("Place a hold on a payment method",
 * "Incremental authorizations" for Terminal).
 */

const day = 24 * 60 * 60;

/**
 * The authorization validity window Stripe gives, in seconds. In person (Terminal): Visa 5 days, the other brands
 * 2 days. Online: 7 days for a customer-initiated payment; a merchant-initiated one on Visa 4 days 18 hours (Stripe's
 * "5 days", less time for clearing), 7 days on the other brands.
 */
export function captureWindowSeconds(
  brand: string,
  method: 'card_present' | 'card',
  merchantInitiated: boolean,
): number {
  if (method === 'card_present') return brand === 'visa' ? 5 * day : 2 * day;
  if (merchantInitiated && brand === 'visa') return 4 * day + 18 * 60 * 60;
  return 7 * day;
}

/** Brands whose issuers take incremental authorizations on Terminal payments. */
const incrementBrands = ['visa', 'mastercard', 'amex', 'discover'];

/** Whether a card-present charge can be incremented: asked for at creation, and a brand that supports it. */
export function incrementSupported(requested: boolean, brand: string): boolean {
  return requested && incrementBrands.includes(brand);
}

/** Stripe allows at most 10 incremental authorization attempts per PaymentIntent, declines included. */
export const maxIncrementAttempts = 10;

/** Open holds per account and mode, with the second their authorization expires: the expiry pass reads only these. */
const openHolds = new WeakMap<ModeState, Map<string, number>>();

/** Records an authorization that now waits for capture, until `capture_before`. */
export function trackHold(state: ModeState, intentId: string, captureBefore: number): void {
  let holds = openHolds.get(state);
  if (holds === undefined) {
    holds = new Map();
    openHolds.set(state, holds);
  }
  holds.set(intentId, captureBefore);
}

/** The `capture_before` of a charge, whichever kind of card it was. */
export function captureBeforeOf(charge: Stripe.Charge): number | null {
  const details = charge.payment_method_details;
  return details?.card_present?.capture_before ?? details?.card?.capture_before ?? null;
}

/**
 * Holds whose authorization ran out on the simulator clock are released by Stripe: the PaymentIntent is canceled
 * with `cancellation_reason: 'automatic'` and the whole amount goes back to the card. Run before each request and
 * whenever the clock is moved, so a test that advances the clock sees what Stripe would show by then.
 */
export function expireHolds(state: ModeState): void {
  const holds = openHolds.get(state);
  if (holds === undefined || holds.size === 0) return;
  const now = state.clock.nowSeconds();
  for (const [id, captureBefore] of holds) {
    const record = state.paymentIntents.get(id);
    if (record === undefined || record.intent.status !== 'requires_capture') {
      holds.delete(id);
      continue;
    }
    if (captureBefore > now) continue;
    holds.delete(id);
    const intent = record.intent;
    const charge = state.charges.get(intent.latest_charge as string);
    if (charge !== undefined) releaseAuthorization(state, charge, charge.amount - charge.amount_refunded);
    intent.amount_capturable = 0;
    intent.status = 'canceled';
    intent.canceled_at = now;
    intent.cancellation_reason = 'automatic';
    state.emit('payment_intent.canceled', intent, null);
  }
}

function unexpectedState(intent: Stripe.PaymentIntent, message: string) {
  return invalidRequest(message, {
    code: 'payment_intent_unexpected_state',
    payment_intent: structuredClone(intent),
  });
}

/**
 * `POST /v1/payment_intents/:id/increment_authorization`: only a PaymentIntent in `requires_capture` whose charge
 * has `incremental_authorization_supported` (a card_present payment created with
 * `request_incremental_authorization_support`, on a brand that takes it), to a greater amount, at most 10 attempts.
 */
export function incrementAuthorization(scope: Scope, id: string, params: Params): PaymentIntentRecord {
  const { state, origin } = scope;
  const record = state.paymentIntents.get(id);
  const amount = params.requiredInteger('amount', 1);
  const description = params.string('description', { maxLength: 1000 });
  const metadata = params.metadata();
  params.string('statement_descriptor', { maxLength: 22 });
  params.expand();
  if (record === undefined) throw noSuch('payment_intent', id, 'intent');
  const intent = record.intent;
  if (intent.status !== 'requires_capture') {
    throw unexpectedState(
      intent,
      `This PaymentIntent's amount could not be incremented because it has a status of ${intent.status}. Only a PaymentIntent with a status of requires_capture may be incremented.`,
    );
  }
  const charge = state.charges.get(intent.latest_charge as string) as Stripe.Charge;
  if (charge.payment_method_details?.card_present?.incremental_authorization_supported !== true) {
    throw invalidRequest(
      'This PaymentIntent is not eligible for incremental authorization: it must be a card_present payment created with payment_method_options[card_present][request_incremental_authorization_support]=true on a card that supports it.',
      { code: 'payment_intent_invalid_parameter', param: 'amount', payment_intent: structuredClone(intent) },
    );
  }
  if (record.incrementalAuthorizations >= maxIncrementAttempts) {
    throw invalidRequest(
      `This PaymentIntent has already had the maximum of ${maxIncrementAttempts} incremental authorization attempts.`,
      { code: 'payment_intent_invalid_parameter', param: 'amount', payment_intent: structuredClone(intent) },
    );
  }
  if (amount <= intent.amount) {
    throw invalidParam(
      `The amount (${amount}) must be greater than the PaymentIntent's current amount (${intent.amount}).`,
      'amount',
    );
  }
  checkChargeAmount(amount, intent.currency);
  record.incrementalAuthorizations += 1;
  intent.amount = amount;
  intent.amount_capturable = amount;
  if (description !== undefined) intent.description = description;
  intent.metadata = mergeMetadata(intent.metadata, metadata);
  charge.amount = amount;
  const present = charge.payment_method_details.card_present;
  present.amount_authorized = amount;
  state.emit('payment_intent.amount_capturable_updated', intent, origin);
  return record;
}
