import { z } from 'zod';
import { channel } from './channel.ts';
import { isoDate } from './fields.ts';
import { words } from './field-words.ts';

/** The longest stretch one export covers: a year, leap day included. */
export const maxExportDays = 366;

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar day; the same in every time zone. */
export function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date) / 86_400_000;
}

/** 2025-02-30 has the right shape but is no day: the calendar would quietly turn it into 2 March. */
const isCalendarDay = (day: string): boolean => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
};

const exportDay = isoDate.refine(isCalendarDay, { error: words('check.thereNoSuchDay') });

/**
 * The bookkeeping export for the accountant (PREF-2): every payment and refund of the chosen days, with the
 * accounts each was posted to. Days are the shop's own calendar days, first and last included.
 */
export const exportChannels = {
  'exports.payments': channel({
    request: z
      .object({ from: exportDay, to: exportDay })
      .strict()
      .refine((r) => r.from <= r.to, {
        error: words('check.lastDayAfterFirst'),
        path: ['to'],
      })
      .refine((r) => dayNumber(r.to) - dayNumber(r.from) < maxExportDays, {
        error: words('check.fileMaxDays', { days: maxExportDays }),
        path: ['to'],
      }),
    response: z.object({
      /** Such as kassa-payments-2026-11-01-to-2026-11-22.csv. */
      fileName: z.string(),
      /** The whole file: a header row, then one row per payment or refund. */
      csv: z.string(),
      /** Payments and refunds in the file, the header not counted. */
      rows: z.number().int().nonnegative(),
    }),
    windows: ['preferences'],
  }),
};
