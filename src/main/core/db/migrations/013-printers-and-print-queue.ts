import type { Migration } from './index.ts';

/*
 * Printers and the durable print queue (issue 11). Both tables are written only by the print store
 * (src/main/core/printing/print-store.ts). A receipt's job is written in the same transaction that marks its
 * order paid, so a paid order always has its receipt waiting, whatever happens to the printer or the process.
 */
export const printersAndPrintQueue: Migration = {
  version: 13,
  name: 'printers and the print queue',
  up(db) {
    db.exec(`
      CREATE TABLE printers (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('network', 'system', 'serial')),
        address     TEXT NOT NULL, -- host:port, the system printer's name, or the serial port
        columns     INTEGER NOT NULL CHECK (columns IN (32, 42, 48)),
        paper_mm    INTEGER NOT NULL CHECK (paper_mm IN (58, 80, 210)),
        codepage    TEXT NOT NULL,
        drawer_pin  INTEGER CHECK (drawer_pin IN (2, 5)), -- NULL: no drawer on this printer
        receipts    INTEGER NOT NULL DEFAULT 0 CHECK (receipts IN (0, 1)),
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;
      -- One receipt printer at most.
      CREATE UNIQUE INDEX printers_receipts ON printers(receipts) WHERE receipts = 1;

      CREATE TABLE print_jobs (
        id             TEXT PRIMARY KEY,
        kind           TEXT NOT NULL CHECK (kind IN ('receipt', 'refund', 'copy', 'drawer', 'test')),
        order_id       TEXT REFERENCES orders(id) DEFERRABLE INITIALLY DEFERRED,
        return_id      TEXT,
        printer_id     TEXT REFERENCES printers(id) ON DELETE SET NULL, -- NULL: no printer set up yet
        -- waiting: not sent yet, or sent and certainly not printed (safe to send again by itself);
        -- sending: its bytes may be on their way; uncertain: may have printed, the cashier decides.
        state          TEXT NOT NULL CHECK (state IN ('waiting', 'sending', 'printed', 'uncertain', 'canceled')),
        open_drawer    INTEGER NOT NULL DEFAULT 0 CHECK (open_drawer IN (0, 1)),
        attempts       INTEGER NOT NULL DEFAULT 0,
        last_error     TEXT,
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL,
        printed_at     INTEGER
      ) STRICT;
      CREATE INDEX print_jobs_open ON print_jobs(created_at) WHERE state IN ('waiting', 'sending', 'uncertain');
      CREATE INDEX print_jobs_order ON print_jobs(order_id);
    `);
  },
};
