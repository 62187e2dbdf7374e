import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

const upTo = (version: number) => migrations.filter((m) => m.version <= version);

describe('migration 15 (running sales totals)', () => {
  it('keeps who sold each order in the order, drops sale_staff, and counts the orders already paid', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const old = openDatabase(file, { log: silentLogger, migrations: upTo(11) }).db;
    const paidAt = new Date(2025, 5, 2, 10, 30).getTime();
    old.exec(`INSERT INTO tills (id, name) VALUES ('t', 'Till 1');
      INSERT INTO staff (id, name, role, pin_hash, pin_is_demo, created_at) VALUES ('anna', 'Anna', 'cashier', 'x', 0, 1);
      INSERT INTO categories (id, name, color, position) VALUES ('bakery', 'Bakery', '#fff', 1);
      INSERT INTO tax_rates (id, name, rate_bp) VALUES ('reduced', 'Reduced', 700) ON CONFLICT DO NOTHING;
      INSERT INTO payment_methods (id, name, journal, position) VALUES ('cash', 'Cash', 'cash', 1) ON CONFLICT DO NOTHING;
      INSERT INTO products (id, name, category_id, price, tax_rate_id) VALUES (901, 'Rye', 'bakery', 300, 'reduced');
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, paid, created_at, paid_at, sold_by, sold_by_name)
        VALUES ('o1', 't', 1, 'paid', 'EUR', 1, 600, 0, 39, 600, 600, ${paidAt}, ${paidAt}, NULL, NULL),
               ('o2', 't', 2, 'paid', 'EUR', 1, 300, 0, 20, 300, 300, ${paidAt}, ${paidAt}, 'anna', 'Anna'),
               ('o3', 't', NULL, 'open', 'EUR', 1, 300, 0, 20, 300, 0, ${paidAt}, NULL, NULL, NULL);
      INSERT INTO order_lines (order_id, position, product_id, name, quantity, unit_price, tax_rate_bp, gross, discount_total, tax, total)
        VALUES ('o1', 1, 901, 'Rye', 2, 300, 700, 600, 0, 39, 600),
               ('o2', 1, 901, 'Rye', 1, 300, 700, 300, 0, 20, 300),
               ('o3', 1, 901, 'Rye', 1, 300, 700, 300, 0, 20, 300);
      INSERT INTO payment_lines (id, order_id, method_id, method_name, journal, amount, status, created_at)
        VALUES ('p1', 'o1', 'cash', 'Cash', 'cash', 600, 'paid', ${paidAt}),
               ('p2', 'o2', 'cash', 'Cash', 'cash', 300, 'paid', ${paidAt});
      INSERT INTO sale_staff (order_id, staff_id, staff_name) VALUES ('o1', 'anna', 'Anna'), ('o2', 'anna', 'Anna (old name)');`);
    old.close();

    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo(15) });
    expect(backupFile).not.toBeNull();
    // The seller sale_staff remembered fills in an order without one; an order's own seller stays.
    expect(db.prepare('SELECT id, sold_by, sold_by_name FROM orders ORDER BY id').all()).toEqual([
      { id: 'o1', sold_by: 'anna', sold_by_name: 'Anna' },
      { id: 'o2', sold_by: 'anna', sold_by_name: 'Anna' },
      { id: 'o3', sold_by: null, sold_by_name: null },
    ]);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'sale_staff'`).pluck().get()).toBe(0);
    // Both paid orders are counted, the open one is not.
    const totals = db
      .prepare(
        'SELECT dimension, day, key, orders, quantity, net, tax, gross FROM sales_totals ORDER BY dimension, key',
      )
      .all();
    const day = '2025-06-02';
    expect(totals).toEqual([
      { dimension: 'category', day, key: 'bakery', orders: 2, quantity: 3, net: 841, tax: 59, gross: 900 },
      { dimension: 'hour', day, key: '10', orders: 2, quantity: 3, net: 841, tax: 59, gross: 900 },
      { dimension: 'method', day, key: 'Cash', orders: 2, quantity: 2, net: 900, tax: 0, gross: 900 },
      { dimension: 'product', day, key: 'Rye', orders: 2, quantity: 3, net: 841, tax: 59, gross: 900 },
      { dimension: 'staff', day, key: 'Anna', orders: 2, quantity: 3, net: 841, tax: 59, gross: 900 },
    ]);
    expect(
      db.prepare('SELECT order_id, rate_bp, gross FROM paid_order_taxes ORDER BY order_id').all(),
    ).toEqual([
      { order_id: 'o1', rate_bp: 700, gross: 600 },
      { order_id: 'o2', rate_bp: 700, gross: 300 },
    ]);
    // The open order is counted once it is paid.
    db.exec(
      `UPDATE orders SET status = 'paid', number = 3, paid = 300, paid_at = ${paidAt + 3_600_000} WHERE id = 'o3'`,
    );
    expect(
      db.prepare(`SELECT key, orders, gross FROM sales_totals WHERE dimension = 'hour' ORDER BY key`).all(),
    ).toEqual([
      { key: '10', orders: 2, gross: 900 },
      { key: '11', orders: 1, gross: 300 },
    ]);
    db.close();
  });
});
