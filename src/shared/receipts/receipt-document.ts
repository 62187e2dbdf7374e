import { formatMoney } from '../money/money.ts';
import type { Translator } from '../i18n/translate.ts';
import type { Receipt } from './receipt.ts';

/*
 * The receipt in words, as blocks every renderer lays out its own way (a 32-column thermal roll, an A4 page,
 * an e-mail). The wording and the figures are decided here once; a renderer only places them.
 */

/**
 * What a block is, for a screen that shows the paper (the till's receipt view marks the order number, the
 * total and the payments so a cashier's eye and the tests find them); printers ignore it.
 */
export type ReceiptPart = 'number' | 'total' | 'payment' | 'paymentDetail' | 'reference' | 'change';

export type ReceiptBlock =
  /** The shop's name: large and centred. */
  (
    | { kind: 'heading'; text: string }
    /** Centred text (address, tax id, COPY, thanks, footer); `strong` prints bold and large. */
    | { kind: 'center'; text: string; strong?: boolean }
    /** A left-aligned text line. */
    | { kind: 'text'; text: string }
    /** A label on the left, an amount on the right; `detail` lines are indented under the one above. */
    | { kind: 'row'; label: string; amount: string; strong?: boolean; detail?: boolean }
    | { kind: 'rule' }
    | { kind: 'qr'; payload: string }
  ) & { part?: ReceiptPart };

export interface ReceiptDocument {
  language: Receipt['language'];
  /** A short title (the PDF's, the e-mail's subject line). */
  title: string;
  blocks: ReceiptBlock[];
}

/** Intl formats are costly to build: one pair per locale. */
const formats = new Map<string, { percent: Intl.NumberFormat; dateTime: Intl.DateTimeFormat }>();
function formatsFor(locale: string) {
  let f = formats.get(locale);
  if (!f) {
    f = {
      percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }),
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    };
    formats.set(locale, f);
  }
  return f;
}

/** A percentage in the locale's way ("7 %", "7%"), for `taxLabel`. */
export const percentFormat = (locale: string): Intl.NumberFormat => formatsFor(locale).percent;

/**
 * A tax rate as the receipt names it: the store's name for it ("VAT 7 %"), with the rate added where the name
 * does not say it ("Reduced (7 %)": the rate must be on the paper); the generic words when the rate has no name.
 */
export function taxLabel(
  name: string | null,
  rateBp: number,
  percent: Intl.NumberFormat,
  t: Translator['t'],
): string {
  const rate = percent.format(rateBp / 10_000);
  if (name === null || name.trim() === '') return t('tax.rate', { rate });
  // Whether the name already says the rate: its number standing alone, with either decimal mark ("5.5", "5,5").
  const whole = Math.trunc(rateBp / 100);
  const fraction = String(rateBp % 100)
    .padStart(2, '0')
    .replace(/0+$/u, '');
  const number = fraction ? `${whole}[.,]${fraction}0*` : `${whole}(?:[.,]0+)?`;
  const alone = new RegExp(`(?<![\\d.,])${number}(?![.,]?\\d)`, 'u').test(name);
  return alone ? name : t('tax.named', { name, rate });
}

