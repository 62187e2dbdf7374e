import { z } from 'zod';
import { words } from '../ipc/field-words.ts';
import { lazySchema } from './lazy-schema.ts';

/**
 * How far a cashier may go alone (TILL-9). Above these limits a manager or owner approves with their PIN; a
 * manager or owner signed in at the till approves their own. Every approval is in the audit log.
 */
export const approvalLimitsSchema = lazySchema(() =>
  z
    .object({
      /** The largest discount on one item, as a percentage of its price, that a cashier may give alone. */
      discountPercent: z
        .number({ error: words('check.typeDiscountLimitWhole') })
        .int({ error: words('check.typeDiscountLimitWhole') })
        .min(0, { error: words('check.discountLimitLeast0') })
        .max(100, { error: words('check.discountLimitMost100') }),
      /** The largest refund, in the store currency's minor units, a cashier may give alone; 0: every refund. */
      refundLimit: z
        .number({ error: words('check.typeRefundLimitAmount') })
        .int({ error: words('check.refundLimitWholeNumber') })
        .min(0, { error: words('check.refundLimitNegative0') })
        .max(100_000_000_00, { error: words('check.refundLimitTooLarge') }),
    })
    .strict(),
);
export type ApprovalLimits = z.infer<ReturnType<typeof approvalLimitsSchema>>;

/**
 * Until the owner chooses: a cashier gives up to 20 % off an item alone (a staff or damaged-goods discount), and
 * every refund needs a manager, as TILL-9 asks for refunds.
 */
export const defaultApprovalLimits: ApprovalLimits = { discountPercent: 20, refundLimit: 0 };
