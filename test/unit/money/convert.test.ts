import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertAmount } from '../../../src/shared/money/convert.ts';

describe('converting between currencies at the store exchange rate', () => {
  it('converts exactly and rounds half away from zero once', () => {
    expect(convertAmount(1000, 'EUR', 'USD', '1.0850')).toBe(1085); // 10.00 € → $10.85
    expect(convertAmount(500, 'EUR', 'USD', '1.085')).toBe(543); // 5.425 → 5.43
    expect(convertAmount(-500, 'EUR', 'USD', '1.085')).toBe(-543);
    expect(convertAmount(1000, 'EUR', 'JPY', '162.37')).toBe(1624); // 10.00 € → ¥1,624 (0 decimals)
    expect(convertAmount(1000, 'EUR', 'KWD', '0.3331')).toBe(3331); // 3 decimals: 3.331 KWD
    expect(convertAmount(1624, 'JPY', 'EUR', '0.006159')).toBe(1000); // ¥1,624 → 10.00 €
  });

  it('refuses rates that are not plain positive decimals', () => {
    for (const bad of ['', 'abc', '-1.2', '1,08', '0', '0.000', '1e3']) {
      expect(() => convertAmount(100, 'EUR', 'USD', bad)).toThrow(/not an exchange rate/);
    }
  });

  it('never drifts more than half a minor unit from the exact value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 9_999_999 }),
        (amount, r) => {
          const rate = `${Math.floor(r / 10_000)}.${String(r % 10_000).padStart(4, '0')}`;
          const converted = convertAmount(amount, 'EUR', 'USD', rate);
          const exact = BigInt(amount) * BigInt(r) * 2n; // in 1/20000ths of a cent
          const got = BigInt(converted) * 20_000n;
          const diff = got > exact ? got - exact : exact - got;
          return Number.isInteger(converted) && diff <= 10_000n;
        },
      ),
    );
  });
});
