/**
 * Words for codes that came through in English until now: the bookkeeping file's journal cell, and what
 * Stripe's codes mean inside alerts (a dispute's reason, the event that showed an unmatched payment). A code
 * Kassa has no words for is shown as it is (`src/shared/payments/stripe-words.ts`).
 */
export const enLang = {
  'csv.book.journalCash': 'cash',
  'csv.book.journalBank': 'bank',

  'stripe.dispute.bank_cannot_process': 'the bank cannot process it',
  'stripe.dispute.check_returned': 'cheque returned',
  'stripe.dispute.credit_not_processed': 'refund not processed',
  'stripe.dispute.customer_initiated': 'started by the customer',
  'stripe.dispute.debit_not_authorized': 'debit not authorised',
  'stripe.dispute.duplicate': 'charged twice',
  'stripe.dispute.fraudulent': 'fraud',
  'stripe.dispute.general': 'general',
  'stripe.dispute.incorrect_account_details': 'wrong account details',
  'stripe.dispute.insufficient_funds': 'insufficient funds',
  'stripe.dispute.noncompliant': 'against the card network’s rules',
  'stripe.dispute.product_not_received': 'goods not received',
  'stripe.dispute.product_unacceptable': 'goods not as described',
  'stripe.dispute.subscription_canceled': 'subscription cancelled',
  'stripe.dispute.unrecognized': 'payment not recognised',

  'stripe.event.payment_intent.succeeded': 'payment succeeded',
  'stripe.event.checkout.session.completed': 'payment page completed',
  'stripe.event.checkout.session.async_payment_succeeded': 'delayed payment succeeded',
  'stripe.event.charge.dispute.created': 'dispute opened',

  'payFailure.bankDebitFailed':
    "The customer's bank did not pay: the bank debit failed. Ask for another way to pay.",
};
