/*
 * Money is an integer of minor units plus an ISO 4217 code. This module turns it into text (parse-amount.ts reads
 * typed text back), and it does so with string arithmetic: a float never holds an amount, not even briefly.
 */
import { getCurrency } from './currencies.ts';
import { translatedError, developerError } from '../i18n/errors.ts';

export function assertMinorUnits(n: number, field = 'amount'): void {
  if (!Number.isSafeInteger(n)) {
    throw translatedError('amount_invalid', 'err.money.notWholeCents', { amount: String(n) }, field);
  }
}

/** The amount as a plain decimal string ("12.50", "1250" for JPY, "1.250" for BHD, "-3.05") for wire formats. */
export function toDecimalString(minor: number, currency: string): string {
  assertMinorUnits(minor);
  const { exponent } = getCurrency(currency);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}\u0000${currency}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    const { exponent } = getCurrency(currency);
    try {
      formatter = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        // ISO's exponent wins over the locale data's (CLDR shows IQD and some others with 0 decimals).
        minimumFractionDigits: exponent,
        maximumFractionDigits: exponent,
      });
    } catch {
      throw translatedError('invalid_request', 'err.money.cannotFormatLocale', { locale }, 'locale');
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The amount for people: "1.234,50 €" in de-DE, "￥1,230" in ja-JP. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  // Intl reads a numeric string digit for digit, so no amount passes through a binary float on its way out.
  return formatterFor(currency, locale).format(toDecimalString(minor, currency) as `${number}`);
}

function assertWeight(weight: number): void {
  if (!Number.isSafeInteger(weight) || weight < 0) {
    throw developerError('invalid_request', `Cannot split an amount by the weight ${String(weight)}.`);
  }
}

/**
 * Splits `total` in proportion to `weights` by the largest-remainder method: each part is its exact share
 * rounded down, and the cents left over go one each to the parts with the largest remainders (the earliest
 * first on a tie). The parts always add up to `total`, and none is more than one minor unit from its exact
 * share. A negative total is split like its absolute value and negated, so refunds mirror sales. All-zero
 * weights split evenly.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  assertMinorUnits(total, 'total');
  if (weights.length === 0) {
    throw developerError('invalid_request', 'There is nothing to split the amount over.');
  }
  weights.forEach(assertWeight);
  // BigInt keeps total × weight exact where it would pass 2^53.
  const even = weights.every((w) => w === 0);
  const w = weights.map((x) => BigInt(even ? 1 : x));
  const sum = w.reduce((a, b) => a + b, 0n);
  const magnitude = BigInt(Math.abs(total));
  const parts = w.map((x) => (magnitude * x) / sum);
  const remainders = w.map((x, index) => ({ index, remainder: (magnitude * x) % sum }));
  let left = Number(magnitude - parts.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1;
  }
  return parts.map((p) => (total < 0 && p !== 0n ? -Number(p) : Number(p)));
}

/** Splits `total` into `parts` amounts that differ by at most one minor unit, the larger ones first. */
export function splitEvenly(total: number, parts: number): number[] {
  if (!Number.isSafeInteger(parts) || parts < 1) {
    throw developerError('invalid_request', 'Split the amount into at least one part.');
  }
  return allocate(total, new Array<number>(parts).fill(1));
}
