import type { MessageKey } from '../i18n/translate.ts';

/**
 * Stripe's codes that an alert names, as catalog keys: a dispute's reason (the values Stripe documents for
 * `dispute.reason`) and the event types that can show an unmatched payment. An alert passes the code as it is
 * and, when Kassa has words for it, the key as `<name>Key`, which each window says in its language (`say`); a
 * code Stripe adds later is shown as the code.
 */
const disputeReasons: Readonly<Record<string, MessageKey>> = {
  bank_cannot_process: 'stripe.dispute.bank_cannot_process',
  check_returned: 'stripe.dispute.check_returned',
  credit_not_processed: 'stripe.dispute.credit_not_processed',
  customer_initiated: 'stripe.dispute.customer_initiated',
  debit_not_authorized: 'stripe.dispute.debit_not_authorized',
  duplicate: 'stripe.dispute.duplicate',
  fraudulent: 'stripe.dispute.fraudulent',
  general: 'stripe.dispute.general',
  incorrect_account_details: 'stripe.dispute.incorrect_account_details',
  insufficient_funds: 'stripe.dispute.insufficient_funds',
  noncompliant: 'stripe.dispute.noncompliant',
  product_not_received: 'stripe.dispute.product_not_received',
  product_unacceptable: 'stripe.dispute.product_unacceptable',
  subscription_canceled: 'stripe.dispute.subscription_canceled',
  unrecognized: 'stripe.dispute.unrecognized',
};

const eventTypes: Readonly<Record<string, MessageKey>> = {
  'payment_intent.succeeded': 'stripe.event.payment_intent.succeeded',
  'checkout.session.completed': 'stripe.event.checkout.session.completed',
  'checkout.session.async_payment_succeeded': 'stripe.event.checkout.session.async_payment_succeeded',
  'charge.dispute.created': 'stripe.event.charge.dispute.created',
};

const own = (map: Readonly<Record<string, MessageKey>>, code: string): MessageKey | undefined =>
  Object.hasOwn(map, code) ? map[code] : undefined;

/** An alert's value for a Stripe code: `{ [name]: code }`, plus `{ [name + 'Key']: key }` when there are words. */
function coded(name: string, code: string, key: MessageKey | undefined): Record<string, string> {
  return key === undefined ? { [name]: code } : { [name]: code, [`${name}Key`]: key };
}

/** The catalog key for a dispute's reason, or none for a reason Kassa has no words for. */
export const disputeReasonKey = (reason: string): MessageKey | undefined => own(disputeReasons, reason);

export const disputeReasonValues = (name: string, reason: string) =>
  coded(name, reason, own(disputeReasons, reason));

export const eventTypeValues = (name: string, type: string) => coded(name, type, own(eventTypes, type));

/** Which value of which alert is a Stripe code, and the table that words it. */
const codedValues: Readonly<Record<string, { name: string; map: Readonly<Record<string, MessageKey>> }>> = {
  'alert.disputed': { name: 'reason', map: disputeReasons },
  'alert.unmatchedEvent': { name: 'event', map: eventTypes },
};

/**
 * An alert's values with the key for its Stripe code added where the alert has the code but not the key: an
 * alert raised before Kassa had words for these codes, which would otherwise show the raw code.
 */
export function withStripeWords(
  messageKey: string | undefined,
  params: Readonly<Record<string, string | number>> | undefined,
): Readonly<Record<string, string | number>> | undefined {
  const coding =
    messageKey !== undefined && Object.hasOwn(codedValues, messageKey) ? codedValues[messageKey] : undefined;
  if (params === undefined || coding === undefined) return params;
  const code = params[coding.name];
  if (typeof code !== 'string' || Object.hasOwn(params, `${coding.name}Key`)) return params;
  const key = own(coding.map, code);
  return key === undefined ? params : { ...params, [`${coding.name}Key`]: key };
}
