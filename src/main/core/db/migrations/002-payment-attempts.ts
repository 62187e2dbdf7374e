import type { Migration } from './index.ts';

/**
 * The card payment journal, shaped for every provider: one row per payment attempt (its state machine)
 * and one row per provider request, written with its idempotency key before the request is sent (REL-1).
 * Migration 1's single payment_journal table was never written to by any release, so it is replaced.
 */
export const paymentAttempts: Migration = {
  version: 2,
  name: 'payment attempts and provider requests',
  up(db) {
    db.exec(`
      DROP TABLE payment_journal;

      CREATE TABLE payment_attempts (
        id                 TEXT PRIMARY KEY, -- also our reference in the provider's metadata
        order_id           TEXT NOT NULL REFERENCES orders(id),
        payment_line_id    TEXT NOT NULL REFERENCES payment_lines(id),
        method_id          TEXT NOT NULL REFERENCES payment_methods(id),
        provider           TEXT NOT NULL CHECK (provider IN ('stripe', 'mercadopago')),
        terminal_ref       TEXT NOT NULL,
        amount             INTEGER NOT NULL CHECK (amount > 0),
        currency           TEXT NOT NULL,
        state              TEXT NOT NULL CHECK (state IN ('created', 'sending', 'waiting_for_card', 'processing',
                             'authorized', 'succeeded', 'declined', 'canceled', 'failed', 'needs_check')),
        try_number         INTEGER NOT NULL DEFAULT 1,
        provider_ref       TEXT,
        connection_problem INTEGER NOT NULL DEFAULT 0,
        cancel_requested   INTEGER NOT NULL DEFAULT 0,
        forced             INTEGER NOT NULL DEFAULT 0, -- recorded as paid by a manager without the provider
        failure_code       TEXT,
        failure_message    TEXT,
        card_brand         TEXT,
        card_last4         TEXT,
        created_at         INTEGER NOT NULL,
        updated_at         INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX payment_attempts_unresolved ON payment_attempts(terminal_ref)
        WHERE state NOT IN ('succeeded', 'declined', 'canceled', 'failed') OR forced = 1;
      CREATE INDEX payment_attempts_order ON payment_attempts(order_id);

      CREATE TABLE provider_requests (
        id              INTEGER PRIMARY KEY,
        attempt_id      TEXT REFERENCES payment_attempts(id),
        refund_id       TEXT,
        step            TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        outcome         TEXT NOT NULL CHECK (outcome IN ('sent', 'ok', 'rejected', 'unknown', 'superseded')),
        error_code      TEXT,
        sent_at         INTEGER NOT NULL,
        answered_at     INTEGER
      ) STRICT;
      CREATE INDEX provider_requests_owner ON provider_requests(coalesce(attempt_id, refund_id), step);

      CREATE TABLE refunds (
        id              TEXT PRIMARY KEY,
        order_id        TEXT NOT NULL REFERENCES orders(id),
        payment_line_id TEXT NOT NULL REFERENCES payment_lines(id),
        amount          INTEGER NOT NULL CHECK (amount > 0),
        reason          TEXT,
        kind            TEXT NOT NULL CHECK (kind IN ('refund', 'release')),
        state           TEXT NOT NULL CHECK (state IN ('pending', 'succeeded', 'failed')),
        provider_ref    TEXT,
        failure_message TEXT,
        actor           TEXT,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX refunds_order ON refunds(order_id);

      -- Provider records that match nothing here are alerted once, not on every sweep.
      CREATE TABLE reconciliation_seen (
        provider     TEXT NOT NULL,
        provider_ref TEXT NOT NULL,
        seen_at      INTEGER NOT NULL,
        PRIMARY KEY (provider, provider_ref)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
