import type { Migration } from './index.ts';

/**
 * Cards on file (STO-4). Every table here is written by the card store (src/main/core/payments/cards/card-store.ts)
 * and nobody else.
 *
 * - `stripe_customers`: the Stripe Customer of a Kassa customer on one Stripe account. The row and its idempotency
 *   key are written before Stripe is asked, so a crash before the answer is recorded re-sends the same key and finds
 *   the same Customer: one per customer and account, whatever crashes when.
 * - `card_setups`: the journal of saving one card, at a reader or on a hosted page. Each provider call's key is
 *   written before the call (the setup's own key, then the validating hold's); recovery resumes every unfinished
 *   setup from its state.
 * - `saved_cards`: the reusable cards (Stripe PaymentMethods) kept for a customer, with what the till shows of
 *   them. Removing one writes its detach key first; the row stays, marked removed, as the record of what was kept.
 * - `card_settings`: per Stripe account, the owner's card settings (validating amount, hosted-page checks, brands).
 */
export const cardsOnFile: Migration = {
  version: 17,
  name: 'cards on file',
  up(db) {
    db.exec(`
      CREATE TABLE stripe_customers (
        customer_id     TEXT NOT NULL REFERENCES customers(id),
        account         TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        stripe_customer TEXT UNIQUE, -- NULL until Stripe answered
        created_at      INTEGER NOT NULL,
        PRIMARY KEY (customer_id, account)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE card_setups (
        id              TEXT PRIMARY KEY,
        customer_id     TEXT NOT NULL REFERENCES customers(id),
        account         TEXT NOT NULL,
        channel         TEXT NOT NULL CHECK (channel IN ('reader', 'link')),
        reader          TEXT, -- the Stripe reader id, for the reader channel
        state           TEXT NOT NULL CHECK (state IN ('creating', 'waiting', 'validating', 'releasing',
                          'saved', 'refused', 'failed', 'canceled')),
        idempotency_key TEXT NOT NULL UNIQUE,
        setup_intent    TEXT UNIQUE,
        session_id      TEXT UNIQUE,
        url             TEXT,
        payment_method  TEXT, -- the reusable card, once Stripe made it
        validation_key  TEXT UNIQUE, -- written before the validating hold is asked for
        validation_intent TEXT,
        failure         TEXT, -- why the card was not kept: a decline code, 'brand', 'canceled'
        failure_brand   TEXT,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL,
        CHECK ((channel = 'reader') = (reader IS NOT NULL))
      ) STRICT;
      CREATE INDEX card_setups_open ON card_setups(state)
        WHERE state IN ('creating', 'waiting', 'validating', 'releasing');

      CREATE TABLE saved_cards (
        payment_method TEXT PRIMARY KEY,
        customer_id    TEXT NOT NULL REFERENCES customers(id),
        account        TEXT NOT NULL,
        setup_id       TEXT NOT NULL UNIQUE REFERENCES card_setups(id),
        brand          TEXT NOT NULL,
        last4          TEXT NOT NULL CHECK (length(last4) = 4),
        exp_month      INTEGER NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
        exp_year       INTEGER NOT NULL,
        state          TEXT NOT NULL CHECK (state IN ('saved', 'removing', 'removed')),
        detach_key     TEXT UNIQUE,
        created_at     INTEGER NOT NULL,
        removed_at     INTEGER
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX saved_cards_customer ON saved_cards(customer_id, state);

      CREATE TABLE card_settings (
        account           TEXT PRIMARY KEY,
        validating_amount INTEGER NOT NULL CHECK (validating_amount >= 0), -- minor units; 0 = no validating hold
        require_cvc       INTEGER NOT NULL CHECK (require_cvc IN (0, 1)),
        billing_address   INTEGER NOT NULL CHECK (billing_address IN (0, 1)),
        brands            TEXT NOT NULL -- JSON array of accepted card brands (Stripe's names)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
