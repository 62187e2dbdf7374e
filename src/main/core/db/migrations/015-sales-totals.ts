import type { Migration } from './index.ts';

/**
 * Running sales totals, so that a year's sales report and a busy shift's Z read a few thousand rows instead of
 * every order line (issue 12: a year of 300,000 orders took ten seconds to report, a Z of 10,000 orders a third
 * of a second). Order lines are keyed by their order's random UUID, so reading a period's lines jumps to another
 * page of the file for every order; no index on the lines can fix that, because a line does not know when it
 * was sold.
 *
 * - `sales_totals`: per shop day, what was sold per hour, staff member, category, product and payment method —
 *   the sales reports read these rows. The day and the hour are the till's local ones when the order was paid,
 *   as the reports always counted them; the category is the one the product was in when it was sold.
 * - `paid_order_taxes`: each paid order's net, tax and gross per tax rate, stored in the order it was paid, so
 *   the X and the Z read a shift's taxes as one stretch of the file.
 *
 * Both are kept by triggers of the orders' own tables, in the statement that changes the order, so they commit
 * or roll back with the sale whoever writes it (the order service, a payment transition, a recovery repair). A
 * paid order is final: its day, seller, till and lines cannot change (the triggers refuse it), and a payment
 * line that stops or starts counting as paid moves its method's total. The property test
 * `test/integration/reports/sales-totals.property.test.ts` proves the totals equal a recount from the orders.
 *
 * Also:
 * - `sale_staff` (migration 11) goes: it repeated `orders.sold_by`, written after the order's commit. An older
 *   order without a seller takes the one `sale_staff` remembered, then the table is dropped.
 * - Covering indexes for the X and the Z: a shift's orders and payments are read from the index alone.
 * - Refunds get an index on their time, so the X no longer walks all of the till's orders to find them.
 * - The audit log gets an index by action and time: the X and the Z count the shift's No sale entries.
 * - Payment methods get a voucher flag (set in the payment-method settings): a return gives voucher money back
 *   as a voucher credit. Methods that the old name rule took for vouchers are flagged.
 */

const day = (at: string) => `strftime('%Y-%m-%d', (${at}) / 1000, 'unixepoch', 'localtime')`;
const hour = (at: string) => `strftime('%H', (${at}) / 1000, 'unixepoch', 'localtime')`;

const addTotals = `ON CONFLICT (dimension, day, key) DO UPDATE SET orders = orders + excluded.orders,
  quantity = quantity + excluded.quantity, net = net + excluded.net, tax = tax + excluded.tax,
  gross = gross + excluded.gross`;
const addTaxes = `ON CONFLICT (till_id, at, order_id, rate_bp) DO UPDATE SET net = net + excluded.net,
  tax = tax + excluded.tax, gross = gross + excluded.gross`;

/** Everything an order holds, counted once: for the order that becomes paid, and for the old orders here. */
const countOrders = (where: string) => `
  INSERT INTO sales_totals (dimension, day, key, orders, quantity, net, tax, gross)
    SELECT 'hour', ${day('o.at')}, ${hour('o.at')}, count(DISTINCT o.id), coalesce(sum(l.quantity), 0),
      coalesce(sum(l.total - l.tax), 0), coalesce(sum(l.tax), 0), coalesce(sum(l.total), 0)
    FROM (SELECT id, coalesce(paid_at, created_at) AS at FROM orders WHERE ${where}) o
      LEFT JOIN order_lines l ON l.order_id = o.id
    WHERE true GROUP BY 2, 3
  ${addTotals};
  INSERT INTO sales_totals (dimension, day, key, orders, quantity, net, tax, gross)
    SELECT 'staff', ${day('o.at')}, o.staff, count(DISTINCT o.id), coalesce(sum(l.quantity), 0),
      coalesce(sum(l.total - l.tax), 0), coalesce(sum(l.tax), 0), coalesce(sum(l.total), 0)
    FROM (SELECT id, coalesce(paid_at, created_at) AS at, coalesce(sold_by_name, '—') AS staff FROM orders
          WHERE ${where}) o
      LEFT JOIN order_lines l ON l.order_id = o.id
    WHERE true GROUP BY 2, 3
  ${addTotals};
  INSERT INTO sales_totals (dimension, day, key, orders, quantity, net, tax, gross)
    SELECT 'category', ${day('o.at')}, coalesce(p.category_id, ''), count(DISTINCT o.id), sum(l.quantity),
      sum(l.total - l.tax), sum(l.tax), sum(l.total)
    FROM (SELECT id, coalesce(paid_at, created_at) AS at FROM orders WHERE ${where}) o
      JOIN order_lines l ON l.order_id = o.id LEFT JOIN products p ON p.id = l.product_id
    WHERE true GROUP BY 2, 3
  ${addTotals};
  INSERT INTO sales_totals (dimension, day, key, orders, quantity, net, tax, gross)
    SELECT 'product', ${day('o.at')}, l.name, count(DISTINCT o.id), sum(l.quantity), sum(l.total - l.tax),
      sum(l.tax), sum(l.total)
    FROM (SELECT id, coalesce(paid_at, created_at) AS at FROM orders WHERE ${where}) o
      JOIN order_lines l ON l.order_id = o.id
    WHERE true GROUP BY 2, 3
  ${addTotals};
  INSERT INTO sales_totals (dimension, day, key, orders, quantity, net, tax, gross)
    SELECT 'method', ${day('o.at')}, p.method_name, count(DISTINCT o.id), count(*), sum(p.amount), 0,
      sum(p.amount)
    FROM (SELECT id, coalesce(paid_at, created_at) AS at FROM orders WHERE ${where}) o
      JOIN payment_lines p ON p.order_id = o.id AND p.status = 'paid'
    WHERE true GROUP BY 2, 3
  ${addTotals};
  INSERT INTO paid_order_taxes (till_id, at, order_id, rate_bp, net, tax, gross)
    SELECT o.till_id, o.at, o.id, l.tax_rate_bp, sum(l.total - l.tax), sum(l.tax), sum(l.total)
    FROM (SELECT id, till_id, coalesce(paid_at, created_at) AS at FROM orders WHERE ${where}) o
      JOIN order_lines l ON l.order_id = o.id
    WHERE true GROUP BY o.id, l.tax_rate_bp
  ${addTaxes};`;

