import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 7 (card payments in a settlement currency)', () => {
  it('adds the order amount, order currency and rate to attempts, empty for the ones already there', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const v6 = openDatabase(file, { log: silentLogger, migrations: migrations.slice(0, 6) }).db;
    v6.exec(`INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');
      INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, position) VALUES ('card', 'Card', 'bank', 'stripe', 'S1', 1);
      INSERT INTO orders (id, till_id, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, created_at)
        VALUES ('o1', 'till-1', 'open', 'EUR', 1, 100, 0, 7, 100, 1);
      INSERT INTO payment_lines (id, order_id, method_id, method_name, journal, amount, status, created_at)
        VALUES ('l1', 'o1', 'card', 'Card', 'bank', 100, 'pending', 1);
      INSERT INTO payment_attempts (id, order_id, payment_line_id, method_id, provider, terminal_ref, amount, currency, state, created_at, updated_at)
        VALUES ('a1', 'o1', 'l1', 'card', 'stripe', 'S1', 100, 'EUR', 'succeeded', 1, 1);`);
    v6.close();
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: migrations.slice(0, 7) });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(
      db
        .prepare('SELECT amount, currency, order_amount, order_currency, exchange_rate FROM payment_attempts')
        .get(),
    ).toEqual({
      amount: 100,
      currency: 'EUR',
      order_amount: null,
      order_currency: null,
      exchange_rate: null,
    });
    db.close();
  });
});
