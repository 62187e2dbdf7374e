import { describe, expect, it } from 'vitest';
import { taxLabel } from '../../../src/shared/receipts/receipt-document.ts';
import { english } from '../../../src/shared/i18n/translate.ts';
import { loadTranslator } from '../../../src/shared/i18n/catalogs.ts';

const percent = (locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
const plain = (s: string) => s.replace(/\s/gu, ' ');

describe('a tax rate on the receipt', () => {
  it.each([
    ['VAT 7 %', 700, 'VAT 7 %'],
    ['MwSt. 19%', 1900, 'MwSt. 19%'],
    ['TVA 5,5 %', 550, 'TVA 5,5 %'],
    ['GST 5.50%', 550, 'GST 5.50%'],
    ['VAT 0', 0, 'VAT 0'],
  ])('is called by the store’s name when the name says the rate: %s', (name, bp, shown) => {
    expect(plain(taxLabel(name, bp, percent('de-DE'), english.t))).toBe(shown);
  });

  it.each([
    ['Reduced', 700, 'Reduced (7 %)'],
    ['VAT 17 %', 700, 'VAT 17 % (7 %)'],
    ['VAT 7.5 %', 700, 'VAT 7.5 % (7 %)'],
    ['Exempt', 0, 'Exempt (0 %)'],
  ])('gets its rate added when the name does not say it: %s', (name, bp, shown) => {
    expect(plain(taxLabel(name, bp, percent('de-DE'), english.t))).toBe(shown);
  });

  it('without a name, says the rate in the receipt’s language', async () => {
    expect(plain(taxLabel(null, 1900, percent('de-DE'), english.t))).toBe('Tax 19 %');
    const italian = await loadTranslator('it');
    expect(plain(taxLabel(null, 2200, percent('it-IT'), italian.t))).toBe('IVA 22%');
    expect(plain(taxLabel('Ridotta', 1000, percent('it-IT'), italian.t))).toBe('Ridotta (10%)');
  });
});
