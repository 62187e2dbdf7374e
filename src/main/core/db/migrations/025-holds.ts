import type { Migration } from './index.ts';

/**
 * Holds (STO-5): card authorizations kept open on an order (a tab, a deposit, a rental) and captured, increased or
 * released later. The table is written by the hold store (src/main/core/payments/holds/hold-store.ts) and nobody
 * else. Each provider call's idempotency key is in the row before the call: `idempotency_key` opens the hold (the
 * PaymentIntent, then the reader with `:reader`), `capture_key`, `increase_key` and `release_key` the later steps.
 * Recovery resumes every hold with a step written but not recorded as answered.
 */
export const holds: Migration = {
  version: 25,
  name: 'holds',
  up(db) {
    db.exec(`
      CREATE TABLE holds (
        id               TEXT PRIMARY KEY,
        order_id         TEXT NOT NULL REFERENCES orders(id),
        account          TEXT NOT NULL,
        method_id        TEXT NOT NULL REFERENCES payment_methods(id), -- the line a capture adds is of this method
        channel          TEXT NOT NULL CHECK (channel IN ('reader', 'card_on_file')),
        reader           TEXT,   -- the Stripe reader, for the reader channel
        payment_method   TEXT,   -- the saved card, for the card-on-file channel
        customer_id      TEXT REFERENCES customers(id),
        currency         TEXT NOT NULL,
        amount           INTEGER NOT NULL CHECK (amount > 0), -- authorized now (grows with each increase)
        state            TEXT NOT NULL CHECK (state IN ('opening', 'waiting', 'held', 'capturing', 'captured',
                           'releasing', 'released', 'expired', 'failed')),
        idempotency_key  TEXT NOT NULL UNIQUE,
        payment_intent   TEXT UNIQUE,
        incremental      INTEGER NOT NULL DEFAULT 0 CHECK (incremental IN (0, 1)), -- Stripe will take increases
        card_brand       TEXT,
        card_last4       TEXT,
        authorized_at    INTEGER,
        capture_before   INTEGER, -- ms; from Stripe's capture_before, else per network and channel
        increase_amount  INTEGER, -- an increase asked for and not yet answered
        increase_key     TEXT UNIQUE,
        increases        INTEGER NOT NULL DEFAULT 0,
        capture_amount   INTEGER CHECK (capture_amount > 0),
        capture_key      TEXT UNIQUE,
        payment_line_id  TEXT UNIQUE, -- the paid line the capture put on the order
        release_key      TEXT UNIQUE,
        failure          TEXT,    -- a code the window puts in words
        created_at       INTEGER NOT NULL,
        updated_at       INTEGER NOT NULL,
        CHECK ((channel = 'reader') = (reader IS NOT NULL)),
        CHECK ((channel = 'card_on_file') = (payment_method IS NOT NULL)),
        CHECK (state != 'capturing' OR (capture_key IS NOT NULL AND capture_amount IS NOT NULL)),
        CHECK (state != 'releasing' OR release_key IS NOT NULL)
      ) STRICT;
      CREATE INDEX holds_order ON holds(order_id);
      CREATE INDEX holds_open ON holds(state) WHERE state IN ('opening', 'waiting', 'held', 'capturing', 'releasing');
    `);
  },
};
