import { z } from 'zod';
import { channel } from './channel.ts';
import { managerPin } from './fields.ts';
import { minorUnits, timestamp, uuid } from './common.ts';
import { words } from './field-words.ts';

const quantity = z
  .number({ error: words('check.typeHowManyCome') })
  .int({ error: words('check.typeHowManyCome') })
  .min(1, { error: words('check.least1ItemComes') })
  .max(9_999, { error: words('check.most9999Items') });

export const returnRoute = z.enum(['card', 'cash', 'voucher', 'other']);

export const returnRecord = z.object({
  id: z.string(),
  orderId: z.string().nullable(),
  shiftId: z.string().nullable(),
  reason: z.string(),
  staff: z.string().nullable(),
  approvedBy: z.string().nullable(),
  total: minorUnits,
  createdAt: timestamp,
  lines: z.array(
    z.object({
      position: z.number().int(),
      name: z.string(),
      quantity: z.number().int(),
      taxRateBp: z.number().int(),
      amount: minorUnits,
      tax: minorUnits,
    }),
  ),
  /** Where each part of the money went: the card (a provider refund), the drawer, a voucher credit. */
  payments: z.array(
    z.object({
      methodName: z.string(),
      route: returnRoute,
      amount: minorUnits,
      refundId: z.string().nullable(),
      voucherCode: z.string().nullable(),
    }),
  ),
});
export type ReturnRecord = z.infer<typeof returnRecord>;

export const returnableLine = z.object({
  position: z.number().int(),
  name: z.string(),
  unitPrice: minorUnits,
  sold: z.number().int(),
  returned: z.number().int(),
  /** What the remaining items are worth: the line's total less what returns already gave back. */
  left: minorUnits,
});

const reason = z
  .string({ error: words('check.giveReasonReturn') })
  .trim()
  .min(3, { error: words('check.giveReasonReturnLeast') })
  .max(200, { error: words('check.reasonMost200Characters') });

/** Returns by line (TILL-6): chosen lines and quantities of an order in history, each euro back where it came from. */
export const returnChannels = {
  'returns.forOrder': channel({
    request: z.object({ orderId: uuid }).strict(),
    response: z.object({ lines: z.array(returnableLine), returns: z.array(returnRecord) }),
    windows: ['till'],
  }),
  'returns.create': channel({
    request: z
      .object({
        /** Chosen by the till: a retried request gives the money back once. */
        returnId: uuid,
        /** The order the items were sold on; without one, a manager approves and the money goes back in cash. */
        orderId: uuid.optional(),
        lines: z
          .array(
            z
              .object({
                /** The order line (with an order), or the product (without one). */
                position: z.number().int().positive().optional(),
                productId: z.number().int().positive().optional(),
                quantity,
              })
              .strict(),
          )
          .min(1, { error: words('check.chooseLeastOneItem') })
          .max(500),
        reason,
        /** Give the card part back in cash instead of to the card: a manager approves. */
        cardToCash: z.boolean().default(false),
        managerPin: managerPin.optional(),
      })
      .strict(),
    response: returnRecord,
    windows: ['till'],
  }),
};

/** A return was written (from any window): screens showing the order, its returns or the shift's X read again. */
export const returnEvents = {
  'returns.given': z.object({
    returnId: z.string(),
    orderId: z.string().nullable(),
    shiftId: z.string().nullable(),
    total: minorUnits,
  }),
};
