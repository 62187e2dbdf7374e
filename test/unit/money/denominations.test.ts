import { describe, expect, it } from 'vitest';
import { countTotal, denominationsOf } from '../../../src/shared/money/denominations.ts';

describe('the notes and coins a drawer is counted in', () => {
  it('are known for the currencies of the languages Kassa speaks, in minor units, largest first', () => {
    // A Chinese, Bulgarian, Italian, Spanish, Mexican, Brazilian shop can count its float piece by piece.
    expect(denominationsOf('CNY')).toEqual([10000, 5000, 2000, 1000, 500, 100, 50, 10]);
    expect(denominationsOf('BGN').slice(0, 3)).toEqual([10000, 5000, 2000]);
    expect(denominationsOf('EUR')).toEqual([
      50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1,
    ]);
    expect(denominationsOf('BRL').at(-1)).toBe(5);
    expect(denominationsOf('MXN')[0]).toBe(100000);
    // Zero-decimal currencies count whole units: 10,000 yen is 10000, 20,000 pesos is 20000.
    expect(denominationsOf('JPY')).toEqual([10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 1]);
    expect(denominationsOf('CLP')[0]).toBe(20000);
    // Whole koruna and forint in a two-decimal currency: 5,000 Kč is 500000 minor units.
    expect(denominationsOf('CZK')[0]).toBe(500000);
    expect(denominationsOf('HUF').at(-1)).toBe(500);
  });

  it('every list is whole, positive and strictly falling, so a count adds up exactly', () => {
    for (const code of [
      'EUR',
      'USD',
      'GBP',
      'CHF',
      'SEK',
      'BRL',
      'MXN',
      'ARS',
      'CLP',
      'CNY',
      'BGN',
      'PLN',
    ].concat(['CZK', 'HUF', 'RON', 'DKK', 'NOK', 'CAD', 'AUD', 'NZD', 'JPY', 'COP', 'PEN', 'UYU'])) {
      const values = denominationsOf(code);
      expect(values.length, code).toBeGreaterThan(5);
      values.forEach((v, i) => {
        expect(Number.isSafeInteger(v) && v > 0, `${code} ${v}`).toBe(true);
        if (i > 0) expect(v, code).toBeLessThan(values[i - 1]!);
      });
    }
    expect(
      countTotal([
        [5000, 2],
        [10, 3],
      ]),
    ).toBe(10030);
  });

  it('are not guessed for a currency Kassa does not know the cash of: it is counted as one total', () => {
    expect(denominationsOf('XOF')).toEqual([]);
    expect(denominationsOf('QQQ')).toEqual([]);
  });
});
