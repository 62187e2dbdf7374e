import { z } from 'zod';
import { channel } from './channel.ts';
import { managerPin } from './fields.ts';
import { currencyCode, discount, minorUnits, positiveMinorUnits, timestamp, uuid } from './common.ts';
import { usedAccounts } from './payment-methods.ts';
import { words } from './field-words.ts';

export const cartLineInput = z
  .object({
    productId: z.number().int().positive(),
    quantity: z
      .number({ error: words('check.quantityNumber') })
      .int({ error: words('check.quantityWholeNumber') })
      .min(1, { error: words('check.quantityLeast1') })
      .max(9_999, { error: words('check.quantityMost9999') }),
    discount: discount.optional(),
  })
  .strict();
export type CartLineInput = z.infer<typeof cartLineInput>;

export const paymentInput = z
  .object({
    /** Chosen by the till, so that a retried request never records the payment twice. */
    id: uuid,
    methodId: z.string().min(1).max(64),
    /** What this payment line pays towards the order. */
    amount: positiveMinorUnits,
    /** Cash handed over; the difference to `amount` is the change due. Only for cash methods. */
    tendered: minorUnits.optional(),
  })
  .strict();
export type PaymentInput = z.infer<typeof paymentInput>;

export const orderStatus = z.enum(['open', 'paid', 'voided']);
export type OrderStatus = z.infer<typeof orderStatus>;

/** Whether the money of an order went back to the customer: none, some, or all that was paid (issue 15.18). */
export const refundState = z.enum(['none', 'partly', 'full']);
export type RefundState = z.infer<typeof refundState>;

export const orderLine = z.object({
  position: z.number().int(),
  productId: z.number().int().nullable(),
  name: z.string(),
  quantity: z.number().int(),
  unitPrice: minorUnits,
  taxRateBp: z.number().int(),
  discount: discount.nullable(),
  /** unitPrice × quantity. */
  gross: minorUnits,
  /** Line discount plus this line's share of the order discount. */
  discountTotal: minorUnits,
  tax: minorUnits,
  /** What the customer pays for the line, tax included. */
  total: minorUnits,
});
export type OrderLine = z.infer<typeof orderLine>;

export const paymentLineStatus = z.enum(['pending', 'paid', 'failed', 'voided']);

export const paymentLine = z.object({
  id: z.string(),
  methodId: z.string(),
  methodName: z.string(),
  journal: z.enum(['cash', 'bank']),
  amount: minorUnits,
  tendered: minorUnits.nullable(),
  change: minorUnits,
  status: paymentLineStatus,
  cardBrand: z.string().nullable(),
  cardLast4: z.string().nullable(),
  /** Recorded without the provider's confirmation (force done) or otherwise needing a look. */
  needsReconciliation: z.boolean(),
  createdAt: timestamp,
  /**
   * The accounts the payment was posted to, as its method had them when the line was written: changing the
   * method's codes later leaves past payments where they were booked (PREF-2). Every stored line has them;
   * bookkeeping is for managers and owners, so an order sent to a till where a cashier is signed in has null
   * here (issue 15.6).
   */
  accounts: usedAccounts.nullable(),
});
export type PaymentLine = z.infer<typeof paymentLine>;

export const taxBreakdownRow = z.object({ rateBp: z.number().int(), base: minorUnits, tax: minorUnits });

