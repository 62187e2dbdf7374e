/*
 * The largest banknote a customer can hand over, per currency, in major units. The till uses it to notice cash
 * received that no honest hand-over explains: more change than one of the largest notes means the amount was
 * most likely mistyped ("10.000" for 10.00), so the cashier is asked before the sale completes.
 *
 * Notes still legal tender count even when no longer printed (the €500 note, the SGD 10,000), since a customer
 * may still bring one. Currencies not listed fall back to a rule of proportion (see `tenderNeedsConfirmation`).
 */
import { getCurrency } from './currencies.ts';

const largestNote: Readonly<Record<string, number>> = {
  AED: 1000,
  ARS: 20000,
  AUD: 100,
  BGN: 100,
  BHD: 20,
  BRL: 200,
  CAD: 100,
  CHF: 1000,
  CLP: 20000,
  CNY: 100,
  COP: 100000,
  CZK: 5000,
  DKK: 1000,
  EUR: 500,
  GBP: 50,
  HKD: 1000,
  HUF: 20000,
  IDR: 100000,
  ILS: 200,
  INR: 500,
  ISK: 10000,
  JOD: 50,
  JPY: 10000,
  KRW: 50000,
  KWD: 20,
  MXN: 1000,
  NOK: 1000,
  NZD: 100,
  OMR: 50,
  PEN: 200,
  PLN: 500,
  RON: 500,
  SAR: 500,
  SEK: 1000,
  SGD: 10000,
  THB: 1000,
  TRY: 200,
  UAH: 1000,
  USD: 100,
  UYU: 2000,
  VND: 500000,
  ZAR: 200,
};

/** The largest note of `currency` in minor units, or null where the table does not know it. */
export function largestBanknote(currency: string): number | null {
  const { code, exponent } = getCurrency(currency);
  const major = Object.hasOwn(largestNote, code) ? largestNote[code] : undefined;
  return major === undefined ? null : major * 10 ** exponent;
}

/**
 * Whether cash received is far enough above the amount paid that the cashier must confirm it: more change than
 * the currency's largest note; where that is unknown, more than ten times the amount.
 */
export function tenderNeedsConfirmation(amount: number, tendered: number, currency: string): boolean {
  const note = largestBanknote(currency);
  return note === null ? tendered > amount * 10 : tendered - amount > note;
}
