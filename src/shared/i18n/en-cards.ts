/** Cards on file (issue 13): saving a customer's card for later charges. */
export const enCards = {
  'err.cards.notConnected':
    'Stripe is not connected on this till yet, so no card can be saved. Try again in a moment.',
} as const;
