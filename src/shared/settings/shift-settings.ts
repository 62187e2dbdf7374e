import { z } from 'zod';
import { words } from '../ipc/field-words.ts';
import { lazySchema } from './lazy-schema.ts';

/** The shift rules the owner sets in the preferences (SHIFT-1), stored in the store's settings. */
export const shiftSettingsSchema = lazySchema(() =>
  z
    .object({
      /** The till refuses sales until a shift is open. */
      requireOpenShift: z.boolean(),
      /** A pay-in or pay-out above this (minor units) needs a manager's PIN; 0: every one does. */
      cashMovementLimit: z
        .number({ error: words('check.typeLimitAmountE') })
        .int({ error: words('check.limitWholeNumberCents') })
        .min(0, { error: words('check.limitNegative0Means') })
        .max(100_000_000_00, { error: words('check.limitTooLarge') }),
      /** A closing difference (counted − expected) larger than this, either way, needs a manager's PIN. */
      differenceLimit: z
        .number({ error: words('check.typeLimitAmountE2') })
        .int({ error: words('check.limitWholeNumberCents') })
        .min(0, { error: words('check.limitNegative0Means2') })
        .max(100_000_000_00, { error: words('check.limitTooLarge') }),
    })
    .strict(),
);
export type ShiftSettings = z.infer<ReturnType<typeof shiftSettingsSchema>>;
