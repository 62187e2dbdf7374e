/** English for what a newcomer's findings added (issue 15): the category row, refund states, card details, errors. */
export const enNewcomer = {
  'catalog.firstCategories': 'Back to the first categories',
  'status.refunded': 'Refunded',
  'status.partlyRefunded': 'Partly refunded: {amount}',
  'error.testCardSlowDown':
    '{provider} asked Kassa to slow down, so the test card was not presented. Wait a second and tap it again.',
  'error.testCardNotTaken':
    '{provider} could not be reached to present the test card. Check the connection and tap it again.',
} as const;
