import type { Db } from '../db/connection.ts';
import type { DenominationCount } from '../../../shared/ipc/shifts.ts';
import type { SoldFacts } from './shift-facts.ts';

export interface ShiftRow {
  id: string;
  till_id: string;
  status: 'open' | 'counted' | 'closed';
  currency: string;
  opened_at: number;
  opened_by: string | null;
  opening_float: number;
  opening_count: string | null;
  counted_at: number | null;
  /** What was sold up to the blind count (SoldFacts as JSON): the close adds only what came after. */
  counted_facts: string | null;
  closed_at: number | null;
  closed_by: string | null;
  z_number: number | null;
}

export interface MovementRow {
  id: string;
  shift_id: string;
  kind: 'pay_in' | 'pay_out';
  amount: number;
  reason: string;
  staff: string | null;
  approved_by: string | null;
  created_at: number;
}

export interface CountRow {
  shift_id: string;
  method_id: string;
  method_name: string;
  journal: 'cash' | 'bank';
  counted: number;
  denominations: string | null;
  expected: number;
  reason: string | null;
}

export interface ZRow {
  till_id: string;
  number: number;
  shift_id: string;
  created_at: number;
  body: string;
  prev_hash: string;
  hash: string;
  /** How `hash` is computed and what `body` holds (z-chain.ts): 1 before migration 35, 2 with the tax names. */
  format: number;
}

export interface ReturnRow {
  id: string;
  till_id: string;
  shift_id: string | null;
  order_id: string | null;
  reason: string;
  staff: string | null;
  approved_by: string | null;
  total: number;
  created_at: number;
}

export interface ReturnLineRow {
  return_id: string;
  line_position: number;
  product_id: number | null;
  name: string;
  quantity: number;
  tax_rate_bp: number;
  amount: number;
  tax: number;
}

export interface ReturnPaymentRow {
  return_id: string;
  position: number;
  method_id: string;
  method_name: string;
  route: 'card' | 'cash' | 'voucher' | 'other';
  amount: number;
  payment_line_id: string | null;
  refund_id: string | null;
  voucher_code: string | null;
}

/**
 * The one writer of the shift tables (shifts, cash_movements, shift_counts, z_reports, returns and their lines).
 * Every statement is prepared once, here.
 */
