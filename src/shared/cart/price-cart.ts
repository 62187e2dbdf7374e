/*
 * THE ROUNDING POLICY OF KASSA
 *
 * All amounts are integers of minor units (cents). Rounding happens in exactly the places below, always to the
 * nearest minor unit with halves rounded up, and every total is a sum of the rounded line values, so the lines
 * printed on a receipt always add up to the total printed under them.
 *
 * 1. A line's gross is unit price × quantity, exactly.
 * 2. A line discount in percent is rounded half-up on the gross (10 % of 12.35 is 1.24); a discount amount is
 *    taken as given. A line discount larger than the line's gross is refused.
 * 3. An order discount in percent is computed on the sum of the lines after their line discounts, rounded
 *    half-up; an amount is taken as given and refused when larger than that sum. It is then shared out over the
 *    lines in proportion to each line's discounted amount by the largest-remainder method, so the shares add up
 *    exactly to the order discount and no line's share exceeds what the line is worth.
 * 4. Tax is computed per line on the line's final amount (after both discounts), rounded half-up:
 *    - prices include tax: tax = amount × rate ÷ (100 % + rate), and the customer pays the amount;
 *    - prices exclude tax: tax = amount × rate ÷ 100 %, and the customer pays amount + tax.
 *    The arithmetic is exact integer arithmetic (no floats), whatever the amount.
 * 5. The order's subtotal, discount, tax and total are sums of the line values. The tax breakdown groups the
 *    lines by rate: its base is the sum of the lines' amounts net of tax, its tax the sum of the lines' taxes.
 *
 * With tax-inclusive prices, subtotal and discount include tax and total = subtotal − discount. With
 * tax-exclusive prices, subtotal and discount are net and total = subtotal − discount + tax.
 */
import type { KassaError } from '../errors.ts';
import type { MessageKey, MessageParams } from '../i18n/translate.ts';
import type { Discount } from '../ipc/common.ts';
import { allocate } from '../money/money.ts';
import { assertTaxRate, percentOf, taxIncludedIn, taxOn } from './tax.ts';
import { translatedError } from '../i18n/errors.ts';

export interface PricingLine {
  name: string;
  unitPrice: number;
  quantity: number;
  taxRateBp: number;
  discount?: Discount | undefined;
}

export interface PricedLine {
  /** unitPrice × quantity. */
  gross: number;
  lineDiscount: number;
  orderDiscountShare: number;
  /** lineDiscount + orderDiscountShare. */
  discountTotal: number;
  /** The line's amount excluding tax. */
  net: number;
  tax: number;
  /** What the customer pays for the line. */
  total: number;
}

export interface TaxBreakdownRow {
  rateBp: number;
  base: number;
  tax: number;
}

export interface CartTotals {
  lines: PricedLine[];
  /** Sum of the lines' gross. */
  subtotal: number;
  discountTotal: number;
  taxTotal: number;
  total: number;
  /** One row per tax rate in the cart, lowest rate first. */
  taxBreakdown: TaxBreakdownRow[];
}

export interface PricingInput {
  lines: readonly PricingLine[];
  orderDiscount?: Discount | undefined;
  pricesIncludeTax: boolean;
}

export const maxQuantity = 9_999;

function invalid(key: MessageKey, params: MessageParams | undefined, field: string): KassaError {
  return translatedError('invalid_request', key, params, field);
}

/** A sum of safe integers can leave the safe range; an order that large is refused rather than mis-added. */
function sum(values: readonly number[], tooLarge: MessageKey): number {
  let total = 0;
  for (const v of values) total += v;
  if (!Number.isSafeInteger(total)) {
    throw translatedError('amount_invalid', tooLarge, undefined, 'lines');
  }
  return total;
}

function assertLine(line: PricingLine): void {
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1 || line.quantity > maxQuantity) {
    throw invalid('err.cart.quantityRange', { name: line.name, max: maxQuantity }, 'quantity');
  }
  if (!Number.isSafeInteger(line.unitPrice) || line.unitPrice < 0) {
    throw invalid('err.cart.priceWholeCents', { name: line.name }, 'unitPrice');
  }
  assertTaxRate(line.taxRateBp);
}

