import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KassaError } from '../../../src/shared/errors.ts';
import { cashRoundingIncrement, roundCash } from '../../../src/shared/money/cash-rounding.ts';

describe('cashRoundingIncrement: where cash is rounded', () => {
  it.each([
    ['CH', 'CHF', 5],
    ['LI', 'CHF', 5],
    ['SE', 'SEK', 100],
    ['DK', 'DKK', 50],
    ['NO', 'NOK', 100],
    ['NL', 'EUR', 5],
    ['BE', 'EUR', 5],
    ['FI', 'EUR', 5],
    ['IE', 'EUR', 5],
    ['IT', 'EUR', 5],
    ['SK', 'EUR', 5],
    ['EE', 'EUR', 5],
    ['CA', 'CAD', 5],
    ['AU', 'AUD', 5],
    ['NZ', 'NZD', 10],
    ['ch', 'chf', 5],
  ] as const)('%s rounds %s cash to %i minor units', (country, currency, increment) => {
    expect(cashRoundingIncrement(country, currency)).toBe(increment);
  });

  it.each([
    ['DE', 'EUR'],
    ['FR', 'EUR'],
    ['ES', 'EUR'],
    ['US', 'USD'],
    ['GB', 'GBP'],
    ['JP', 'JPY'],
    ['MX', 'MXN'],
    ['BR', 'BRL'],
    ['CH', 'EUR'],
    ['NL', 'USD'],
    ['XX', 'EUR'],
    ['constructor', 'EUR'],
  ] as const)('%s takes %s cash to the cent', (country, currency) => {
    expect(cashRoundingIncrement(country, currency)).toBe(1);
  });
});

describe('roundCash', () => {
  it.each([
    [1234, 5, 1235],
    [1232, 5, 1230],
    [1233, 5, 1235],
    [1237, 5, 1235],
    [1238, 5, 1240],
    [1230, 5, 1230],
    [1249, 100, 1200],
    [1250, 100, 1300],
    [1224, 50, 1200],
    [1225, 50, 1250],
    [1274, 50, 1250],
    [1275, 50, 1300],
    [1214, 10, 1210],
    [1215, 10, 1220],
    [2, 5, 0],
    [3, 5, 5],
    [0, 5, 0],
    [1234, 1, 1234],
  ])('rounds %i to the nearest %i: %i', (amount, increment, rounded) => {
    expect(roundCash(amount, increment)).toBe(rounded);
  });

  it('rounds refunds like the sales they undo, halves away from zero', () => {
    expect(roundCash(-1233, 5)).toBe(-1235);
    expect(roundCash(-1232, 5)).toBe(-1230);
    expect(roundCash(-1225, 50)).toBe(-1250);
    expect(Object.is(roundCash(-2, 5), 0)).toBe(true);
  });

  it('refuses a rounding step below one cent and amounts it cannot round', () => {
    for (const increment of [0, -5, 2.5, Number.NaN]) {
      const attempt = () => roundCash(100, increment);
      expect(attempt).toThrow(KassaError);
      expect(attempt).toThrow(/rounding step/);
    }
    expect(() => roundCash(10.5, 5)).toThrow(KassaError);
    expect(() => roundCash(Number.MAX_SAFE_INTEGER, 2)).toThrow(KassaError);
  });

  it('always lands on a multiple of the step, at most half a step away', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1_000_000, max: 1_000_000 }),
          fc.integer({ min: -(2 ** 52), max: 2 ** 52 }),
        ),
        fc.oneof(fc.constantFrom(1, 5, 10, 50, 100), fc.integer({ min: 1, max: 100_000 })),
        (amount, increment) => {
          const rounded = roundCash(amount, increment);
          expect(Number.isSafeInteger(rounded)).toBe(true);
          expect(rounded % increment === 0).toBe(true);
          const distance = Math.abs(rounded - amount);
          expect(2 * distance).toBeLessThanOrEqual(increment);
          // A half-way amount goes away from zero; anything else to the strictly nearest multiple.
          if (2 * distance === increment) expect(Math.abs(rounded)).toBeGreaterThan(Math.abs(amount));
          expect(roundCash(-amount, increment)).toBe(-rounded || 0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
