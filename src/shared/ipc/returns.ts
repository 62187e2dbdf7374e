import { z } from 'zod';
import { channel } from './channel.ts';
import { managerPin } from './fields.ts';
import { minorUnits, timestamp, uuid } from './common.ts';

const quantity = z
  .number({ error: 'Type how many come back, as a whole number.' })
  .int({ error: 'Type how many come back, as a whole number.' })
  .min(1, { error: 'At least 1 item comes back on a line of a return.' })
  .max(9_999, { error: 'At most 9,999 items come back on one line.' });

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
  .string({ error: 'Give a reason for the return.' })
  .trim()
  .min(3, { error: 'Give a reason for the return (at least 3 characters).' })
  .max(200, { error: 'A reason is at most 200 characters.' });

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
          .min(1, { error: 'Choose at least one item to return.' })
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
