import type { Db } from '../db/connection.ts';
import type { PaymentLine } from '../../../shared/ipc/orders.ts';
import type { UsedAccounts } from '../../../shared/ipc/payment-methods.ts';

/** One movement of money for the accountant: a payment taken, or a refund given back to a card. */
export interface BookkeepingRow {
  /** A payment counts when its order was paid; a refund when the provider confirmed it. */
  at: number;
  type: 'payment' | 'refund';
  orderId: string;
  orderNumber: number | null;
  methodName: string;
  journal: PaymentLine['journal'];
  /** Minor units, always positive: the type says which way the money went. */
  amount: number;
  currency: string;
  cardBrand: string | null;
  cardLast4: string | null;
  accounts: UsedAccounts;
  needsReconciliation: boolean;
}

interface Row {
  at: number;
  order_id: string;
  number: number | null;
  currency: string;
  method_name: string;
  journal: PaymentLine['journal'];
  amount: number;
  card_brand: string | null;
  card_last4: string | null;
  reconcile: number;
  outstanding_account: string;
  outstanding_default: number;
  intermediary_account: string;
  intermediary_default: number;
}

const lineColumns = `o.id AS order_id, o.number, o.currency, p.method_name, p.journal, p.card_brand, p.card_last4,
  p.reconcile, p.outstanding_account, p.outstanding_default, p.intermediary_account, p.intermediary_default`;

const toRow = (type: BookkeepingRow['type'], r: Row): BookkeepingRow => ({
  at: r.at,
  type,
  orderId: r.order_id,
  orderNumber: r.number,
  methodName: r.method_name,
  journal: r.journal,
  amount: r.amount,
  currency: r.currency,
  cardBrand: r.card_brand,
  cardLast4: r.card_last4,
  accounts: {
    outstanding: { code: r.outstanding_account, isDefault: r.outstanding_default === 1 },
    intermediary: { code: r.intermediary_account, isDefault: r.intermediary_default === 1 },
  },
  needsReconciliation: r.reconcile === 1,
});

/**
 * The payments and refunds of paid orders between two instants (`start` included, `end` not), in time order.
 * Open and voided orders hold no booked money: a voided order's payments were handed back at the counter.
 * Lines recorded on a manager's word (force done) are included and say they still need reconciling.
 */
export function readBookkeepingRows(db: Db, range: { start: number; end: number }): BookkeepingRow[] {
  // coalesce(paid_at, created_at) is the expression of the orders_activity index.
  const payments = db
    .prepare<[number, number], Row>(
      `SELECT o.paid_at AS at, p.amount, ${lineColumns}
       FROM orders o JOIN payment_lines p ON p.order_id = o.id
       WHERE coalesce(o.paid_at, o.created_at) >= ? AND coalesce(o.paid_at, o.created_at) < ?
         AND o.status = 'paid' AND p.status = 'paid'
       ORDER BY o.paid_at, o.number, p.created_at, p.rowid`,
    )
    .all(range.start, range.end)
    .map((r) => toRow('payment', r));
  // A refund's row is final once it succeeded, so its last update is the moment the money went back.
  const refunds = db
    .prepare<[number, number], Row>(
      `SELECT r.updated_at AS at, r.amount, ${lineColumns}
       FROM refunds r JOIN payment_lines p ON p.id = r.payment_line_id JOIN orders o ON o.id = r.order_id
       WHERE r.updated_at >= ? AND r.updated_at < ? AND r.state = 'succeeded' AND o.status = 'paid'
       ORDER BY r.updated_at, r.rowid`,
    )
    .all(range.start, range.end)
    .map((r) => toRow('refund', r));
  // Both lists are in time order already; a stable sort keeps each order's own sequence at equal times.
  return [...payments, ...refunds].sort((a, b) => a.at - b.at);
}
