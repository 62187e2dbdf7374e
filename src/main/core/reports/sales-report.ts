import { stringify } from 'csv-stringify/sync';
import { toDecimalString } from '../../../shared/money/money.ts';
import type { SalesDimension, SalesReport, SalesRow } from '../../../shared/ipc/reports.ts';
import type { ReportReader } from './read-in-worker.ts';
import { aggregateSales } from './sales-aggregate.ts';

/** The sales of the shop's days `from` to `to` grouped one way, added up in a worker from the database file. */
export async function salesReport(
  reader: ReportReader,
  request: { from: string; to: string; by: SalesDimension },
  currency: string,
): Promise<SalesReport> {
  const { rows, total } = await reader.run(aggregateSales, {
    by: request.by,
    from: request.from,
    to: request.to,
  });
  return { ...request, currency, rows, total };
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
