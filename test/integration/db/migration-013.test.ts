import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { printersAndPrintQueue } from '../../../src/main/core/db/migrations/013-printers-and-print-queue.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 13 (printers and the print queue)', () => {
  it('adds the tables to a database with sales, keeps the sales, and allows one receipt printer', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < printersAndPrintQueue.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.exec(`INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, paid, created_at, paid_at)
        VALUES ('o1', 'till-1', 1, 'paid', 'EUR', 1, 400, 0, 26, 400, 400, 1, 1);`);
    old.close();

    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations });
    expect(backupFile).not.toBeNull();
    expect(db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(1);
    const printer = `INSERT INTO printers (id, name, kind, address, columns, paper_mm, codepage, drawer_pin, receipts, created_at, updated_at)
      VALUES (?, 'P', 'network', '127.0.0.1:9100', 48, 80, 'auto', 2, 1, 1, 1)`;
    db.prepare(printer).run('p1');
    expect(() => db.prepare(printer).run('p2')).toThrow(/UNIQUE/);
    db.prepare(
      `INSERT INTO print_jobs (id, kind, order_id, printer_id, state, created_at, updated_at) VALUES ('j1', 'receipt', 'o1', 'p1', 'waiting', 1, 1)`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO print_jobs (id, kind, printer_id, state, created_at, updated_at) VALUES ('j2', 'receipt', 'p1', 'lost', 1, 1)`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
