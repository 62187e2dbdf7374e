/**
 * Notes and coins in circulation, largest first, in minor units: what a cashier counts in the drawer. Only the
 * currencies Kassa's stores use today; any other currency is counted as one total.
 */
const table: Record<string, readonly number[]> = {
  EUR: [50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1],
  USD: [10000, 5000, 2000, 1000, 500, 200, 100, 25, 10, 5, 1],
  GBP: [5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1],
  CHF: [100000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5],
  SEK: [1000, 500, 200, 100, 50, 20, 10, 5, 2, 1].map((n) => n * 100),
  BRL: [20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 25, 10, 5],
  MXN: [100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50],
  ARS: [2000000, 1000000, 200000, 100000, 50000, 20000, 10000, 5000, 2000, 1000],
  CLP: [20000, 10000, 5000, 2000, 1000, 500, 100, 50, 10],
};

export function denominationsOf(currency: string): readonly number[] {
  return table[currency] ?? [];
}

/** The total of a count by denomination; a value not in circulation in the currency is refused by the caller. */
export function countTotal(count: readonly (readonly [number, number])[]): number {
  return count.reduce((sum, [value, pieces]) => sum + value * pieces, 0);
}
