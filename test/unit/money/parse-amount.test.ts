import { describe, expect, it } from 'vitest';
import { KassaError } from '../../../src/shared/errors.ts';
import { largestBanknote, tenderNeedsConfirmation } from '../../../src/shared/money/banknotes.ts';
import { getCurrency } from '../../../src/shared/money/currencies.ts';
import { formatMoney, toDecimalString } from '../../../src/shared/money/money.ts';
import { amountNotation, parseAmount, typedAmount } from '../../../src/shared/money/parse-amount.ts';

function errorOf(attempt: () => unknown): KassaError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof KassaError) return error;
    throw error;
  }
  throw new Error('expected a KassaError');
}

describe('the store’s notation comes from its locale', () => {
  it.each([
    ['en-US', 'USD', '.', ','],
    ['de-DE', 'EUR', ',', '.'],
    ['fr-FR', 'EUR', ',', ' '],
    ['de-CH', 'CHF', '.', "'"],
    ['ja-JP', 'JPY', '.', ','],
    ['pt-BR', 'BRL', ',', '.'],
  ] as const)(
    '%s writes %s with %j for decimals and %j for thousands',
    (locale, currency, decimal, group) => {
      const notation = amountNotation(currency, locale);
      expect(notation.decimal).toBe(decimal);
      expect(notation.group).toBe(group);
    },
  );
});

