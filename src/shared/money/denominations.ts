import { getCurrency } from './currencies.ts';

/**
 * Notes and coins in circulation, largest first, in major units (as printed on them): what a cashier counts in the
 * drawer. The currencies of the countries Kassa's languages and providers serve, and their neighbours; any other
 * currency is counted as one total. Coins withdrawn from circulation (the Canadian cent, the Chilean peso coin,
 * the Czech and Hungarian small change, the Danish 25 øre) are left out.
 */
const inMajorUnits: Record<string, readonly number[]> = {
  EUR: [500, 200, 100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01],
  USD: [100, 50, 20, 10, 5, 2, 1, 0.25, 0.1, 0.05, 0.01],
  GBP: [50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01],
  CHF: [1000, 200, 100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05],
  SEK: [1000, 500, 200, 100, 50, 20, 10, 5, 2, 1],
  BRL: [200, 100, 50, 20, 10, 5, 2, 1, 0.5, 0.25, 0.1, 0.05],
  MXN: [1000, 500, 200, 100, 50, 20, 10, 5, 2, 1, 0.5],
  ARS: [20000, 10000, 2000, 1000, 500, 200, 100, 50, 20, 10],
  CLP: [20000, 10000, 5000, 2000, 1000, 500, 100, 50, 10],
  CNY: [100, 50, 20, 10, 5, 1, 0.5, 0.1],
  BGN: [100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01],
  PLN: [500, 200, 100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01],
  CZK: [5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1],
  HUF: [20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5],
  RON: [500, 200, 100, 50, 10, 5, 1, 0.5, 0.1, 0.05, 0.01],
  DKK: [1000, 500, 200, 100, 50, 20, 10, 5, 2, 1, 0.5],
  NOK: [1000, 500, 200, 100, 50, 20, 10, 5, 1],
  CAD: [100, 50, 20, 10, 5, 2, 1, 0.25, 0.1, 0.05],
  AUD: [100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05],
  NZD: [100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1],
  JPY: [10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 1],
  COP: [100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50],
  PEN: [200, 100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, 0.1],
  UYU: [2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1],
};

const cache = new Map<string, readonly number[]>();

/** The currency's notes and coins in minor units, largest first; empty where Kassa does not know them. */
export function denominationsOf(currency: string): readonly number[] {
  let minor = cache.get(currency);
  if (!minor) {
    const major = inMajorUnits[currency] ?? [];
    const scale = major.length === 0 ? 1 : 10 ** getCurrency(currency).exponent;
    minor = major.map((value) => Math.round(value * scale));
    cache.set(currency, minor);
  }
  return minor;
}

/** The total of a count by denomination; a value not in circulation in the currency is refused by the caller. */
export function countTotal(count: readonly (readonly [number, number])[]): number {
  return count.reduce((sum, [value, pieces]) => sum + value * pieces, 0);
}
