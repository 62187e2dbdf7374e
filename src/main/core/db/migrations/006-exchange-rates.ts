import type { Migration } from './index.ts';

/**
 * Exchange rates (STO-3): units of a currency per one unit of the store currency, kept as the exact decimal
 * the owner typed (never a float), with the day it applies from.
 */
export const exchangeRates: Migration = {
  version: 6,
  name: 'exchange rates',
  up(db) {
    db.exec(`
      CREATE TABLE exchange_rates (
        currency   TEXT PRIMARY KEY,
        rate       TEXT NOT NULL,
        date       TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
