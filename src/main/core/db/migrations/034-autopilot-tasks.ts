import type { Migration } from './index.ts';

/**
 * The payment autopilot (STO-9): durable tasks that run by themselves at their due time, exactly once, across
 * restarts. Written by the autopilot's task store (src/main/core/payments/autopilot/task-store.ts) and nobody else.
 * - `idempotency_key` is the key of the task's provider call for its current attempt; it is written (and synced)
 *   before the call, and a run resumed after a crash (status `running`) sends the same key again.
 * - `dedupe` stops a rule from creating the same task twice (one task per hold and rule); a canceled task
 *   leaves room for a new one.
 * - The partial index on `due_at` keeps the scheduler's pass one index seek, whatever the number of tasks.
 */
export const autopilotTasks: Migration = {
  version: 34,
  name: 'autopilot tasks',
  up(db) {
    db.exec(`
      CREATE TABLE autopilot_tasks (
        id               TEXT PRIMARY KEY,
        kind             TEXT NOT NULL CHECK (kind IN ('capture_hold', 'release_hold', 'charge_card',
                           'retry_capture', 'release_validation')),
        subject          TEXT NOT NULL,  -- the hold, the order (charge_card) or the card setup it acts on
        order_id         TEXT REFERENCES orders(id), -- where its outcome is posted (null for a card setup)
        account          TEXT NOT NULL,  -- the Stripe account ('default' or a profile id)
        amount           INTEGER CHECK (amount IS NULL OR amount > 0),
        payment_method   TEXT,           -- the saved card a charge_card task charges
        rule             TEXT,           -- the owner's rule that made it; null when made by hand
        dedupe           TEXT,
        due_at           INTEGER NOT NULL,
        status           TEXT NOT NULL CHECK (status IN ('pending', 'running', 'done', 'failed', 'canceled')),
        attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        idempotency_key  TEXT UNIQUE,
        outcome          TEXT,           -- a code the window puts in words
        last_error       TEXT,
        created_at       INTEGER NOT NULL,
        updated_at       INTEGER NOT NULL,
        finished_at      INTEGER,
        CHECK (status != 'running' OR idempotency_key IS NOT NULL),
        CHECK (kind != 'charge_card' OR (payment_method IS NOT NULL AND amount IS NOT NULL AND order_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX autopilot_tasks_due ON autopilot_tasks(due_at) WHERE status IN ('pending', 'running');
      CREATE UNIQUE INDEX autopilot_tasks_dedupe ON autopilot_tasks(dedupe)
        WHERE dedupe IS NOT NULL AND status != 'canceled';
      CREATE INDEX autopilot_tasks_status ON autopilot_tasks(status, updated_at);
      CREATE INDEX autopilot_tasks_order ON autopilot_tasks(order_id) WHERE order_id IS NOT NULL;
    `);
  },
};
