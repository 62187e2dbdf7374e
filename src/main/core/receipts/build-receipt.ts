import { percentOf } from '../../../shared/cart/tax.ts';
import { toDecimalString } from '../../../shared/money/money.ts';
import { languageForLocale } from '../../../shared/i18n/languages.ts';
import type { Order, OrderLine } from '../../../shared/ipc/orders.ts';
import type { ReturnRecord } from '../../../shared/ipc/returns.ts';
import type { Receipt, ReceiptTax } from '../../../shared/receipts/receipt.ts';

/** What the owner sets for every receipt (Preferences → Printers and receipt). */
export interface ReceiptSettings {
  /** Address and contact lines under the shop's name. */
  address: string[];
  taxId: string | null;
  /** Printed at the bottom; the default thank-you when empty. */
  footer: string | null;
  /** Print a QR code that finds the order again (scanned at a till's history). */
  qr: boolean;
  /** Print the Z report on the receipt printer by itself when the day is closed. */
  zAtClose: boolean;
}

export const defaultReceiptSettings: ReceiptSettings = {
  address: [],
  taxId: null,
  footer: null,
  qr: true,
  zAtClose: true,
};

/** A card refund given from History (the refunds table's row, as the receipt needs it). */
export interface CardRefundFacts {
  id: string;
  orderId: string;
  paymentLineId: string;
  amount: number;
  createdAt: number;
  providerRef: string | null;
  actor: string | null;
}

export interface ReceiptContext {
  store: { name: string; locale: string };
  till: { id: string; name: string };
  settings: ReceiptSettings;
  /** The provider's reference of a card payment line (the journal answers). */
  referenceOf: (paymentLineId: string) => string | null;
  /** A reprint. */
  copy: boolean;
  /** The store's tax rates' names by rate ("VAT 7 %"), for the tax lines. */
  taxNames: ReadonlyMap<number, string>;
}

/** The staff member's first name: a receipt names who served, not their full name. */
export const firstName = (name: string | null | undefined): string | null =>
  name ? (name.trim().split(/\s+/)[0] ?? null) : null;

const lineDiscount = (line: OrderLine): number =>
  !line.discount
    ? 0
    : line.discount.kind === 'percent'
      ? percentOf(line.gross, line.discount.basisPoints)
      : line.discount.amount;

/** What the QR code says: enough to find the order again, nothing about the customer. */
function qrPayload(tillId: string, number: number | null, at: number, total: number, currency: string) {
  return `KASSA:${tillId}:${number ?? '-'}:${new Date(at).toISOString()}:${toDecimalString(total, currency)}:${currency}`;
}

function taxesOf(
  rows: readonly { rateBp: number; net: number; tax: number }[],
  names: ReadonlyMap<number, string>,
): ReceiptTax[] {
  const byRate = new Map<number, ReceiptTax>();
  for (const row of rows) {
    const sum = byRate.get(row.rateBp) ?? {
      rateBp: row.rateBp,
      name: names.get(row.rateBp) ?? null,
      net: 0,
      tax: 0,
      gross: 0,
    };
    sum.net += row.net;
    sum.tax += row.tax;
    sum.gross += row.net + row.tax;
    byRate.set(row.rateBp, sum);
  }
  return [...byRate.values()].sort((a, b) => a.rateBp - b.rateBp);
}

function header(ctx: ReceiptContext) {
  return {
    language: languageForLocale(ctx.store.locale),
    locale: ctx.store.locale,
    shop: { name: ctx.store.name, address: ctx.settings.address, taxId: ctx.settings.taxId },
    till: ctx.till.name,
    footer: ctx.settings.footer,
    copy: ctx.copy,
  };
}

/**
 * The receipt of a finished order: only the payments that were made (a declined card is not the customer's
 * business), the lines with their own discounts, the order discount, tax per rate and the change.
 */