describe('parseAmount: what the cashier types', () => {
  it.each([
    ['12', 'EUR', 'en-IE', 1200],
    ['12.5', 'EUR', 'en-IE', 1250],
    ['12,5', 'EUR', 'en-IE', 1250],
    ['12,50', 'EUR', 'de-DE', 1250],
    ['12.50', 'EUR', 'de-DE', 1250],
    ['12.50', 'EUR', 'fr-FR', 1250],
    ['0.05', 'CHF', 'de-CH', 5],
    [',5', 'EUR', 'de-DE', 50],
    ['12.', 'EUR', 'en-IE', 1200],
    ['  7,99  ', 'EUR', 'de-DE', 799],
    ['1 234,50', 'EUR', 'fr-FR', 123450],
    ['1\u00a0234,50', 'EUR', 'de-DE', 123450],
    ['1\u202f234,50', 'EUR', 'fr-FR', 123450],
    ['1.234,50', 'EUR', 'de-DE', 123450],
    ['1.234,50', 'EUR', 'en-IE', 123450],
    ['1,234.50', 'USD', 'en-US', 123450],
    ['1,234,567.89', 'USD', 'en-US', 123456789],
    ['1.234.567', 'EUR', 'de-DE', 123456700],
    ["1'234.50", 'CHF', 'de-CH', 123450],
    ['1’234.50', 'CHF', 'de-CH', 123450],
    ['12,34,567.05', 'INR', 'en-IN', 123456705],
    ['1250', 'JPY', 'ja-JP', 1250],
    ['1,250', 'JPY', 'ja-JP', 1250],
    ['1.250', 'JPY', 'de-DE', 1250],
    ['１，２３０', 'JPY', 'ja-JP', 1230],
    ['1.250', 'BHD', 'en-BH', 1250],
    ['1,5', 'KWD', 'en-KW', 1500],
    ['1.234,567', 'JOD', 'de-DE', 1234567],
    ['١٬٢٣٤٫٥٠٠', 'BHD', 'ar-BH', 1234500],
    ['\u200f١٢٫٥', 'OMR', 'ar-OM', 12500],
    ['1,2345', 'CLF', 'es-CL', 12345],
    ['0', 'EUR', 'en-IE', 0],
    ['0,00', 'EUR', 'de-DE', 0],
    ['007', 'EUR', 'en-IE', 700],
    ['0.125', 'BHD', 'en-BH', 125],
    ['€12.50', 'EUR', 'en-IE', 1250],
    ['12,50 €', 'EUR', 'de-DE', 1250],
    ['12.50 EUR', 'EUR', 'en-IE', 1250],
    ['R$ 12,50', 'BRL', 'pt-BR', 1250],
  ] as const)('reads %j in %s (%s) as %i minor units', (input, currency, locale, minor) => {
    expect(parseAmount(input, currency, locale)).toBe(minor);
  });

  it('never goes through a float on the way (0.29 is 29 cents, not 28)', () => {
    expect(parseAmount('0.29', 'EUR', 'en-IE')).toBe(29);
    expect(parseAmount('1.15', 'EUR', 'en-IE')).toBe(115);
    expect(parseAmount('4.35', 'EUR', 'en-IE')).toBe(435);
    expect(parseAmount('1.005', 'BHD', 'en-BH')).toBe(1005);
    expect(parseAmount('90071992547409.91', 'USD', 'en-US')).toBe(Number.MAX_SAFE_INTEGER);
  });

  // Each of these was read as thousands and put through: "10.000" as ten thousand euros at once.
  it.each([
    ['10.000', 'EUR', 'en-IE', '“10.000” could mean €10,000.00 or €10.00: type 10000 or 10.'],
    ['10.000', 'EUR', 'de-DE', '“10.000” could mean 10.000,00 € or 10,00 €: type 10000 or 10.'],
    ['10,000', 'USD', 'en-US', '“10,000” could mean $10,000.00 or $10.00: type 10000 or 10.'],
    ['1,250', 'BHD', 'en-BH', '“1,250” could mean BHD 1,250.000 or BHD 1.250: type 1250 or 1.250.'],
  ] as const)('refuses %j in %s (%s): its meaning would be a guess', (input, currency, locale, message) => {
    const error = errorOf(() => parseAmount(input, currency, locale));
    expect(error.code).toBe('amount_invalid');
    expect(error.field).toBe('amount');
    expect(error.message.replace(/[\u00a0\u202f]/g, ' ')).toBe(message);
  });

  it.each([
    [
      '1.005',
      'EUR',
      'en-IE',
      '“1.005” is unclear: for €1,005.00 type 1005. EUR amounts have at most 2 decimals, such as 12.50.',
    ],
    [
      '1.234',
      'EUR',
      'de-DE',
      '“1.234” is unclear: for 1.234,00 € type 1234. EUR amounts have at most 2 decimals, such as 12,50.',
    ],
  ] as const)(
    'refuses %j in %s (%s): thousands, or too many decimals',
    (input, currency, locale, message) => {
      const error = errorOf(() => parseAmount(input, currency, locale));
      expect(error.message.replace(/[\u00a0\u202f]/g, ' ')).toBe(message);
    },
  );

  it.each([
    ['12.505', 'BHD', 'en-BH', 12505],
    ['12.5055', 'EUR', 'en-IE', null],
    ['12,555', 'KWD', 'de-DE', 12555],
    ['0.123', 'EUR', 'en-IE', null],
    ['01.234', 'EUR', 'en-IE', null],
    ['1.23456', 'CLF', 'en-US', null],
    ['1,234', 'EUR', 'de-DE', null],
  ] as const)(
    'takes %j in %s only when it has no more decimals than the currency',
    (input, currency, locale, minor) => {
      if (minor === null) {
        const error = errorOf(() => parseAmount(input, currency, locale));
        expect(error.code).toBe('amount_invalid');
        expect(error.message).toMatch(/at most \d decimals/);
      } else {
        expect(parseAmount(input, currency, locale)).toBe(minor);
      }
    },
  );

  it('tells the cashier that yen have no decimals', () => {
    const error = errorOf(() => parseAmount('12.5', 'JPY', 'ja-JP'));
    expect(error.code).toBe('amount_invalid');
    expect(error.field).toBe('amount');
    expect(error.message).toBe('JPY amounts have no decimals: enter whole JPY, such as 1250.');
    expect(errorOf(() => parseAmount('1230.00', 'JPY', 'ja-JP')).message).toContain('no decimals');
    expect(errorOf(() => parseAmount('1.250', 'JPY', 'ja-JP')).message).toContain('no decimals');
  });

  it.each([
    ['', 'Enter an amount, such as 12.50.'],
    ['   ', 'Enter an amount, such as 12.50.'],
    ['.', 'Enter an amount, such as 12.50.'],
    ['-12', 'Amounts cannot be negative: enter the amount without a minus sign.'],
    ['−12,50', 'Amounts cannot be negative: enter the amount without a minus sign.'],
    ['12-', 'Amounts cannot be negative: enter the amount without a minus sign.'],
    ['12 USD', '“12 USD” is not an amount: use digits and one decimal mark, such as 12.50.'],
    ['$12', '“$12” is not an amount: use digits and one decimal mark, such as 12.50.'],
    ['1e3', '“1e3” is not an amount: use digits and one decimal mark, such as 12.50.'],
    ['+12', '“+12” is not an amount: use digits and one decimal mark, such as 12.50.'],
    ['1.234.5', '“1.234.5” is not an amount Kassa can read: type it as 12.50.'],
    ['1,23,4.50', '“1,23,4.50” is not an amount Kassa can read: type it as 12.50.'],
    ['1 234.567,5', '“1 234.567,5” is not an amount Kassa can read: type it as 12.50.'],
    ['12 34', '“12 34” is not an amount Kassa can read: type it as 12.50.'],
    ['99999999999999999', '99999999999999999 EUR is more than Kassa can record: check the amount.'],
    ['90071992547409.92', '90071992547409.92 EUR is more than Kassa can record: check the amount.'],
  ])('refuses %j with a message the cashier can act on', (input, message) => {
    const error = errorOf(() => parseAmount(input, 'EUR', 'en-IE'));
    expect(error.code).toBe('amount_invalid');
    expect(error.message).toBe(message);
    expect(error.field).toBe('amount');
  });

  it('shows examples in the locale’s mark and the currency’s own decimals', () => {
    expect(errorOf(() => parseAmount('', 'EUR', 'de-DE')).message).toBe('Enter an amount, such as 12,50.');
    expect(errorOf(() => parseAmount('', 'BHD', 'en-BH')).message).toBe('Enter an amount, such as 12.500.');
    expect(errorOf(() => parseAmount('', 'JPY', 'ja-JP')).message).toBe('Enter an amount, such as 1250.');
    expect(errorOf(() => parseAmount('', 'CLF', 'en-US')).message).toBe('Enter an amount, such as 12.5000.');
  });

  it('refuses an unknown currency', () => {
    expect(errorOf(() => parseAmount('12', 'XYZ', 'en-US')).code).toBe('unknown_currency');
  });

  it('writes an amount the one way that cannot be misread', () => {
    expect(typedAmount(1000000, 'EUR', 'de-DE')).toBe('10000');
    expect(typedAmount(1050, 'EUR', 'de-DE')).toBe('10,50');
    expect(typedAmount(1250, 'JPY', 'ja-JP')).toBe('1250');
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
        expect(parseAmount(typed, currency, locale), `${typed} in ${locale}`).toBe(minor);
      }
    }
  });

  it.each(shops)('reads back a %s receipt’s amount in %s, sign and all', (locale, currency) => {
    for (const minor of amounts) {
      const shown = formatMoney(minor, currency, locale);
      expect(parseAmount(shown, currency, locale), `${shown} in ${locale}`).toBe(minor);
    }
  });
});

describe('cash received far above the amount asks first', () => {
  it('knows the largest note of common currencies', () => {
    expect(largestBanknote('EUR')).toBe(50000);
    expect(largestBanknote('JPY')).toBe(10000);
    expect(largestBanknote('BHD')).toBe(20000);
    expect(largestBanknote('XCD')).toBeNull();
  });

  it.each([
    [119, 1000000, 'EUR', true],
    [119, 5000, 'EUR', false],
    [119, 50119, 'EUR', false],
    [119, 50120, 'EUR', true],
    [1230, 10000, 'JPY', false],
    [1230, 20000, 'JPY', true],
    [1000, 10000, 'XCD', false],
    [1000, 10001, 'XCD', true],
  ] as const)('%i paid with %i received in %s asks: %s', (amount, tendered, currency, asks) => {
    expect(tenderNeedsConfirmation(amount, tendered, currency)).toBe(asks);
  });
});
