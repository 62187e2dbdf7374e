import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { shiftsAndZReports } from '../../../src/main/core/db/migrations/011-shifts-and-z-reports.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 11 (shifts, cash movements, Z reports and returns)', () => {
  it('adds the shift tables to a database with sales, keeps the sales, and makes Z rows immutable', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < shiftsAndZReports.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.exec(`INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, paid, created_at, paid_at)
        VALUES ('o1', 'till-1', 1, 'paid', 'EUR', 1, 400, 0, 26, 400, 400, 1, 1);`);
    old.close();

    const upTo11 = migrations.filter((m) => m.version <= shiftsAndZReports.version);
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo11 });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(shiftsAndZReports.version);
    expect(db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(1);
    const tables = db
      .prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all();
    for (const table of [
      'shifts',
      'cash_movements',
      'shift_counts',
      'z_reports',
      'returns',
      'return_lines',
      'return_payments',
      'sale_staff',
    ])
      expect(tables).toContain(table);

    db.exec(`INSERT INTO shifts (id, till_id, status, currency, opened_at, opening_float) VALUES ('s1', 'till-1', 'closed', 'EUR', 1, 0);
      INSERT INTO z_reports (till_id, number, shift_id, created_at, body, prev_hash, hash) VALUES ('till-1', 1, 's1', 2, '{}', 'p', 'h');`);
    expect(() => db.exec(`UPDATE z_reports SET hash = 'x'`)).toThrow('Z reports cannot be changed');
    expect(() => db.exec('DELETE FROM z_reports')).toThrow('Z reports cannot be deleted');
    // One open shift per till at most.
    db.exec(
      `INSERT INTO shifts (id, till_id, status, currency, opened_at, opening_float) VALUES ('s2', 'till-1', 'open', 'EUR', 3, 0)`,
    );
    expect(() =>
      db.exec(
        `INSERT INTO shifts (id, till_id, status, currency, opened_at, opening_float) VALUES ('s3', 'till-1', 'open', 'EUR', 4, 0)`,
      ),
    ).toThrow(/UNIQUE/);
    db.close();
  });
});