export function createShiftStore(db: Db) {
  const insertShift = db.prepare(
    `INSERT INTO shifts (id, till_id, status, currency, opened_at, opened_by, opening_float, opening_count)
     VALUES (@id, @tillId, 'open', @currency, @openedAt, @openedBy, @openingFloat, @openingCount)`,
  );
  const current = db.prepare<[string], ShiftRow>(
    `SELECT * FROM shifts WHERE till_id = ? AND status != 'closed'`,
  );
  const byId = db.prepare<[string], ShiftRow>('SELECT * FROM shifts WHERE id = ?');
  const lastClosed = db.prepare<[string], ShiftRow>(
    `SELECT * FROM shifts WHERE till_id = ? AND status = 'closed' ORDER BY closed_at DESC LIMIT 1`,
  );
  const markCounted = db.prepare<[number, string, string]>(
    `UPDATE shifts SET status = 'counted', counted_at = ?, counted_facts = ? WHERE id = ? AND status = 'open'`,
  );
  const markClosed = db.prepare<[number, string | null, number, string]>(
    `UPDATE shifts SET status = 'closed', closed_at = ?, closed_by = ?, z_number = ? WHERE id = ? AND status = 'counted'`,
  );
  const insertMovement = db.prepare(
    `INSERT INTO cash_movements (id, shift_id, kind, amount, reason, staff, approved_by, created_at)
     VALUES (@id, @shiftId, @kind, @amount, @reason, @staff, @approvedBy, @at)`,
  );
  const movementById = db.prepare<[string], MovementRow>('SELECT * FROM cash_movements WHERE id = ?');
  const movementsOf = db.prepare<[string], MovementRow>(
    'SELECT * FROM cash_movements WHERE shift_id = ? ORDER BY created_at, rowid',
  );
  const insertCount = db.prepare(
    `INSERT INTO shift_counts (shift_id, method_id, method_name, journal, counted, denominations, expected)
     VALUES (@shiftId, @methodId, @methodName, @journal, @counted, @denominations, @expected)`,
  );
  const setCountReason = db.prepare<[string, string, string]>(
    'UPDATE shift_counts SET reason = ? WHERE shift_id = ? AND method_id = ?',
  );
  const countsOf = db.prepare<[string], CountRow>(
    `SELECT * FROM shift_counts WHERE shift_id = ? ORDER BY journal = 'bank', method_name`,
  );
  const insertZ = db.prepare(
    `INSERT INTO z_reports (till_id, number, shift_id, created_at, body, prev_hash, hash, format)
     VALUES (@till_id, @number, @shift_id, @created_at, @body, @prev_hash, @hash, @format)`,
  );
  const lastZ = db.prepare<[string], ZRow>(
    'SELECT * FROM z_reports WHERE till_id = ? ORDER BY number DESC LIMIT 1',
  );
  const zByNumber = db.prepare<[string, number], ZRow>(
    'SELECT * FROM z_reports WHERE till_id = ? AND number = ?',
  );
  const zList = db.prepare<[string, number], Omit<ZRow, 'body'>>(
    `SELECT till_id, number, shift_id, created_at, prev_hash, hash, format FROM z_reports WHERE till_id = ?
     ORDER BY number DESC LIMIT ?`,
  );
  const allZ = db.prepare<[], ZRow>('SELECT * FROM z_reports ORDER BY till_id, number');

  const insertReturn = db.prepare(
    `INSERT INTO returns (id, till_id, shift_id, order_id, reason, staff, approved_by, total, created_at)
     VALUES (@id, @tillId, @shiftId, @orderId, @reason, @staff, @approvedBy, @total, @at)`,
  );
  const insertReturnLine = db.prepare(
    `INSERT INTO return_lines (return_id, line_position, product_id, name, quantity, tax_rate_bp, amount, tax)
     VALUES (@returnId, @position, @productId, @name, @quantity, @taxRateBp, @amount, @tax)`,
  );
  const insertReturnPayment = db.prepare(
    `INSERT INTO return_payments (return_id, position, method_id, method_name, route, amount, payment_line_id,
       refund_id, voucher_code)
     VALUES (@returnId, @position, @methodId, @methodName, @route, @amount, @paymentLineId, @refundId, @voucherCode)`,
  );
  const returnById = db.prepare<[string], ReturnRow>('SELECT * FROM returns WHERE id = ?');
  const returnsOfOrder = db.prepare<[string], ReturnRow>(
    'SELECT * FROM returns WHERE order_id = ? ORDER BY created_at',
  );
  const returnLinesOf = db.prepare<[string], ReturnLineRow>(
    'SELECT * FROM return_lines WHERE return_id = ? ORDER BY line_position',
  );
  const returnPaymentsOf = db.prepare<[string], ReturnPaymentRow>(
    'SELECT * FROM return_payments WHERE return_id = ? ORDER BY position',
  );
  const returnedOfOrder = db.prepare<
    [string],
    { line_position: number; quantity: number; amount: number; tax: number }
  >(
    `SELECT l.line_position, sum(l.quantity) AS quantity, sum(l.amount) AS amount, sum(l.tax) AS tax
     FROM return_lines l JOIN returns r ON r.id = l.return_id WHERE r.order_id = ? GROUP BY l.line_position`,
  );
  const returnedToPayment = db.prepare<[string], { payment_line_id: string; amount: number }>(
    `SELECT p.payment_line_id, sum(p.amount) AS amount FROM return_payments p JOIN returns r ON r.id = p.return_id
     WHERE r.order_id = ? AND p.payment_line_id IS NOT NULL GROUP BY p.payment_line_id`,
  );

  const json = (count: DenominationCount | undefined): string | null =>
    count && count.length > 0 ? JSON.stringify(count) : null;

  return {
    db,
    openShift(s: {
      id: string;
      tillId: string;
      currency: string;
      openedAt: number;
      openedBy: string | null;
      openingFloat: number;
      openingCount?: DenominationCount | undefined;
    }): void {
      insertShift.run({ ...s, openingCount: json(s.openingCount) });
    },
    current: (tillId: string): ShiftRow | null => current.get(tillId) ?? null,
    byId: (id: string): ShiftRow | null => byId.get(id) ?? null,
    lastClosed: (tillId: string): ShiftRow | null => lastClosed.get(tillId) ?? null,
    markCounted: (id: string, at: number, facts: SoldFacts): boolean =>
      markCounted.run(at, JSON.stringify(facts), id).changes === 1,
    markClosed: (id: string, at: number, by: string | null, zNumber: number): boolean =>
      markClosed.run(at, by, zNumber, id).changes === 1,
    addMovement(
      m: Omit<MovementRow, 'shift_id' | 'created_at' | 'approved_by'> & {
        shiftId: string;
        approvedBy: string | null;
        at: number;
      },
    ): void {
      insertMovement.run({ ...m });
    },
    movement: (id: string): MovementRow | null => movementById.get(id) ?? null,
    movements: (shiftId: string): MovementRow[] => movementsOf.all(shiftId),
    addCount(c: {
      shiftId: string;
      methodId: string;
      methodName: string;
      journal: 'cash' | 'bank';
      counted: number;
      denominations?: DenominationCount | undefined;
      expected: number;
    }): void {
      insertCount.run({ ...c, denominations: json(c.denominations) });
    },
    setCountReason: (shiftId: string, methodId: string, reason: string) =>
      setCountReason.run(reason, shiftId, methodId),
    counts: (shiftId: string): CountRow[] => countsOf.all(shiftId),
    insertZ: (row: ZRow) => insertZ.run(row),
    lastZ: (tillId: string): ZRow | null => lastZ.get(tillId) ?? null,
    z: (tillId: string, number: number): ZRow | null => zByNumber.get(tillId, number) ?? null,
    zList: (tillId: string, limit: number) => zList.all(tillId, limit),
    /** Every Z of every till, in chain order; iterated so a long history is never all in memory. */
    allZ: (): IterableIterator<ZRow> => allZ.iterate(),

    insertReturn: (r: {
      id: string;
      tillId: string;
      shiftId: string | null;
      orderId: string | null;
      reason: string;
      staff: string | null;
      approvedBy: string | null;
      total: number;
      at: number;
    }) => insertReturn.run(r),
    insertReturnLine: (l: {
      returnId: string;
      position: number;
      productId: number | null;
      name: string;
      quantity: number;
      taxRateBp: number;
      amount: number;
      tax: number;
    }) => insertReturnLine.run(l),
    insertReturnPayment: (p: {
      returnId: string;
      position: number;
      methodId: string;
      methodName: string;
      route: ReturnPaymentRow['route'];
      amount: number;
      paymentLineId: string | null;
      refundId: string | null;
      voucherCode: string | null;
    }) => insertReturnPayment.run(p),
    returnById: (id: string): ReturnRow | null => returnById.get(id) ?? null,
    returnsOfOrder: (orderId: string): ReturnRow[] => returnsOfOrder.all(orderId),
    returnLines: (id: string): ReturnLineRow[] => returnLinesOf.all(id),
    returnPayments: (id: string): ReturnPaymentRow[] => returnPaymentsOf.all(id),
    /** Quantity, amount and tax already returned, per order line. */
    returnedOfOrder: (orderId: string) =>
      new Map(returnedOfOrder.all(orderId).map((r) => [r.line_position, r])),
    /** What returns already gave back to each payment line of the order. */
    returnedToPayment: (orderId: string) =>
      new Map(returnedToPayment.all(orderId).map((r) => [r.payment_line_id, r.amount])),
  };
}

export type ShiftStore = ReturnType<typeof createShiftStore>;
