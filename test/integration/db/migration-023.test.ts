import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { repairAtStartIndexes } from '../../../src/main/core/db/migrations/023-repair-at-start-indexes.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 23 (indexes for the repairs at start)', () => {
  it('adds the indexes of unsettled lines, attempts not succeeded and paid lines to a database with sales and keeps the sales', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < repairAtStartIndexes.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.exec(`INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, paid, created_at, paid_at)
        VALUES ('o1', 'till-1', 1, 'paid', 'EUR', 1, 400, 0, 26, 400, 400, 1, 1);`);
    old.close();

    const upTo23 = migrations.filter((m) => m.version <= repairAtStartIndexes.version);
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo23 });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(repairAtStartIndexes.version);
    expect(db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(1);
    const indexes = db
      .prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name`)
      .pluck()
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining([
        'payment_lines_unsettled',
        'payment_attempts_not_succeeded',
        'payment_lines_paid_unflagged',
      ]),
    );
    db.close();
  });
});