/** Lays the receipt out in words in its own language (the store's). */
export function receiptDocument(receipt: Receipt, translator: Translator): ReceiptDocument {
  const { t } = translator;
  const money = (minor: number) => formatMoney(minor, receipt.currency, receipt.locale);
  const { percent, dateTime } = formatsFor(receipt.locale);
  // One label per rate, named as the store names it.
  const labels = new Map(receipt.taxes.map((x) => [x.rateBp, taxLabel(x.name, x.rateBp, percent, t)]));
  const rate = (bp: number) => {
    let label = labels.get(bp);
    if (label === undefined) labels.set(bp, (label = taxLabel(null, bp, percent, t)));
    return label;
  };
  const discountLabel = (amount: number, bp: number | null) =>
    bp === null
      ? t('cart.discountAmount', { amount: money(amount) })
      : t('cart.discountPercent', { percent: percent.format(bp / 10_000) });
  const refund = receipt.kind === 'refund';

  const blocks: ReceiptBlock[] = [{ kind: 'heading', text: receipt.shop.name }];
  for (const line of receipt.shop.address) blocks.push({ kind: 'center', text: line });
  if (receipt.shop.taxId)
    blocks.push({ kind: 'center', text: t('print.receipt.taxId', { taxId: receipt.shop.taxId }) });
  if (refund) blocks.push({ kind: 'center', text: t('print.receipt.refundTitle'), strong: true });
  if (receipt.copy) blocks.push({ kind: 'center', text: t('print.receipt.copy'), strong: true });
  blocks.push({ kind: 'rule' });

  const number =
    receipt.orderNumber === null
      ? t('receipt.notNumbered')
      : refund
        ? t('print.receipt.refundOf', { number: receipt.orderNumber })
        : t('receipt.number', { number: receipt.orderNumber });
  blocks.push({ kind: 'text', text: number, part: 'number' });
  blocks.push({ kind: 'text', text: dateTime.format(receipt.at) });
  blocks.push({ kind: 'text', text: t('print.receipt.till', { till: receipt.till }) });
  if (receipt.cashier)
    blocks.push({ kind: 'text', text: t('print.receipt.cashier', { name: receipt.cashier }) });
  if (receipt.customer)
    blocks.push({ kind: 'text', text: t('print.receipt.customer', { name: receipt.customer }) });
  if (receipt.reason)
    blocks.push({ kind: 'text', text: t('print.receipt.reason', { reason: receipt.reason }) });
  blocks.push({ kind: 'rule' });

  for (const line of receipt.lines) {
    blocks.push({ kind: 'row', label: line.name, amount: money(line.gross) });
    blocks.push({
      kind: 'row',
      label: `${t('receipt.quantityTimes', { quantity: line.quantity, price: money(line.unitPrice) })} · ${rate(line.taxRateBp)}`,
      amount: '',
      detail: true,
    });
    if (line.discount !== 0)
      blocks.push({
        kind: 'row',
        label: t('receipt.discount', { discount: discountLabel(line.discount, line.discountBp) }),
        amount: money(-line.discount),
        detail: true,
      });
  }
  blocks.push({ kind: 'rule' });
  blocks.push({ kind: 'row', label: t('totals.subtotal'), amount: money(receipt.subtotal) });
  if (receipt.orderDiscount !== 0)
    blocks.push({
      kind: 'row',
      label: t('receipt.orderDiscount', {
        discount: discountLabel(receipt.orderDiscount, receipt.orderDiscountBp),
      }),
      amount: money(-receipt.orderDiscount),
    });
  // With prices before tax, the tax is added on its own rows between the subtotal and the total.
  if (!receipt.pricesIncludeTax)
    for (const tax of receipt.taxes)
      blocks.push({ kind: 'row', label: rate(tax.rateBp), amount: money(tax.tax) });
  blocks.push({
    kind: 'row',
    label: t('totals.total'),
    amount: money(receipt.total),
    strong: true,
    part: 'total',
  });
  if (receipt.cashRounding !== 0)
    blocks.push({ kind: 'row', label: t('receipt.cashRounding'), amount: money(receipt.cashRounding) });
  blocks.push({ kind: 'rule' });

  for (const tax of receipt.taxes) {
    blocks.push({ kind: 'text', text: rate(tax.rateBp) });
    blocks.push({ kind: 'row', label: t('receipt.taxNet'), amount: money(tax.net), detail: true });
    blocks.push({ kind: 'row', label: t('receipt.taxAmount'), amount: money(tax.tax), detail: true });
    blocks.push({ kind: 'row', label: t('receipt.taxGross'), amount: money(tax.gross), detail: true });
  }
  blocks.push({ kind: 'rule' });

  for (const payment of receipt.payments) {
    blocks.push({
      kind: 'row',
      label: refund ? t('print.receipt.paidBack', { method: payment.method }) : payment.method,
      amount: money(payment.amount),
      part: 'payment',
    });
    if (payment.tendered !== null && payment.tendered !== payment.amount)
      blocks.push({
        kind: 'row',
        label: t('print.receipt.tendered'),
        amount: money(payment.tendered),
        detail: true,
        part: 'paymentDetail',
      });
    if (payment.cardBrand)
      blocks.push({
        kind: 'text',
        text: payment.cardLast4
          ? t('print.receipt.card', { brand: payment.cardBrand.toUpperCase(), last4: payment.cardLast4 })
          : payment.cardBrand.toUpperCase(),
        part: 'paymentDetail',
      });
    if (payment.reference)
      blocks.push({
        kind: 'text',
        text: t('print.receipt.reference', { reference: payment.reference }),
        part: 'reference',
      });
    if (payment.voucherCode)
      blocks.push({
        kind: 'text',
        text: t('print.receipt.voucher', { code: payment.voucherCode }),
        part: 'paymentDetail',
      });
  }
  if (receipt.change !== 0)
    blocks.push({
      kind: 'row',
      label: t('receipt.change'),
      amount: money(receipt.change),
      strong: true,
      part: 'change',
    });
  blocks.push({ kind: 'rule' });

  if (receipt.footer)
    for (const line of receipt.footer.split('\n')) blocks.push({ kind: 'center', text: line });
  else blocks.push({ kind: 'center', text: t('receipt.thanks') });
  if (receipt.qr) blocks.push({ kind: 'qr', payload: receipt.qr });
  if (receipt.copy) blocks.push({ kind: 'center', text: t('print.receipt.copy'), strong: true });

  const title =
    receipt.orderNumber === null
      ? receipt.shop.name
      : `${receipt.shop.name} — ${refund ? t('print.receipt.refundOf', { number: receipt.orderNumber }) : t('receipt.number', { number: receipt.orderNumber })}`;
  return { language: receipt.language, title, blocks };
}
