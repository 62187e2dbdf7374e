import { currencies, isKnownCurrency, getCurrency } from './currencies.ts';

/**
 * A currency's name in the reader's language, from the runtime's CLDR data (`Intl.DisplayNames`): "Euro",
 * "Евро", "欧元", "Real brasileiro". The ISO table's English name stands in only where the runtime has none, so
 * no list of currencies shows English names to a Bulgarian or Chinese owner (issue 15).
 */
export function currencyName(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'currency', fallback: 'none' }).of(code);
    if (name) return name;
  } catch {
    // a language tag the runtime does not know: the table's name below
  }
  return isKnownCurrency(code) ? getCurrency(code).name : code;
}

/** "EUR — Euro": the code first, as it is on the receipts, then the name in `language`. */
export const currencyLabel = (code: string, language: string): string =>
  isKnownCurrency(code) ? `${code} — ${currencyName(code, language)}` : code;

/** Every currency as a picker offers it, by code, named in `language`. */
export function currencyOptions(language: string): { code: string; label: string }[] {
  return Object.keys(currencies)
    .sort((a, b) => a.localeCompare(b))
    .map((code) => ({ code, label: currencyLabel(code, language) }));
}
