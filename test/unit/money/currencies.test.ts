import { describe, expect, it } from 'vitest';
import { KassaError } from '../../../src/shared/errors.ts';
import { currencies, getCurrency, isKnownCurrency } from '../../../src/shared/money/currencies.ts';

describe('the ISO 4217 currency table', () => {
  const all = Object.values(currencies);

  it('knows every active currency', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    for (const code of [
      'EUR',
      'USD',
      'GBP',
      'CHF',
      'BRL',
      'MXN',
      'CNY',
      'INR',
      'ZAR',
      'XOF',
      'XCG',
      'ZWG',
      'SLE',
    ]) {
      expect(isKnownCurrency(code), code).toBe(true);
    }
  });

  it('keys each entry by its own three-letter code and names it in English', () => {
    for (const [key, info] of Object.entries(currencies)) {
      expect(info.code).toBe(key);
      expect(key).toMatch(/^[A-Z]{3}$/);
      expect(info.name.length).toBeGreaterThan(2);
      expect([0, 2, 3, 4]).toContain(info.exponent);
    }
  });

  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['CLP', 0],
    ['ISK', 0],
    ['VND', 0],
    ['XAF', 0],
    ['PYG', 0],
    ['UGX', 0],
    ['EUR', 2],
    ['USD', 2],
    ['CHF', 2],
    ['BGN', 2],
    ['BHD', 3],
    ['KWD', 3],
    ['JOD', 3],
    ['OMR', 3],
    ['TND', 3],
    ['LYD', 3],
    ['IQD', 3],
    ['CLF', 4],
    ['UYW', 4],
  ] as const)('counts %s in units of 10^-%i', (code, exponent) => {
    expect(getCurrency(code).exponent).toBe(exponent);
  });

  it('has exactly the 3- and 4-decimal currencies of the standard', () => {
    const threeOrFour = all
      .filter((c) => c.exponent >= 3)
      .map((c) => c.code)
      .sort();
    expect(threeOrFour).toEqual(['BHD', 'CLF', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'UYW']);
  });

  it('leaves out units that are never a price, such as gold and the test code', () => {
    for (const code of ['XAU', 'XAG', 'XTS', 'XXX', 'XDR', 'HRK'])
      expect(isKnownCurrency(code), code).toBe(false);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(currencies)).toBe(true);
    expect(Object.isFrozen(currencies.EUR)).toBe(true);
  });

  it('refuses an unknown code with a message the owner can act on', () => {
    const attempt = () => getCurrency('XYZ');
    expect(attempt).toThrow(KassaError);
    expect(attempt).toThrow(
      'Kassa does not know the currency "XYZ". Use a three-letter ISO 4217 code such as EUR.',
    );
    try {
      attempt();
    } catch (error) {
      expect((error as KassaError).toShape()).toEqual({
        code: 'unknown_currency',
        message: 'Kassa does not know the currency "XYZ". Use a three-letter ISO 4217 code such as EUR.',
        field: 'currency',
        // The window says it in the cashier's language from the key and its values.
        messageKey: 'err.money.unknownCurrency',
        params: { code: 'XYZ' },
      });
    }
  });

  it('does not mistake lower case or object properties for currencies', () => {
    for (const code of ['eur', 'constructor', 'toString', '__proto__', '']) {
      expect(() => getCurrency(code), code).toThrow(KassaError);
    }
  });
});
