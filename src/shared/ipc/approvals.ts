import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, minorUnits, uuid } from './common.ts';
import { managerPin } from './fields.ts';
import {
  approvalLimitsSchema,
  defaultApprovalLimits,
  type ApprovalLimits,
} from '../settings/approval-limits.ts';

export const approvalLimits = approvalLimitsSchema();
export { defaultApprovalLimits, type ApprovalLimits };

/**
 * The till asks when a discount is given, not only at payment: the same rule the checkout applies, to the lines
 * as the cart prices them. The checkout still checks again; this only lets the manager be asked at the moment.
 */
export const discountCheck = z
  .object({
    orderId: uuid,
    lines: z
      .array(
        z.object({
          name: z.string().max(200),
          gross: minorUnits,
          discountTotal: minorUnits,
          typedPercent: z.number().min(0).max(100).optional(),
        }),
      )
      .max(500),
    managerPin: managerPin.optional(),
  })
  .strict();

export const approvalChannels = {
  'approvals.checkDiscount': channel({ request: discountCheck, response: empty, windows: ['till'] }),
  'approvals.get': channel({ request: empty, response: approvalLimits, windows: ['preferences'] }),
  'approvals.save': channel({ request: approvalLimits, response: approvalLimits, windows: ['preferences'] }),
};