/** The paid order a line or payment belongs to (no row while the order is not paid). */
const paidOrder = (orderId: string) =>
  `(SELECT id, till_id, coalesce(paid_at, created_at) AS at, coalesce(sold_by_name, '—') AS staff
    FROM orders WHERE id = ${orderId} AND status = 'paid') o`;

/** One payment line starts (+1) or stops (-1) counting for its method; the order counts once per method. */
const movePayment = (sign: 1 | -1) => `
  INSERT INTO sales_totals (dimension, day, key, orders, quantity, net, tax, gross)
    SELECT 'method', ${day('o.at')}, new.method_name,
      ${sign} * NOT EXISTS (SELECT 1 FROM payment_lines q WHERE q.order_id = new.order_id AND q.id != new.id
        AND q.status = 'paid' AND q.method_name = new.method_name),
      ${sign}, ${sign} * new.amount, 0, ${sign} * new.amount
    FROM ${paidOrder('new.order_id')} WHERE true
  ${addTotals};`;

export const salesTotals: Migration = {
  version: 15,
  name: 'running sales totals for reports, X and Z',
  up(db) {
    db.exec(`
      UPDATE orders SET sold_by = s.staff_id, sold_by_name = s.staff_name
        FROM sale_staff s
        WHERE s.order_id = orders.id AND orders.sold_by_name IS NULL
          AND (s.staff_id IS NULL OR s.staff_id IN (SELECT id FROM staff));
      DROP TABLE sale_staff;

      CREATE TABLE sales_totals (
        dimension TEXT NOT NULL CHECK (dimension IN ('hour', 'staff', 'category', 'product', 'method')),
        day       TEXT NOT NULL, -- YYYY-MM-DD, the till's local day the order was paid
        key       TEXT NOT NULL, -- hour 00–23, staff name, category id ('' for none), product name, method name
        orders    INTEGER NOT NULL, -- orders with at least one line (payment) in this group
        quantity  INTEGER NOT NULL, -- items; for methods, payments
        net       INTEGER NOT NULL,
        tax       INTEGER NOT NULL,
        gross     INTEGER NOT NULL,
        PRIMARY KEY (dimension, day, key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE paid_order_taxes (
        till_id  TEXT NOT NULL,
        at       INTEGER NOT NULL, -- when the order was paid
        order_id TEXT NOT NULL,
        rate_bp  INTEGER NOT NULL,
        net      INTEGER NOT NULL,
        tax      INTEGER NOT NULL,
        gross    INTEGER NOT NULL,
        PRIMARY KEY (till_id, at, order_id, rate_bp)
      ) STRICT, WITHOUT ROWID;

      ${countOrders("status = 'paid'")}

      -- An order is counted when it becomes paid, with whatever lines and payments it has by then ...
      CREATE TRIGGER sales_totals_order_paid AFTER INSERT ON orders WHEN new.status = 'paid' BEGIN
        ${countOrders('id = new.id')}
      END;
      CREATE TRIGGER sales_totals_order_settled AFTER UPDATE OF status ON orders
        WHEN new.status = 'paid' AND old.status != 'paid' BEGIN
        ${countOrders('id = new.id')}
      END;

      -- ... and each line or payment added to an order that is already paid (a checkout writes the order first).
      CREATE TRIGGER sales_totals_line AFTER INSERT ON order_lines
        WHEN (SELECT status FROM orders WHERE id = new.order_id) = 'paid' BEGIN
        INSERT INTO sales_totals (dimension, day, key, orders, quantity, net, tax, gross)
          SELECT 'hour', ${day('o.at')}, ${hour('o.at')}, 0, new.quantity, new.total - new.tax, new.tax, new.total
          FROM ${paidOrder('new.order_id')}
          UNION ALL
          SELECT 'staff', ${day('o.at')}, o.staff, 0, new.quantity, new.total - new.tax, new.tax, new.total
          FROM ${paidOrder('new.order_id')}
          UNION ALL
          SELECT 'category', ${day('o.at')}, c.category,
            NOT EXISTS (SELECT 1 FROM order_lines l LEFT JOIN products p ON p.id = l.product_id
              WHERE l.order_id = new.order_id AND l.position != new.position
                AND coalesce(p.category_id, '') = c.category),
            new.quantity, new.total - new.tax, new.tax, new.total
          FROM ${paidOrder('new.order_id')},
            (SELECT coalesce((SELECT category_id FROM products WHERE id = new.product_id), '') AS category) c
          UNION ALL
          SELECT 'product', ${day('o.at')}, new.name,
            NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = new.order_id
              AND l.position != new.position AND l.name = new.name),
            new.quantity, new.total - new.tax, new.tax, new.total
          FROM ${paidOrder('new.order_id')} WHERE true
        ${addTotals};
        INSERT INTO paid_order_taxes (till_id, at, order_id, rate_bp, net, tax, gross)
          SELECT o.till_id, o.at, o.id, new.tax_rate_bp, new.total - new.tax, new.tax, new.total
          FROM ${paidOrder('new.order_id')} WHERE true
        ${addTaxes};
      END;
      CREATE TRIGGER sales_totals_payment AFTER INSERT ON payment_lines WHEN new.status = 'paid' BEGIN
        ${movePayment(1)}
      END;
      CREATE TRIGGER sales_totals_payment_paid AFTER UPDATE OF status ON payment_lines
        WHEN new.status = 'paid' AND old.status != 'paid' BEGIN
        ${movePayment(1)}
      END;
      CREATE TRIGGER sales_totals_payment_unpaid AFTER UPDATE OF status ON payment_lines
        WHEN old.status = 'paid' AND new.status != 'paid' BEGIN
        ${movePayment(-1)}
      END;

      -- What the totals cannot follow is refused: a paid order is final (a return is its own record).
      CREATE TRIGGER paid_order_final BEFORE UPDATE ON orders
        WHEN old.status = 'paid' AND (new.status IS NOT old.status OR new.paid_at IS NOT old.paid_at
          OR new.created_at IS NOT old.created_at OR new.sold_by_name IS NOT old.sold_by_name
          OR new.till_id IS NOT old.till_id) BEGIN
        SELECT RAISE(ABORT, 'A paid order cannot change its status, time, seller or till');
      END;
      CREATE TRIGGER paid_order_kept BEFORE DELETE ON orders WHEN old.status = 'paid' BEGIN
        SELECT RAISE(ABORT, 'A paid order cannot be deleted');
      END;
      CREATE TRIGGER paid_order_lines_final BEFORE UPDATE ON order_lines
        WHEN (SELECT status FROM orders WHERE id = old.order_id) = 'paid' BEGIN
        SELECT RAISE(ABORT, 'The lines of a paid order cannot change');
      END;
      CREATE TRIGGER paid_order_lines_kept BEFORE DELETE ON order_lines
        WHEN (SELECT status FROM orders WHERE id = old.order_id) = 'paid' BEGIN
        SELECT RAISE(ABORT, 'The lines of a paid order cannot be deleted');
      END;
      CREATE TRIGGER paid_payment_final BEFORE UPDATE OF amount, method_name, order_id ON payment_lines
        WHEN old.status = 'paid' AND (new.amount IS NOT old.amount OR new.method_name IS NOT old.method_name
          OR new.order_id IS NOT old.order_id) BEGIN
        SELECT RAISE(ABORT, 'A paid payment line cannot change its amount, method or order');
      END;
      CREATE TRIGGER paid_payment_kept BEFORE DELETE ON payment_lines WHEN old.status = 'paid' BEGIN
        SELECT RAISE(ABORT, 'A paid payment line cannot be deleted');
      END;

      CREATE INDEX orders_till_activity ON orders(till_id, status, coalesce(paid_at, created_at), number, total,
        discount_total, cash_rounding);
      CREATE INDEX payment_lines_taken ON payment_lines(status, created_at, method_id, method_name, journal, amount);
      CREATE INDEX refunds_created ON refunds(created_at);
      CREATE INDEX audit_log_action ON audit_log(action, at);

      -- A voucher method is marked as such; until now a voucher was recognised by its name, so the methods that
      -- were recognised keep working the same.
      ALTER TABLE payment_methods ADD COLUMN voucher INTEGER NOT NULL DEFAULT 0;
      UPDATE payment_methods SET voucher = 1
        WHERE terminal = 'none' AND journal = 'bank' AND (lower(id || ' ' || name) LIKE '%voucher%'
          OR lower(id || ' ' || name) LIKE '%gutschein%' OR lower(id || ' ' || name) LIKE '%gift%'
          OR lower(id || ' ' || name) LIKE '%vale%' OR lower(id || ' ' || name) LIKE '%bono%');
    `);
  },
};
