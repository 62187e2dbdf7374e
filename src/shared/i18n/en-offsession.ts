/** Later charges on a card on file (issue 13.4): the till's "Card on file" way to pay, its errors and declines. */
export const enOffSession = {
  'offsession.method': 'Card on file',
  'offsession.title': 'Charge a card on file',
  'offsession.forCustomer': 'Saved cards of {name}',
  'offsession.card': '{brand} •••• {last4}, expires {month}/{year}',
  'offsession.charge': 'Charge {amount}',
  'offsession.charging': 'Charging the card…',
  'offsession.approved': 'Approved: {amount} charged to {brand} •••• {last4}.',
  'offsession.declined': 'Not charged.',
  'offsession.needsCustomer':
    'The bank wants the customer to confirm this payment. Let them scan the code or open the link on their phone; the sale completes when they have confirmed.',
  'offsession.waitingLink': 'Asking Stripe for the link…',
  'offsession.openLink': 'Open the link',
  'offsession.tryAgain': 'Charge again',
  'offsession.cancel': 'Cancel the charge',
  'offsession.back': 'Choose another way to pay',
  'offsession.noCards': 'This customer has no saved card.',
  'decline.authRequired':
    'The bank wants the customer to confirm this payment themselves. Send them the link, or ask for another way to pay.',
  'decline.authFailed':
    'The customer did not confirm the payment with their bank. Charge again for a new link, or ask for another way to pay.',
  'err.offsession.noCard':
    'This card is not on file for the customer any more. Choose another saved card or another way to pay.',
  'err.offsession.otherCustomer':
    'This card belongs to another customer. Choose a card of the customer on this sale.',
  'err.offsession.noStripeMethod':
    'No Stripe card method is set up for the account this card was saved on. Add one in Preferences, Payment methods.',
} as const;
