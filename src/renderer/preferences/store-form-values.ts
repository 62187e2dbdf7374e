import type { RequestIn } from '../../shared/ipc/contract.ts';
import type { StoreSettingsView } from '../../shared/ipc/preferences.ts';
import { formatMoney } from '../../shared/money/money.ts';

/** The store settings as the form holds them: text as typed, rounding as a choice. */
export interface StoreFormValues {
  name: string;
  country: string;
  currency: string;
  locale: string;
  pricesIncludeTax: boolean;
  /** `country` follows the country's rule; otherwise the step in minor units. */
  rounding: string;
  /** The owner read what a new currency means and goes ahead (issue 15.2). */
  confirmCurrency: boolean;
}

export const storeFields = [
  'name',
  'country',
  'currency',
  'locale',
  'pricesIncludeTax',
  'cashRoundingIncrement',
  'currencyChangeConfirmed',
];

export const countryRule = 'country';

export function storeFormValues(view: StoreSettingsView): StoreFormValues {
  return {
    name: view.name,
    country: view.country,
    currency: view.currency,
    locale: view.locale,
    pricesIncludeTax: view.pricesIncludeTax,
    rounding:
      view.cashRoundingIncrement === view.suggestedCashRounding
        ? countryRule
        : String(view.cashRoundingIncrement),
    confirmCurrency: false,
  };
}

export function storeRequest(values: StoreFormValues): RequestIn<'storeSettings.save'> {
  return {
    name: values.name,
    country: values.country,
    currency: values.currency,
    locale: values.locale.trim(),
    pricesIncludeTax: values.pricesIncludeTax,
    ...(values.rounding === countryRule ? {} : { cashRoundingIncrement: Number(values.rounding) }),
    ...(values.confirmCurrency ? { currencyChangeConfirmed: true as const } : {}),
  };
}

/** Cash steps shops use, in minor units: 0.05 (CHF, 5-cent countries), 0.10, whole units for yen and forint. */
export const roundingSteps = [1, 5, 10, 20, 25, 50, 100, 500, 1000] as const;

/** "€0.05" for 5 in EUR; the plain number when the currency or locale cannot be formatted yet (half typed). */
export function stepLabel(step: number, currency: string, locale: string): string {
  try {
    return formatMoney(step, currency, locale);
  } catch {
    return String(step);
  }
}

/** Locales Kassa's shops use; any other BCP 47 tag can be typed. */
export const commonLocales = [
  'en-DE',
  'de-DE',
  'de-AT',
  'de-CH',
  'en-GB',
  'en-US',
  'fr-FR',
  'it-IT',
  'es-ES',
  'es-MX',
  'es-AR',
  'es-CL',
  'pt-BR',
  'bg-BG',
  'zh-CN',
];

/** How money and dates will look in a locale, or null while the tag is not one the browser knows. */
export function localePreview(locale: string, currency: string): { money: string; date: string } | null {
  try {
    const tag = locale.trim();
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return null;
    return {
      money: formatMoney(123450, currency, tag),
      date: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.now()),
    };
  } catch {
    return null;
  }
}
