/** Cards on file at the till and Preferences → Card settings (issue 13, h-cards-ui). */
export const enCardsUi = {
  // The till: the customer's cards on file.
  'cardsui.open': 'Cards on file of {name}',
  'cardsui.title': 'Cards on file — {name}',
  'cardsui.none': 'No card saved yet. Save one at the reader or send the customer a link.',
  'cardsui.list': 'Saved cards',
  'cardsui.expires': 'expires {date}',
  'cardsui.remove': 'Remove',
  'cardsui.removeCard': 'Remove {brand} ending {last4}',
  'cardsui.removeConfirm':
    'Remove {brand} ending {last4}? It is removed at Stripe too and can no longer be charged.',
  'cardsui.keep': 'Keep the card',
  'cardsui.removeYes': 'Remove the card',
  'cardsui.add': 'Save a new card',
  'cardsui.reader': 'Reader',
  'cardsui.close': 'Close',
  'cardsui.byLink': 'By link or QR code',
  'cardsui.atReader': 'At the reader',
  'cardsui.readerTitle': 'Saving a card at {reader}',
  'cardsui.linkTitle': 'Saving a card on the customer’s phone',
  'cardsui.step.present': 'The customer taps or inserts the card',
  'cardsui.step.hold': 'A check of {amount} is authorized',
  'cardsui.step.release': 'The check is released (nothing is charged)',
  'cardsui.step.saved': 'The card is saved',
  'cardsui.state.creating': 'Starting…',
  'cardsui.state.waitingReader': 'Waiting for the card on the reader',
  'cardsui.state.waitingLink': 'Waiting for the customer to save the card on the page',
  'cardsui.state.validating': 'Checking the card…',
  'cardsui.state.releasing': 'Releasing the check…',
  'cardsui.state.saved': 'Card saved',
  'cardsui.state.refused': 'Card not saved',
  'cardsui.state.failed': 'Card not saved',
  'cardsui.state.canceled': 'Canceled',
  'cardsui.qr': 'QR code of the page to save a card',
  'cardsui.url': 'Page address',
  'cardsui.mailSubject': 'Save your card with {store}',
  'cardsui.mailBody': 'Please save your card for {store} on this secure Stripe page: {url}',
  'cardsui.saved': 'Saved: {brand} ending {last4}.',
  'cardsui.holdReleased': 'The check of {amount} was released.',
  'cardsui.demo.visa': 'Present a Visa card',
  'cardsui.demo.mastercard': 'Present a Mastercard',
  'cardsui.demo.chargeDeclined': 'Present a card the bank declines',
  'cardsui.demo.insufficientFunds': 'Present a card without funds',
  'cardsui.back': 'Back to the cards',
  'cardsui.backHint':
    'You may go back: when the customer finishes, the till still saves the card, within a minute.',
  'cardsui.fail.brand':
    'This till does not accept {brand} cards, so the card was not kept. Ask for a card of another brand.',
  'cardsui.fail.cvc':
    'The bank did not confirm the card’s security code, so the card was not kept. Ask the customer to try again or use another card.',
  'cardsui.fail.linkExpired':
    'The page expired before the customer saved a card. Start again to make a new one.',
  'cardsui.fail.notReusable': 'This card cannot be saved for later charges. Ask for another card.',
  'cardsui.fail.stale': 'Stripe could not be reached for too long, so the reader was not asked. Start again.',
  'cardsui.fail.hold': 'The check on the card was declined, so the card was not kept: {reason}',
  'err.cards.noReader':
    'No Stripe card reader is set up on this till. Add one in Preferences → Stripe readers and locations, or save the card by link.',
  'err.cards.readerUnknown':
    'Stripe does not know the reader of “{method}”. Check its serial number in Preferences → Payment methods.',
  'err.cards.notWaiting': 'The reader is not waiting for a card now.',
  'check.cardsValidatingAmount': 'Enter the check amount as an amount of money, or 0 for no check.',
  'check.cardsValidatingAmountMax': 'That is too much for a check: it is a small amount, released at once.',
  'check.cardsBrands': 'Choose at least one card brand to accept.',
  // Preferences → Card settings.
  'prefs.cards.title': 'Card settings',
  'prefs.cards.summary': 'Saving customers’ cards: the check amount, the Stripe page, the brands you accept.',
  'prefs.cards.keywords':
    'cards on file saved card tokenize validating hold cvc security code billing address brand',
  'prefs.cards.noProfile': 'Connect Stripe first (Stripe profiles): cards are saved with Stripe.',
  'prefs.cards.profile': 'Stripe profile',
  'prefs.cards.helpTitle': 'What these settings do',
  'prefs.cards.helpHold':
    'The check is authorized on the card when it is saved and released at once, so nothing is charged. A card the bank declines is not kept. 0 saves cards without a check.',
  'prefs.cards.helpCvc':
    'Stripe’s page always asks for the security code (CVC), and a card at the reader is read from its chip or tapped, so it has none. “Require a confirmed security code” keeps a card saved on the page only when the bank confirmed the code.',
  'prefs.cards.helpBrands':
    'A card of a brand you do not accept is refused with a clear message and removed at Stripe.',
  'prefs.cards.holdCard': 'Check when a card is saved',
  'prefs.cards.validatingAmount': 'Check amount ({currency})',
  'prefs.cards.validatingHint': 'Authorized and released at once; 0 for no check.',
  'prefs.cards.pageCard': 'Stripe page',
  'prefs.cards.requireCvc': 'Require a confirmed security code',
  'prefs.cards.requireCvcHint': 'Cards saved on the page only; at the reader there is no code to check.',
  'prefs.cards.billingAddress': 'Ask for the billing address',
  'prefs.cards.billingAddressHint':
    'Otherwise Stripe asks only for what the card needs (often the postal code).',
  'prefs.cards.brands': 'Accepted brands',
  'prefs.cards.brandsHint': 'Cards of other brands are not saved.',
} as const;

export type CardsUiMessages = Record<keyof typeof enCardsUi, string>;
