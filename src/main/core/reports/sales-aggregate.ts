/**
 * The sales report's work, done inside the report worker: it runs there as source text (see read-in-worker.ts),
 * so it must stay self-contained — no imports, no outer variables, plain better-sqlite3 calls.
 *
 * Why not one SQL GROUP BY: a join from a year of orders to their lines seeks the lines' primary key once per
 * order (random UUIDs, so every seek lands on another page) and sorts all lines for the grouping — seconds for
 * 300,000 orders. Reading the period's orders through their time index, then the lines and payments in their
 * stored order once, and adding up in maps keeps every read sequential: a fraction of a second.
 */
export interface AggregateInput {
  by: 'day' | 'hour' | 'category' | 'product' | 'staff' | 'method';
  start: number;
  end: number;
}

export interface AggregateRow {
  key: string;
  orders: number;
  quantity: number;
  net: number;
  tax: number;
  gross: number;
}

interface Statement {
  iterate(...params: unknown[]): IterableIterator<unknown>;
}
interface Connection {
  prepare(sql: string): Statement;
}

export function aggregateSales(
  db: Connection,
  input: AggregateInput,
): { rows: AggregateRow[]; total: AggregateRow } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const orderKey = new Map<string, string>();
  const paidOrders = db.prepare(
    `SELECT o.id AS id, coalesce(o.paid_at, o.created_at) AS at FROM orders o INDEXED BY orders_activity
     WHERE coalesce(o.paid_at, o.created_at) >= ? AND coalesce(o.paid_at, o.created_at) < ? AND o.status = 'paid'`,
  );
  const staffOf = new Map<string, string>();
  if (input.by === 'staff')
    for (const r of db.prepare('SELECT order_id, staff_name FROM sale_staff').iterate() as IterableIterator<{
      order_id: string;
      staff_name: string;
    }>)
      staffOf.set(r.order_id, r.staff_name);
  for (const r of paidOrders.iterate(input.start, input.end) as IterableIterator<{
    id: string;
    at: number;
  }>) {
    const at = new Date(r.at);
    const key =
      input.by === 'day'
        ? `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
        : input.by === 'hour'
          ? pad(at.getHours())
          : input.by === 'staff'
            ? (staffOf.get(r.id) ?? '—')
            : '';
    orderKey.set(r.id, key);
  }

  const groups = new Map<string, AggregateRow & { seen: Set<string> }>();
  const total: AggregateRow = { key: 'total', orders: orderKey.size, quantity: 0, net: 0, tax: 0, gross: 0 };
  const add = (key: string, orderId: string, quantity: number, tax: number, gross: number) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, orders: 0, quantity: 0, net: 0, tax: 0, gross: 0, seen: new Set() }));
    if (!g.seen.has(orderId)) {
      g.seen.add(orderId);
      g.orders += 1;
    }
    g.quantity += quantity;
    g.tax += tax;
    g.net += gross - tax;
    g.gross += gross;
  };

  if (input.by === 'method') {
    total.gross = 0;
    const payments = db.prepare(
      `SELECT order_id, method_name, amount FROM payment_lines WHERE status = 'paid'`,
    );
    for (const p of payments.iterate() as IterableIterator<{
      order_id: string;
      method_name: string;
      amount: number;
    }>) {
      if (!orderKey.has(p.order_id)) continue;
      add(p.method_name, p.order_id, 1, 0, p.amount);
      total.quantity += 1;
      total.gross += p.amount;
    }
  } else {
    const categoryOf = new Map<number, string>();
    if (input.by === 'category')
      for (const r of db
        .prepare(
          'SELECT p.id AS id, c.name AS name FROM products p LEFT JOIN categories c ON c.id = p.category_id',
        )
        .iterate() as IterableIterator<{ id: number; name: string | null }>)
        categoryOf.set(r.id, r.name ?? '—');
    const lines = db.prepare('SELECT order_id, product_id, name, quantity, tax, total FROM order_lines');
    for (const l of lines.iterate() as IterableIterator<{
      order_id: string;
      product_id: number | null;
      name: string;
      quantity: number;
      tax: number;
      total: number;
    }>) {
      const key = orderKey.get(l.order_id);
      if (key === undefined) continue;
      const group =
        input.by === 'category'
          ? l.product_id === null
            ? '—'
            : (categoryOf.get(l.product_id) ?? '—')
          : input.by === 'product'
            ? l.name
            : key;
      add(group, l.order_id, l.quantity, l.tax, l.total);
      total.quantity += l.quantity;
      total.tax += l.tax;
      total.net += l.total - l.tax;
      total.gross += l.total;
    }
  }
  const rows = [...groups.values()].map(({ seen: _seen, ...row }) => row);
  rows.sort((a, b) =>
    input.by === 'day' || input.by === 'hour'
      ? a.key.localeCompare(b.key)
      : b.gross - a.gross || a.key.localeCompare(b.key),
  );
  return { rows, total };
}
