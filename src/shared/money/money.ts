/*
 * Money is an integer of minor units plus an ISO 4217 code. This module is the only place that turns it into
 * text and back, and it does so with string arithmetic: a float never holds an amount, not even briefly.
 */
import { KassaError } from '../errors.ts';
import { getCurrency } from './currencies.ts';

export function assertMinorUnits(n: number, field = 'amount'): void {
  if (!Number.isSafeInteger(n)) {
    throw new KassaError(
      'amount_invalid',
      `${String(n)} is not a whole number of cents (minor units) that Kassa can record: enter the amount again.`,
      field,
    );
  }
}

/** "12.50" for exponent 2, "1250" for 0, "12.500" for 3: what an example amount looks like in this currency. */
function exampleAmount(exponent: number): string {
  return exponent === 0 ? '1250' : `12.${'5'.padEnd(exponent, '0')}`;
}

function invalidAmount(message: string): KassaError {
  return new KassaError('amount_invalid', message, 'amount');
}

/*
 * Keyboards and pasted text bring full-width digits (Japanese and Chinese input methods), Arabic-Indic digits
 * and their separators (Gulf locales, where the 3-decimal currencies live) and several kinds of spaces.
 */
const unicodeDigitBlocks = [0xff10, 0x0660, 0x06f0];
function normalise(input: string): string {
  let out = '';
  for (const ch of input) {
    const cp = ch.codePointAt(0) ?? 0;
    const block = unicodeDigitBlocks.find((start) => cp >= start && cp <= start + 9);
    if (block !== undefined) out += String(cp - block);
    else if (ch === '．' || ch === '٫') out += '.';
    else if (ch === '，') out += ',';
    // The Arabic thousands separator is never a decimal point: treat it like a space.
    else if (ch === '٬') out += ' ';
    else if (ch === '’') out += "'";
    // Bidirectional marks come along when amounts are copied from right-to-left text.
    else if (ch === '\u200e' || ch === '\u200f' || ch === '\u061c') continue;
    else if (/\s/u.test(ch)) out += ' ';
    else out += ch;
  }
  return out.trim();
}

/**
 * Thousands grouping as typed: 1,234,567 (groups of three) or 12,34,567 (Indian lakh grouping). A grouped
 * number never starts with 0, which keeps "0.125" from reading as 125.
 */
function isGrouped(integer: string, separator: string): boolean {
  const groups = integer.split(separator);
  const [first, ...rest] = groups;
  const last = rest.at(-1);
  if (first === undefined || last === undefined || !/^[1-9]\d{0,2}$/.test(first) || !/^\d{3}$/.test(last)) {
    return false;
  }
  const middle = rest.slice(0, -1);
  return (
    middle.every((g) => /^\d{3}$/.test(g)) || (first.length <= 2 && middle.every((g) => /^\d{2}$/.test(g)))
  );
}

/**
 * Reads an amount as a cashier types it, in any locale's notation, into minor units.
 *
 * Both "." and "," are accepted. The last of them is the decimal point when at most as many digits as the
 * currency has decimals follow it ("12,5" and "12.50" are 12.50 EUR); otherwise it groups thousands
 * ("1.250" is 1250 EUR and 1250 JPY, but 1.250 BHD, a 3-decimal currency). Spaces and apostrophes only ever
 * group thousands ("1 234,50", "1'234.50").
 */
export function parseAmount(input: string, currency: string): number {
  const { code, exponent } = getCurrency(currency);
  const example = exampleAmount(exponent);
  const text = normalise(input);
  if (text === '') throw invalidAmount(`Enter an amount, such as ${example}.`);
  if (/^[-−‐–]|[-−‐–]$/.test(text)) {
    throw invalidAmount('Amounts cannot be negative: enter the amount without a minus sign.');
  }
  if (/[^\d.,' ]/.test(text)) {
    throw invalidAmount(
      `"${input.trim()}" is not an amount: use digits and one decimal point, such as ${example}.`,
    );
  }

  const point = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  const tail = point < 0 ? '' : text.slice(point + 1);
  const hasDecimals = point >= 0 && exponent > 0 && /^\d*$/.test(tail) && tail.length <= exponent;
  const integer = hasDecimals ? text.slice(0, point) : text;
  const fraction = hasDecimals ? tail : '';
  const decimalMark = hasDecimals ? text.charAt(point) : '';

  const groupMarks = new Set(integer.replace(/\d/g, ''));
  let integerDigits = integer;
  if (groupMarks.size > 0) {
    const [mark] = groupMarks;
    if (mark === undefined || groupMarks.size > 1 || mark === decimalMark || !isGrouped(integer, mark)) {
      // Digits after the last separator that neither fit the currency's decimals nor group thousands.
      if (!hasDecimals && point >= 0 && /^\d*$/.test(tail)) {
        throw invalidAmount(
          exponent === 0
            ? `${code} amounts have no decimals: enter whole ${code}, such as ${example}.`
            : `${code} amounts have at most ${String(exponent)} decimals, such as ${example}.`,
        );
      }
      throw invalidAmount(`"${input.trim()}" is not an amount Kassa can read: type it as ${example}.`);
    }
    integerDigits = integer.split(mark).join('');
  }
  if (integerDigits === '' && fraction === '') throw invalidAmount(`Enter an amount, such as ${example}.`);

  const digits = (integerDigits + fraction.padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  const minor = digits.length <= 16 ? Number(digits) : Number.POSITIVE_INFINITY;
  if (!Number.isSafeInteger(minor)) {
    throw invalidAmount(`${input.trim()} ${code} is more than Kassa can record: check the amount.`);
  }
  return minor;
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
      throw new KassaError(
        'invalid_request',
        `Kassa cannot format amounts for the locale "${locale}": use a language tag such as de-DE.`,
        'locale',
      );
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
    throw new KassaError(
      'invalid_request',
      `Cannot split an amount by the weight ${String(weight)}.`,
      'weights',
    );
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
    throw new KassaError('invalid_request', 'There is nothing to split the amount over.', 'weights');
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
    throw new KassaError('invalid_request', 'Split the amount into at least one part.', 'parts');
  }
  return allocate(total, new Array<number>(parts).fill(1));
}