export const order = z.object({
  id: z.string(),
  number: z.number().int().nullable(),
  tillId: z.string(),
  status: orderStatus,
  currency: currencyCode,
  pricesIncludeTax: z.boolean(),
  createdAt: timestamp,
  paidAt: timestamp.nullable(),
  lines: z.array(orderLine),
  orderDiscount: discount.nullable(),
  subtotal: minorUnits,
  discountTotal: minorUnits,
  taxTotal: minorUnits,
  total: minorUnits,
  /** Cash rounding applied to the amount due (negative: rounded down in the customer's favour). */
  cashRounding: minorUnits,
  taxBreakdown: z.array(taxBreakdownRow),
  payments: z.array(paymentLine),
  /** The customer on the order, if one was attached (TILL-5). */
  customer: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Who sold it: the member signed in when it was saved, by their name then (null only before issue 15.9). */
  soldBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Sum of paid payment lines. */
  paid: minorUnits,
  /** What is still due: total + cashRounding − paid. */
  remaining: minorUnits,
  change: minorUnits,
  /** Given back to the customer: confirmed card refunds and returns paid out another way. */
  refunded: minorUnits,
  refundState,
});
export type Order = z.infer<typeof order>;

export const orderSummary = z.object({
  id: z.string(),
  number: z.number().int().nullable(),
  status: orderStatus,
  currency: currencyCode,
  total: minorUnits,
  createdAt: timestamp,
  paidAt: timestamp.nullable(),
  lineCount: z.number().int(),
  methods: z.array(z.string()),
  refunded: minorUnits,
  refundState,
});
export type OrderSummary = z.infer<typeof orderSummary>;

export const orderSearch = z
  .object({
    number: z.number().int().positive().optional(),
    /** Inclusive range on the time the order was paid (or created, for open ones). */
    from: timestamp.optional(),
    to: timestamp.optional(),
    amount: minorUnits.optional(),
    cardLast4: z
      .string()
      .regex(/^\d{4}$/, { error: words('check.cardLast4Four') })
      .optional(),
    status: orderStatus.optional(),
    /** false: leave out the orders kept open for later (tabs, pickups), as the unfinished-sales note does. */
    kept: z.boolean().optional(),
    limit: z.number().int().min(1).max(200).default(50),
    /** Paging: return orders older than this one. */
    before: z.string().optional(),
  })
  .strict()
  .refine((s) => s.from === undefined || s.to === undefined || s.from <= s.to, {
    error: words('check.startDateBeforeEnd'),
    path: ['from'],
  });

export const orderChannels = {
  'orders.checkout': channel({
    request: z
      .object({
        /** Chosen by the till when the cart starts: a retried checkout never creates a second order. */
        orderId: uuid,
        lines: z
          .array(cartLineInput)
          .min(1, { error: words('check.cartEmpty') })
          .max(500, { error: words('check.orderHaveMost500') }),
        orderDiscount: discount.optional(),
        payments: z.array(paymentInput).max(20),
        /** The customer on the order (TILL-5): needed by methods marked "identify customer". */
        customerId: uuid.optional(),
        /** A manager's approval of a discount over the cashier's limit (TILL-9); asked for with `pin_required`. */
        managerPin: managerPin.optional(),
        /**
         * The card payment the till will send right after saving: main checks that it can be taken (method,
         * provider, currency, amount) before it saves anything, so a refused Send leaves no open order.
         */
        cardPayment: z
          .object({ methodId: z.string().min(1).max(64), amount: positiveMinorUnits })
          .strict()
          .optional(),
      })
      .strict(),
    response: order,
    windows: ['till'],
    signedIn: true,
  }),
  'orders.addPayment': channel({
    request: z.object({ orderId: uuid, payment: paymentInput }).strict(),
    response: order,
    windows: ['till'],
    signedIn: true,
  }),
  'orders.void': channel({
    request: z.object({ orderId: uuid, reason: z.string().trim().min(1).max(200) }).strict(),
    response: order,
    windows: ['till'],
    signedIn: true,
  }),
  'orders.get': channel({
    request: z.object({ orderId: uuid }).strict(),
    response: order,
    windows: ['till'],
  }),
  'orders.search': channel({
    request: orderSearch,
    response: z.object({ orders: z.array(orderSummary), nextCursor: z.string().nullable() }),
    windows: ['till'],
  }),
};

export const orderEvents = {
  'orders.changed': z.object({
    orderId: z.string(),
    status: orderStatus,
    number: z.number().int().nullable(),
  }),
};
