/**
 * The running sales totals (migration 15) that the sales reports read equal a recount from the orders
 * themselves: for random days of sales at random hours, by two staff members, paid in cash, by card or split,
 * with orders voided or left unpaid, every grouping of every period says what the order lines and payment
 * lines add up to. The recount is the plain SQL over orders, lines and payments that the reports used before.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { SalesDimension, SalesRow } from '../../../src/shared/ipc/reports.ts';
import { newId } from '../../support/core.ts';
import { preferencesTill } from '../preferences/preferences-till.ts';

const products = demoProducts.slice(0, 14);
const hourMs = 3_600_000;

const line = fc.record({
  product: fc.constantFrom(...products),
  quantity: fc.integer({ min: 1, max: 4 }),
  percentOff: fc.option(fc.constantFrom(500, 1500), { nil: undefined }),
});

const step = fc.record({
  // Hours later than the previous step: several sales an hour, or the next day.
  after: fc.constantFrom(0, 0, 1, 2, 5, 14, 23),
  seller: fc.constantFrom('owner' as const, 'anna' as const),
  lines: fc.array(line, { minLength: 1, maxLength: 4 }),
  outcome: fc.constantFrom('cash', 'card-external', 'voucher+cash', 'cash+cash', 'void', 'unpaid'),
});

const day = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('the running sales totals', () => {
  it('equal a recount from the orders for every grouping and period', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        let clock = new Date(2025, 4, 5, 8, 15).getTime();
        const kassa = preferencesTill({ now: () => clock });
        try {
          const anna = await kassa.call('staff.save', {
            name: 'Anna',
            role: 'cashier',
            pin: '2468',
            active: true,
            ownerPin: '1234',
          });
          const owner = (await kassa.call('session.current', {})).staff!;
          const days = new Set<string>();
          let seller: 'owner' | 'anna' = 'owner';
          for (const s of steps) {
            clock += s.after * hourMs + 60_000;
            days.add(day(clock));
            // Staff switch by PIN only when the other one serves (each PIN check is a deliberate scrypt).
            if (s.seller !== seller) {
              seller = s.seller;
              if (seller === 'anna') await kassa.call('session.login', { staffId: anna.id, pin: '2468' });
              else await kassa.call('session.login', { staffId: owner.id, pin: '1234' });
            }
            const draft = await kassa.call('orders.checkout', {
              orderId: newId(),
              lines: s.lines.map((l) => ({
                productId: l.product.id,
                quantity: l.quantity,
                ...(l.percentOff
                  ? { discount: { kind: 'percent' as const, basisPoints: l.percentOff } }
                  : {}),
              })),
              payments: [],
            });
            if (s.outcome === 'unpaid') continue;
            if (s.outcome === 'void') {
              await kassa.call('orders.void', { orderId: draft.id, reason: 'changed mind' });
              continue;
            }
            const pay = (methodId: string, amount: number) =>
              kassa.call('orders.addPayment', {
                orderId: draft.id,
                payment: { id: newId(), methodId, amount },
              });
            let order = draft;
            if ((s.outcome === 'voucher+cash' || s.outcome === 'cash+cash') && order.total > 1)
              order = await pay(
                s.outcome === 'voucher+cash' ? 'voucher' : 'cash',
                Math.floor(order.total / 2),
              );
            // The order may be paid an hour after it was rung up: it counts on the hour it was paid.
            clock += hourMs;
            order = await pay(s.outcome === 'card-external' ? 'card-external' : 'cash', order.remaining);
            expect(order.status).toBe('paid');
          }

          await kassa.openPreferences();
          const sorted = [...days].sort();
          const periods = [
            { from: sorted[0]!, to: sorted.at(-1)! },
            { from: sorted.at(-1)!, to: sorted.at(-1)! },
          ];
          const db = kassa.core.db;
          const local = (column: string, format: string) =>
            `strftime('${format}', ${column} / 1000, 'unixepoch', 'localtime')`;
          const at = 'coalesce(o.paid_at, o.created_at)';
          const recount = (by: SalesDimension, from: string, to: string): SalesRow[] => {
            const key =
              by === 'day'
                ? local(at, '%Y-%m-%d')
                : by === 'hour'
                  ? local(at, '%H')
                  : by === 'category'
                    ? `coalesce(c.name, '—')`
                    : by === 'product'
                      ? 'l.name'
                      : by === 'staff'
                        ? `coalesce(o.sold_by_name, '—')`
                        : 'p.method_name';
            const from_ =
              by === 'method'
                ? `FROM orders o JOIN payment_lines p ON p.order_id = o.id AND p.status = 'paid'`
                : `FROM orders o JOIN order_lines l ON l.order_id = o.id LEFT JOIN products pr ON pr.id = l.product_id
                   LEFT JOIN categories c ON c.id = pr.category_id`;
            const sums =
              by === 'method'
                ? 'count(*) AS quantity, sum(p.amount) AS net, 0 AS tax, sum(p.amount) AS gross'
                : 'sum(l.quantity) AS quantity, sum(l.total - l.tax) AS net, sum(l.tax) AS tax, sum(l.total) AS gross';
            return db
              .prepare<[string, string], SalesRow>(
                `SELECT ${key} AS key, count(DISTINCT o.id) AS orders, ${sums} ${from_}
                 WHERE o.status = 'paid' AND ${local(at, '%Y-%m-%d')} BETWEEN ? AND ? GROUP BY 1`,
              )
              .all(from, to);
          };
          const byKey = (rows: readonly SalesRow[]) =>
            new Map(rows.map(({ key, ...figures }) => [key, figures]));

          for (const period of periods)
            for (const by of ['day', 'hour', 'category', 'product', 'staff', 'method'] as const) {
              const report = await kassa.prefs('reports.sales', { ...period, by });
              const expected = recount(by, period.from, period.to);
              expect(byKey(report.rows)).toEqual(byKey(expected));
              const paidOrders = recount('day', period.from, period.to).reduce((n, r) => n + r.orders, 0);
              expect(report.total.orders).toBe(paidOrders);
              for (const figure of ['quantity', 'net', 'tax', 'gross'] as const)
                expect(report.total[figure]).toBe(expected.reduce((sum, r) => sum + r[figure], 0));
            }
        } finally {
          await kassa.close();
        }
      }),
      { numRuns: 8 },
    );
  }, 240_000);

  it('refuse to change what a paid order sold, which the totals could not follow', async () => {
    const kassa = preferencesTill();
    try {
      const order = await kassa.call('orders.checkout', {
        orderId: newId(),
        lines: [{ productId: products[0]!.id, quantity: 1 }],
        payments: [{ id: newId(), methodId: 'cash', amount: products[0]!.price }],
      });
      expect(order.status).toBe('paid');
      const db = kassa.core.db;
      expect(() =>
        db.prepare('UPDATE order_lines SET quantity = 5 WHERE order_id = ?').run(order.id),
      ).toThrow('The lines of a paid order cannot change');
      expect(() => db.prepare('DELETE FROM order_lines WHERE order_id = ?').run(order.id)).toThrow(
        'The lines of a paid order cannot be deleted',
      );
      expect(() => db.prepare(`UPDATE orders SET paid_at = 1 WHERE id = ?`).run(order.id)).toThrow(
        'A paid order cannot change its status, time, seller or till',
      );
      expect(() =>
        db.prepare('UPDATE payment_lines SET amount = 1 WHERE order_id = ?').run(order.id),
      ).toThrow('A paid payment line cannot change its amount, method or order');
    } finally {
      await kassa.close();
    }
  });
});
