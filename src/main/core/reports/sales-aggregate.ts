/**
 * The sales report's work, done inside the report worker: it runs there as source text (see read-in-worker.ts),
 * so it must stay self-contained — no imports, no outer variables, plain better-sqlite3 calls.
 *
 * It reads the running totals per shop day (sales_totals, migration 15), which the orders' own triggers keep in
 * the sale's transaction: a year by category is a few thousand rows, not 600,000 order lines whose random keys
 * put each on another page of the file. SQLite adds the days up; only the groups come back.
 */
export interface AggregateInput {
  by: 'day' | 'hour' | 'category' | 'product' | 'staff' | 'method';
  /** The shop's days, YYYY-MM-DD, both included. */
  from: string;
  to: string;
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
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
}
interface Connection {
  prepare(sql: string): Statement;
}

export function aggregateSales(
  db: Connection,
  input: AggregateInput,
): { rows: AggregateRow[]; total: AggregateRow } {
  const sums = `sum(t.orders) AS orders, sum(t.quantity) AS quantity, sum(t.net) AS net, sum(t.tax) AS tax,
    sum(t.gross) AS gross`;
  const period = 't.day BETWEEN ? AND ?';
  // Every paid order is in exactly one hour of one day: the hours give the period's orders and items.
  const totalOf = (dimension: 'hour' | 'method') =>
    db
      .prepare(
        `SELECT 'total' AS key, coalesce(sum(t.orders), 0) AS orders, coalesce(sum(t.quantity), 0) AS quantity,
           coalesce(sum(t.net), 0) AS net, coalesce(sum(t.tax), 0) AS tax, coalesce(sum(t.gross), 0) AS gross
         FROM sales_totals t WHERE t.dimension = '${dimension}' AND ${period}`,
      )
      .get(input.from, input.to) as AggregateRow;
  const sql =
    input.by === 'day'
      ? `SELECT t.day AS key, ${sums} FROM sales_totals t WHERE t.dimension = 'hour' AND ${period} GROUP BY t.day`
      : input.by === 'hour'
        ? `SELECT t.key AS key, ${sums} FROM sales_totals t WHERE t.dimension = 'hour' AND ${period} GROUP BY t.key`
        : input.by === 'category'
          ? // The category's name today; one that was deleted since, or none, shows as a dash.
            `SELECT coalesce(c.name, '—') AS key, ${sums}
             FROM sales_totals t LEFT JOIN categories c ON c.id = t.key
             WHERE t.dimension = 'category' AND ${period} GROUP BY 1`
          : `SELECT t.key AS key, ${sums} FROM sales_totals t
             WHERE t.dimension = '${input.by}' AND ${period} GROUP BY t.key`;
  // A payment line that stopped counting leaves its method's day at zero orders: no row for it.
  const rows = (db.prepare(sql).all(input.from, input.to) as AggregateRow[]).filter((r) => r.orders > 0);
  rows.sort((a, b) =>
    input.by === 'day' || input.by === 'hour'
      ? a.key.localeCompare(b.key)
      : b.gross - a.gross || a.key.localeCompare(b.key),
  );
  const total = totalOf('hour');
  if (input.by === 'method') {
    // Per method the figures are payments; the orders stay the period's orders.
    const payments = totalOf('method');
    return { rows, total: { ...payments, orders: total.orders } };
  }
  return { rows, total };
}
