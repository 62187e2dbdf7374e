import type { Db } from '../db/connection.ts';
import type { OrderSummary } from '../../../shared/ipc/orders.ts';
import type { RequestOf } from '../../../shared/ipc/contract.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';
import { refundedSql, refundStateOf } from './refund-state.ts';

interface Row {
  id: string;
  number: number | null;
  status: OrderSummary['status'];
  currency: string;
  total: number;
  paid: number;
  refunded: number;
  created_at: number;
  paid_at: number | null;
  activity: number;
  line_count: number;
  methods: string | null;
}

/** Paging cursor: the activity time and id of the last order shown, newest first. */
const encodeCursor = (row: Row) => `${row.activity}:${row.id}`;
function decodeCursor(cursor: string): [number, string] {
  const match = /^(\d+):(.+)$/.exec(cursor);
  if (!match) throw translatedError('invalid_request', 'err.history.pageGone', undefined, 'before');
  return [Number(match[1]), match[2]!];
}

/** History search: every filter is optional and they combine; all of them hit an index. */
export function searchOrders(
  db: Db,
  query: RequestOf<'orders.search'>,
): { orders: OrderSummary[]; nextCursor: string | null } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (query.number !== undefined) {
    where.push('o.number = ?');
    params.push(query.number);
  }
  if (query.from !== undefined) {
    where.push('coalesce(o.paid_at, o.created_at) >= ?');
    params.push(query.from);
  }
  if (query.to !== undefined) {
    where.push('coalesce(o.paid_at, o.created_at) <= ?');
    params.push(query.to);
  }
  if (query.amount !== undefined) {
    where.push('o.total = ?');
    params.push(query.amount);
  }
  if (query.status !== undefined) {
    where.push('o.status = ?');
    params.push(query.status);
  }
  if (query.kept !== undefined) {
    where.push(`o.id ${query.kept ? '' : 'NOT '}IN (SELECT order_id FROM kept_orders)`);
  }
  if (query.cardLast4 !== undefined) {
    where.push('o.id IN (SELECT order_id FROM payment_lines WHERE card_last4 = ?)');
    params.push(query.cardLast4);
  }
  if (query.before !== undefined) {
    const [activity, id] = decodeCursor(query.before);
    where.push(
      '(coalesce(o.paid_at, o.created_at) < ? OR (coalesce(o.paid_at, o.created_at) = ? AND o.id < ?))',
    );
    params.push(activity, activity, id);
  }
  const sql = `
    SELECT o.id, o.number, o.status, o.currency, o.total, o.paid, o.created_at, o.paid_at,
           ${refundedSql} AS refunded,
           coalesce(o.paid_at, o.created_at) AS activity,
           (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) AS line_count,
           (SELECT json_group_array(DISTINCT p.method_name) FROM payment_lines p
             WHERE p.order_id = o.id AND p.status = 'paid') AS methods
    FROM orders o
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY activity DESC, o.id DESC
    LIMIT ?`;
  const rows = db.prepare<(string | number)[], Row>(sql).all(...params, query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
    orders: page.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      currency: r.currency,
      total: r.total,
      createdAt: r.created_at,
      paidAt: r.paid_at,
      lineCount: r.line_count,
      methods: r.methods ? (JSON.parse(r.methods) as string[]) : [],
      refunded: r.refunded,
      refundState: refundStateOf(r),
    })),
  };
}
