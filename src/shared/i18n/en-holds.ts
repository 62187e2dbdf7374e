/** Holds and tabs (issue 13): card authorizations kept open on an order, captured, increased or released later. */
export const enHolds = {
  'holds.title': 'Holds',
  'holds.empty': 'No card holds are open.',
  'holds.colAmount': 'Held',
  'holds.colCard': 'Card',
  'holds.colCustomer': 'Customer',
  'holds.colOrder': 'Order',
  'holds.colExpires': 'Expires',
  'holds.colState': 'State',
  'holds.orderOpen': 'Open, {remaining} due',
  'holds.orderNumber': 'No. {number}',
  'holds.noCustomer': 'No customer',
  'holds.cardUnknown': 'Card not read yet',
  'holds.expiresSoon': 'Expires soon: capture or release it',
  'holds.capture': 'Capture',
  'holds.captureAll': 'Capture all',
  'holds.captureAmount': 'Amount to capture',
  'holds.captureHint': 'Up to {amount}. The rest goes back to the card.',
  'holds.increase': 'Increase',
  'holds.increaseTo': 'New held amount',
  'holds.release': 'Release',
  'holds.capturedDone': '{amount} captured; the rest of the hold was released.',
  'holds.releasedDone': 'The hold was released; nothing was taken from the card.',
  'holds.increasedDone': 'The hold is now {amount}.',
  'holds.state.opening': 'Asking Stripe…',
  'holds.state.waiting': 'Waiting for the card at the reader',
  'holds.state.held': 'Held',
  'holds.state.capturing': 'Capturing…',
  'holds.state.captured': 'Captured',
  'holds.state.releasing': 'Releasing…',
  'holds.state.released': 'Released',
  'holds.state.expired': 'Expired: the bank released it',
  'holds.state.failed': 'Not held',
  'err.holds.notConnected':
    'Stripe is not connected on this till yet, so no hold can be made. Try again in a moment.',
  'err.holds.unknown': 'This hold is not on this till. Open the holds list again.',
  'err.holds.notStripe': 'A hold needs a Stripe card method. Pick one that sends to a Stripe reader.',
  'err.holds.amountPositive': 'Write an amount greater than zero.',
  'err.holds.readerUnknown':
    'Stripe has no reader with serial number {serial}. Check the card method in Preferences.',
  'err.holds.cardUnknown':
    'This card is no longer saved for the customer. Pick another card or use the reader.',
  'err.holds.captureMoreThanHeld':
    'That is more than the hold. Capture at most the held amount, or increase the hold first.',
  'err.holds.captureMoreThanDue':
    'That is more than the order still has to pay. Capture at most what is due; the rest is released.',
  'err.holds.notHeld': 'This hold is no longer open, so it cannot be changed. Open the holds list again.',
  'err.holds.increaseOnline':
    'Stripe cannot increase a hold on a card on file (online card holds in the EU cannot be increased). Release it and open a new hold for the larger amount.',
  'err.holds.increaseNotSupported':
    'This card or hold does not allow increases (only Visa, Mastercard, American Express and Discover at the reader). Release it and open a new hold for the larger amount.',
  'err.holds.increaseNotMore': 'Write a new amount greater than the amount held now.',
  'err.holds.increaseDeclined': 'The bank declined the increase ({code}). The hold keeps its earlier amount.',
  'err.holds.increaseRefused': 'Stripe refused the increase ({code}). The hold keeps its earlier amount.',
} as const;

export type HoldMessages = Record<keyof typeof enHolds, string>;
