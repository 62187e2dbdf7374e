import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencies } from '../../../src/shared/money/currencies.ts';
import { formatMoney, toDecimalString } from '../../../src/shared/money/money.ts';
import { parseAmount, typedAmount } from '../../../src/shared/money/parse-amount.ts';

/*
 * The arbitraries reach the whole safe-integer range on purpose: a float anywhere on the way (x / 100,
 * parseFloat(x) * 100) loses cents there long before it does on everyday amounts.
 */
const anyAmount = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: Number.MAX_SAFE_INTEGER - 1_000, max: Number.MAX_SAFE_INTEGER }),
);
const anyCurrency = fc.constantFrom(...Object.keys(currencies));
const locales = [
  'en-US',
  'en-IE',
  'en-GB',
  'en-IN',
  'de-DE',
  'de-CH',
  'de-AT',
  'fr-FR',
  'fr-CH',
  'it-IT',
  'es-ES',
  'es-MX',
  'pt-BR',
  'pt-PT',
  'nl-NL',
  'sv-SE',
  'pl-PL',
  'ja-JP',
  'zh-CN',
  'ar-BH',
  'ar-EG',
  'hi-IN',
];
const anyLocale = fc.constantFrom(...locales);

describe('amounts survive text and back in every store', () => {
  it('parse(format(x)) is x: what the screen shows reads back as the same amount', () => {
    fc.assert(
      fc.property(anyAmount, anyCurrency, anyLocale, (minor, currency, locale) => {
        const shown = formatMoney(minor, currency, locale);
        expect(parseAmount(shown, currency, locale), `${shown} in ${locale}`).toBe(minor);
      }),
      { numRuns: 3000 },
    );
  });

  it('parse(typed(x)) is x: the amount a field is filled with reads back the same', () => {
    fc.assert(
      fc.property(anyAmount, anyCurrency, anyLocale, (minor, currency, locale) => {
        expect(parseAmount(typedAmount(minor, currency, locale), currency, locale)).toBe(minor);
      }),
      { numRuns: 3000 },
    );
  });

  it('the plain decimal string of any amount reads back in an English-speaking store', () => {
    fc.assert(
      fc.property(anyAmount, anyCurrency, (minor, currency) => {
        expect(parseAmount(toDecimalString(minor, currency), currency, 'en-US')).toBe(minor);
      }),
    );
  });

  it('an amount is read once or refused, never read as a different amount in another notation', () => {
    // Whatever a German and an American store make of the same text, they never both take it as different sums.
    fc.assert(
      fc.property(anyAmount, fc.constantFrom('EUR', 'USD', 'BHD', 'JPY'), (minor, currency) => {
        const shown = formatMoney(minor, currency, 'de-DE');
        let elsewhere: number | null;
        try {
          elsewhere = parseAmount(shown, currency, 'en-US');
        } catch {
          elsewhere = null;
        }
        if (elsewhere !== null) expect(elsewhere).toBe(minor);
      }),
    );
  });
});
