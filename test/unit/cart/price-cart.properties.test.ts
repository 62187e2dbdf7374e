import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Discount } from '../../../src/shared/ipc/common.ts';
import { priceCart, type CartTotals, type PricingLine } from '../../../src/shared/cart/price-cart.ts';

/*
 * Random carts up to 10^10 minor units a line, seeded with lines built to land exactly on half a cent. The
 * checks compare with exact BigInt arithmetic, so a float anywhere in the pricing (amount / 100 * rate,
 * amount − amount / 1.21) fails them on those ties.
 */
const rateBp = fc.oneof(
  fc.constantFrom(0, 500, 550, 700, 800, 825, 1000, 1300, 1600, 1900, 2000, 2100, 2400, 2500, 2700),
  fc.integer({ min: 0, max: 10_000 }),
);
const unitPrice = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1_000_000 }));
const quantity = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9_999 }));
/** A discount as a share (in thousandths) of what it applies to, so it never exceeds it. */
const discountShape = fc.option(
  fc.oneof(
    fc.record({ kind: fc.constant('percent' as const), basisPoints: fc.integer({ min: 0, max: 10_000 }) }),
    fc.record({ kind: fc.constant('amount' as const), thousandths: fc.integer({ min: 0, max: 1000 }) }),
  ),
  { nil: undefined },
);
type DiscountShape =
  { kind: 'percent'; basisPoints: number } | { kind: 'amount'; thousandths: number } | undefined;

function discountFor(shape: DiscountShape, worth: number): Discount | undefined {
  if (shape === undefined || shape.kind === 'percent') return shape;
  return { kind: 'amount', amount: Math.floor((worth * shape.thousandths) / 1000) };
}

type LineShape = { unitPrice: number; quantity: number; taxRateBp: number; discount: DiscountShape };
const randomLine = fc.record({ unitPrice, quantity, taxRateBp: rateBp, discount: discountShape });

/*
 * Lines whose exact tax or discount ends in exactly half a cent: the one place where a float computation that
 * is a hair too low (10.4999…) rounds the other way. Random amounts almost never land there.
 */
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const divisorsOf5000 = [
  1, 2, 4, 5, 8, 10, 20, 25, 40, 50, 100, 125, 200, 250, 500, 625, 1000, 1250, 2500, 5000,
];
/** amount × r / 10000 = k + ½  ⇔  amount = odd × 5000 / r. */
const halfCentOnTop = fc
  .tuple(fc.constantFrom(...divisorsOf5000), fc.integer({ min: 0, max: 500_000 }))
  .map(([r, j]) => ({ rate: r, amount: ((2 * j + 1) * 5000) / r }));
/** amount × r / (10000 + r) = k + ½  ⇔  amount = odd × (10000 + r) / g where g = gcd(10000 + r, 2r), if 2r/g is odd. */
const inclusiveTieRates = Array.from({ length: 10_000 }, (_, i) => i + 1).filter(
  (r) => ((2 * r) / gcd(10_000 + r, 2 * r)) % 2 === 1,
);
const halfCentInside = fc
  .tuple(fc.constantFrom(...inclusiveTieRates), fc.integer({ min: 0, max: 400_000 }))
  .map(([r, j]) => ({ rate: r, amount: ((2 * j + 1) * (10_000 + r)) / gcd(10_000 + r, 2 * r) }))
  .filter(({ amount }) => amount <= 10_000_000_000);
function tieLine(pricesIncludeTax: boolean): fc.Arbitrary<LineShape> {
  const taxTie = (pricesIncludeTax ? halfCentInside : halfCentOnTop).map(({ rate, amount }): LineShape => ({
    unitPrice: amount,
    quantity: 1,
    taxRateBp: rate,
    discount: undefined,
  }));
  const discountTie = fc.tuple(halfCentOnTop, rateBp).map(([{ rate, amount }, taxRateBp]): LineShape => ({
    unitPrice: amount,
    quantity: 1,
    taxRateBp,
    discount: { kind: 'percent', basisPoints: rate },
  }));
  return fc.oneof(taxTie, discountTie);
}

const cartInput = fc
  .boolean()
  .chain((pricesIncludeTax) =>
    fc.record({
      lines: fc.array(fc.oneof(randomLine, tieLine(pricesIncludeTax)), { minLength: 1, maxLength: 25 }),
      orderDiscount: fc.oneof(fc.constant(undefined), discountShape),
      pricesIncludeTax: fc.constant(pricesIncludeTax),
    }),
  )
  .map(({ lines, orderDiscount, pricesIncludeTax }) => {
    const pricing: PricingLine[] = lines.map((l, i) => ({
      name: `Item ${String(i + 1)}`,
      unitPrice: l.unitPrice,
      quantity: l.quantity,
      taxRateBp: l.taxRateBp,
      discount: discountFor(l.discount, l.unitPrice * l.quantity),
    }));
    const withoutOrderDiscount = priceCart({ lines: pricing, pricesIncludeTax });
    const afterLineDiscounts = withoutOrderDiscount.subtotal - withoutOrderDiscount.discountTotal;
    return {
      lines: pricing,
      orderDiscount: discountFor(orderDiscount, afterLineDiscounts),
      pricesIncludeTax,
    };
  });

