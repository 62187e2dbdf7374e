import type { Db } from '../db/connection.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { PaymentJournal, UnsettledAttempt } from '../payments/payment-journal.ts';

/** What the till's No sale button records when it opens the drawer without a sale. */
export const noSaleAction = 'till.no_sale';

/** A stretch of one till's time, both ends included: a shift from its opening to now or to its closing. */
export interface Window {
  tillId: string;
  from: number;
  until: number;
}

export interface TaxFact {
  rate_bp: number;
  net: number;
  tax: number;
  gross: number;
}

export interface MethodFact {
  method_id: string;
  method_name: string;
  journal: 'cash' | 'bank';
  amount: number;
}

/**
 * What the till sold and took in a window: the part of the facts that grows with every order. These rows never
 * change once written (a paid order is final, its taxes are kept with it, and no payment moves on the till while
 * its drawer is counted), so the facts of two windows side by side are the sum of each window's.
 */
export interface SoldFacts {
  sales: {
    orders: number;
    first_number: number | null;
    last_number: number | null;
    total: number;
    discounts: number;
    cash_rounding: number;
  };
  salesTaxes: TaxFact[];
  taken: MethodFact[];
}

/** What happened on a till in a window, summed per rate and per method by SQLite. */
export interface ShiftFacts extends SoldFacts {
  voids: { count: number; total: number };
  /** Audit entries `till.no_sale`: the drawer opened without a sale. */
  noSales: number;
  /** Card refunds through the provider (the refunds table), pending or done. */
  cardRefunds: MethodFact[];
  /** Returns given back in cash, as voucher credit or otherwise (the card part is in cardRefunds). */
  otherRefunds: MethodFact[];
  returns: { count: number; total: number };
  returnTaxes: TaxFact[];
  /** Card payments still on a terminal or waiting for a check, forced or not (the journal's query). */
  openCards: UnsettledAttempt[];
}

/**
 * Reads the facts of a window from the tables of orders, payments and returns. Orders count where they were
 * paid (and voids where they were created), payment lines and refunds when they were taken: a split order
 * whose cash was taken in one shift and whose card paid in the next is counted where each euro moved.
 * Every query reads one stretch of an index or of paid_order_taxes, so a shift of 10,000 orders reads in
 * milliseconds, and a till's history before the shift is never walked.
 */
/** Two windows' sold facts as one: `a` is the earlier window (its method names are kept). */
export function addSold(a: SoldFacts, b: SoldFacts): SoldFacts {
  const bound = (x: number | null, y: number | null, pick: (p: number, q: number) => number) =>
    x === null ? y : y === null ? x : pick(x, y);
  const taxes = new Map(a.salesTaxes.map((t) => [t.rate_bp, { ...t }]));
  for (const t of b.salesTaxes) {
    const row = taxes.get(t.rate_bp);
    if (row) Object.assign(row, { net: row.net + t.net, tax: row.tax + t.tax, gross: row.gross + t.gross });
    else taxes.set(t.rate_bp, { ...t });
  }
  const taken = new Map(a.taken.map((m) => [m.method_id, { ...m }]));
  for (const m of b.taken) {
    const row = taken.get(m.method_id);
    if (row) row.amount += m.amount;
    else taken.set(m.method_id, { ...m });
  }
  return {
    sales: {
      orders: a.sales.orders + b.sales.orders,
      first_number: bound(a.sales.first_number, b.sales.first_number, Math.min),
      last_number: bound(a.sales.last_number, b.sales.last_number, Math.max),
      total: a.sales.total + b.sales.total,
      discounts: a.sales.discounts + b.sales.discounts,
      cash_rounding: a.sales.cash_rounding + b.sales.cash_rounding,
    },
    salesTaxes: [...taxes.values()].sort((x, y) => x.rate_bp - y.rate_bp),
    taken: [...taken.values()].sort((x, y) => x.method_id.localeCompare(y.method_id)),
  };
}

