import type Stripe from 'stripe';
import { chargeOrThrow } from './charges.ts';
import { formatAmount } from './currency.ts';
import { invalidParam, invalidRequest, noSuch } from './errors.ts';
import { newId } from './ids.ts';
import { listParams, newestFirst, paginate } from './list.ts';
import { inRange, mergeMetadata, type Params } from './params.ts';
import type { ModeState, Scope } from './state.ts';

export const refundCreateParams = [
  'payment_intent',
  'charge',
  'amount',
  'reason',
  'metadata',
  'instructions_email',
  'refund_application_fee',
  'reverse_transfer',
  'origin',
  'expand',
];
export const refundListParams = [...listParams, 'payment_intent', 'charge', 'created'];

const reasons = ['duplicate', 'fraudulent', 'requested_by_customer'] as const;

function baseRefund(state: ModeState, charge: Stripe.Charge, amount: number): Stripe.Refund {
  return {
    id: newId('re'),
    object: 'refund',
    amount,
    balance_transaction: newId('txn'),
    charge: charge.id,
    created: state.clock.nowSeconds(),
    currency: charge.currency,
    customer: charge.customer,
    customer_account: null,
    metadata: {},
    payment_intent: typeof charge.payment_intent === 'string' ? charge.payment_intent : null,
    payment_method: charge.payment_method,
    reason: null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
}

/** What is still refundable: Stripe counts a released part of a hold as refunded, so `amount − amount_refunded`. */
export function refundableAmount(charge: Stripe.Charge): number {
  return charge.captured ? charge.amount - charge.amount_refunded : 0;
}

export function createRefund(scope: Scope, params: Params): Stripe.Refund {
  const { state } = scope;
  const intentId = params.string('payment_intent');
  const chargeId = params.string('charge');
  const amount = params.integer('amount', { min: 1 });
  const reason = params.oneOf('reason', reasons);
  const metadata = params.metadata();
  params.string('instructions_email');
  params.boolean('refund_application_fee');
  params.boolean('reverse_transfer');
  params.oneOf('origin', ['customer_balance']);
  params.expand();
  if (intentId === undefined && chargeId === undefined) {
    throw invalidParam(
      'One of the following params should be provided for this request: payment_intent or charge.',
      'charge',
    );
  }

  let charge: Stripe.Charge;
  if (intentId !== undefined) {
    const record = state.paymentIntents.get(intentId);
    if (record === undefined) throw noSuch('payment_intent', intentId, 'payment_intent');
    const intent = record.intent;
    if (intent.status === 'requires_capture') {
      throw invalidRequest(
        `This PaymentIntent (${intent.id}) has not been captured, so there is nothing to refund. Cancel the PaymentIntent to release the uncaptured funds.`,
        { code: 'charge_not_refundable', param: 'payment_intent' },
      );
    }
    const latest =
      typeof intent.latest_charge === 'string' ? state.charges.get(intent.latest_charge) : undefined;
    if (intent.status !== 'succeeded' || latest === undefined) {
      throw invalidRequest(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, {
        code: 'charge_not_refundable',
        param: 'payment_intent',
      });
    }
    if (chargeId !== undefined && chargeId !== latest.id) {
      throw invalidParam(
        `The charge ${chargeId} does not belong to the PaymentIntent ${intent.id}.`,
        'charge',
      );
    }
    charge = latest;
  } else {
    charge = chargeOrThrow(state, chargeId as string, 'charge');
    if (!charge.captured) {
      throw invalidRequest(
        `Charge ${charge.id} has not been captured, so there is nothing to refund. Cancel its PaymentIntent to release the uncaptured funds.`,
        { code: 'charge_not_refundable', param: 'charge' },
      );
    }
  }

  const remaining = refundableAmount(charge);
  if (remaining === 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, {
      code: 'charge_already_refunded',
    });
  }
  const refundAmount = amount ?? remaining;
  if (refundAmount > remaining) {
    throw invalidParam(
      `Refund amount (${formatAmount(refundAmount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
      'amount',
      'amount_too_large',
    );
  }

  const refund = baseRefund(state, charge, refundAmount);
  refund.reason = reason ?? null;
  refund.metadata = mergeMetadata({}, metadata);
  state.refunds.set(refund.id, { refund, kind: 'refund' });
  charge.amount_refunded += refundAmount;
  charge.refunded = charge.amount_refunded === charge.amount;
  scope.state.emit('refund.created', refund, scope.origin);
  scope.state.emit('charge.refunded', charge, scope.origin);
  return refund;
}

/**
 * Stripe returns the uncaptured part of a hold to the cardholder by refunding it on the charge, both when a hold is
 * captured in part and when it is canceled.
 */
export function releaseAuthorization(state: ModeState, charge: Stripe.Charge, amount: number): void {
  if (amount <= 0) return;
  const refund = baseRefund(state, charge, amount);
  state.refunds.set(refund.id, { refund, kind: 'released_authorization' });
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
}

export function retrieveRefund(state: ModeState, id: string): Stripe.Refund {
  const record = state.refunds.get(id);
  if (record === undefined) throw noSuch('refund', id);
  return structuredClone(record.refund);
}

export function listRefunds(state: ModeState, params: Params): Stripe.ApiList<Stripe.Refund> {
  const paymentIntent = params.string('payment_intent');
  const charge = params.string('charge');
  const created = params.range('created');
  params.expand();
  const items = newestFirst(state.refunds.values())
    .map((r) => r.refund)
    .filter(
      (r) =>
        (paymentIntent === undefined || r.payment_intent === paymentIntent) &&
        (charge === undefined || r.charge === charge) &&
        inRange(r.created, created),
    );
  return paginate(
    items.map((r) => structuredClone(r)),
    params,
    '/v1/refunds',
    'refund',
  );
}
