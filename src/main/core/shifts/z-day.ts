import type { ShiftReport } from '../../../shared/ipc/shifts.ts';
import type { ZRow } from './shift-store.ts';
import { zReportOf } from './z-chain.ts';

export interface DayFromZ {
  zNumbers: { tillId: string; number: number }[];
  orders: number;
  sales: number;
  discounts: number;
  returns: number;
  taxes: { rateBp: number; net: number; tax: number; gross: number }[];
  payments: { methodName: string; taken: number; refunded: number; net: number }[];
  cashExpected: number;
  cashCounted: number;
}

const addInto = <K>(map: Map<K, number[]>, key: K, values: number[]) => {
  const row = map.get(key) ?? values.map(() => 0);
  values.forEach((v, i) => (row[i]! += v));
  map.set(key, row);
};

/**
 * A day's sales reported again from the Z rows alone (closed between `start` included and `end` excluded):
 * nothing but what the immutable, chained rows say, so the figures can be checked even if the orders were lost.
 */
export function dayFromZ(rows: Iterable<ZRow>, day: { start: number; end: number }): DayFromZ {
  const taxes = new Map<number, number[]>();
  const payments = new Map<string, number[]>();
  const out: DayFromZ = {
    zNumbers: [],
    orders: 0,
    sales: 0,
    discounts: 0,
    returns: 0,
    taxes: [],
    payments: [],
    cashExpected: 0,
    cashCounted: 0,
  };
  for (const row of rows) {
    if (row.created_at < day.start || row.created_at >= day.end) continue;
    const z: ShiftReport = zReportOf(row);
    out.zNumbers.push({ tillId: row.till_id, number: row.number });
    out.orders += z.sales.orders;
    out.sales += z.sales.total;
    out.discounts += z.sales.discounts;
    out.returns += z.returns.total;
    for (const t of z.sales.taxes) addInto(taxes, t.rateBp, [t.net, t.tax, t.gross]);
    for (const p of z.payments) addInto(payments, p.methodName, [p.taken, p.refunded, p.net]);
    out.cashExpected += z.cash.expected;
    out.cashCounted += z.counts.filter((c) => c.journal === 'cash').reduce((s, c) => s + c.counted, 0);
  }
  out.taxes = [...taxes]
    .sort(([a], [b]) => a - b)
    .map(([rateBp, [net, tax, gross]]) => ({ rateBp, net: net!, tax: tax!, gross: gross! }));
  out.payments = [...payments].map(([methodName, [taken, refunded, net]]) => ({
    methodName,
    taken: taken!,
    refunded: refunded!,
    net: net!,
  }));
  return out;
}
