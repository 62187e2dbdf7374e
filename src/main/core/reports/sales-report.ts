import { stringify } from 'csv-stringify/sync';
import { toDecimalString } from '../../../shared/money/money.ts';
import type { SalesDimension, SalesReport, SalesRow } from '../../../shared/ipc/reports.ts';
import { localDays } from '../exports/local-days.ts';
import { readInWorker, type ReadQuery } from './read-in-worker.ts';

const when = 'coalesce(o.paid_at, o.created_at)';
const localTime = `${when} / 1000, 'unixepoch', 'localtime'`;

/** What each grouping groups by, and what it joins to get there. */
const groupings: Record<Exclude<SalesDimension, 'method'>, { key: string; joins: string; order: string }> = {
  day: { key: `strftime('%Y-%m-%d', ${localTime})`, joins: '', order: 'key' },
  hour: { key: `strftime('%H', ${localTime})`, joins: '', order: 'key' },
  category: {
    key: `coalesce(c.name, '—')`,
    joins: 'LEFT JOIN products p ON p.id = l.product_id LEFT JOIN categories c ON c.id = p.category_id',
    order: 'gross DESC, key',
  },
  product: { key: 'l.name', joins: '', order: 'gross DESC, key' },
  staff: {
    key: `coalesce(s.staff_name, '—')`,
    joins: 'LEFT JOIN sale_staff s ON s.order_id = o.id',
    order: 'gross DESC, key',
  },
};

const paidIn = `o.status = 'paid' AND ${when} >= ? AND ${when} < ?`;

/**
 * The queries of one report: its rows and its total. Items, net, tax and gross come from the order lines (the
 * receipt's own figures, so the per-rate taxes match the receipts); payment methods from the paid payment lines.
 */
export function salesQueries(by: SalesDimension, start: number, end: number): [ReadQuery, ReadQuery] {
  const params = [start, end];
  if (by === 'method') {
    const select = `count(DISTINCT o.id) AS orders, count(*) AS quantity, 0 AS net, 0 AS tax, coalesce(sum(p.amount), 0) AS gross
      FROM orders o JOIN payment_lines p ON p.order_id = o.id WHERE ${paidIn} AND p.status = 'paid'`;
    return [
      { sql: `SELECT p.method_name AS key, ${select} GROUP BY p.method_id ORDER BY gross DESC, key`, params },
      { sql: `SELECT 'total' AS key, ${select}`, params },
    ];
  }
  const g = groupings[by];
  const measures = `sum(l.quantity) AS quantity, sum(l.total - l.tax) AS net, sum(l.tax) AS tax, sum(l.total) AS gross`;
  return [
    {
      sql: `SELECT ${g.key} AS key, count(DISTINCT o.id) AS orders, ${measures}
        FROM orders o JOIN order_lines l ON l.order_id = o.id ${g.joins}
        WHERE ${paidIn} GROUP BY 1 ORDER BY ${g.order}`,
      params,
    },
    {
      sql: `SELECT 'total' AS key, count(DISTINCT o.id) AS orders, coalesce(sum(l.quantity), 0) AS quantity,
          coalesce(sum(l.total - l.tax), 0) AS net, coalesce(sum(l.tax), 0) AS tax, coalesce(sum(l.total), 0) AS gross
        FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE ${paidIn}`,
      params,
    },
  ];
}

/** The sales of the shop's days `from` to `to` grouped one way, read in a worker from the database file. */
export async function salesReport(
  file: string,
  request: { from: string; to: string; by: SalesDimension },
  currency: string,
): Promise<SalesReport> {
  const { start, end } = localDays(request.from, request.to);
  const [rows, totals] = await readInWorker<SalesRow>(file, salesQueries(request.by, start, end));
  return { ...request, currency, rows: rows!, total: totals![0]! };
}

const headings: Record<SalesDimension, string> = {
  day: 'Day',
  hour: 'Hour',
  category: 'Category',
  product: 'Product',
  staff: 'Staff member',
  method: 'Payment method',
};

/** The report as CSV: one row per group and the total; amounts as plain decimals in the store's currency. */
export function salesCsv(report: SalesReport): string {
  const m = (n: number) => toDecimalString(n, report.currency);
  const row = (r: SalesRow) => [r.key, r.orders, r.quantity, m(r.net), m(r.tax), m(r.gross), report.currency];
  return stringify([...report.rows.map(row), row({ ...report.total, key: 'Total' })], {
    header: true,
    columns: [
      headings[report.by],
      'Orders',
      report.by === 'method' ? 'Payments' : 'Items',
      'Net',
      'Tax',
      'Gross',
      'Currency',
    ],
  });
}
