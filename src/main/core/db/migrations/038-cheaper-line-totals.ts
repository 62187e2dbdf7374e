import type { Migration } from './index.ts';

/*
 * Cheaper sales totals for the lines of a paid order (issue 16; migration 33 did the same for the order). A
 * checkout paid at once writes its order paid first, then each line: migration 15's `sales_totals_line` then
 * turned the order's time into the till's local day four times and its hour once for every line, each a call of
 * SQLite's 'localtime' (a look at the system's time zone, a few microseconds). This one reads the order once,
 * turns its time into local time once (the order's row is read in a subquery with LIMIT, so SQLite evaluates it
 * once rather than copying the expression into each use), and writes the same rows: `migration-038.test.ts`
 * sells a day on the old and the new trigger and compares every row.
 */
export const cheaperLineTotals: Migration = {
  version: 38,
  name: 'cheaper sales-totals trigger for the lines of a paid order',
  up(db) {
    db.exec(`
      DROP TRIGGER sales_totals_line;
      CREATE TRIGGER sales_totals_line AFTER INSERT ON order_lines
        WHEN (SELECT status FROM orders WHERE id = new.order_id) = 'paid' BEGIN
        INSERT INTO sales_totals (dimension, day, key, orders, quantity, net, tax, gross)
          SELECT x.dimension, substr(o.local, 1, 10),
            CASE x.dimension WHEN 'hour' THEN substr(o.local, 12, 2) WHEN 'staff' THEN o.staff ELSE x.key END,
            x.first, new.quantity, new.total - new.tax, new.tax, new.total
          FROM (SELECT datetime(coalesce(paid_at, created_at) / 1000, 'unixepoch', 'localtime') AS local,
                  coalesce(sold_by_name, '—') AS staff
                FROM orders WHERE id = new.order_id AND status = 'paid' LIMIT 1) o,
            (SELECT 'hour' AS dimension, NULL AS key, 0 AS first
             UNION ALL
             SELECT 'staff', NULL, 0
             UNION ALL
             SELECT 'category', c.category,
               NOT EXISTS (SELECT 1 FROM order_lines l LEFT JOIN products p ON p.id = l.product_id
                 WHERE l.order_id = new.order_id AND l.position != new.position
                   AND coalesce(p.category_id, '') = c.category)
             FROM (SELECT coalesce((SELECT category_id FROM products WHERE id = new.product_id), '') AS category) c
             UNION ALL
             SELECT 'product', new.name,
               NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = new.order_id
                 AND l.position != new.position AND l.name = new.name)) x
          WHERE true
        ON CONFLICT (dimension, day, key) DO UPDATE SET orders = orders + excluded.orders,
          quantity = quantity + excluded.quantity, net = net + excluded.net, tax = tax + excluded.tax,
          gross = gross + excluded.gross;
        INSERT INTO paid_order_taxes (till_id, at, order_id, rate_bp, net, tax, gross)
          SELECT till_id, coalesce(paid_at, created_at), id, new.tax_rate_bp, new.total - new.tax, new.tax,
            new.total
          FROM orders WHERE id = new.order_id AND status = 'paid'
        ON CONFLICT (till_id, at, order_id, rate_bp) DO UPDATE SET net = net + excluded.net,
          tax = tax + excluded.tax, gross = gross + excluded.gross;
      END;
    `);
  },
};
