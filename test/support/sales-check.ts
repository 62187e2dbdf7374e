import type Database from 'better-sqlite3';

/** A card payment line of Kassa's books with its attempt, as both provider comparisons read them. */
export interface CardLineRow {
  line_id: string;
  order_id: string;
  line_status: string;
  amount: number;
  attempt_id: string | null;
  attempt_state: string | null;
}

/** Every paid sale whose paid lines do not add up to what was due (total plus cash rounding), as problems. */
export function salesPaidShort(db: Database.Database): string[] {
  const sales = db
    .prepare(
      `SELECT o.id, o.total + o.cash_rounding AS due, coalesce(sum(l.amount), 0) AS paid FROM orders o
       LEFT JOIN payment_lines l ON l.order_id = o.id AND l.status = 'paid' WHERE o.status = 'paid' GROUP BY o.id`,
    )
    .all() as { id: string; due: number; paid: number }[];
  return sales.filter((s) => s.paid !== s.due).map((s) => `order ${s.id} is paid with ${s.paid} of ${s.due}`);
}
