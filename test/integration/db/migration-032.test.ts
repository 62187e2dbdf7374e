import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { keptOrders } from '../../../src/main/core/db/migrations/032-kept-orders.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 32 (kept orders)', () => {
  it('adds kept orders to a database with open orders; one row per order, of a known kind', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < keptOrders.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.pragma('foreign_keys = OFF'); // an order of a till the test does not set up
    old
      .prepare(
        `INSERT INTO orders (id, till_id, status, currency, prices_include_tax, created_at, subtotal, discount_total,
           tax_total, total, cash_rounding, paid, change)
         VALUES ('o1', ?, 'open', 'EUR', 1, 1, 1000, 0, 0, 1000, 0, 0, 0)`,
      )
      .run('till-1');
    old.close();

    const upTo = migrations.filter((m) => m.version <= keptOrders.version);
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(keptOrders.version);
    expect(db.prepare('SELECT total FROM orders').pluck().get()).toBe(1000);
    const insert = db.prepare(
      `INSERT INTO kept_orders (order_id, kind, kept_at, kept_by) VALUES (?, ?, 5, 'Ana')`,
    );
    insert.run('o1', 'tab');
    expect(() => insert.run('o1', 'pickup')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('o2', 'tab')).toThrow(/FOREIGN KEY/);
    db.pragma('foreign_keys = OFF');
    expect(() => insert.run('o3', 'layaway')).toThrow(/CHECK/);
    expect(db.prepare('SELECT kind, approved_by FROM kept_orders').all()).toEqual([
      { kind: 'tab', approved_by: null },
    ]);
    db.close();
  });
});
