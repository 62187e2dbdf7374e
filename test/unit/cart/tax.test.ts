import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KassaError } from '../../../src/shared/errors.ts';
import {
  assertTaxRate,
  mulDivHalfUp,
  percentOf,
  taxIncludedIn,
  taxOn,
} from '../../../src/shared/cart/tax.ts';

describe('percentOf', () => {
  it.each([
    [1235, 1000, 124],
    [1234, 1000, 123],
    [1225, 1000, 123],
    [5, 1000, 1],
    [4, 1000, 0],
    [999, 10_000, 999],
    [999, 0, 0],
    [100, 1, 0],
    [5000, 1, 1],
  ])('%i minor units at %i bp is %i', (amount, bp, result) => {
    expect(percentOf(amount, bp)).toBe(result);
  });
});

describe('tax', () => {
  it.each([
    [1210, 2100, 210],
    [1000, 2100, 174],
    [119, 1900, 19],
    [100, 700, 7],
    [1, 2100, 0],
    [0, 2100, 0],
    [1000, 0, 0],
  ])('a tax-inclusive %i at %i bp contains %i tax', (amount, rateBp, tax) => {
    expect(taxIncludedIn(amount, rateBp)).toBe(tax);
  });

  it.each([
    [1000, 825, 83],
    [1000, 2100, 210],
    [199, 700, 14],
    [2, 2500, 1],
    [1, 2500, 0],
    [1000, 0, 0],
  ])('a net %i at %i bp carries %i tax', (net, rateBp, tax) => {
    expect(taxOn(net, rateBp)).toBe(tax);
  });

  it('is exact on amounts where a float product would round the wrong way', () => {
    // 10^10 minor units at 21 %: amount × rate = 2.1 × 10^13, fine; at the safe limit a float is not.
    expect(taxOn(10_000_000_000, 2100)).toBe(2_100_000_000);
    expect(taxIncludedIn(12_100_000_000, 2100)).toBe(2_100_000_000);
    expect(taxOn(Number.MAX_SAFE_INTEGER, 1)).toBe(900_719_925_474);
    expect(mulDivHalfUp(Number.MAX_SAFE_INTEGER, 3, 3)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses tax rates outside 0 to 100 %', () => {
    for (const rate of [-1, 10_001, 21.5, Number.NaN]) {
      expect(() => assertTaxRate(rate)).toThrow(KassaError);
      expect(() => taxOn(100, rate)).toThrow(/tax rate/);
      expect(() => taxIncludedIn(100, rate)).toThrow(/tax rate/);
    }
    expect(() => assertTaxRate(0)).not.toThrow();
    expect(() => assertTaxRate(10_000)).not.toThrow();
  });
});

describe('mulDivHalfUp', () => {
  it('rounds halves away from zero and never answers minus zero', () => {
    expect(mulDivHalfUp(5, 1, 2)).toBe(3);
    expect(mulDivHalfUp(-5, 1, 2)).toBe(-3);
    expect(mulDivHalfUp(5, 1, -2)).toBe(-3);
    expect(mulDivHalfUp(7, 1, 3)).toBe(2);
    expect(mulDivHalfUp(8, 1, 3)).toBe(3);
    expect(Object.is(mulDivHalfUp(-1, 1, 3), 0)).toBe(true);
  });

  it('refuses a division by zero or a result beyond the safe range', () => {
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow(KassaError);
    expect(() => mulDivHalfUp(Number.MAX_SAFE_INTEGER, 2, 1)).toThrow(KassaError);
    expect(() => mulDivHalfUp(1.5, 1, 1)).toThrow(KassaError);
  });

  it('is the nearest integer to a × b ÷ c, halves up, for any safe inputs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        (a, b, c) => {
          const exact = BigInt(a) * BigInt(b);
          const big = BigInt(c);
          if ((2n * exact + big) / (2n * big) > BigInt(Number.MAX_SAFE_INTEGER)) return;
          const r = BigInt(mulDivHalfUp(a, b, c));
          // r − ½ ≤ a·b/c < r + ½
          expect((2n * r - 1n) * big <= 2n * exact).toBe(true);
          expect(2n * exact < (2n * r + 1n) * big).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
