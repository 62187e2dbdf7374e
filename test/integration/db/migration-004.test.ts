import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

const upTo = (version: number) => migrations.filter((m) => m.version <= version);

describe('migration 4 (customers on orders)', () => {
  it('keeps existing orders without a customer and lets new ones name an existing customer only', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const v3 = openDatabase(file, { log: silentLogger, migrations: upTo(3) }).db;
    v3.exec(`INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, created_at)
      VALUES ('o1', 'till-1', 1, 'paid', 'EUR', 1, 100, 0, 7, 100, 1);`);
    v3.close();

    const { db } = openDatabase(file, { log: silentLogger, migrations: upTo(4) });
    expect(db.prepare(`SELECT customer_id FROM orders WHERE id = 'o1'`).pluck().get()).toBeNull();
    db.exec(`INSERT INTO customers (id, name, created_at) VALUES ('c1', 'Ada Lovelace', 1)`);
    db.exec(`UPDATE orders SET customer_id = 'c1' WHERE id = 'o1'`);
    expect(() => db.exec(`UPDATE orders SET customer_id = 'nobody' WHERE id = 'o1'`)).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
