import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { paymentRepairIndexes } from '../../../src/main/core/db/migrations/012-payment-repair-indexes.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 12 (indexes for repairs in the sweep)', () => {
  it('adds the attempt and refund indexes to a database with sales and keeps the sales', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < paymentRepairIndexes.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.exec(`INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, paid, created_at, paid_at)
        VALUES ('o1', 'till-1', 1, 'paid', 'EUR', 1, 400, 0, 26, 400, 400, 1, 1);`);
    old.close();

    const upTo12 = migrations.filter((m) => m.version <= paymentRepairIndexes.version);
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo12 });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(paymentRepairIndexes.version);
    expect(db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(1);
    const indexes = db
      .prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name`)
      .pluck()
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining(['payment_attempts_updated', 'payment_attempts_line', 'refunds_line']),
    );
    db.close();
  });
});