function assertDiscount(discount: Discount, field: string): void {
  const valid =
    discount.kind === 'percent'
      ? Number.isSafeInteger(discount.basisPoints) &&
        discount.basisPoints >= 0 &&
        discount.basisPoints <= 10_000
      : Number.isSafeInteger(discount.amount) && discount.amount >= 0;
  if (!valid) {
    throw invalid(
      discount.kind === 'percent' ? 'err.cart.discountPercentRange' : 'err.cart.discountWholeCents',
      undefined,
      field,
    );
  }
}

function discountOn(amount: number, discount: Discount | undefined): number {
  if (discount === undefined) return 0;
  return discount.kind === 'percent' ? percentOf(amount, discount.basisPoints) : discount.amount;
}

/** Prices a cart by the rounding policy above. Lines come back in the order they were given. */
export function priceCart(input: PricingInput): CartTotals {
  const { lines, orderDiscount, pricesIncludeTax } = input;

  const afterLineDiscounts = lines.map((line) => {
    assertLine(line);
    const gross = line.unitPrice * line.quantity;
    if (!Number.isSafeInteger(gross)) {
      throw translatedError(
        'amount_invalid',
        'err.cart.lineTooLarge',
        { name: line.name, quantity: line.quantity },
        'quantity',
      );
    }
    if (line.discount !== undefined) assertDiscount(line.discount, 'discount');
    const lineDiscount = discountOn(gross, line.discount);
    if (lineDiscount > gross) {
      throw invalid('err.cart.lineDiscountTooLarge', { name: line.name }, 'discount');
    }
    return { gross, lineDiscount, discounted: gross - lineDiscount, rateBp: line.taxRateBp };
  });

  const discountedSum = sum(
    afterLineDiscounts.map((l) => l.discounted),
    'err.cart.totalTooLarge',
  );
  if (orderDiscount !== undefined) assertDiscount(orderDiscount, 'orderDiscount');
  const orderDiscountAmount = discountOn(discountedSum, orderDiscount);
  if (orderDiscountAmount > discountedSum) {
    throw invalid('err.cart.orderDiscountTooLarge', undefined, 'orderDiscount');
  }
  const shares =
    orderDiscountAmount === 0
      ? afterLineDiscounts.map(() => 0)
      : allocate(
          orderDiscountAmount,
          afterLineDiscounts.map((l) => l.discounted),
        );

  const rated = afterLineDiscounts.map(({ gross, lineDiscount, discounted, rateBp }, index) => {
    const orderDiscountShare = shares[index] ?? 0;
    const amount = discounted - orderDiscountShare;
    const tax = pricesIncludeTax ? taxIncludedIn(amount, rateBp) : taxOn(amount, rateBp);
    const net = pricesIncludeTax ? amount - tax : amount;
    const total = pricesIncludeTax ? amount : amount + tax;
    const line: PricedLine = {
      gross,
      lineDiscount,
      orderDiscountShare,
      discountTotal: lineDiscount + orderDiscountShare,
      net,
      tax,
      total,
    };
    return { rateBp, line };
  });
  const priced = rated.map((r) => r.line);

  const byRate = new Map<number, TaxBreakdownRow>();
  for (const { rateBp, line } of rated) {
    const row = byRate.get(rateBp) ?? { rateBp, base: 0, tax: 0 };
    row.base += line.net;
    row.tax += line.tax;
    byRate.set(rateBp, row);
  }

  return {
    lines: priced,
    subtotal: sum(
      priced.map((l) => l.gross),
      'err.cart.totalTooLarge',
    ),
    discountTotal: sum(
      priced.map((l) => l.discountTotal),
      'err.cart.discountTooLarge',
    ),
    taxTotal: sum(
      priced.map((l) => l.tax),
      'err.cart.taxTooLarge',
    ),
    total: sum(
      priced.map((l) => l.total),
      'err.cart.totalTooLarge',
    ),
    taxBreakdown: [...byRate.values()].sort((a, b) => a.rateBp - b.rateBp),
  };
}
