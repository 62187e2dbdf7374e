import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { printedZReports } from '../../../src/main/core/db/migrations/020-printed-z-reports.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 20 (printed Z reports)', () => {
  it('keeps every print job as it was, and lets a job print a Z report named by its number', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < printedZReports.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.exec(`INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, paid, created_at, paid_at)
        VALUES ('o1', 'till-1', 1, 'paid', 'EUR', 1, 400, 0, 26, 400, 400, 1, 1);
      INSERT INTO printers (id, name, kind, address, columns, paper_mm, codepage, drawer_pin, receipts, created_at, updated_at)
        VALUES ('p1', 'P', 'network', '127.0.0.1:9100', 48, 80, 'auto', 2, 1, 1, 1);
      INSERT INTO print_jobs (id, kind, order_id, printer_id, state, open_drawer, attempts, last_error, created_at, updated_at)
        VALUES ('j1', 'receipt', 'o1', 'p1', 'uncertain', 1, 2, 'connection lost', 5, 6);`);
    old.close();

    // Up to this migration only: later ones add columns of their own (migration 31's refund_id).
    const upTo = migrations.filter((m) => m.version <= printedZReports.version);
    const { db } = openDatabase(file, { log: silentLogger, migrations: upTo });
    expect(db.pragma('user_version', { simple: true })).toBe(printedZReports.version);
    expect(db.prepare('SELECT * FROM print_jobs').all()).toEqual([
      {
        id: 'j1',
        kind: 'receipt',
        order_id: 'o1',
        return_id: null,
        z_number: null,
        printer_id: 'p1',
        state: 'uncertain',
        open_drawer: 1,
        attempts: 2,
        last_error: 'connection lost',
        created_at: 5,
        updated_at: 6,
        printed_at: null,
      },
    ]);
    const job = db.prepare(
      `INSERT INTO print_jobs (id, kind, z_number, printer_id, state, created_at, updated_at) VALUES (?, ?, ?, 'p1', 'waiting', 1, 1)`,
    );
    job.run('z1', 'z_report', 3);
    expect(() => job.run('z2', 'z_report', null)).toThrow(/CHECK/);
    expect(() => job.run('z3', 'receipt', 3)).toThrow(/CHECK/);
    // The indexes the queue reads by are back.
    const indexes = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'print_jobs' AND sql IS NOT NULL`,
      )
      .pluck()
      .all();
    expect(indexes.sort()).toEqual(['print_jobs_open', 'print_jobs_order']);
    // The printer's foreign key still holds: removing it leaves its jobs without a printer.
    db.prepare(`DELETE FROM printers WHERE id = 'p1'`).run();
    expect(db.prepare(`SELECT printer_id FROM print_jobs WHERE id = 'z1'`).pluck().get()).toBeNull();
    db.close();
  });
});