const big = (n: number) => BigInt(n);
const abs = (n: bigint) => (n < 0n ? -n : n);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** r is a × b ÷ c rounded half-up: r − ½ ≤ a·b/c < r + ½, checked in exact integers. */
function expectHalfUp(r: number, a: number, b: number, c: number): void {
  const twice = 2n * big(a) * big(b);
  expect(
    (2n * big(r) - 1n) * big(c) <= twice,
    `${String(r)} ≥ ${String(a)}×${String(b)}/${String(c)} − ½`,
  ).toBe(true);
  expect(
    twice < (2n * big(r) + 1n) * big(c),
    `${String(r)} < ${String(a)}×${String(b)}/${String(c)} + ½`,
  ).toBe(true);
}

function allNumbers(cart: CartTotals): number[] {
  return [
    cart.subtotal,
    cart.discountTotal,
    cart.taxTotal,
    cart.total,
    ...cart.lines.flatMap((l) => Object.values(l)),
    ...cart.taxBreakdown.flatMap((r) => [r.rateBp, r.base, r.tax]),
  ];
}

describe('priceCart on random carts', () => {
  it('the receipt lines add up to the totals', () => {
    fc.assert(
      fc.property(cartInput, (input) => {
        const cart = priceCart(input);
        expect(cart.lines).toHaveLength(input.lines.length);
        expect(cart.total).toBe(sum(cart.lines.map((l) => l.total)));
        expect(cart.taxTotal).toBe(sum(cart.lines.map((l) => l.tax)));
        expect(cart.subtotal).toBe(sum(cart.lines.map((l) => l.gross)));
        expect(cart.discountTotal).toBe(sum(cart.lines.map((l) => l.discountTotal)));
        const tax = input.pricesIncludeTax ? 0 : cart.taxTotal;
        expect(cart.total).toBe(cart.subtotal - cart.discountTotal + tax);
      }),
      { numRuns: 500 },
    );
  });

  it('no amount is ever a fraction of a cent, negative or unsafe', () => {
    fc.assert(
      fc.property(cartInput, (input) => {
        for (const n of allNumbers(priceCart(input))) {
          expect(Number.isSafeInteger(n), String(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('each line is consistent: gross − discounts, then tax in or on top', () => {
    fc.assert(
      fc.property(cartInput, (input) => {
        const cart = priceCart(input);
        cart.lines.forEach((l, i) => {
          const line = input.lines[i];
          if (line === undefined) throw new Error('line missing');
          expect(l.gross).toBe(line.unitPrice * line.quantity);
          expect(l.discountTotal).toBe(l.lineDiscount + l.orderDiscountShare);
          const amount = l.gross - l.discountTotal;
          expect(amount).toBeGreaterThanOrEqual(0);
          if (input.pricesIncludeTax) {
            expect(l.total).toBe(amount);
            expect(l.net).toBe(amount - l.tax);
            expectHalfUp(l.tax, amount, line.taxRateBp, 10_000 + line.taxRateBp);
          } else {
            expect(l.net).toBe(amount);
            expect(l.total).toBe(amount + l.tax);
            expectHalfUp(l.tax, amount, line.taxRateBp, 10_000);
          }
          if (line.discount?.kind === 'percent')
            expectHalfUp(l.lineDiscount, l.gross, line.discount.basisPoints, 10_000);
          if (line.discount?.kind === 'amount') expect(l.lineDiscount).toBe(line.discount.amount);
          if (line.discount === undefined) expect(l.lineDiscount).toBe(0);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('the order discount is computed half-up and shared out exactly, each share within a cent of its part', () => {
    fc.assert(
      fc.property(cartInput, (input) => {
        const cart = priceCart(input);
        const worth = cart.lines.map((l) => l.gross - l.lineDiscount);
        const base = sum(worth);
        const orderDiscount = sum(cart.lines.map((l) => l.orderDiscountShare));
        if (input.orderDiscount === undefined) expect(orderDiscount).toBe(0);
        else if (input.orderDiscount.kind === 'amount')
          expect(orderDiscount).toBe(input.orderDiscount.amount);
        else expectHalfUp(orderDiscount, base, input.orderDiscount.basisPoints, 10_000);
        if (base === 0) return;
        cart.lines.forEach((l, i) => {
          const w = worth[i] ?? 0;
          expect(l.orderDiscountShare).toBeLessThanOrEqual(w);
          // |share − D·w/W| < 1
          expect(abs(big(l.orderDiscountShare) * big(base) - big(orderDiscount) * big(w)) < big(base)).toBe(
            true,
          );
        });
      }),
      { numRuns: 500 },
    );
  });

  it('the tax breakdown adds up to the totals, one row per rate, lowest first', () => {
    fc.assert(
      fc.property(cartInput, (input) => {
        const cart = priceCart(input);
        const rows = cart.taxBreakdown;
        expect(sum(rows.map((r) => r.tax))).toBe(cart.taxTotal);
        expect(sum(rows.map((r) => r.base))).toBe(sum(cart.lines.map((l) => l.net)));
        expect(sum(rows.map((r) => r.base + r.tax))).toBe(cart.total);
        expect(rows.map((r) => r.rateBp)).toEqual(
          [...new Set(input.lines.map((l) => l.taxRateBp))].sort((a, b) => a - b),
        );
        for (const row of rows) {
          const mine = cart.lines.filter((_, i) => input.lines[i]?.taxRateBp === row.rateBp);
          expect(row.base).toBe(sum(mine.map((l) => l.net)));
          expect(row.tax).toBe(sum(mine.map((l) => l.tax)));
        }
      }),
      { numRuns: 500 },
    );
  });
});
