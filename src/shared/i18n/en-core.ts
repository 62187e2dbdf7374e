/**
 * Words the core says outside a window (issue 10): alerts, which each window reads in its own display language;
 * the headings and words of the exported CSV files and the printer's test page, in the store's language; the
 * app's start-failure dialog, in the language last chosen on this till.
 */
export const enCore = {
  'alert.integrityUnchecked':
    'The database could not be checked for damage at this start. Selling goes on as normal; if this keeps happening, tell IT and give them the log file.',
  'alert.integrityFailed':
    'The database failed its integrity check. Keep selling only cash, and ask IT to restore the latest backup.',
  'alert.mpReceiver':
    'Kassa could not listen for Mercado Pago notifications on {host}:{port} ({error}). Card payments still update by checking every few seconds; choose another address or port in the Mercado Pago settings.',
  'alert.unmatchedPayment':
    '{provider} has a payment {ref} of {amount} ({phase, select, succeeded {paid} authorized {authorized, not yet taken} canceled {canceled} declined {declined} failed {failed} other {{phase}}}) that matches no order on this till. Check it in the {provider} dashboard.',
  'alert.unmatchedEvent':
    'Stripe has a payment {ref} of {amount} ({event}) that matches no order on this till. Check it in the Stripe dashboard.',
  'alert.disputed':
    'A customer disputed a payment of {amount} ({reason}) with their bank. Answer it in the Stripe dashboard before {due}.',
  'alert.remotePaid':
    '{name} paid their {fulfilment, select, pickup {pickup} delivery {delivery} phone {phone} other {{fulfilment}}} order by link.',
  'alert.forcedNotReceived':
    'A card payment of {amount} that was forced as paid was NOT received by {provider}. Collect it another way.',
  'alert.repairOrderClosed':
    'A card payment of {amount} went through at the provider, but its order is {status, select, paid {paid} voided {voided} other {open}} and cannot count it. Check the order and refund the card if the customer paid twice.',
  'alert.repairNoAttempt':
    'A card payment of {amount} is recorded as paid but Kassa has no record of sending it to a terminal. Check the provider’s dashboard and collect it another way if it is not there.',
  'alert.repairEnded':
    'A card payment of {amount} is recorded as paid, but the provider ended it as {state, select, declined {declined} canceled {canceled} failed {failed} other {{state}}}. Check the provider’s dashboard and collect it another way if the money is not there.',
  'alert.noKeyring':
    'This computer has no keyring for Kassa ({backend}), so payment provider keys are protected only by a key file that anyone who can sign in to this computer account can read. Ask IT to set up GNOME Keyring or KWallet and start Kassa again.',
  'alert.secretUnreadable':
    'Kassa can no longer read {name}: this computer’s keyring changed. Enter it again in Preferences, under Stripe profiles or Mercado Pago.',

  'secret.mpAccessToken': 'the Mercado Pago access token',
  'secret.mpWebhookSecret': 'the Mercado Pago webhook secret',
  'secret.stripeKey': 'the Stripe secret key of profile “{profile}”',

  'csv.book.at': 'Date and time',
  'csv.book.order': 'Order number',
  'csv.book.type': 'Type',
  'csv.book.method': 'Payment method',
  'csv.book.journal': 'Journal',
  'csv.book.amount': 'Amount',
  'csv.book.brand': 'Card brand',
  'csv.book.last4': 'Card last 4',
  'csv.book.outstanding': 'Outstanding account',
  'csv.book.intermediary': 'Intermediary account',
  'csv.book.defaults': 'Default accounts',
  'csv.book.reconcile': 'Needs reconciliation',
  'csv.book.orderId': 'Order id',
  'csv.book.payment': 'payment',
  'csv.book.refund': 'refund',
  'csv.book.outstandingOnly': 'outstanding only',
  'csv.book.intermediaryOnly': 'intermediary only',
  'csv.currency': 'Currency',
  'csv.yes': 'yes',
  'csv.no': 'no',
  'csv.sales.payments': 'Payments',

  'app.startFailedTitle': 'Kassa cannot start',
  'app.startFailed': 'Kassa could not start (data folder {folder}): {reason}',
  'app.startFailedLog': 'If this keeps happening, call IT and give them the log file: {file}',

  'printing.testSize': '{columns} columns, {paper} mm',

  'refundFailure.release': 'The authorization could not be released.',
  'refundFailure.lostOrStolen': 'The card was reported lost or stolen: give the money back another way.',
  'refundFailure.expiredOrCanceled': 'The card has expired or was canceled: give the money back another way.',
  'refundFailure.disputed': 'The payment is disputed, so it cannot be refunded now.',
  'refundFailure.other': 'The card’s bank refused the refund ({code}): give the money back another way.',
} as const;
