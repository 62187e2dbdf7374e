import { z } from 'zod';
import { channel } from './channel.ts';
import { minorUnits } from './common.ts';
import { dayNumber, maxExportDays } from './exports.ts';
import { isoDate } from './fields.ts';
import { words } from './field-words.ts';

export const salesDimension = z.enum(['day', 'hour', 'category', 'product', 'staff', 'method'], {
  error: words('check.chooseWhatGroupSales'),
});
export type SalesDimension = z.infer<typeof salesDimension>;

export const salesReportRequest = z
  .object({ from: isoDate, to: isoDate, by: salesDimension })
  .strict()
  .refine((r) => r.from <= r.to, { error: words('check.lastDayAfterFirst'), path: ['to'] })
  .refine((r) => dayNumber(r.to) - dayNumber(r.from) < maxExportDays, {
    error: words('check.reportMaxDays', { days: maxExportDays }),
    path: ['to'],
  });

export const salesRow = z.object({
  /** The day (YYYY-MM-DD), the hour (00–23), or the name of the category, product, staff member or method. */
  key: z.string(),
  orders: z.number().int(),
  /** Items sold; for payment methods, the number of payments. */
  quantity: z.number().int(),
  net: minorUnits,
  tax: minorUnits,
  gross: minorUnits,
});
export type SalesRow = z.infer<typeof salesRow>;

export const salesReport = z.object({
  by: salesDimension,
  from: isoDate,
  to: isoDate,
  currency: z.string(),
  rows: z.array(salesRow),
  total: salesRow,
});
export type SalesReport = z.infer<typeof salesReport>;

/** Sales reports for the owner (issue 12, point 6): read in a worker thread, never on the till's event loop. */
export const reportChannels = {
  'reports.sales': channel({ request: salesReportRequest, response: salesReport, windows: ['preferences'] }),
  'reports.salesCsv': channel({
    request: salesReportRequest,
    response: z.object({ fileName: z.string(), csv: z.string() }),
    windows: ['preferences'],
  }),
};
