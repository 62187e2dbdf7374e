/** Pay by link and remote orders (STO-7, STO-10): English. */
export const enPaylinks = {
  'paylink.button': 'Pay by link',
  'paylink.buttonHint':
    'The customer pays on their own phone: a QR code and a link to Stripe’s payment page.',
  'paylink.title': 'Payment link for {amount}',
  'paylink.state.creating': 'Making the link…',
  'paylink.state.open': 'Waiting for the customer to pay. The sale completes by itself.',
  'paylink.state.awaiting_settlement': 'Paid, awaiting settlement: the bank debit settles in a few days.',
  'paylink.state.paid': 'Paid.',
  'paylink.state.failed': 'The payment did not go through.',
  'paylink.state.expired': 'The link expired before the customer paid.',
  'paylink.state.canceled': 'The link was canceled.',
  'paylink.expires': 'Open until {time}',
  'paylink.qr': 'QR code of the payment link',
  'paylink.url': 'Link',
  'paylink.copy': 'Copy link',
  'paylink.copied': 'Link copied.',
  'paylink.mail': 'Send by e-mail',
  'paylink.mailSubject': 'Your payment link from {store}',
  'paylink.mailBody': 'Please pay {amount} for your order here: {url}',
  'paylink.methods': 'Ways to pay: {methods}',
  'paylink.notOffered.currency': '{method} is not offered: it does not take {currency}.',
  'paylink.notOffered.publishableKey':
    '{method} is not offered: add the Stripe profile’s publishable key in preferences to offer it.',
  'paylink.cancel': 'Cancel link',
  'paylink.renew': 'New link',
  'paylink.otherWay': 'Take payment another way',
  'paylink.dispute': 'The customer disputed this payment with their bank ({reason}).',
  'paylink.linePending': 'link open',
  'paylink.method.card': 'Card',
  'paylink.method.ideal': 'iDEAL',
  'paylink.method.bancontact': 'Bancontact',
  'paylink.method.sepa_debit': 'SEPA Direct Debit',
  'paylink.method.eps': 'EPS',
  'paylink.method.p24': 'Przelewy24',
  'paylink.payouts.noBank':
    'Stripe has no bank account for this shop, so link payments are never paid out to you. Add one in the Stripe dashboard: Settings → Payouts.',
  'paylink.payouts.due':
    'Stripe needs more details before it pays out ({fields}). Complete them in the Stripe dashboard: Settings → Business details.',
  'paylink.payouts.paused':
    'Stripe has paused payouts on this account. Open the Stripe dashboard to see why.',
  'err.paylink.notConnected':
    'Stripe is not connected on this till yet, so no payment link can be made. Try again in a moment.',
  'err.paylink.needsStripeMethod':
    'Pay by link needs a Stripe payment method. Pick a Stripe method, or set one up in preferences.',
  'err.paylink.expiryRange':
    'A payment link stays open between 30 minutes and 24 hours (1,440 minutes). Enter a number of minutes in that range.',
  'err.paylink.chooseMethod': 'Choose at least one way to pay by link.',
  'err.paylink.alreadyOpen':
    'This order already has an open payment link. Cancel it first to make a new one.',
  'err.paylink.noMethodForCurrency':
    'None of the ways to pay by link set up for this Stripe account works in {currency}. Take this payment another way.',
  'err.paylink.nothingLeft': 'Nothing is left to pay on this order.',
  'err.paylink.refused': 'Stripe refused the payment link: {reason}',
  'err.paylink.unknown': 'That payment link no longer exists.',
  'err.paylink.cancelWhileSettling':
    'The customer has already paid by bank debit; it is waiting for the bank to settle, so the link cannot be canceled.',
  'err.paylink.stripeUnreachable': 'Stripe could not be reached: {reason}. Try again in a moment.',
  'err.paylink.refusedToEnd': 'Stripe refused to end the link: {reason}',
  'err.paylink.stillOpen': 'This payment link is still open: it needs no renewal.',
  'err.paylink.refundBeforeSettled':
    'This payment by bank debit has not settled yet, so it cannot be refunded now. Refund it once the bank has settled it (usually within a few days); the order shows when.',
} as const;
