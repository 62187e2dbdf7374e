import { describe, expect, it } from 'vitest';
import { bookkeepingColumns, bookkeepingCsv } from '../../../src/main/core/exports/bookkeeping-csv.ts';
import type { BookkeepingRow } from '../../../src/main/core/exports/bookkeeping-rows.ts';

const at = Date.parse('2026-11-02T10:15:00Z');
const row = (n: number): BookkeepingRow => ({
  at: at + n * 60_000,
  type: n % 10 === 0 ? 'refund' : 'payment',
  orderId: `order-${n}`,
  orderNumber: n,
  methodName: n % 2 === 0 ? 'Cash' : 'Card',
  journal: n % 2 === 0 ? 'cash' : 'bank',
  amount: 100 + n,
  currency: 'EUR',
  cardBrand: null,
  cardLast4: null,
  accounts: {
    outstanding: { code: n % 2 === 0 ? '1000' : '1360', isDefault: true },
    intermediary: { code: '1361', isDefault: true },
  },
  needsReconciliation: false,
});

describe('the bookkeeping file of a busy year', () => {
  it('has one header and one record per row, however many slices it was written in', async () => {
    const rows = Array.from({ length: 4_321 }, (_, n) => row(n + 1));
    const csv = await bookkeepingCsv(rows);
    const records = csv.split('\r\n').filter(Boolean);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
    expect(records).toHaveLength(rows.length + 1);
    expect(records[0]).toBe(`\uFEFF${bookkeepingColumns().join(',')}`);
    expect(records.filter((r) => r.includes('Date and time'))).toHaveLength(1);
    expect(records.at(-1)).toContain('order-4321');
    expect(records[2_001]).toContain(',2001,');
  });

  it('lets the core answer other calls while it writes, instead of holding the event loop', async () => {
    const rows = Array.from({ length: 10_000 }, (_, n) => row(n + 1));
    let answeredMeanwhile = false;
    const writing = bookkeepingCsv(rows).then(() => answeredMeanwhile);
    setImmediate(() => (answeredMeanwhile = true));
    expect(await writing).toBe(true);
  });

  it('is just the header for a day without sales', async () => {
    expect(await bookkeepingCsv([])).toBe(`\uFEFF${bookkeepingColumns().join(',')}\r\n`);
  });
});
