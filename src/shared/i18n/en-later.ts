/** Charging a card on file later (issue 13, STO-9): the till's "Charge later" on the card-on-file panel. */
export const enLater = {
  'later.open': 'Charge later…',
  'later.title': 'Charge the card later',
  'later.when': 'Charge on (date and time)',
  'later.hint': 'The autopilot charges the card by itself at that time. The sale stays open until then.',
  'later.submit': 'Schedule {amount}',
  'later.cancel': 'Cancel',
  'later.noCard': 'Choose one of the customer’s saved cards first.',
  'later.noTime': 'Enter the date and time of the charge.',
  'later.scheduled':
    '{amount} will be charged to {card} on {when}. The sale stays open until then; the charge is listed in Preferences, Autopilot.',
  'later.nextSale': 'Next sale',
  'tabs.prepayCash': 'Take {amount} in cash first',
  'tabs.prepaying': 'Taking the prepayment of {amount}…',
  'tabs.prepaid': 'The prepayment of {amount} was taken in cash.',
  'err.autopilot.dueInPast': 'That time has already passed. Choose a date and time in the future.',
} as const;
export type LaterMessages = Record<keyof typeof enLater, string>;
