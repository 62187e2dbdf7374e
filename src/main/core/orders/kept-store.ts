import type { Db } from '../db/connection.ts';
import type { KeptKind } from '../../../shared/orders/kept-order.ts';

export interface KeptRow {
  order_id: string;
  kind: KeptKind;
  kept_at: number;
  kept_by: string | null;
  approved_by: string | null;
  lines_added_at: number | null;
}

/** A kept order still open, with what the list shows of its order (read across the order tables, never written). */
export interface OpenKeptRow extends KeptRow {
  currency: string;
  total: number;
  paid: number;
  cash_rounding: number;
  customer_id: string | null;
  customer_name: string | null;
  line_count: number;
}

/** The kept_orders table's one writer (for the order service): which open orders were kept for later, and by whom. */
export function createKeptStore(db: Db) {
  const insert = db.prepare<[string, KeptKind, number, string | null, string | null]>(
    'INSERT INTO kept_orders (order_id, kind, kept_at, kept_by, approved_by) VALUES (?, ?, ?, ?, ?)',
  );
  const byOrder = db.prepare<[string], KeptRow>('SELECT * FROM kept_orders WHERE order_id = ?');
  const touched = db.prepare<[number, string]>(
    'UPDATE kept_orders SET lines_added_at = ? WHERE order_id = ?',
  );
  const open = db.prepare<[], OpenKeptRow>(
    `SELECT k.*, o.currency, o.total, o.paid, o.cash_rounding, o.customer_id,
       (SELECT c.name FROM customers c WHERE c.id = o.customer_id) AS customer_name,
       (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) AS line_count
     FROM kept_orders k JOIN orders o ON o.id = k.order_id
     WHERE o.status = 'open'
     ORDER BY k.kept_at, k.order_id`,
  );
  return {
    insert: (row: Omit<KeptRow, 'lines_added_at'>): void =>
      void insert.run(row.order_id, row.kind, row.kept_at, row.kept_by, row.approved_by),
    get: (orderId: string): KeptRow | undefined => byOrder.get(orderId),
    linesAdded: (orderId: string, at: number): void => void touched.run(at, orderId),
    open: (): OpenKeptRow[] => open.all(),
  };
}

export type KeptStore = ReturnType<typeof createKeptStore>;
