import { stringify } from 'csv-stringify/sync';
import { toDecimalString } from '../../../shared/money/money.ts';
import type { SalesDimension, SalesReport, SalesRow } from '../../../shared/ipc/reports.ts';
import { english, type Translator } from '../../../shared/i18n/translate.ts';
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

/**
 * The report as CSV: one row per group and the total; amounts as plain decimals in the store's currency. The
 * headings are in the store's language (as the Z's CSV), with the words the report screen uses.
 */
export function salesCsv(report: SalesReport, { t }: Translator = english): string {
  const m = (n: number) => toDecimalString(n, report.currency);
  const row = (r: SalesRow) => [r.key, r.orders, r.quantity, m(r.net), m(r.tax), m(r.gross), report.currency];
  return stringify([...report.rows.map(row), row({ ...report.total, key: t('prefs.reports.total') })], {
    header: true,
    columns: [
      t(`prefs.reports.by.${report.by}`),
      t('prefs.reports.orders'),
      report.by === 'method' ? t('csv.sales.payments') : t('prefs.reports.quantity'),
      t('prefs.reports.net'),
      t('prefs.reports.tax'),
      t('prefs.reports.gross'),
      t('csv.currency'),
    ],
  });
}
