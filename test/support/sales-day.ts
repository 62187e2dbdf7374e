import type Database from 'better-sqlite3';

/**
 * A day of sales for comparing the sales-totals triggers of two migrations (the totals must be the same rows):
 * orders paid at checkout (inserted paid, lines after) and orders that become paid later (a card line settling),
 * at different hours and by two sellers and none, with two tax rates, a product in two orders and twice in one,
 * lines of no catalog product, an order paid after midnight, split payments and a refused one.
 */
export function sellADay(db: Database.Database): { totals: unknown[]; taxes: unknown[] } {
  db.exec(`INSERT INTO tills (id, name) VALUES ('t1', 'Till 1');
    INSERT INTO categories (id, name, color, position) VALUES ('drinks', 'Drinks', '#0a0', 1);
    INSERT INTO tax_rates (id, name, rate_bp) VALUES ('reduced', 'Reduced', 700);
    INSERT INTO products (id, name, price, tax_rate_id, category_id, position)
      VALUES (901, 'Tea', 250, 'reduced', 'drinks', 1);
    INSERT INTO payment_methods (id, name, journal, terminal, position) VALUES
      ('cash-x', 'Cash X', 'cash', 'none', 8), ('card-x', 'Card X', 'bank', 'none', 9);`);
  const order =
    db.prepare(`INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal,
      discount_total, tax_total, total, paid, created_at, paid_at, sold_by_name)
    VALUES (?, 't1', ?, ?, 'EUR', 1, ?, 0, 0, ?, ?, ?, ?, ?)`);
  const line =
    db.prepare(`INSERT INTO order_lines (order_id, position, product_id, name, quantity, unit_price,
      tax_rate_bp, gross, discount_total, tax, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`);
  const pay =
    db.prepare(`INSERT INTO payment_lines (id, order_id, method_id, method_name, journal, amount, status,
      created_at) VALUES (?, ?, ?, ?, 'bank', ?, ?, 1)`);
  const at = (hour: number) => new Date(2025, 4, 5, hour, 20).getTime();
  // Paid at checkout: the order is written paid first, then its lines and payments.
  order.run('a', 1, 'paid', 950, 950, 950, at(8), at(8), 'Anna');
  line.run('a', 1, 901, 'Tea', 2, 250, 700, 500, 33, 500);
  line.run('a', 2, null, 'Cake', 1, 450, 1900, 450, 72, 450);
  pay.run('a1', 'a', 'cash-x', 'Cash X', 500, 'paid');
  pay.run('a2', 'a', 'card-x', 'Card X', 450, 'paid');
  // Paid later: open with its lines, a refused card, then a card line that settles.
  order.run('b', null, 'open', 750, 750, 0, at(14), null, 'Ben');
  line.run('b', 1, 901, 'Tea', 3, 250, 700, 750, 49, 750);
  pay.run('b1', 'b', 'card-x', 'Card X', 750, 'failed');
  pay.run('b2', 'b', 'card-x', 'Card X', 750, 'pending');
  db.exec(`UPDATE payment_lines SET status = 'paid' WHERE id = 'b2';
    UPDATE orders SET status = 'paid', number = 2, paid = 750, paid_at = ${at(15)} WHERE id = 'b';`);
  // An order with no lines paid later, and one left open.
  order.run('c', null, 'open', 0, 0, 0, at(16), null, null);
  db.exec(`UPDATE orders SET status = 'paid', number = 3, paid_at = ${at(16)} WHERE id = 'c'`);
  order.run('d', null, 'open', 250, 250, 0, at(17), null, 'Ben');
  line.run('d', 1, 901, 'Tea', 1, 250, 700, 250, 16, 250);
  // Made before midnight and paid after it, at checkout, with no seller: a product on two lines, two lines of no
  // catalog product (no category) at another tax rate.
  order.run('e', 4, 'paid', 1400, 1400, 1400, at(23), at(23) + 50 * 60_000, null);
  line.run('e', 1, 901, 'Tea', 1, 250, 700, 250, 16, 250);
  line.run('e', 2, 901, 'Tea', 2, 250, 700, 500, 33, 500);
  line.run('e', 3, null, 'Cake', 1, 450, 1900, 450, 72, 450);
  line.run('e', 4, null, 'Scone', 1, 200, 1900, 200, 32, 200);
  pay.run('e1', 'e', 'cash-x', 'Cash X', 1400, 'paid');
  return {
    totals: db.prepare('SELECT * FROM sales_totals ORDER BY dimension, day, key').all(),
    taxes: db.prepare('SELECT * FROM paid_order_taxes ORDER BY order_id, rate_bp').all(),
  };
}
