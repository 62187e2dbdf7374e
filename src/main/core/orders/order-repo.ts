import { refundedSql, refundStateOf } from './refund-state.ts';
import type { Db } from '../db/connection.ts';
import type { Discount } from '../../../shared/ipc/common.ts';
import type { Order, OrderLine, OrderStatus, PaymentLine } from '../../../shared/ipc/orders.ts';

interface OrderRow {
  id: string;
  till_id: string;
  number: number | null;
  status: OrderStatus;
  currency: string;
  prices_include_tax: number;
  discount_kind: Discount['kind'] | null;
  discount_value: number | null;
  subtotal: number;
  discount_total: number;
  tax_total: number;
  total: number;
  cash_rounding: number;
  paid: number;
  change: number;
  created_at: number;
  paid_at: number | null;
  customer_id: string | null;
  customer_name: string | null;
  refunded: number;
  sold_by: string | null;
  sold_by_name: string | null;
}

interface LineRow {
  position: number;
  product_id: number | null;
  name: string;
  quantity: number;
  unit_price: number;
  tax_rate_bp: number;
  discount_kind: Discount['kind'] | null;
  discount_value: number | null;
  gross: number;
  discount_total: number;
  tax: number;
  total: number;
}

interface PaymentRow {
  id: string;
  method_id: string;
  method_name: string;
  journal: 'cash' | 'bank';
  amount: number;
  tendered: number | null;
  change: number;
  status: PaymentLine['status'];
  card_brand: string | null;
  card_last4: string | null;
  reconcile: number;
  created_at: number;
  // Written with every line since migration 8, which filled them in for the lines before it.
  outstanding_account: string;
  outstanding_default: number;
  intermediary_account: string;
  intermediary_default: number;
}

export const discountColumns = (d: Discount | null | undefined): [string | null, number | null] =>
  d ? [d.kind, d.kind === 'percent' ? d.basisPoints : d.amount] : [null, null];

const discountOf = (kind: Discount['kind'] | null, value: number | null): Discount | null =>
  kind === 'percent'
    ? { kind, basisPoints: value ?? 0 }
    : kind === 'amount'
      ? { kind, amount: value ?? 0 }
      : null;

/** The tax breakdown is derived from the stored lines rather than stored twice. */
export function taxBreakdown(lines: readonly OrderLine[]): Order['taxBreakdown'] {
  const byRate = new Map<number, { base: number; tax: number }>();
  for (const line of lines) {
    // In both pricing modes a line's total is its net amount plus its tax.
    const net = line.total - line.tax;
    const row = byRate.get(line.taxRateBp) ?? { base: 0, tax: 0 };
    row.base += net;
    row.tax += line.tax;
    byRate.set(line.taxRateBp, row);
  }
  return [...byRate.entries()].sort(([a], [b]) => a - b).map(([rateBp, v]) => ({ rateBp, ...v }));
}

export function toPaymentLine(row: PaymentRow): PaymentLine {
  return {
    id: row.id,
    methodId: row.method_id,
    methodName: row.method_name,
    journal: row.journal,
    amount: row.amount,
    tendered: row.tendered,
    change: row.change,
    status: row.status,
    cardBrand: row.card_brand,
    cardLast4: row.card_last4,
    needsReconciliation: row.reconcile === 1,
    createdAt: row.created_at,
    accounts: {
      outstanding: { code: row.outstanding_account, isDefault: row.outstanding_default === 1 },
      intermediary: { code: row.intermediary_account, isDefault: row.intermediary_default === 1 },
    },
  };
}

