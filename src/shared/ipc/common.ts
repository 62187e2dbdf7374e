import { z } from 'zod';
import { words } from './field-words.ts';

/** Money on the wire: an integer of minor units (cents, yen, fils). Never a float. */
export const minorUnits = z
  .number({ error: words('check.amountsWholeNumbersCents') })
  .int({ error: words('check.amountsWholeNumbersCents') })
  .refine(Number.isSafeInteger, { error: words('check.amountTooLarge') });

export const positiveMinorUnits = minorUnits.refine((n) => n > 0, {
  error: words('check.amountMoreThanZero'),
});

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, { error: words('check.useThreeLetterIso') });

export const uuid = z.uuid({ error: words('check.idUuid') });

/** Milliseconds since the Unix epoch. */
export const timestamp = z.number().int().nonnegative();

export const discount = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('percent'),
      /** Hundredths of a percent: 1000 is 10 %. */
      basisPoints: z
        .number()
        .int({ error: words('check.giveDiscountWholeNumber') })
        .min(0, { error: words('check.discountNegative') })
        .max(10_000, { error: words('check.discountMoreThan100') }),
    }),
    z.object({
      kind: z.literal('amount'),
      amount: minorUnits.refine((n) => n >= 0, { error: words('check.discountNegative') }),
    }),
  ],
  { error: words('check.discountEitherPercentageAmount') },
);
export type Discount = z.infer<typeof discount>;

export const empty = z.object({}).strict();
