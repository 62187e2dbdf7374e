import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencies } from '../../../src/shared/money/currencies.ts';
import { allocate, formatMoney, splitEvenly, toDecimalString } from '../../../src/shared/money/money.ts';

/*
 * The arbitraries reach the whole safe-integer range on purpose: a float anywhere on the way (x / 100,
 * parseFloat(x) * 100, total * weight / sum) loses cents there long before it does on everyday amounts.
 */
const anyAmount = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: Number.MAX_SAFE_INTEGER - 1_000, max: Number.MAX_SAFE_INTEGER }),
);
const signedAmount = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
);
const oneCurrencyPerExponent = ['JPY', 'EUR', 'BHD', 'CLF'];

describe('amounts survive text and back', () => {
  it('toDecimalString keeps every digit and exactly the currency’s decimals', () => {
    fc.assert(
      fc.property(signedAmount, fc.constantFrom(...oneCurrencyPerExponent), (minor, currency) => {
        const text = toDecimalString(minor, currency);
        const exponent = currencies[currency]?.exponent ?? -1;
        expect(text.split('.')[1]?.length ?? 0).toBe(exponent);
        expect(text.replace('.', '').replace(/^-?0+(?=\d)/, (m) => (m.startsWith('-') ? '-' : ''))).toBe(
          String(minor),
        );
      }),
    );
  });

  it('formatMoney shows the exact digits in a locale that uses a decimal comma', () => {
    fc.assert(
      fc.property(anyAmount, (minor) => {
        const shown = formatMoney(minor, 'EUR', 'de-DE');
        expect(shown.replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '')).toBe(String(minor));
      }),
    );
  });
});

const weightsArb = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 30 }),
  fc.array(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { minLength: 1, maxLength: 30 }),
  fc.array(fc.constant(0), { minLength: 1, maxLength: 5 }),
);

describe('allocate never loses or invents a cent', () => {
  it('parts sum exactly to the total and each is within 1 of its exact share', () => {
    fc.assert(
      fc.property(signedAmount, weightsArb, (total, weights) => {
        const parts = allocate(total, weights);
        expect(parts).toHaveLength(weights.length);
        expect(parts.every(Number.isSafeInteger)).toBe(true);
        expect(parts.reduce((a, b) => BigInt(a) + BigInt(b), 0n)).toBe(BigInt(total));
        // Exact share = total × w / W; |part − share| < 1 ⇔ |part × W − total × w| < W, all in BigInt.
        const effective = weights.every((w) => w === 0) ? weights.map(() => 1) : weights;
        const sum = effective.reduce((a, b) => a + BigInt(b), 0n);
        parts.forEach((part, i) => {
          const gap = BigInt(part) * sum - BigInt(total) * BigInt(effective[i] ?? 0);
          expect(gap < 0n ? -gap : gap).toBeLessThan(sum);
          expect(Object.is(part, -0)).toBe(false);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('a line with no weight gets nothing, unless all weights are zero', () => {
    fc.assert(
      fc.property(signedAmount, weightsArb, (total, weights) => {
        const parts = allocate(total, weights);
        if (weights.some((w) => w > 0)) {
          weights.forEach((w, i) => {
            if (w === 0) expect(parts[i]).toBe(0);
          });
        }
      }),
    );
  });

  it('negative totals mirror positive ones', () => {
    fc.assert(
      fc.property(anyAmount, weightsArb, (total, weights) => {
        expect(allocate(-total, weights).map((p) => -p || 0)).toEqual(allocate(total, weights));
      }),
    );
  });

  it('splitEvenly gives parts that differ by at most one, larger first', () => {
    fc.assert(
      fc.property(signedAmount, fc.integer({ min: 1, max: 50 }), (total, n) => {
        const parts = splitEvenly(total, n);
        expect(parts.reduce((a, b) => BigInt(a) + BigInt(b), 0n)).toBe(BigInt(total));
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
        const magnitudes = parts.map(Math.abs);
        expect([...magnitudes].sort((a, b) => b - a)).toEqual(magnitudes);
      }),
    );
  });
});
