import type { Migration } from './index.ts';

/**
 * Shifts with cash control, Z reports and returns by line (TILL-6, TILL-8). Every table here is written by the
 * shift store (src/main/core/shifts/shift-store.ts) and nobody else.
 *
 * - A shift belongs to a till; at most one is open per till. What it covers is a stretch of time: orders paid,
 *   payment lines taken, refunds given and orders voided between opening and closing. The next shift of the
 *   till opens strictly after the previous one closed, so no sale belongs to two shifts.
 * - Z reports are numbered per till without gaps and are immutable: triggers refuse UPDATE and DELETE, and each
 *   row carries the SHA-256 hash of the previous one, so a change made behind SQLite's back (a copied file
 *   with the triggers dropped) is found by the verify command.
 * - payment_lines(created_at) gets an index: a shift's payments are read by the time they were taken.
 */
export const shiftsAndZReports: Migration = {
  version: 11,
  name: 'shifts, cash movements, Z reports and returns',
  up(db) {
    db.exec(`
      CREATE TABLE shifts (
        id             TEXT PRIMARY KEY,
        till_id        TEXT NOT NULL REFERENCES tills(id),
        status         TEXT NOT NULL CHECK (status IN ('open', 'counted', 'closed')),
        currency       TEXT NOT NULL,
        opened_at      INTEGER NOT NULL,
        opened_by      TEXT,
        opening_float  INTEGER NOT NULL CHECK (opening_float >= 0),
        opening_count  TEXT, -- JSON [[denomination, pieces], …] when counted by denomination
        counted_at     INTEGER,
        closed_at      INTEGER,
        closed_by      TEXT,
        z_number       INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX shifts_one_open_per_till ON shifts(till_id) WHERE status != 'closed';
      CREATE INDEX shifts_till ON shifts(till_id, opened_at);

      CREATE TABLE cash_movements (
        id          TEXT PRIMARY KEY, -- chosen by the till: a retried request records the movement once
        shift_id    TEXT NOT NULL REFERENCES shifts(id),
        kind        TEXT NOT NULL CHECK (kind IN ('pay_in', 'pay_out')),
        amount      INTEGER NOT NULL CHECK (amount > 0),
        reason      TEXT NOT NULL,
        staff       TEXT,
        approved_by TEXT,
        created_at  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX cash_movements_shift ON cash_movements(shift_id);

      -- The blind count at closing, per payment method; expected is filled in only after the count is in.
      CREATE TABLE shift_counts (
        shift_id      TEXT NOT NULL REFERENCES shifts(id),
        method_id     TEXT NOT NULL,
        method_name   TEXT NOT NULL,
        journal       TEXT NOT NULL,
        counted       INTEGER NOT NULL CHECK (counted >= 0),
        denominations TEXT, -- JSON [[denomination, pieces], …] for cash counted by denomination
        expected      INTEGER NOT NULL,
        reason        TEXT,
        PRIMARY KEY (shift_id, method_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE z_reports (
        till_id    TEXT NOT NULL REFERENCES tills(id),
        number     INTEGER NOT NULL CHECK (number > 0),
        shift_id   TEXT NOT NULL UNIQUE REFERENCES shifts(id),
        created_at INTEGER NOT NULL,
        body       TEXT NOT NULL, -- the report, canonical JSON (RFC 8785)
        prev_hash  TEXT NOT NULL, -- hash of Z number - 1 on this till; 64 zeros for Z 1
        hash       TEXT NOT NULL, -- SHA-256 over till, number, created_at, prev_hash and body
        PRIMARY KEY (till_id, number)
      ) STRICT;
      CREATE TRIGGER z_reports_no_update BEFORE UPDATE ON z_reports BEGIN
        SELECT RAISE(ABORT, 'Z reports cannot be changed');
      END;
      CREATE TRIGGER z_reports_no_delete BEFORE DELETE ON z_reports BEGIN
        SELECT RAISE(ABORT, 'Z reports cannot be deleted');
      END;

      CREATE TABLE returns (
        id          TEXT PRIMARY KEY, -- chosen by the till: a retried return is given once
        till_id     TEXT NOT NULL REFERENCES tills(id),
        shift_id    TEXT REFERENCES shifts(id),
        order_id    TEXT REFERENCES orders(id), -- NULL: a return without the original order (manager PIN)
        reason      TEXT NOT NULL,
        staff       TEXT,
        approved_by TEXT,
        total       INTEGER NOT NULL CHECK (total > 0),
        created_at  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX returns_order ON returns(order_id);
      CREATE INDEX returns_time ON returns(till_id, created_at);

      CREATE TABLE return_lines (
        return_id     TEXT NOT NULL REFERENCES returns(id),
        line_position INTEGER NOT NULL, -- the order line returned; 1, 2, … for a return without an order
        product_id    INTEGER,
        name          TEXT NOT NULL,
        quantity      INTEGER NOT NULL CHECK (quantity > 0),
        tax_rate_bp   INTEGER NOT NULL,
        amount        INTEGER NOT NULL CHECK (amount >= 0), -- gross, tax included
        tax           INTEGER NOT NULL,
        PRIMARY KEY (return_id, line_position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE return_payments (
        return_id       TEXT NOT NULL REFERENCES returns(id),
        position        INTEGER NOT NULL,
        method_id       TEXT NOT NULL,
        method_name     TEXT NOT NULL,
        route           TEXT NOT NULL CHECK (route IN ('card', 'cash', 'voucher', 'other')),
        amount          INTEGER NOT NULL CHECK (amount > 0),
        payment_line_id TEXT, -- the payment it goes back to
        refund_id       TEXT, -- card: the provider refund in the refunds table
        voucher_code    TEXT, -- voucher: the credit handed to the customer
        PRIMARY KEY (return_id, position)
      ) STRICT, WITHOUT ROWID;

      -- Who was signed in at the till when an order was paid, for the sales report by staff member.
      CREATE TABLE sale_staff (
        order_id   TEXT PRIMARY KEY REFERENCES orders(id),
        staff_id   TEXT,
        staff_name TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX payment_lines_created ON payment_lines(created_at);
    `);
  },
};
