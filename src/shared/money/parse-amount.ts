/*
 * The one reader of typed amounts, for every field in every window. It reads what a person typed in the
 * store's notation (its locale's decimal mark and grouping, its currency's decimals) into minor units, and it
 * never guesses: when the same text could mean two amounts ("10.000" is ten thousand to a German and ten to
 * most of the world) it refuses, and the message says how to type each of them.
 */
import type { KassaError } from '../errors.ts';
import { t, type MessageKey, type MessageParams } from '../i18n/translate.ts';
import { getCurrency } from './currencies.ts';
import { formatMoney, toDecimalString } from './money.ts';
import { translatedError } from '../i18n/errors.ts';

/** How amounts are written in a store: its locale's marks, after the same clean-up typed text gets. */
export interface AmountNotation {
  decimal: string;
  group: string;
  /** The currency's sign as the locale writes it ("€", "R$", "CHF"): allowed in front of or after an amount. */
  symbol: string;
  exponent: number;
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

const notations = new Map<string, AmountNotation>();

/**
 * The store's notation, from Intl: the money format's marks (not plain numbers': CLDR writes en-DE numbers as
 * "1.234,50" but money as "€1,234.50", and a cashier copies what the screen shows). Asked with two decimals
 * even for yen, so that a store in yen still knows its locale's decimal mark.
 */
export function amountNotation(currency: string, locale: string): AmountNotation {
  const key = `${locale}\u0000${currency}`;
  const known = notations.get(key);
  if (known) return known;
  const { exponent } = getCurrency(currency);
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).formatToParts(1234567.5);
  } catch {
    throw translatedError('invalid_request', 'err.money.cannotReadLocale', { locale }, 'locale');
  }
  const part = (type: Intl.NumberFormatPart['type']) => parts.find((p) => p.type === type)?.value ?? '';
  const notation = {
    decimal: normalise(part('decimal')) || '.',
    // A space-like group mark normalises to "" after trimming: it is a space.
    group: normalise(part('group')) || ' ',
    symbol: normalise(part('currency')),
    exponent,
  };
  notations.set(key, notation);
  return notation;
}

/** "12,50" in de-DE, "12.500" for BHD in en, "1250" for yen: what an example amount looks like here. */
function exampleAmount({ exponent, decimal }: AmountNotation): string {
  return exponent === 0 ? '1250' : `12${decimal}${'5'.padEnd(exponent, '0')}`;
}

/** An amount typed the one way that cannot be misread: no grouping, the locale's decimal mark, no zero cents. */
export function typedAmount(minor: number, currency: string, locale: string): string {
  const notation = amountNotation(currency, locale);
  const text = toDecimalString(minor, currency);
  const [whole = '', cents = ''] = text.split('.');
  return /^0*$/.test(cents) ? whole : `${whole}${notation.decimal}${cents}`;
}

function invalid(key: MessageKey, params?: MessageParams): KassaError {
  return translatedError('amount_invalid', key, params, 'amount');
}

/**
 * Thousands grouping as typed: 1,234,567 (groups of three) or 12,34,567 (Indian lakh grouping). A grouped
 * number never starts with 0, which keeps "0.125" from reading as 125.
 */
function isGrouped(integer: string, separator: string): boolean {
  const [first, ...rest] = integer.split(separator);
  const last = rest.at(-1);
  if (first === undefined || last === undefined || !/^[1-9]\d{0,2}$/.test(first) || !/^\d{3}$/.test(last)) {
    return false;
  }
  const middle = rest.slice(0, -1);
  return (
    middle.every((g) => /^\d{3}$/.test(g)) || (first.length <= 2 && middle.every((g) => /^\d{2}$/.test(g)))
  );
}

type Role = 'decimal' | 'group';

/** One way of reading the text: its digits before and after the decimal mark, or nothing if it does not fit. */
interface Reading {
  integer: string;
  fraction: string;
}

function readAs(text: string, roles: ReadonlyMap<string, Role>): Reading | null {
  const decimalMarks = [...roles].filter(([, role]) => role === 'decimal').map(([mark]) => mark);
  if (decimalMarks.length > 1) return null;
  const [decimalMark] = decimalMarks;
  let integer = text;
  let fraction = '';
  if (decimalMark !== undefined) {
    const at = text.indexOf(decimalMark);
    if (text.indexOf(decimalMark, at + 1) >= 0) return null;
    integer = text.slice(0, at);
    fraction = text.slice(at + 1);
    if (!/^\d*$/.test(fraction)) return null;
  }
  const groupMarks = new Set(integer.replace(/\d/g, ''));
  if (groupMarks.size > 1) return null;
  const [mark] = groupMarks;
  if (mark !== undefined) {
    if (!isGrouped(integer, mark)) return null;
    integer = integer.split(mark).join('');
  }
  return { integer, fraction };
}

