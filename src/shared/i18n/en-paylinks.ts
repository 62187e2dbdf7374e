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
} as const;
