import { z } from 'zod';
import { currencyCode, minorUnits, timestamp } from '../ipc/common.ts';
import { languages } from '../i18n/languages.ts';

/*
 * The receipt model (TILL-7): everything a receipt says, built once in the core from a finished order or a
 * return, before any wording or layout. Every renderer (ESC/POS, HTML, PDF, e-mail) reads this one model through
 * `receiptDocument`, so a paper receipt and an e-mailed one cannot disagree.
 */

export const receiptLine = z.object({
  name: z.string(),
  quantity: z.number().int(),
  unitPrice: minorUnits,
  /** unitPrice × quantity. */
  gross: minorUnits,
  taxRateBp: z.number().int(),
  /** The line's own discount (not its share of the order discount). */
  discount: minorUnits,
  /** A percentage discount's rate in basis points; null for an amount off. */
  discountBp: z.number().int().nullable(),
});
export type ReceiptLine = z.infer<typeof receiptLine>;

export const receiptTax = z.object({
  rateBp: z.number().int(),
  /** The store's name for the rate ("VAT 7 %"), as the owner set it; null when the rate has none (any more). */
  name: z.string().nullable(),
  net: minorUnits,
  tax: minorUnits,
  gross: minorUnits,
});
export type ReceiptTax = z.infer<typeof receiptTax>;

export const receiptPayment = z.object({
  method: z.string(),
  journal: z.enum(['cash', 'bank']),
  amount: minorUnits,
  /** Cash handed over (null when not recorded, or not cash). */
  tendered: minorUnits.nullable(),
  cardBrand: z.string().nullable(),
  cardLast4: z.string().nullable(),
  /** The provider's reference for the charge or refund (e.g. a Stripe PaymentIntent id). */
  reference: z.string().nullable(),
  /** A voucher credit handed back on a refund. */
  voucherCode: z.string().nullable(),
});
export type ReceiptPayment = z.infer<typeof receiptPayment>;

export const receipt = z.object({
  kind: z.enum(['sale', 'refund']),
  /** A reprint: the paper says COPY so that it is never taken for a second sale. */
  copy: z.boolean(),
  /** The store's language and locale: a receipt is the customer's paper, not the cashier's. */
  language: z.enum(languages),
  locale: z.string(),
  currency: currencyCode,
  pricesIncludeTax: z.boolean(),
  shop: z.object({
    name: z.string(),
    /** Address and contact lines, as the owner typed them. */
    address: z.array(z.string()),
    taxId: z.string().nullable(),
  }),
  /** The order (sale) or the return (refund). */
  id: z.string(),
  orderId: z.string().nullable(),
  orderNumber: z.number().int().nullable(),
  at: timestamp,
  till: z.string(),
  /** The staff member's first name only: the customer need not know more. */
  cashier: z.string().nullable(),
  customer: z.string().nullable(),
  lines: z.array(receiptLine),
  subtotal: minorUnits,
  /** The order discount's amount and label (line discounts are on their lines). */
  orderDiscount: minorUnits,
  orderDiscountBp: z.number().int().nullable(),
  taxes: z.array(receiptTax),
  total: minorUnits,
  cashRounding: minorUnits,
  payments: z.array(receiptPayment),
  change: minorUnits,
  /** Why the money went back (refunds only). */
  reason: z.string().nullable(),
  footer: z.string().nullable(),
  /** What the QR code at the bottom encodes (null: no QR code). */
  qr: z.string().nullable(),
});
export type Receipt = z.infer<typeof receipt>;
