/*
 * Cash rounding: where the smallest coins are gone (or the law says so), a cash payment is rounded to the
 * nearest amount that can be paid in coins. Card payments are never rounded. This table is the default a new
 * store starts with; the store's own `cashRoundingIncrement` setting is what the till uses, so an owner can
 * switch it off (1) or on.
 *
 * Sources and decisions, by country:
 * - CH, LI (CHF 0.05): the 1-Rappen coin was withdrawn in 2007; the 5 Rappen coin is the smallest.
 * - SE (SEK 1.00): öre coins withdrawn in 2010; cash is rounded to whole kronor.
 * - DK (DKK 0.50): the 25-øre coin was withdrawn in 2008.
 * - NO (NOK 1.00): the 50-øre coin was withdrawn in 2012.
 * - NL (EUR 0.05): customary since September 2004, when Dutch retailers agreed to round cash totals.
 * - BE (EUR 0.05): mandatory for cash since December 2019.
 * - FI (EUR 0.05): mandatory for cash since the euro was introduced in 2002.
 * - IE (EUR 0.05): national rounding scheme since October 2015, voluntary but widespread.
 * - IT (EUR 0.05): since 2018 the 1- and 2-cent coins are no longer minted and the law lets shops round cash
 *   totals to 0.05; rounding is optional, but Italian tills commonly do it. Kassa turns it on by default because
 *   the coins are scarce at the counter; an owner who prefers exact change sets the increment to 1.
 * - SK (EUR 0.05): mandatory for cash since July 2022.
 * - EE (EUR 0.05): mandatory for cash since January 2025.
 * - CA (CAD 0.05): the penny was withdrawn in 2013.
 * - AU (AUD 0.05): 1- and 2-cent coins withdrawn in 1992.
 * - NZ (NZD 0.10): the 5-cent coin was withdrawn in 2006.
 * A store in one of these countries pricing in another currency (EUR in Switzerland) is not rounded: the rule
 * belongs to the coins of the national currency.
 */
import { assertMinorUnits } from './money.ts';
import { translatedError } from '../i18n/errors.ts';

const roundingByCountry: Readonly<Record<string, { currency: string; increment: number }>> = {
  CH: { currency: 'CHF', increment: 5 },
  LI: { currency: 'CHF', increment: 5 },
  SE: { currency: 'SEK', increment: 100 },
  DK: { currency: 'DKK', increment: 50 },
  NO: { currency: 'NOK', increment: 100 },
  NL: { currency: 'EUR', increment: 5 },
  BE: { currency: 'EUR', increment: 5 },
  FI: { currency: 'EUR', increment: 5 },
  IE: { currency: 'EUR', increment: 5 },
  IT: { currency: 'EUR', increment: 5 },
  SK: { currency: 'EUR', increment: 5 },
  EE: { currency: 'EUR', increment: 5 },
  CA: { currency: 'CAD', increment: 5 },
  AU: { currency: 'AUD', increment: 5 },
  NZ: { currency: 'NZD', increment: 10 },
};

/** Minor-unit step cash payments are rounded to in this country and currency; 1 means no rounding. */
export function cashRoundingIncrement(country: string, currency: string): number {
  const key = country.toUpperCase();
  const rule = Object.hasOwn(roundingByCountry, key) ? roundingByCountry[key] : undefined;
  return rule !== undefined && rule.currency === currency.toUpperCase() ? rule.increment : 1;
}

/**
 * Rounds to the nearest multiple of `increment`; a half rounds away from zero, so 0.025 CHF becomes 0.05 and a
 * refund of 0.025 CHF becomes −0.05: a refund mirrors the sale it undoes.
 */
export function roundCash(amount: number, increment: number): number {
  assertMinorUnits(amount);
  if (!Number.isSafeInteger(increment) || increment < 1) {
    throw translatedError('invalid_request', 'err.money.roundingStep', undefined, 'cashRoundingIncrement');
  }
  const magnitude = Math.abs(amount);
  const remainder = magnitude % increment;
  const rounded = remainder * 2 >= increment ? magnitude - remainder + increment : magnitude - remainder;
  assertMinorUnits(rounded);
  return amount < 0 && rounded !== 0 ? -rounded : rounded;
}
