/** Holds at the till (issue 13): opening a hold from the payment screen, and what the owner is told about holds. */
export const enHoldTill = {
  'holdtill.open': 'Hold an amount',
  'holdtill.openHint': 'Hold money on the customer’s card now, and capture it later under Holds.',
  'holdtill.title': 'Hold an amount on a card',
  'holdtill.amount': 'Amount to hold',
  'holdtill.amountHint':
    'Nothing is taken yet: the bank keeps this amount for you until you capture or release it.',
  'holdtill.where': 'Card',
  'holdtill.noWhere': 'Choose the reader or a saved card for the hold.',
  'holdtill.atReader': 'At the reader: {reader}',
  'holdtill.onCard': '{brand} •••• {last4}, saved card',
  'holdtill.hold': 'Hold',
  'holdtill.close': 'Close',
  'holdtill.cancel': 'Cancel the hold',
  'holdtill.done': 'Done',
  'holdtill.held': '{amount} is held on {brand} •••• {last4}. Capture or release it under Holds.',
  'holdtill.failed': 'No hold was made: {reason}',
  'holdtill.canceled': 'The hold was canceled; nothing was held on the card.',
  'holdtill.capturedRest': '{amount} captured; the other {rest} was released back to the card.',
  'holdtill.demo.visa': 'Present a Visa card',
  'holdtill.demo.mastercard': 'Present a Mastercard',
  'holdtill.demo.declined': 'Present a card the bank declines',
  'holdtill.demo.insufficientFunds': 'Present a card without funds',
  'holdtill.refundReason': 'Reason',
  'holdtill.reason.requested_by_customer': 'The customer asked for it',
  'holdtill.reason.duplicate': 'Charged twice',
  'holdtill.reason.fraudulent': 'Fraud: the card was not the customer’s',
  'holdtill.cancelSetup': 'Stop waiting for the card',
  'err.holds.notWaiting': 'This hold is not waiting for a card at the reader now.',
  'alert.holdCaptureLess':
    'A hold was to capture {asked} for order no. {number}, but the order owes less now. Only what it owes, {amount}, was captured; the rest went back to the card.',
  'alert.holdCaptureReleased':
    'A hold was to capture {asked} for order no. {number}, but the order owes nothing now (paid another way or voided). The hold was released; nothing was taken from the card.',
  'alert.holdCaptureUnrecorded':
    'Stripe captured {amount} ({ref}) from a hold for order no. {number}, but the order was paid another way meanwhile. Refund the card in the Stripe dashboard, or settle it with the customer.',
  'alert.unmatchedHold':
    'Stripe has a card hold {ref} of {amount} ({status, select, requires_capture {held} succeeded {captured} canceled {released} other {{status}}}) made by this till that matches no hold here. Check it in the Stripe dashboard and release it if nobody needs it.',
  'alert.unmatchedSetup':
    'Stripe has a {kind, select, validation {card check} other {card saving}} {ref} made by this till that matches no customer card here. Check it in the Stripe dashboard.',
} as const;

export type HoldTillMessages = Record<keyof typeof enHoldTill, string>;
