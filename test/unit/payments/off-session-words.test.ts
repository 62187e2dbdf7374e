/**
 * Why a charge on a card on file did not go through, in each of the six languages: Stripe's decline codes of an
 * off-session charge (insufficient funds, a generic decline) and the two of its own (the bank wants the
 * customer, the customer did not confirm) have Kassa's words, never the raw code.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslator } from '../../../src/shared/i18n/catalogs.ts';
import { failureText } from '../../../src/shared/i18n/errors.ts';
import { languages } from '../../../src/shared/i18n/languages.ts';
import { english, setTranslator } from '../../../src/shared/i18n/translate.ts';
import { isKnownFailure } from '../../../src/shared/payments/failure-words.ts';

afterEach(() => setTranslator(english));

const codes = [
  'authentication_required',
  'payment_intent_authentication_failure',
  'insufficient_funds',
  'generic_decline',
];

describe('decline words of a charge on a card on file', () => {
  it('knows every code', () => {
    expect(codes.filter((code) => !isKnownFailure(code))).toEqual([]);
  });

  it.each(languages.filter((l) => l !== 'en'))(
    'in %s, each code has its own words, not English',
    async (language) => {
      setTranslator(english);
      const inEnglish = codes.map((code) => failureText({ code }, 'declined'));
      setTranslator(await loadTranslator(language));
      const words = codes.map((code) => failureText({ code }, 'declined'));
      words.forEach((text, i) => {
        expect(text).not.toBe('');
        expect(text).not.toContain(codes[i]);
        expect(text).not.toBe(inEnglish[i]);
      });
    },
  );
});
