import type { Migration } from './index.ts';

/*
 * Cheaper sales totals (issue 16: the event sweep posts hundreds of paid links a minute). The triggers of
 * migration 15 that count an order when it becomes paid read the order back from its table and turned its time
 * into the till's local day and hour once for every line, payment and dimension: SQLite's 'localtime' asks the
 * system's time zone each time (a few microseconds each), which was most of the triggers' cost. These take the
 * order from the trigger's own row, turn its time into local time once, and count every dimension in one
 * statement. What they write is the same: `sales-totals.property.test.ts` recounts the totals from the orders.
 */

/** The totals of the order `new` (the trigger's row): one row per dimension and key, its local day once. */
const countOrder = `
  INSERT INTO sales_totals (dimension, day, key, orders, quantity, net, tax, gross)
    SELECT x.dimension, substr(d.local, 1, 10), coalesce(x.key, substr(d.local, 12, 2)), 1, x.quantity, x.net,
      x.tax, x.gross
    FROM (SELECT datetime(coalesce(new.paid_at, new.created_at) / 1000, 'unixepoch', 'localtime') AS local) d,
      (SELECT 'hour' AS dimension, NULL AS key, coalesce(sum(quantity), 0) AS quantity,
          coalesce(sum(total - tax), 0) AS net, coalesce(sum(tax), 0) AS tax, coalesce(sum(total), 0) AS gross
        FROM order_lines WHERE order_id = new.id
       UNION ALL
       SELECT 'staff', coalesce(new.sold_by_name, '—'), coalesce(sum(quantity), 0), coalesce(sum(total - tax), 0),
          coalesce(sum(tax), 0), coalesce(sum(total), 0)
        FROM order_lines WHERE order_id = new.id
       UNION ALL
       SELECT 'category', coalesce(p.category_id, ''), sum(l.quantity), sum(l.total - l.tax), sum(l.tax),
          sum(l.total)
        FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = new.id
        GROUP BY coalesce(p.category_id, '')
       UNION ALL
       SELECT 'product', name, sum(quantity), sum(total - tax), sum(tax), sum(total)
        FROM order_lines WHERE order_id = new.id GROUP BY name
       UNION ALL
       SELECT 'method', method_name, count(*), sum(amount), 0, sum(amount)
        FROM payment_lines WHERE order_id = new.id AND status = 'paid' GROUP BY method_name) x
    WHERE true
  ON CONFLICT (dimension, day, key) DO UPDATE SET orders = orders + excluded.orders,
    quantity = quantity + excluded.quantity, net = net + excluded.net, tax = tax + excluded.tax,
    gross = gross + excluded.gross;
  INSERT INTO paid_order_taxes (till_id, at, order_id, rate_bp, net, tax, gross)
    SELECT new.till_id, coalesce(new.paid_at, new.created_at), new.id, tax_rate_bp, sum(total - tax), sum(tax),
      sum(total)
    FROM order_lines WHERE order_id = new.id GROUP BY tax_rate_bp
  ON CONFLICT (till_id, at, order_id, rate_bp) DO UPDATE SET net = net + excluded.net,
    tax = tax + excluded.tax, gross = gross + excluded.gross;`;

export const cheaperSalesTotals: Migration = {
  version: 33,
  name: 'cheaper sales-totals triggers',
  up(db) {
    db.exec(`
      DROP TRIGGER sales_totals_order_paid;
      DROP TRIGGER sales_totals_order_settled;
      CREATE TRIGGER sales_totals_order_paid AFTER INSERT ON orders WHEN new.status = 'paid' BEGIN
        ${countOrder}
      END;
      CREATE TRIGGER sales_totals_order_settled AFTER UPDATE OF status ON orders
        WHEN new.status = 'paid' AND old.status != 'paid' BEGIN
        ${countOrder}
      END;
    `);
  },
};