export function buildReceipt(order: Order, ctx: ReceiptContext): Receipt {
  const lines = order.lines.map((line) => ({
    name: line.name,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    gross: line.gross,
    taxRateBp: line.taxRateBp,
    discount: lineDiscount(line),
    discountBp: line.discount?.kind === 'percent' ? line.discount.basisPoints : null,
  }));
  const lineDiscounts = lines.reduce((sum, l) => sum + l.discount, 0);
  const paid = order.payments.filter((p) => p.status === 'paid');
  const at = order.paidAt ?? order.createdAt;
  return {
    ...header(ctx),
    kind: 'sale',
    currency: order.currency,
    pricesIncludeTax: order.pricesIncludeTax,
    id: order.id,
    orderId: order.id,
    orderNumber: order.number,
    at,
    cashier: firstName(order.soldBy?.name),
    customer: order.customer?.name ?? null,
    lines,
    subtotal: order.subtotal,
    orderDiscount: order.discountTotal - lineDiscounts,
    orderDiscountBp: order.orderDiscount?.kind === 'percent' ? order.orderDiscount.basisPoints : null,
    taxes: taxesOf(
      order.taxBreakdown.map((r) => ({ rateBp: r.rateBp, net: r.base, tax: r.tax })),
      ctx.taxNames,
    ),
    total: order.total,
    cashRounding: order.cashRounding,
    payments: paid.map((p) => ({
      method: p.methodName,
      journal: p.journal,
      amount: p.amount,
      tendered: p.tendered,
      cardBrand: p.cardBrand,
      cardLast4: p.cardLast4,
      reference: p.cardBrand || p.journal === 'bank' ? ctx.referenceOf(p.id) : null,
      voucherCode: null,
    })),
    change: paid.reduce((sum, p) => sum + p.change, 0),
    reason: null,
    qr: ctx.settings.qr ? qrPayload(ctx.till.id, order.number, at, order.total, order.currency) : null,
  };
}

/**
 * The receipt of a card refund given from History: no goods came back, so it lists no lines and no tax; it says
 * REFUND with the order's number and the amount gone back to the card with its brand, last 4 and
 * the provider's reference.
 */
export function buildCardRefundReceipt(refund: CardRefundFacts, order: Order, ctx: ReceiptContext): Receipt {
  const line = order.payments.find((p) => p.id === refund.paymentLineId);
  return {
    ...header(ctx),
    kind: 'refund',
    currency: order.currency,
    pricesIncludeTax: order.pricesIncludeTax,
    id: refund.id,
    orderId: order.id,
    orderNumber: order.number,
    at: refund.createdAt,
    cashier: firstName(refund.actor),
    customer: order.customer?.name ?? null,
    lines: [],
    subtotal: refund.amount,
    orderDiscount: 0,
    orderDiscountBp: null,
    taxes: [],
    total: refund.amount,
    cashRounding: 0,
    payments: [
      {
        method: line?.methodName ?? '',
        journal: 'bank',
        amount: refund.amount,
        tendered: null,
        cardBrand: line?.cardBrand ?? null,
        cardLast4: line?.cardLast4 ?? null,
        reference: refund.providerRef,
        voucherCode: null,
      },
    ],
    change: 0,
    // The provider's reason code (requested_by_customer) is no sentence for the customer.
    reason: null,
    qr: null,
  };
}

/** The receipt of a return: what came back, the tax it carried per rate, and where the money went. */
export function buildRefundReceipt(
  ret: ReturnRecord,
  order: Order | null,
  ctx: ReceiptContext & {
    currency: string;
    pricesIncludeTax: boolean;
    refundReference: (refundId: string) => string | null;
  },
): Receipt {
  const unitOf = (position: number) => order?.lines.find((l) => l.position === position)?.unitPrice;
  const lines = ret.lines.map((line) => ({
    name: line.name,
    quantity: line.quantity,
    unitPrice: unitOf(line.position) ?? Math.round(line.amount / line.quantity),
    gross: line.amount,
    taxRateBp: line.taxRateBp,
    discount: 0,
    discountBp: null,
  }));
  const currency = order?.currency ?? ctx.currency;
  return {
    ...header(ctx),
    kind: 'refund',
    currency,
    pricesIncludeTax: order?.pricesIncludeTax ?? ctx.pricesIncludeTax,
    id: ret.id,
    orderId: ret.orderId,
    orderNumber: order?.number ?? null,
    at: ret.createdAt,
    cashier: firstName(ret.staff),
    customer: order?.customer?.name ?? null,
    lines,
    subtotal: ret.total,
    orderDiscount: 0,
    orderDiscountBp: null,
    taxes: taxesOf(
      ret.lines.map((l) => ({ rateBp: l.taxRateBp, net: l.amount - l.tax, tax: l.tax })),
      ctx.taxNames,
    ),
    total: ret.total,
    cashRounding: 0,
    payments: ret.payments.map((p) => ({
      method: p.methodName,
      journal: p.route === 'cash' ? 'cash' : 'bank',
      amount: p.amount,
      tendered: null,
      cardBrand: null,
      cardLast4: null,
      reference: p.refundId ? ctx.refundReference(p.refundId) : null,
      voucherCode: p.voucherCode,
    })),
    change: 0,
    reason: ret.reason,
    qr: null,
  };
}
