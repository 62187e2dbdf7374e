import { describe, expect, it } from 'vitest';
import { KassaError } from '../../../src/shared/errors.ts';
import {
  allocate,
  assertMinorUnits,
  formatMoney,
  splitEvenly,
  toDecimalString,
} from '../../../src/shared/money/money.ts';

function errorOf(attempt: () => unknown): KassaError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof KassaError) return error;
    throw error;
  }
  throw new Error('expected a KassaError');
}

describe('assertMinorUnits', () => {
  it('accepts whole amounts, zero and refunds', () => {
    for (const n of [0, 1, -1, 1250, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) {
      expect(() => assertMinorUnits(n)).not.toThrow();
    }
  });

  it('refuses fractions of a cent, unsafe and non-numbers, naming the field', () => {
    for (const n of [0.5, 12.3, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = errorOf(() => assertMinorUnits(n, 'tendered'));
      expect(error.code).toBe('amount_invalid');
      expect(error.field).toBe('tendered');
    }
    expect(errorOf(() => assertMinorUnits(0.1)).field).toBe('amount');
  });
});

describe('toDecimalString: amounts on provider wire formats', () => {
  it.each([
    [1250, 'EUR', '12.50'],
    [5, 'EUR', '0.05'],
    [0, 'EUR', '0.00'],
    [-305, 'EUR', '-3.05'],
    [-5, 'EUR', '-0.05'],
    [1250, 'JPY', '1250'],
    [-1250, 'JPY', '-1250'],
    [0, 'JPY', '0'],
    [1250, 'BHD', '1.250'],
    [7, 'KWD', '0.007'],
    [5, 'CLF', '0.0005'],
    [123456789, 'UYW', '12345.6789'],
    [Number.MAX_SAFE_INTEGER, 'USD', '90071992547409.91'],
    [Number.MIN_SAFE_INTEGER, 'USD', '-90071992547409.91'],
  ] as const)('writes %i %s as %s', (minor, currency, text) => {
    expect(toDecimalString(minor, currency)).toBe(text);
  });

  it('refuses fractions of a cent and unknown currencies', () => {
    expect(errorOf(() => toDecimalString(12.5, 'EUR')).code).toBe('amount_invalid');
    expect(errorOf(() => toDecimalString(1250, 'XYZ')).code).toBe('unknown_currency');
  });
});

describe('formatMoney: amounts for people', () => {
  it.each([
    [123456, 'USD', 'en-US', '$1,234.56'],
    [123456, 'EUR', 'de-DE', '1.234,56\u00a0€'],
    [123456, 'EUR', 'it-IT', '1234,56\u00a0€'],
    [12345678, 'EUR', 'it-IT', '123.456,78\u00a0€'],
    [1230, 'JPY', 'ja-JP', '￥1,230'],
    [123456, 'BGN', 'bg-BG', '1234,56\u00a0лв.'],
    [123456, 'CNY', 'zh-CN', '¥1,234.56'],
    [123456, 'MXN', 'es-MX', '$1,234.56'],
    [123456, 'BRL', 'pt-BR', 'R$\u00a01.234,56'],
    [-305, 'EUR', 'de-DE', '-3,05\u00a0€'],
    [1250, 'BHD', 'en-US', 'BHD\u00a01.250'],
    [1005, 'IQD', 'en-US', 'IQD\u00a01.005'],
    [5, 'CLF', 'en-US', 'CLF\u00a00.0005'],
    [0, 'EUR', 'de-DE', '0,00\u00a0€'],
  ] as const)('shows %i %s in %s as %j', (minor, currency, locale, text) => {
    expect(formatMoney(minor, currency, locale)).toBe(text);
  });

  it('shows every digit of the largest amount, which a float would round', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
    expect(formatMoney(Number.MAX_SAFE_INTEGER - 2, 'USD', 'en-US')).toBe('$90,071,992,547,409.89');
  });

  it('uses the ISO decimals even where the locale data would drop them', () => {
    expect(formatMoney(1000, 'JPY', 'en-US')).toBe('¥1,000');
    expect(formatMoney(1000, 'KWD', 'en-US')).toBe('KWD\u00a01.000');
  });

  it('refuses an unknown locale or currency with a clear message', () => {
    const error = errorOf(() => formatMoney(100, 'EUR', 'not a locale'));
    expect(error.code).toBe('invalid_request');
    expect(error.field).toBe('locale');
    expect(error.message).toContain('de-DE');
    expect(errorOf(() => formatMoney(100, 'XYZ', 'en-US')).code).toBe('unknown_currency');
  });
});

describe('allocate: sharing an amount out', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [100, [1, 2, 1], [25, 50, 25]],
    [10, [3, 3, 4], [3, 3, 4]],
    [5, [0, 0], [3, 2]],
    [5, [0, 0, 0], [2, 2, 1]],
    [5, [1, 0, 1], [3, 0, 2]],
    [7, [0, 5], [0, 7]],
    [0, [1, 2, 3], [0, 0, 0]],
    [1, [1, 1, 1, 1], [1, 0, 0, 0]],
    [3, [2, 1, 1, 2], [1, 1, 0, 1]],
    [1000, [333, 333, 334], [333, 333, 334]],
    [100, [7], [100]],
  ])('splits %i by %j as %j', (total, weights, parts) => {
    expect(allocate(total, weights)).toEqual(parts);
  });

  it('gives the leftover cent to the largest remainder, not simply the first line', () => {
    // Exact shares 2.857…, 5.714…, 1.428…: the remainders rank the second line first.
    expect(allocate(10, [2, 4, 1])).toEqual([3, 6, 1]);
  });

  it('stays exact where total × weight passes 2^53', () => {
    const parts = allocate(Number.MAX_SAFE_INTEGER, [Number.MAX_SAFE_INTEGER, 1]);
    expect(parts).toEqual([Number.MAX_SAFE_INTEGER - 1, 1]);
  });

  it('never answers minus zero', () => {
    for (const part of allocate(-1, [1, 1, 1])) expect(Object.is(part, -0)).toBe(false);
  });

  it('refuses to split over nothing, or by negative or fractional weights', () => {
    expect(errorOf(() => allocate(100, [])).message).toBe('There is nothing to split the amount over.');
    expect(errorOf(() => allocate(100, [1, -1])).code).toBe('invalid_request');
    expect(errorOf(() => allocate(100, [0.5, 1])).code).toBe('invalid_request');
    expect(errorOf(() => allocate(10.5, [1, 1])).code).toBe('amount_invalid');
  });
});

describe('splitEvenly', () => {
  it('splits a bill into near-equal parts that add up', () => {
    expect(splitEvenly(1000, 3)).toEqual([334, 333, 333]);
    expect(splitEvenly(-1000, 3)).toEqual([-334, -333, -333]);
    expect(splitEvenly(2, 4)).toEqual([1, 1, 0, 0]);
    expect(splitEvenly(1250, 1)).toEqual([1250]);
  });

  it('refuses fewer than one part', () => {
    expect(errorOf(() => splitEvenly(100, 0)).code).toBe('invalid_request');
    expect(errorOf(() => splitEvenly(100, 1.5)).code).toBe('invalid_request');
  });
});
