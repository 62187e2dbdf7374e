import { z } from 'zod';

/** Money on the wire: an integer of minor units (cents, yen, fils). Never a float. */
export const minorUnits = z
  .number({ error: 'Amounts are whole numbers of cents.' })
  .int({ error: 'Amounts are whole numbers of cents.' })
  .refine(Number.isSafeInteger, { error: 'That amount is too large.' });

export const positiveMinorUnits = minorUnits.refine((n) => n > 0, {
  error: 'The amount must be more than zero.',
});

export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'Use a three-letter ISO 4217 code such as EUR.' });

export const uuid = z.uuid({ error: 'An id must be a UUID.' });

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
        .int({ error: 'Give the discount as a whole number of hundredths of a percent.' })
        .min(0, { error: 'A discount cannot be negative.' })
        .max(10_000, { error: 'A discount cannot be more than 100 %.' }),
    }),
    z.object({
      kind: z.literal('amount'),
      amount: minorUnits.refine((n) => n >= 0, { error: 'A discount cannot be negative.' }),
    }),
  ],
  { error: 'A discount is either a percentage or an amount.' },
);
export type Discount = z.infer<typeof discount>;

export const empty = z.object({}).strict();
