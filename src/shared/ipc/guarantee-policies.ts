import { z } from 'zod';
import { minorUnits } from './common.ts';
import { words } from './field-words.ts';
import { keptKinds } from '../orders/kept-order.ts';

/*
 * The owner's guarantee policies (STO-8), apart from the channels: the core reads the stored policies with this
 * schema, and it stays small so nothing else of the contract is built at start for it.
 */

export const keptKind = z.enum(keptKinds);

/** One kind's rule (STO-8): each part set is one way to meet it; any one is enough; none set asks nothing. */
export const guaranteeRule = z
  .object({
    /** A card hold of at least this much (minor units of the store's currency). */
    holdAtLeast: minorUnits.refine((n) => n > 0, { error: words('check.tabsHoldMoreThanZero') }).nullable(),
    /** A card the customer saved with the shop. */
    cardOnFile: z.boolean(),
    /** A prepayment of this share of the order's total. */
    prepaymentPercent: z
      .number({ error: words('check.tabsPrepayPercent') })
      .int({ error: words('check.tabsPrepayPercent') })
      .min(1, { error: words('check.tabsPrepayPercent') })
      .max(100, { error: words('check.tabsPrepayPercent') })
      .nullable(),
  })
  .strict();

export const guaranteePolicies = z.object({ tab: guaranteeRule, pickup: guaranteeRule }).strict();
