import type { Migration } from './index.ts';

/*
 * Z reports printed on the receipt printer (issue 11): a print job may now be a Z report, named by its number.
 * SQLite cannot change a CHECK constraint in place, so print_jobs is rebuilt with the same rows (the print
 * store stays its only writer; nothing references it).
 */
export const printedZReports: Migration = {
  version: 20,
  name: 'printed Z reports',
  up(db) {
    db.exec(`
      CREATE TABLE print_jobs_new (
        id             TEXT PRIMARY KEY,
        kind           TEXT NOT NULL CHECK (kind IN ('receipt', 'refund', 'copy', 'drawer', 'test', 'z_report')),
        order_id       TEXT REFERENCES orders(id) DEFERRABLE INITIALLY DEFERRED,
        return_id      TEXT,
        z_number       INTEGER, -- the Z report a z_report job prints
        printer_id     TEXT REFERENCES printers(id) ON DELETE SET NULL, -- NULL: no printer set up yet
        -- waiting: not sent yet, or sent and certainly not printed (safe to send again by itself);
        -- sending: its bytes may be on their way; uncertain: may have printed, the cashier decides.
        state          TEXT NOT NULL CHECK (state IN ('waiting', 'sending', 'printed', 'uncertain', 'canceled')),
        open_drawer    INTEGER NOT NULL DEFAULT 0 CHECK (open_drawer IN (0, 1)),
        attempts       INTEGER NOT NULL DEFAULT 0,
        last_error     TEXT,
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL,
        printed_at     INTEGER,
        CHECK ((kind = 'z_report') = (z_number IS NOT NULL))
      ) STRICT;
      INSERT INTO print_jobs_new (id, kind, order_id, return_id, printer_id, state, open_drawer, attempts,
                                  last_error, created_at, updated_at, printed_at)
        SELECT id, kind, order_id, return_id, printer_id, state, open_drawer, attempts,
               last_error, created_at, updated_at, printed_at
        FROM print_jobs ORDER BY rowid;
      DROP TABLE print_jobs;
      ALTER TABLE print_jobs_new RENAME TO print_jobs;
      CREATE INDEX print_jobs_open ON print_jobs(created_at) WHERE state IN ('waiting', 'sending', 'uncertain');
      CREATE INDEX print_jobs_order ON print_jobs(order_id);
    `);
  },
};