function minorOf({ integer, fraction }: Reading, exponent: number): number {
  const digits = (integer + fraction.padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  return digits.length <= 16 ? Number(digits) : Number.POSITIVE_INFINITY;
}

/** Removes the store currency's own sign or code, once, from either end; any other sign stays and is refused. */
function withoutCurrency(text: string, notation: AmountNotation, code: string): string {
  for (const sign of [notation.symbol, code].filter((s) => s !== '')) {
    const lower = text.toLowerCase();
    const s = sign.toLowerCase();
    if (lower.startsWith(s)) return text.slice(sign.length).trim();
    if (lower.endsWith(s)) return text.slice(0, -sign.length).trim();
  }
  return text;
}

/**
 * Reads an amount as a person types it into minor units of `currency`, in the notation of `locale`.
 *
 * The locale's decimal mark is the decimal mark unless another mark after it is ("1,234.50" in de-DE). Its
 * grouping mark, and a "." or "," the locale does not use, may be either (a cashier's habit, a numeric keypad):
 * the text is read every way that fits, and it is taken only when all of them agree. "12,5" in en-US is 12.50,
 * since "12,5" groups nothing; "10.000" in EUR is refused, since it may be ten or ten thousand; "1.234,50" is
 * 1234.50 in any locale. More decimals than the currency has are refused, never rounded; in a currency without
 * decimals a grouping mark only groups.
 * Spaces and apostrophes only ever group thousands ("1 234,50", "1'234.50").
 */
export function parseAmount(input: string, currency: string, locale: string): number {
  const { code, exponent } = getCurrency(currency);
  const notation = amountNotation(currency, locale);
  const example = exampleAmount(notation);
  const shown = input.trim();
  const text = withoutCurrency(normalise(input), notation, code);
  if (text === '') throw invalid('amount.empty', { example });
  if (/^[-−‐–]|[-−‐–]$/.test(text)) throw invalid('amount.negative');
  if (/[^\d.,' ]/.test(text)) throw invalid('amount.notAnAmount', { input: shown, example });

  const marks = ['.', ','].filter((mark) => text.includes(mark));
  const readings: Reading[] = [];
  // A reading where the locale's own decimal mark groups thousands, with no other decimal mark, is only ever a
  // hint for the message: "1.250" is 1.250 dinars in Bahrain, not 1250.
  const hints: Reading[] = [];
  const tryRoles = (index: number, roles: Map<string, Role>) => {
    const mark = marks[index];
    if (mark === undefined) {
      const reading = readAs(text, roles);
      const localeMarkGroups = roles.get(notation.decimal) === 'group';
      const hasDecimal = [...roles.values()].includes('decimal');
      if (reading) (localeMarkGroups && !hasDecimal ? hints : readings).push(reading);
      return;
    }
    for (const role of ['group', 'decimal'] as const) tryRoles(index + 1, new Map(roles).set(mark, role));
  };
  tryRoles(0, new Map());

  const fits = readings.filter((r) => r.fraction.length <= exponent);
  // Decimals a currency without decimals cannot have are no competing meaning: nobody pays 1.25 yen.
  const tooPrecise = exponent === 0 ? [] : readings.filter((r) => r.fraction.length > exponent);
  const values = [...new Set(fits.map((r) => minorOf(r, exponent)))];
  const hinted = [...new Set(hints.map((r) => minorOf(r, exponent)))];
  if ([...values, ...hinted].some((v) => !Number.isSafeInteger(v))) {
    throw invalid('amount.tooLarge', { input: shown, currency: code });
  }

  const [value] = values;
  if (value !== undefined && values.length === 1 && tooPrecise.length === 0) {
    if (value === 0 && fits[0]?.integer === '' && fits[0].fraction === '') {
      throw invalid('amount.empty', { example });
    }
    return value;
  }
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const typed = (minor: number) => typedAmount(minor, currency, locale);
  const twoMeanings = (a: number, b: number) => {
    const [first, second] = a > b ? [a, b] : [b, a];
    return invalid('amount.ambiguous', {
      input: shown,
      first: money(first),
      second: money(second),
      firstTyped: typed(first),
      secondTyped: typed(second),
    });
  };
  if (values.length > 1) throw twoMeanings(values[0]!, values[1]!);

  const decimalsRule: [MessageKey, MessageParams] =
    exponent === 0
      ? ['amount.noDecimals', { currency: code, example }]
      : ['amount.tooManyDecimals', { currency: code, decimals: exponent, example }];
  // Thousands, or an amount with more decimals than the currency has ("1.005" euros).
  const thousands = value ?? (hinted.length === 1 ? hinted[0] : undefined);
  const precise = tooPrecise[0];
  if (thousands !== undefined && (precise !== undefined || value === undefined)) {
    // "10.000" read as ten has only zeros past the currency's decimals: ten is a real second meaning.
    if (precise !== undefined && /^0*$/.test(precise.fraction.slice(exponent))) {
      const other = minorOf({ ...precise, fraction: precise.fraction.slice(0, exponent) }, exponent);
      if (other !== thousands) throw twoMeanings(thousands, other);
    }
    throw invalid('amount.unclearDecimals', {
      input: shown,
      amount: money(thousands),
      typed: typed(thousands),
      rule: t(...decimalsRule),
    });
  }
  if (readings.length > 0) throw invalid(...decimalsRule);
  throw invalid('amount.unreadable', { input: shown, example });
}
