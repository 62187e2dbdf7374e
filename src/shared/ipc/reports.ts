import { z } from 'zod';
import { channel } from './channel.ts';
import { minorUnits } from './common.ts';
import { dayNumber, maxExportDays } from './exports.ts';
import { isoDate } from './fields.ts';

export const salesDimension = z.enum(['day', 'hour', 'category', 'product', 'staff', 'method'], {
  error: 'Choose what to group the sales by: day, hour, category, product, staff member or payment method.',
});
export type SalesDimension = z.infer<typeof salesDimension>;

export const salesReportRequest = z
  .object({ from: isoDate, to: isoDate, by: salesDimension })
  .strict()
  .refine((r) => r.from <= r.to, { error: 'The last day must be on or after the first day.', path: ['to'] })
  .refine((r) => dayNumber(r.to) - dayNumber(r.from) < maxExportDays, {
    error: `One report covers at most ${maxExportDays} days: choose a later first day or an earlier last day.`,
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
