import type { Migration } from './index.ts';

/**
 * Pay by link and the webhook-less event sweep (STO-7, STO-10). Every table here is written by the payment link
 * store (src/main/core/payments/links/link-store.ts) and nobody else.
 *
 * - A payment link is a Stripe Checkout Session for part of an order. Its row is written with its idempotency key
 *   before the session is asked for (state `creating`), so a crash before Stripe's answer is recorded re-sends the
 *   same key and finds the same session. At most one link per order is live (creating, open or awaiting
 *   settlement): a partial unique index says so, whatever the code above it does.
 * - Each link holds a pending payment line on its order, which reserves the amount it asks for; the line turns
 *   paid when Stripe says the money arrived (a delayed method only once it settled).
 * - The event sweep reads `GET /v1/events` per Stripe account from a cursor kept here; each event it handled is
 *   remembered, in the same transaction as its effect, so a sweep cut short never posts an event twice.
 * - Remote orders carry the customer's contact; link settings per Stripe profile hold the methods the owner
 *   offers by link and how long a link stays open.
 */
export const paymentLinks: Migration = {
  version: 16,
  name: 'payment links, remote orders and the Stripe event sweep',
  up(db) {
    db.exec(`
      CREATE TABLE payment_links (
        id              TEXT PRIMARY KEY,
        order_id        TEXT NOT NULL REFERENCES orders(id),
        payment_line_id TEXT NOT NULL UNIQUE REFERENCES payment_lines(id),
        method_id       TEXT NOT NULL REFERENCES payment_methods(id),
        account         TEXT NOT NULL, -- the Stripe profile id (or 'builtin'): whose events and keys
        amount          INTEGER NOT NULL CHECK (amount > 0),
        currency        TEXT NOT NULL,
        methods         TEXT NOT NULL, -- JSON array of Stripe payment method types offered
        state           TEXT NOT NULL CHECK (state IN ('creating', 'open', 'awaiting_settlement', 'paid',
                          'failed', 'expired', 'canceled')),
        idempotency_key TEXT NOT NULL UNIQUE,
        session_id      TEXT UNIQUE,
        url             TEXT,
        expires_at      INTEGER NOT NULL, -- ms
        payment_intent  TEXT,
        paid_with       TEXT, -- the payment method type the customer used
        failure         TEXT,
        dispute         TEXT, -- the reason of a dispute the customer opened with their bank
        refunded        INTEGER NOT NULL DEFAULT 0,
        next_check_at   INTEGER NOT NULL,
        checks          INTEGER NOT NULL DEFAULT 0,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX payment_links_one_live ON payment_links(order_id)
        WHERE state IN ('creating', 'open', 'awaiting_settlement');
      CREATE INDEX payment_links_live ON payment_links(state)
        WHERE state IN ('creating', 'open', 'awaiting_settlement');
      CREATE INDEX payment_links_intent ON payment_links(payment_intent);

      CREATE TABLE remote_orders (
        order_id   TEXT PRIMARY KEY REFERENCES orders(id),
        name       TEXT NOT NULL,
        email      TEXT,
        phone      TEXT,
        fulfilment TEXT NOT NULL CHECK (fulfilment IN ('pickup', 'delivery', 'phone')),
        note       TEXT,
        announced  INTEGER NOT NULL DEFAULT 0, -- the till said "paid" once
        created_at INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE link_settings (
        account         TEXT PRIMARY KEY,
        methods         TEXT NOT NULL, -- JSON array of payment method types the owner offers by link
        expiry_minutes  INTEGER NOT NULL CHECK (expiry_minutes BETWEEN 30 AND 1440)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE stripe_event_cursors (
        account       TEXT PRIMARY KEY,
        last_event_id TEXT,
        last_created  INTEGER NOT NULL, -- Unix seconds of that event
        swept_at      INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE stripe_events_seen (
        account  TEXT NOT NULL,
        event_id TEXT NOT NULL,
        type     TEXT NOT NULL,
        outcome  TEXT NOT NULL CHECK (outcome IN ('posted', 'known', 'unmatched', 'ignored')),
        created  INTEGER NOT NULL,
        PRIMARY KEY (account, event_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
