import type { Migration } from './index.ts';

/**
 * A card payment through a Stripe profile that settles in another currency is charged in that currency
 * (STO-3). The attempt keeps what the order asked for and the rate used, so both amounts are on record.
 */
export const settlementCurrency: Migration = {
  version: 7,
  name: 'card payments in a settlement currency',
  up(db) {
    db.exec(`
      ALTER TABLE payment_attempts ADD COLUMN order_amount INTEGER;
      ALTER TABLE payment_attempts ADD COLUMN order_currency TEXT;
      ALTER TABLE payment_attempts ADD COLUMN exchange_rate TEXT;
    `);
  },
};
