import { describe, expect, it } from 'vitest';
import { KassaError } from '../../../src/shared/errors.ts';
import { getCurrency } from '../../../src/shared/money/currencies.ts';
import {
  allocate,
  assertMinorUnits,
  formatMoney,
  parseAmount,
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

describe('parseAmount: what the cashier types', () => {
  it.each([
    ['12', 'EUR', 1200],
    ['12.5', 'EUR', 1250],
    ['12,5', 'EUR', 1250],
    ['12,50', 'EUR', 1250],
    ['12.50', 'EUR', 1250],
    ['0.05', 'CHF', 5],
    [',5', 'EUR', 50],
    ['12.', 'EUR', 1200],
    ['  7,99  ', 'EUR', 799],
    ['1 234,50', 'EUR', 123450],
    ['1\u00a0234,50', 'EUR', 123450],
    ['1\u202f234,50', 'EUR', 123450],
    ['1.234,50', 'EUR', 123450],
    ['1,234.50', 'USD', 123450],
    ['1,234,567.89', 'USD', 123456789],
    ['1.234.567', 'EUR', 123456700],
    ["1'234.50", 'CHF', 123450],
    ['1’234.50', 'CHF', 123450],
    ['12,34,567.05', 'INR', 123456705],
    ['1.250', 'EUR', 125000],
    ['1,234', 'USD', 123400],
    ['1250', 'JPY', 1250],
    ['1,250', 'JPY', 1250],
    ['1.250', 'JPY', 1250],
    ['１，２３０', 'JPY', 1230],
    ['1.250', 'BHD', 1250],
    ['1,5', 'KWD', 1500],
    ['1.234,567', 'JOD', 1234567],
    ['١٬٢٣٤٫٥٠٠', 'BHD', 1234500],
    ['\u200f١٢٫٥', 'OMR', 12500],
    ['1,2345', 'CLF', 12345],
    ['0', 'EUR', 0],
    ['0,00', 'EUR', 0],
    ['007', 'EUR', 700],
    ['0.125', 'BHD', 125],
  ] as const)('reads %j in %s as %i minor units', (input, currency, minor) => {
    expect(parseAmount(input, currency)).toBe(minor);
  });

  it('never goes through a float on the way (0.29 is 29 cents, not 28)', () => {
    // Each of these is off by one cent when computed as parseFloat(x) * 100 and truncated.
    expect(parseAmount('0.29', 'EUR')).toBe(29);
    expect(parseAmount('1.15', 'EUR')).toBe(115);
    expect(parseAmount('4.35', 'EUR')).toBe(435);
    expect(parseAmount('1.005', 'BHD')).toBe(1005);
    expect(parseAmount('90071992547409.91', 'USD')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    ['12.505', 'BHD', 12505],
    ['12.5055', 'EUR', null],
    ['12.555', 'KWD', 12555],
    ['0.123', 'EUR', null],
    ['01.234', 'EUR', null],
    ['1.23456', 'CLF', null],
  ] as const)(
    'takes %j in %s only when it has no more decimals than the currency',
    (input, currency, minor) => {
      if (minor === null) {
        const error = errorOf(() => parseAmount(input, currency));
        expect(error.code).toBe('amount_invalid');
        expect(error.message).toMatch(/at most \d decimals/);
      } else {
        expect(parseAmount(input, currency)).toBe(minor);
      }
    },
  );

  it('tells the cashier that yen have no decimals', () => {
    const error = errorOf(() => parseAmount('12.5', 'JPY'));
    expect(error.code).toBe('amount_invalid');
    expect(error.field).toBe('amount');
    expect(error.message).toBe('JPY amounts have no decimals: enter whole JPY, such as 1250.');
    expect(errorOf(() => parseAmount('1230.00', 'JPY')).message).toContain('no decimals');
  });

  it.each([
    ['', 'Enter an amount, such as 12.50.'],
    ['   ', 'Enter an amount, such as 12.50.'],
    ['.', 'Enter an amount, such as 12.50.'],
    ['-12', 'Amounts cannot be negative: enter the amount without a minus sign.'],
    ['−12,50', 'Amounts cannot be negative: enter the amount without a minus sign.'],
    ['12-', 'Amounts cannot be negative: enter the amount without a minus sign.'],
    ['12 EUR', '"12 EUR" is not an amount: use digits and one decimal point, such as 12.50.'],
    ['€12', '"€12" is not an amount: use digits and one decimal point, such as 12.50.'],
    ['1e3', '"1e3" is not an amount: use digits and one decimal point, such as 12.50.'],
    ['+12', '"+12" is not an amount: use digits and one decimal point, such as 12.50.'],
    ['1.234.5', '"1.234.5" is not an amount Kassa can read: type it as 12.50.'],
    ['1,23,4.50', '"1,23,4.50" is not an amount Kassa can read: type it as 12.50.'],
    ['1 234.567,5', '"1 234.567,5" is not an amount Kassa can read: type it as 12.50.'],
    ['12 34', '"12 34" is not an amount Kassa can read: type it as 12.50.'],
    ['99999999999999999', '99999999999999999 EUR is more than Kassa can record: check the amount.'],
    ['90071992547409.92', '90071992547409.92 EUR is more than Kassa can record: check the amount.'],
  ])('refuses %j with a message the cashier can act on', (input, message) => {
    const error = errorOf(() => parseAmount(input, 'EUR'));
    expect(error.code).toBe('amount_invalid');
    expect(error.message).toBe(message);
    expect(error.field).toBe('amount');
  });

  it('shows examples in the currency’s own decimals', () => {
    expect(errorOf(() => parseAmount('', 'BHD')).message).toBe('Enter an amount, such as 12.500.');
    expect(errorOf(() => parseAmount('', 'JPY')).message).toBe('Enter an amount, such as 1250.');
    expect(errorOf(() => parseAmount('', 'CLF')).message).toBe('Enter an amount, such as 12.5000.');
  });

  it('refuses an unknown currency', () => {
    expect(errorOf(() => parseAmount('12', 'XYZ')).code).toBe('unknown_currency');
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

describe('typing an amount the way the locale writes it', () => {
  const shops = [
    ['en-US', 'USD'],
    ['de-DE', 'EUR'],
    ['ja-JP', 'JPY'],
    ['bg-BG', 'BGN'],
    ['it-IT', 'EUR'],
    ['zh-CN', 'CNY'],
    ['es-MX', 'MXN'],
    ['pt-BR', 'BRL'],
    ['de-CH', 'CHF'],
    ['en-IN', 'INR'],
    ['ar-BH', 'BHD'],
    ['ar-KW', 'KWD'],
  ] as const;
  const amounts = [0, 5, 99, 100, 1250, 99999, 123456, 100000000, 1234567891, Number.MAX_SAFE_INTEGER];

  it.each(shops)('reads back what %s shows for %s, grouped or not', (locale, currency) => {
    for (const minor of amounts) {
      const decimal = toDecimalString(minor, currency) as `${number}`;
      const { exponent } = getCurrency(currency);
      for (const useGrouping of [true, false]) {
        const typed = new Intl.NumberFormat(locale, {
          minimumFractionDigits: exponent,
          maximumFractionDigits: exponent,
          useGrouping,
        }).format(decimal);
        expect(parseAmount(typed, currency), `${typed} in ${locale}`).toBe(minor);
      }
    }
  });

  it.each(shops)('reads back the number on a %s receipt for %s', (locale, currency) => {
    for (const minor of amounts) {
      const shown = formatMoney(minor, currency, locale);
      // The number without the currency sign, as a cashier copies it from a receipt.
      const number =
        /[\d\u0660-\u0669][\d\u0660-\u0669.,'’\s\u066b\u066c]*[\d\u0660-\u0669]|[\d\u0660-\u0669]/u.exec(
          shown,
        )?.[0];
      expect(number, shown).toBeDefined();
      expect(parseAmount(number ?? '', currency), `${shown} in ${locale}`).toBe(minor);
    }
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
