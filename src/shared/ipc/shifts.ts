import { z } from 'zod';
import { channel } from './channel.ts';
import { managerPin } from './fields.ts';
import { currencyCode, empty, minorUnits, positiveMinorUnits, timestamp, uuid } from './common.ts';
import { words } from './field-words.ts';
import { shiftSettingsSchema, type ShiftSettings } from '../settings/shift-settings.ts';
import type { MessageKey } from '../i18n/en.ts';

/** A counted amount by denomination: [value of one note or coin in minor units, how many]. */
export const denominationCount = z
  .array(
    z.tuple([
      positiveMinorUnits,
      z
        .number({ error: words('check.typeHowManyNotes') })
        .int({ error: words('check.typeHowManyNotes') })
        .min(0, { error: words('check.countNegative') })
        .max(100_000, { error: words('check.moreNotesCoinsThan') }),
    ]),
  )
  .max(40);
export type DenominationCount = z.infer<typeof denominationCount>;

const reasonText = (missing: MessageKey, short: MessageKey) =>
  z
    .string({ error: words(missing) })
    .trim()
    .min(3, { error: words(short) })
    .max(200, { error: words('check.reasonMost200Characters') });

const countedAmount = z
  .number({ error: words('check.typeCountedAmount') })
  .int({ error: words('check.amountsWholeNumbersCents') })
  .min(0, { error: words('check.countedAmountNegative') })
  .refine(Number.isSafeInteger, { error: words('check.amountTooLarge') });

export const shiftSettings = shiftSettingsSchema();
export type { ShiftSettings };

export const shiftStatus = z.enum(['open', 'counted', 'closed']);

export const shiftSummary = z.object({
  id: z.string(),
  tillId: z.string(),
  status: shiftStatus,
  currency: currencyCode,
  openedAt: timestamp,
  openedBy: z.string().nullable(),
  openingFloat: minorUnits,
  closedAt: timestamp.nullable(),
  zNumber: z.number().int().nullable(),
});
export type ShiftSummary = z.infer<typeof shiftSummary>;

const taxRow = z.object({
  rateBp: z.number().int(),
  /**
   * The store's name for the rate when the report was made ("VAT 7 %"); null when the store has none. Absent in
   * the Z reports written before Z format 2 (they did not record names).
   */
  name: z.string().nullable().optional(),
  net: minorUnits,
  tax: minorUnits,
  gross: minorUnits,
});
const methodRow = z.object({
  methodId: z.string(),
  methodName: z.string(),
  journal: z.enum(['cash', 'bank']),
  /** Payment lines taken in the shift. */
  taken: minorUnits,
  /** Given back: refunds to the card, cash from the drawer, voucher credits. */
  refunded: minorUnits,
  /** taken − refunded; for cash the drawer's expected amount adds the float and the movements. */
  net: minorUnits,
});
const movementRow = z.object({
  id: z.string(),
  kind: z.enum(['pay_in', 'pay_out']),
  amount: positiveMinorUnits,
  reason: z.string(),
  staff: z.string().nullable(),
  approvedBy: z.string().nullable(),
  at: timestamp,
});
const countRow = z.object({
  methodId: z.string(),
  methodName: z.string(),
  journal: z.enum(['cash', 'bank']),
  counted: minorUnits,
  expected: minorUnits,
  difference: minorUnits,
  denominations: denominationCount.nullable(),
  reason: z.string().nullable(),
});
export type ShiftCount = z.infer<typeof countRow>;

/**
 * The X report (any time) and the Z report (at closing) are the same figures from the same function. All
 * amounts are minor units of the shift's currency; the per-rate and per-method rows add up to the totals.
 */
export const shiftReport = z.object({
  kind: z.enum(['X', 'Z']),
  zNumber: z.number().int().nullable(),
  shiftId: z.string(),
  tillId: z.string(),
  tillName: z.string(),
  currency: currencyCode,
  openedAt: timestamp,
  openedBy: z.string().nullable(),
  /** The moment the figures were taken: now for an X report, the closing time for a Z. */
  until: timestamp,
  closedBy: z.string().nullable(),
  sales: z.object({
    orders: z.number().int(),
    firstNumber: z.number().int().nullable(),
    lastNumber: z.number().int().nullable(),
    /** What the customers were charged for the items, tax included, after discounts. */
    total: minorUnits,
    discounts: minorUnits,
    /** Cash rounding of the amounts due (negative: in the customers' favour). */
    cashRounding: minorUnits,
    taxes: z.array(taxRow),
  }),
  returns: z.object({
    count: z.number().int(),
    total: minorUnits,
    taxes: z.array(taxRow),
  }),
  voids: z.object({ count: z.number().int(), total: minorUnits }),
  /** Times the drawer was opened without a sale (No sale); absent from Z reports written before it was counted. */
  noSales: z.number().int().optional(),
  payments: z.array(methodRow),
  cash: z.object({
    openingFloat: minorUnits,
    sales: minorUnits,
    refunds: minorUnits,
    payIns: minorUnits,
    payOuts: minorUnits,
    /** openingFloat + sales − refunds + payIns − payOuts: the counted opening, never the previous closing. */
    expected: minorUnits,
  }),
  movements: z.array(movementRow),
  /** Card payments on this till still open, or forced by a manager and waiting to be reconciled. */
  openCardPayments: z.array(
    z.object({
      attemptId: z.string(),
      orderId: z.string(),
      methodName: z.string(),
      amount: minorUnits,
      state: z.string(),
      forced: z.boolean(),
    }),
  ),
  /** The blind count and its differences: on the Z only. */
  counts: z.array(countRow),
});
export type ShiftReport = z.infer<typeof shiftReport>;

