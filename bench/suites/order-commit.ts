import { randomUUID } from 'node:crypto';
import { startCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { demoProducts } from '../../src/main/core/catalog/demo-catalog.ts';
import type { Order } from '../../src/shared/ipc/orders.ts';
import { median, percentile, round, timePairs } from '../stats.ts';
import { benchDir } from './bench-dir.ts';

/**
 * A 10-line cash order committed through the core (dispatch: validation, pricing, settlement, numbering,
 * audit, persistence) against the raw limit: the same SQL work done with prepared statements on the same
 * connection and settings (WAL, synchronous=FULL) — the look-ups the core makes before it writes (is the order
 * already there, the products' prices and rates, the payment method), then the same rows in one transaction,
 * the receipt's print job included (the sale queues it in its own transaction; the raw side looks for a receipt
 * job of the order and for the receipt printer, as the print queue does, then inserts the job).
 * The two run as interleaved pairs, each side a batch of a few orders, and the ratio is the median of the
 * pairs' ratios, so a burst of load from elsewhere on the machine moves one pair, not the figure.
 */
export async function orderCommitSuite(pairs = 300, batch = 4): Promise<Record<string, number>> {
  const core = startCore({ dataDir: benchDir('orders'), log: silentLogger });
  const lines = demoProducts.slice(0, 10).map((p, i) => ({ productId: p.id, quantity: 1 + (i % 3) }));
  const request = (total: number) => ({
    orderId: randomUUID(),
    lines,
    payments: [{ id: randomUUID(), methodId: 'cash', amount: total, tendered: total + 1000 }],
  });
  const probe = await core.dispatch('orders.checkout', { ...request(1), payments: [] }, { window: 'till' });
  if (!probe.ok) throw new Error(probe.error.message);
  const sample = probe.value as Order;

  const db = core.db;
  // The till's own id (a UUID since migration 9): the orders' foreign key needs it.
  const tillId = core.services.storeInfo().till.id;
  const insertOrder = db.prepare(
    `INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, discount_kind, discount_value,
       subtotal, discount_total, tax_total, total, cash_rounding, paid, change, created_at, paid_at)
     VALUES (?, ?, ?, 'paid', 'EUR', 1, NULL, NULL, ?, 0, ?, ?, 0, ?, 1000, ?, ?)`,
  );
  const insertLine = db.prepare(
    `INSERT INTO order_lines (order_id, position, product_id, name, quantity, unit_price, tax_rate_bp,
       discount_kind, discount_value, gross, discount_total, tax, total) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, 0, ?, ?)`,
  );
  const insertPayment = db.prepare(
    `INSERT INTO payment_lines (id, order_id, method_id, method_name, journal, amount, tendered, change, status, reconcile, created_at,
       outstanding_account, outstanding_default, intermediary_account, intermediary_default)
     VALUES (?, ?, 'cash', 'Cash', 'cash', ?, ?, 1000, 'paid', 0, ?, '1000', 1, '1361', 1)`,
  );
  const takeNumber = db
    .prepare(
      'UPDATE tills SET last_order_number = last_order_number + 1 WHERE id = ? RETURNING last_order_number',
    )
    .pluck();
  const audit = db.prepare(
    'INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, NULL, ?, ?, ?)',
  );
  const existing = db.prepare(
    `SELECT o.*, c.name AS customer_name FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE o.id = ?`,
  );
  const pricing = db.prepare(
    `SELECT p.id, p.name, p.price, t.rate_bp FROM products p JOIN tax_rates t ON t.id = p.tax_rate_id
     WHERE p.active = 1 AND p.id IN (SELECT value FROM json_each(?))`,
  );
  const method = db.prepare('SELECT * FROM payment_methods WHERE id = ?');
  const jobsOfOrder = db.prepare('SELECT * FROM print_jobs WHERE order_id = ? ORDER BY created_at');
  const receiptPrinter = db.prepare<[], { id: string }>('SELECT * FROM printers WHERE receipts = 1');
  const insertJob = db.prepare(
    `INSERT INTO print_jobs (id, kind, order_id, return_id, z_number, printer_id, state, open_drawer, created_at, updated_at)
     VALUES (?, 'receipt', ?, NULL, NULL, ?, 'waiting', 0, ?, ?)`,
  );
  const productIds = JSON.stringify(lines.map((l) => l.productId));
  const write = db.transaction((id: string) => {
    const now = Date.now();
    const number = takeNumber.get(tillId) as number;
    insertOrder.run(
      id,
      tillId,
      number,
      sample.subtotal,
      sample.taxTotal,
      sample.total,
      sample.total,
      now,
      now,
    );
    for (const l of sample.lines) {
      insertLine.run(
        id,
        l.position,
        l.productId,
        l.name,
        l.quantity,
        l.unitPrice,
        l.taxRateBp,
        l.gross,
        l.tax,
        l.total,
      );
    }
    insertPayment.run(randomUUID(), id, sample.total, sample.total + 1000, now);
    audit.run(now, 'order.paid', id, JSON.stringify({ number, total: sample.total }));
    if (jobsOfOrder.all(id).length > 0) throw new Error('receipt already queued');
    insertJob.run(randomUUID(), id, receiptPrinter.get()?.id ?? null, now, now);
  });
  const raw = () => {
    const id = randomUUID();
    if (existing.get(id)) throw new Error('order already there');
    if (pricing.all(productIds).length !== lines.length) throw new Error('products missing');
    if (!method.get('cash')) throw new Error('no cash method');
    write(id);
  };

  const commit = async () => {
    const result = await core.dispatch('orders.checkout', request(sample.total), { window: 'till' });
    if (!result.ok || (result.value as Order).status !== 'paid') throw new Error('order not paid');
  };
  const measured = await timePairs({ pairs, warmup: 10, batch }, commit, raw);
  await core.close();

  return {
    order_commit_p50_ms: round(median(measured.a)),
    order_commit_p99_ms: round(percentile(measured.a, 99)),
    order_commit_raw_p50_ms: round(median(measured.b)),
    order_commit_vs_raw_ratio: round(median(measured.ratios)),
  };
}
