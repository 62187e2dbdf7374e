import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { holds } from '../../../src/main/core/db/migrations/025-holds.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 25 (holds)', () => {
  it('adds the holds table to a database with orders; each step key is unique and a capture needs its key', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < holds.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.pragma('foreign_keys = OFF'); // an order of a till the test does not set up
    old
      .prepare(
        `INSERT INTO orders (id, till_id, status, currency, prices_include_tax, created_at, subtotal, discount_total,
           tax_total, total, cash_rounding, paid, change)
         VALUES ('o1', ?, 'open', 'EUR', 1, 1, 1000, 0, 0, 1000, 0, 0, 0)`,
      )
      .run('till-1');
    old
      .prepare(
        `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, position) VALUES ('m1', 'Card', 'bank', 'stripe', 'SER1', 9)`,
      )
      .run();
    old.close();

    const upTo = migrations.filter((m) => m.version <= holds.version);
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(holds.version);
    expect(db.prepare('SELECT total FROM orders').pluck().get()).toBe(1000);
    const insert = db.prepare(
      `INSERT INTO holds (id, order_id, account, method_id, channel, reader, payment_method, currency, amount, state,
         idempotency_key, created_at, updated_at)
       VALUES (?, 'o1', 'default', 'm1', ?, ?, ?, 'EUR', ?, 'opening', ?, 1, 1)`,
    );
    insert.run('h1', 'reader', 'SER1', null, 5000, 'k1');
    expect(() => insert.run('h2', 'reader', 'SER1', null, 5000, 'k1')).toThrow(/UNIQUE/);
    expect(() => insert.run('h2', 'reader', null, null, 5000, 'k2')).toThrow(/CHECK/);
    expect(() => insert.run('h2', 'card_on_file', null, null, 5000, 'k2')).toThrow(/CHECK/);
    expect(() => insert.run('h2', 'reader', 'SER1', null, 0, 'k2')).toThrow(/CHECK/);
    insert.run('h2', 'card_on_file', null, 'pm_1', 5000, 'k2');
    expect(() => db.prepare(`UPDATE holds SET state = 'capturing' WHERE id = 'h1'`).run()).toThrow(/CHECK/);
    db.prepare(
      `UPDATE holds SET state = 'capturing', capture_key = 'c1', capture_amount = 100 WHERE id = 'h1'`,
    ).run();
    expect(() => db.prepare(`UPDATE holds SET capture_key = 'c1' WHERE id = 'h2'`).run()).toThrow(/UNIQUE/);
    db.close();
  });
});
