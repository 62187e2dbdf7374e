/*
 * Money, dates and percentages for people, in the store's locale (not the browser's: the windows speak the
 * shop's language whatever machine it runs on).
 */
import type { StoreInfo } from '../../shared/ipc/store.ts';
import { formatMoney, toDecimalString } from '../../shared/money/money.ts';
import { amountNotation, parseAmount } from '../../shared/money/parse-amount.ts';
import { getCurrency } from '../../shared/money/currencies.ts';
import { t } from '../../shared/i18n/translate.ts';
import { taxLabel } from '../../shared/receipts/receipt-document.ts';

export interface Formatters {
  /** An amount in the store's currency, or in `currency` (a past order's own). */
  money(minor: number, currency?: string): string;
  /** Reads a typed amount in the store's notation (see parse-amount.ts); throws a KassaError saying why not. */
  parseAmount(text: string, currency?: string): number;
  /** An amount as typed into a field, without the currency sign or grouping: "12.50" or "12,50". */
  amountInput(minor: number, currency?: string): string;
  /** The decimal mark of the store's locale, for the keypad. */
  decimalMark: string;
  dateTime(at: number): string;
  date(at: number): string;
  time(at: number): string;
  /** "7 %" from basis points. */
  percent(basisPoints: number): string;
  /** The store's name for a tax rate ("VAT 7 %"), or the rate itself. */
  taxRate(rateBp: number): string;
  /** A rate under the name a report or receipt recorded for it, as receipts print it ("VAT 7 %", "Reduced (7 %)"). */
  namedTaxRate(name: string | null, rateBp: number): string;
}

export function createFormatters(store: StoreInfo): Formatters {
  const { locale, currency } = store;
  // Typed amounts follow the money format on screen (parse-amount.ts reads them back the same way): no grouping,
  // the locale's decimal mark, every decimal of the currency ("12.50", "12,50", "1250" for yen).
  const typed = (minor: number, other = currency) => {
    const text = toDecimalString(minor, other);
    return getCurrency(other).exponent === 0
      ? text
      : text.replace('.', amountNotation(other, locale).decimal);
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  // Asked of a currency with cents, so that the keypad of a store in yen still has the locale's mark.
  const decimalMark =
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value ?? '.';
  const taxNames = new Map(store.taxRates.map((r) => [r.rateBp, r.name]));
  // A rate is not money: the float is only shown, rounded to hundredths of a percent, never added up.
  const formatPercent = (bp: number) => percent.format(bp / 10_000);
  return {
    money: (minor, other = currency) => formatMoney(minor, other, locale),
    parseAmount: (text, other = currency) => parseAmount(text, other, locale),
    amountInput: typed,
    decimalMark,
    dateTime: (at) => dateTime.format(at),
    date: (at) => date.format(at),
    time: (at) => time.format(at),
    percent: formatPercent,
    taxRate: (rateBp) => taxNames.get(rateBp) ?? t('tax.rate', { rate: formatPercent(rateBp) }),
    namedTaxRate: (name, rateBp) => taxLabel(name, rateBp, percent, t),
  };
}