export function createOrderRepo(db: Db) {
  const insertOrder = db.prepare(
    `INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, discount_kind, discount_value,
       subtotal, discount_total, tax_total, total, cash_rounding, paid, change, created_at, paid_at, customer_id,
       sold_by, sold_by_name)
     VALUES (@id, @tillId, @number, @status, @currency, @pricesIncludeTax, @discountKind, @discountValue,
       @subtotal, @discountTotal, @taxTotal, @total, @cashRounding, @paid, @change, @createdAt, @paidAt, @customerId,
       @soldBy, @soldByName)`,
  );
  const insertLine = db.prepare(
    `INSERT INTO order_lines (order_id, position, product_id, name, quantity, unit_price, tax_rate_bp,
       discount_kind, discount_value, gross, discount_total, tax, total)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPayment = db.prepare(
    `INSERT INTO payment_lines (id, order_id, method_id, method_name, journal, amount, tendered, change, status,
       card_brand, card_last4, reconcile, created_at, outstanding_account, outstanding_default,
       intermediary_account, intermediary_default)
     VALUES (@id, @orderId, @methodId, @methodName, @journal, @amount, @tendered, @change, @status,
       @cardBrand, @cardLast4, @reconcile, @createdAt, @outstandingAccount, @outstandingDefault,
       @intermediaryAccount, @intermediaryDefault)`,
  );
  const updateSettlement = db.prepare<
    [OrderStatus, number | null, number, number, number, number | null, string]
  >(
    `UPDATE orders SET status = ?, number = ?, cash_rounding = ?, paid = ?, change = ?, paid_at = ? WHERE id = ?`,
  );
  const takeNumber = db.prepare<[string], { last_order_number: number }>(
    'UPDATE tills SET last_order_number = last_order_number + 1 WHERE id = ? RETURNING last_order_number',
  );
  const voidOrder = db.prepare<[string, string]>(
    `UPDATE orders SET status = 'voided', void_reason = ? WHERE id = ? AND status = 'open'`,
  );
  const voidPayments = db.prepare<[string]>(
    `UPDATE payment_lines SET status = 'voided' WHERE order_id = ? AND status IN ('paid', 'pending')`,
  );
  const updatePayment = db.prepare<[PaymentLine['status'], string | null, string | null, number, string]>(
    `UPDATE payment_lines SET status = ?, card_brand = coalesce(?, card_brand), card_last4 = coalesce(?, card_last4),
       reconcile = ? WHERE id = ?`,
  );
  // The customer's name as a scalar subquery, not a LEFT JOIN: the same row, read about five times faster (the
  // join made this lookup most of the cost of posting a paid link in the event sweep).
  const orderById = db.prepare<[string], OrderRow>(
    `SELECT o.*, (SELECT c.name FROM customers c WHERE c.id = o.customer_id) AS customer_name,
       ${refundedSql} AS refunded
       FROM orders o WHERE o.id = ?`,
  );
  const setCustomer = db.prepare<[string | null, string]>('UPDATE orders SET customer_id = ? WHERE id = ?');
  // Lines added to an open order (a kept tab): its lines are written again and its totals follow them.
  const deleteLines = db.prepare<[string]>(
    `DELETE FROM order_lines WHERE order_id = ? AND (SELECT status FROM orders WHERE id = order_id) = 'open'`,
  );
  const updateTotals = db.prepare<[number, number, number, number, string]>(
    `UPDATE orders SET subtotal = ?, discount_total = ?, tax_total = ?, total = ? WHERE id = ? AND status = 'open'`,
  );
  const linesOf = db.prepare<[string], LineRow>(
    'SELECT * FROM order_lines WHERE order_id = ? ORDER BY position',
  );
  const paidByLines = db.prepare<[string], { paid: number; lines: number }>(
    `SELECT o.paid, coalesce((SELECT sum(amount) FROM payment_lines WHERE order_id = o.id AND status = 'paid'), 0) AS lines
       FROM orders o WHERE o.id = ?`,
  );
  const paymentsOf = db.prepare<[string], PaymentRow>(
    'SELECT * FROM payment_lines WHERE order_id = ? ORDER BY created_at, rowid',
  );

  return {
    insertOrder: (values: {
      id: string;
      tillId: string;
      number: number | null;
      status: OrderStatus;
      currency: string;
      pricesIncludeTax: number;
      discountKind: string | null;
      discountValue: number | null;
      subtotal: number;
      discountTotal: number;
      taxTotal: number;
      total: number;
      cashRounding: number;
      paid: number;
      change: number;
      createdAt: number;
      paidAt: number | null;
      customerId: string | null;
      soldBy: string | null;
      soldByName: string | null;
    }) => insertOrder.run(values),
    setCustomer: (id: string, customerId: string | null) => setCustomer.run(customerId, id),
    /** An open order's lines, all of them, written again with its new totals (a kept order that grew). */
    replaceLines(
      id: string,
      lines: readonly OrderLine[],
      totals: { subtotal: number; discountTotal: number; taxTotal: number; total: number },
    ): void {
      deleteLines.run(id);
      for (const line of lines) this.insertLine(id, line);
      const changed = updateTotals.run(
        totals.subtotal,
        totals.discountTotal,
        totals.taxTotal,
        totals.total,
        id,
      );
      if (changed.changes !== 1) throw new Error(`order ${id} is not open: its lines cannot change`);
    },
    insertLine: (orderId: string, line: OrderLine) =>
      insertLine.run(
        orderId,
        line.position,
        line.productId,
        line.name,
        line.quantity,
        line.unitPrice,
        line.taxRateBp,
        ...discountColumns(line.discount),
        line.gross,
        line.discountTotal,
        line.tax,
        line.total,
      ),
    /** The line keeps the accounts its method had at this moment: later changes to the method leave it be. */
    insertPayment: (orderId: string, { accounts, ...p }: PaymentLine) => {
      // (null only in what a cashier's till is sent: a line is always written with its accounts)
      if (!accounts) throw new Error(`payment line ${p.id} has no accounts to book it to`);
      return insertPayment.run({
        ...p,
        orderId,
        reconcile: p.needsReconciliation ? 1 : 0,
        outstandingAccount: accounts.outstanding.code,
        outstandingDefault: accounts.outstanding.isDefault ? 1 : 0,
        intermediaryAccount: accounts.intermediary.code,
        intermediaryDefault: accounts.intermediary.isDefault ? 1 : 0,
      });
    },
    updatePayment: (
      id: string,
      p: { status: PaymentLine['status']; card: { brand: string; last4: string } | null; reconcile: boolean },
    ) => updatePayment.run(p.status, p.card?.brand ?? null, p.card?.last4 ?? null, p.reconcile ? 1 : 0, id),
    settle: (
      id: string,
      s: {
        status: OrderStatus;
        number: number | null;
        cashRounding: number;
        paid: number;
        change: number;
        paidAt: number | null;
      },
    ) => updateSettlement.run(s.status, s.number, s.cashRounding, s.paid, s.change, s.paidAt, id),
    takeNumber: (tillId: string): number => {
      const row = takeNumber.get(tillId);
      if (!row) throw new Error(`till ${tillId} is missing`);
      return row.last_order_number;
    },
    void: (id: string, reason: string): boolean => {
      const changed = voidOrder.run(reason, id).changes === 1;
      if (changed) voidPayments.run(id);
      return changed;
    },
    /** The stored paid amount next to the sum of the paid payment lines, which it must equal. */
    paidByLines: (id: string): { paid: number; lines: number } | undefined => paidByLines.get(id),
    get(id: string): Order | null {
      const row = orderById.get(id);
      if (!row) return null;
      const lines = linesOf.all(id).map((l): OrderLine => ({
        position: l.position,
        productId: l.product_id,
        name: l.name,
        quantity: l.quantity,
        unitPrice: l.unit_price,
        taxRateBp: l.tax_rate_bp,
        discount: discountOf(l.discount_kind, l.discount_value),
        gross: l.gross,
        discountTotal: l.discount_total,
        tax: l.tax,
        total: l.total,
      }));
      const payments = paymentsOf.all(id).map(toPaymentLine);
      return {
        id: row.id,
        number: row.number,
        tillId: row.till_id,
        status: row.status,
        currency: row.currency,
        pricesIncludeTax: row.prices_include_tax === 1,
        createdAt: row.created_at,
        paidAt: row.paid_at,
        lines,
        orderDiscount: discountOf(row.discount_kind, row.discount_value),
        subtotal: row.subtotal,
        discountTotal: row.discount_total,
        taxTotal: row.tax_total,
        total: row.total,
        cashRounding: row.cash_rounding,
        taxBreakdown: taxBreakdown(lines),
        payments,
        customer: row.customer_id !== null ? { id: row.customer_id, name: row.customer_name ?? '' } : null,
        // (A staff id is never empty; the column is missing altogether in a database read before migration 11.)
        soldBy: row.sold_by ? { id: row.sold_by, name: row.sold_by_name ?? '' } : null,
        paid: row.paid,
        // Only an open order still has something to pay: a paid or voided one has nothing remaining.
        remaining: row.status === 'open' ? Math.max(0, row.total + row.cash_rounding - row.paid) : 0,
        change: row.change,
        refunded: row.refunded,
        refundState: refundStateOf(row),
      };
    },
  };
}

export type OrderRepo = ReturnType<typeof createOrderRepo>;
