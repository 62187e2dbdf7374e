/**
 * Sales reports for the owner: a period grouped by day, hour, category, product, staff member or payment method,
 * read in a worker thread; every grouping adds up to the same total, and the CSV says the same.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { newId } from '../../support/core.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';

const sourdough = demoProducts.find((p) => p.name === 'Sourdough Loaf')!; // 3.89, bakery, 7 %
const cola = demoProducts.find((p) => p.name === 'Cola 0.33 l')!; // 1.19, drinks, 19 %

let kassa: PreferencesTill;
afterEach(async () => kassa.close());

const day = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('sales reports', () => {
  it('group a period one way or another and always add up to the same total', async () => {
    let clock = new Date(2025, 2, 3, 9, 30).getTime();
    kassa = preferencesTill({ now: () => clock });
    const sell = (lines: { productId: number; quantity: number }[], amount: number, methodId = 'cash') =>
      kassa.call('orders.checkout', {
        orderId: newId(),
        lines,
        payments: [{ id: newId(), methodId, amount }],
      });
    await sell([{ productId: sourdough.id, quantity: 2 }], 778);
    clock += 3 * 3_600_000; // 12:30
    await sell(
      [
        { productId: sourdough.id, quantity: 1 },
        { productId: cola.id, quantity: 2 },
      ],
      627,
      'card-external',
    );
    clock += 24 * 3_600_000; // the next day
    await sell([{ productId: cola.id, quantity: 1 }], 119);
    // Outside the period: a day later than asked for.
    clock += 24 * 3_600_000;
    await sell([{ productId: cola.id, quantity: 5 }], 595);

    await kassa.openPreferences();
    const period = { from: day(new Date(2025, 2, 3).getTime()), to: day(new Date(2025, 2, 4).getTime()) };
    const by = async (dimension: 'day' | 'hour' | 'category' | 'product' | 'staff' | 'method') =>
      kassa.prefs('reports.sales', { ...period, by: dimension });

    const category = await by('category');
    expect(category.total).toEqual({
      key: 'total',
      orders: 3,
      quantity: 6,
      net: 1391,
      tax: 133,
      gross: 1524,
    });
    expect(category.rows.map((r) => [r.key, r.orders, r.quantity, r.gross])).toEqual([
      ['Bakery', 2, 3, 1167],
      ['Drinks', 2, 3, 357],
    ]);
    expect((await by('day')).rows.map((r) => [r.key, r.orders, r.gross])).toEqual([
      ['2025-03-03', 2, 1405],
      ['2025-03-04', 1, 119],
    ]);
    expect((await by('hour')).rows.map((r) => [r.key, r.gross])).toEqual([
      ['09', 778],
      ['12', 627 + 119],
    ]);
    expect((await by('product')).rows.map((r) => [r.key, r.quantity, r.gross])).toEqual([
      ['Sourdough Loaf', 3, 1167],
      ['Cola 0.33 l', 3, 357],
    ]);
    expect((await by('staff')).rows.map((r) => [r.key, r.orders, r.gross])).toEqual([
      ['Demo Owner', 3, 1524],
    ]);
    expect((await by('method')).rows.map((r) => [r.key, r.orders, r.gross])).toEqual([
      ['Cash', 2, 897],
      ['Card (external terminal)', 1, 627],
    ]);
    for (const dimension of ['day', 'hour', 'category', 'product', 'staff'] as const) {
      const report = await by(dimension);
      expect(report.rows.reduce((sum, r) => sum + r.gross, 0)).toBe(1524);
      expect(report.rows.reduce((sum, r) => sum + r.tax, 0)).toBe(133);
    }

    const csv = await kassa.prefs('reports.salesCsv', { ...period, by: 'category' });
    expect(csv.fileName).toBe('kassa-sales-by-category-2025-03-03-to-2025-03-04.csv');
    expect(csv.csv.trim().split('\n')).toEqual([
      'Category,Orders,Items,Net,Tax,Gross,Currency',
      'Bakery,2,3,10.91,0.76,11.67,EUR',
      'Drinks,2,3,3.00,0.57,3.57,EUR',
      'Total,3,6,13.91,1.33,15.24,EUR',
    ]);
    expect(kassa.audit('export.sales')).toHaveLength(1);
  });

  it('are refused while the preferences are locked, and a period of more than a year is refused', async () => {
    kassa = preferencesTill();
    expect(
      (await kassa.prefsFail('reports.sales', { from: '2025-01-01', to: '2025-01-31', by: 'day' })).code,
    ).toBe('pin_required');
    await kassa.openPreferences();
    const tooLong = await kassa.prefsFail('reports.sales', {
      from: '2024-01-01',
      to: '2025-06-30',
      by: 'day',
    });
    expect(tooLong).toMatchObject({ code: 'invalid_request', field: 'to' });
  });
});