export function createShiftFactsReader(
  db: Db,
  audit: Pick<AuditLog, 'count'>,
  journal: Pick<PaymentJournal, 'unsettledOnTill'>,
) {
  // orders_till_activity (migration 15) covers these: a shift's orders are read from the index alone.
  const sales = db.prepare<[string, number, number], ShiftFacts['sales']>(
    `SELECT count(*) AS orders, min(number) AS first_number, max(number) AS last_number,
       coalesce(sum(total), 0) AS total, coalesce(sum(discount_total), 0) AS discounts,
       coalesce(sum(cash_rounding), 0) AS cash_rounding
     FROM orders INDEXED BY orders_till_activity
     WHERE till_id = ? AND status = 'paid' AND coalesce(paid_at, created_at) BETWEEN ? AND ?`,
  );
  // Each paid order's taxes per rate, kept in the order it was paid (paid_order_taxes, migration 15): the
  // lines themselves are keyed by their order's random id, one page of the file per order.
  const salesTaxes = db.prepare<[string, number, number], TaxFact>(
    `SELECT rate_bp, sum(net) AS net, sum(tax) AS tax, sum(gross) AS gross
     FROM paid_order_taxes WHERE till_id = ? AND at BETWEEN ? AND ?
     GROUP BY rate_bp ORDER BY rate_bp`,
  );
  const voids = db.prepare<[string, number, number], ShiftFacts['voids']>(
    `SELECT count(*) AS count, coalesce(sum(total), 0) AS total
     FROM orders INDEXED BY orders_till_activity
     WHERE till_id = ? AND status = 'voided' AND coalesce(paid_at, created_at) BETWEEN ? AND ?`,
  );
  const takenOnTill = db.prepare<[string, number, number], MethodFact>(
    `SELECT p.method_id, max(p.method_name) AS method_name, max(p.journal) AS journal, sum(p.amount) AS amount
     FROM payment_lines p INDEXED BY payment_lines_taken JOIN orders o ON o.id = p.order_id
     WHERE o.till_id = ? AND p.status = 'paid' AND p.created_at BETWEEN ? AND ?
     GROUP BY p.method_id`,
  );
  // Payment lines carry no till: where the database holds one till (every till has its own), the join that
  // finds the till is skipped; it costs a lookup per payment, a third of a busy shift's report.
  const takenAll = db.prepare<[number, number], MethodFact>(
    `SELECT method_id, max(method_name) AS method_name, max(journal) AS journal, sum(amount) AS amount
     FROM payment_lines INDEXED BY payment_lines_taken
     WHERE status = 'paid' AND created_at BETWEEN ? AND ?
     GROUP BY method_id`,
  );
  const tillCount = db.prepare<[], number>('SELECT count(*) FROM tills').pluck();
  const taken = {
    all: (tillId: string, from: number, until: number): MethodFact[] =>
      tillCount.get() === 1 ? takenAll.all(from, until) : takenOnTill.all(tillId, from, until),
  };
  const cardRefunds = db.prepare<[string, number, number], MethodFact>(
    `SELECT p.method_id, max(p.method_name) AS method_name, max(p.journal) AS journal, sum(r.amount) AS amount
     FROM refunds r INDEXED BY refunds_created JOIN payment_lines p ON p.id = r.payment_line_id
       JOIN orders o ON o.id = r.order_id
     WHERE o.till_id = ? AND r.state IN ('pending', 'succeeded') AND r.created_at BETWEEN ? AND ?
     GROUP BY p.method_id`,
  );
  const otherRefunds = db.prepare<[string, number, number], MethodFact>(
    `SELECT p.method_id, max(p.method_name) AS method_name,
       CASE max(p.route) WHEN 'cash' THEN 'cash' ELSE 'bank' END AS journal, sum(p.amount) AS amount
     FROM returns r JOIN return_payments p ON p.return_id = r.id
     WHERE r.till_id = ? AND p.route != 'card' AND r.created_at BETWEEN ? AND ?
     GROUP BY p.method_id`,
  );
  const returns = db.prepare<[string, number, number], ShiftFacts['returns']>(
    `SELECT count(*) AS count, coalesce(sum(total), 0) AS total FROM returns
     WHERE till_id = ? AND created_at BETWEEN ? AND ?`,
  );
  const returnTaxes = db.prepare<[string, number, number], TaxFact>(
    `SELECT l.tax_rate_bp AS rate_bp, sum(l.amount - l.tax) AS net, sum(l.tax) AS tax, sum(l.amount) AS gross
     FROM returns r JOIN return_lines l ON l.return_id = r.id
     WHERE r.till_id = ? AND r.created_at BETWEEN ? AND ?
     GROUP BY l.tax_rate_bp ORDER BY l.tax_rate_bp`,
  );
  return {
    /** Card payments on the till still open, or forced and awaiting reconciliation: all a close must look at. */
    openCards: (tillId: string): ShiftFacts['openCards'] => journal.unsettledOnTill(tillId),
    /** The methods that took money in the window, without the rest of the report. */
    taken: (w: Window): MethodFact[] => taken.all(w.tillId, w.from, w.until),
    read(w: Window): ShiftFacts {
      return { ...sold(w), ...rest(w) };
    },
    /**
     * The facts of a counted shift: what was sold up to the count as the count recorded it, plus what entered
     * the till after it; the rest (voids, returns, refunds, open cards, No sale openings) read as usual. The
     * close does not add up the shift's orders again.
     */
    readCounted(w: Window, countedAt: number, atCount: SoldFacts): ShiftFacts {
      return { ...addSold(atCount, sold({ ...w, from: countedAt + 1 })), ...rest(w) };
    },
  };

  function sold(w: Window): SoldFacts {
    const args = [w.tillId, w.from, w.until] as const;
    return { sales: sales.get(...args)!, salesTaxes: salesTaxes.all(...args), taken: taken.all(...args) };
  }

  function rest(w: Window): Omit<ShiftFacts, keyof SoldFacts> {
    const args = [w.tillId, w.from, w.until] as const;
    return {
      voids: voids.get(...args)!,
      noSales: audit.count(noSaleAction, w.from, w.until),
      cardRefunds: cardRefunds.all(...args),
      otherRefunds: otherRefunds.all(...args),
      returns: returns.get(...args)!,
      returnTaxes: returnTaxes.all(...args),
      openCards: journal.unsettledOnTill(w.tillId),
    };
  }
}

export type ShiftFactsReader = ReturnType<typeof createShiftFactsReader>;