export const zReportEntry = z.object({
  tillId: z.string(),
  number: z.number().int(),
  shiftId: z.string(),
  createdAt: timestamp,
  prevHash: z.string(),
  hash: z.string(),
});
export type ZReportEntry = z.infer<typeof zReportEntry>;

/**
 * What is wrong with a till's chain of Z reports, as a code the window words: `missing` — Z `number` (to `last`)
 * is not there; `unlinked` — Z `number` does not name the hash of the Z before it; `changed` — Z `number`'s own
 * hash does not match what it holds.
 */
export const chainProblem = z.object({
  tillId: z.string(),
  kind: z.enum(['missing', 'unlinked', 'changed', 'unknownFormat']),
  number: z.number().int(),
  /** The last missing number, where more than one is missing. */
  last: z.number().int().optional(),
  /** The format a Z row says it is in, where this version of Kassa cannot check it (a newer build wrote it). */
  format: z.number().int().optional(),
});
export type ChainProblem = z.infer<typeof chainProblem>;

export const chainCheck = z.object({
  intact: z.boolean(),
  /** Z reports checked. */
  checked: z.number().int(),
  problems: z.array(chainProblem),
});
export type ChainCheck = z.infer<typeof chainCheck>;

/** The words of a chain problem: a catalog key and its parameters, for `t` in the window or the verify command. */
export function chainProblemWords(p: ChainProblem): { key: MessageKey; params: Record<string, number> } {
  if (p.kind === 'missing')
    return p.last === undefined
      ? { key: 'chain.missing', params: { number: p.number } }
      : { key: 'chain.missingRange', params: { from: p.number, to: p.last } };
  if (p.kind === 'unlinked')
    return { key: 'chain.unlinked', params: { number: p.number, previous: p.number - 1 } };
  if (p.kind === 'unknownFormat')
    return { key: 'chain.unknownFormat', params: { number: p.number, format: p.format ?? 0 } };
  return { key: 'chain.changed', params: { number: p.number } };
}

export const shiftState = z.object({
  shift: shiftSummary.nullable(),
  settings: shiftSettings,
  /** Notes and coins of the store's currency, largest first; empty where Kassa does not know them. */
  denominations: z.array(positiveMinorUnits),
  /** Methods to count at closing: the till's active methods that took money in this shift, cash first. */
  methodsToCount: z.array(
    z.object({ methodId: z.string(), methodName: z.string(), journal: z.enum(['cash', 'bank']) }),
  ),
});
export type ShiftState = z.infer<typeof shiftState>;

const countInput = z
  .object({
    methodId: z.string().min(1).max(64),
    counted: countedAmount,
    denominations: denominationCount.optional(),
  })
  .strict();

const file = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });

export const shiftChannels = {
  'shifts.state': channel({ request: empty, response: shiftState, windows: ['till', 'preferences'] }),
  'shifts.open': channel({
    request: z
      .object({
        /** Chosen by the till: a retried request opens the shift once. */
        shiftId: uuid,
        openingFloat: countedAmount,
        denominations: denominationCount.optional(),
      })
      .strict(),
    response: shiftSummary,
    windows: ['till'],
  }),
  'shifts.moveCash': channel({
    request: z
      .object({
        id: uuid,
        kind: z.enum(['pay_in', 'pay_out']),
        amount: positiveMinorUnits,
        reason: reasonText('check.reasonPayInOut', 'check.reasonPayInOutShort'),
        managerPin: managerPin.optional(),
      })
      .strict(),
    response: shiftReport,
    windows: ['till'],
  }),
  'shifts.xReport': channel({ request: empty, response: shiftReport, windows: ['till'] }),
  /** The blind count: what is in the drawer (and on the terminals' totals), before anything expected is shown. */
  'shifts.count': channel({
    request: z
      .object({
        counts: z
          .array(countInput)
          .min(1, { error: words('check.countLeastCash') })
          .max(40),
      })
      .strict(),
    response: z.object({ counts: z.array(countRow) }),
    windows: ['till'],
  }),
  'shifts.close': channel({
    request: z
      .object({
        /** A reason for every method whose count differs from what was expected. */
        reasons: z
          .array(
            z
              .object({
                methodId: z.string(),
                reason: reasonText('check.reasonDifference', 'check.reasonDifferenceShort'),
              })
              .strict(),
          )
          .max(40),
        managerPin: managerPin.optional(),
      })
      .strict(),
    response: z.object({ entry: zReportEntry, report: shiftReport }),
    windows: ['till'],
  }),
  'shifts.zReports': channel({
    request: z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(),
    response: z.array(zReportEntry),
    windows: ['till', 'preferences'],
  }),
  'shifts.zReport': channel({
    request: z.object({ number: z.number().int().positive() }).strict(),
    response: z.object({ entry: zReportEntry, report: shiftReport }),
    windows: ['till', 'preferences'],
  }),
  'shifts.zFile': channel({
    request: z.object({ number: z.number().int().positive(), format: z.enum(['pdf', 'csv']) }).strict(),
    response: file,
    // Files are saved from the owner's preferences window only (the till saves nothing; see app/security.ts).
    windows: ['preferences'],
  }),
  'shifts.verifyChain': channel({ request: empty, response: chainCheck, windows: ['preferences'] }),
  'shifts.getSettings': channel({ request: empty, response: shiftSettings, windows: ['preferences'] }),
  'shifts.saveSettings': channel({
    request: shiftSettings,
    response: shiftSettings,
    windows: ['preferences'],
  }),
};

export const shiftEvents = {
  'shifts.changed': z.object({ shiftId: z.string(), status: shiftStatus }),
};
