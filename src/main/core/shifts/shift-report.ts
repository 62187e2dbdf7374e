import type { ShiftReport } from '../../../shared/ipc/shifts.ts';
import type { ShiftFacts, TaxFact } from './shift-facts.ts';
import type { CountRow, MovementRow, ShiftRow } from './shift-store.ts';

export interface ReportFrame {
  kind: 'X' | 'Z';
  zNumber: number | null;
  shift: ShiftRow;
  tillName: string;
  until: number;
  closedBy: string | null;
  /** The store's tax rates' names by rate now ("VAT 7 %"): a Z keeps them as they were at its close. */
  taxNames: ReadonlyMap<number, string>;
}

const taxRows = (facts: readonly TaxFact[], names: ReadonlyMap<number, string>) =>
  facts.map((t) => ({
    rateBp: t.rate_bp,
    name: names.get(t.rate_bp) ?? null,
    net: t.net,
    tax: t.tax,
    gross: t.gross,
  }));

/**
 * The X and the Z report: one pure function of the shift's facts, its cash movements and its count. Expected
 * cash starts from the float counted at this shift's opening — never from the previous closing, which a
 * miscounted or unclosed earlier shift would carry forward (odoo/odoo#196395).
 */
export function buildShiftReport(
  frame: ReportFrame,
  facts: ShiftFacts,
  movements: readonly MovementRow[],
  counts: readonly CountRow[],
): ShiftReport {
  const methods = new Map<
    string,
    { methodId: string; methodName: string; journal: 'cash' | 'bank'; taken: number; refunded: number }
  >();
  const methodOf = (id: string, name: string, journal: 'cash' | 'bank') => {
    let row = methods.get(id);
    if (!row) methods.set(id, (row = { methodId: id, methodName: name, journal, taken: 0, refunded: 0 }));
    return row;
  };
  for (const f of facts.taken) methodOf(f.method_id, f.method_name, f.journal).taken += f.amount;
  for (const f of [...facts.cardRefunds, ...facts.otherRefunds])
    methodOf(f.method_id, f.method_name, f.journal).refunded += f.amount;
  const payments = [...methods.values()]
    .map((m) => ({ ...m, net: m.taken - m.refunded }))
    .sort((a, b) =>
      a.journal !== b.journal ? (a.journal === 'cash' ? -1 : 1) : a.methodName.localeCompare(b.methodName),
    );

  const cashRows = payments.filter((p) => p.journal === 'cash');
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const payIns = sum(movements.filter((m) => m.kind === 'pay_in').map((m) => m.amount));
  const payOuts = sum(movements.filter((m) => m.kind === 'pay_out').map((m) => m.amount));
  const cashSales = sum(cashRows.map((p) => p.taken));
  const cashRefunds = sum(cashRows.map((p) => p.refunded));
  const openingFloat = frame.shift.opening_float;

  return {
    kind: frame.kind,
    zNumber: frame.zNumber,
    shiftId: frame.shift.id,
    tillId: frame.shift.till_id,
    tillName: frame.tillName,
    currency: frame.shift.currency,
    openedAt: frame.shift.opened_at,
    openedBy: frame.shift.opened_by,
    until: frame.until,
    closedBy: frame.closedBy,
    sales: {
      orders: facts.sales.orders,
      firstNumber: facts.sales.first_number,
      lastNumber: facts.sales.last_number,
      total: facts.sales.total,
      discounts: facts.sales.discounts,
      cashRounding: facts.sales.cash_rounding,
      taxes: taxRows(facts.salesTaxes, frame.taxNames),
    },
    returns: {
      count: facts.returns.count,
      total: facts.returns.total,
      taxes: taxRows(facts.returnTaxes, frame.taxNames),
    },
    voids: { count: facts.voids.count, total: facts.voids.total },
    noSales: facts.noSales,
    payments,
    cash: {
      openingFloat,
      sales: cashSales,
      refunds: cashRefunds,
      payIns,
      payOuts,
      expected: openingFloat + cashSales - cashRefunds + payIns - payOuts,
    },
    movements: movements.map((m) => ({
      id: m.id,
      kind: m.kind,
      amount: m.amount,
      reason: m.reason,
      staff: m.staff,
      approvedBy: m.approved_by,
      at: m.created_at,
    })),
    openCardPayments: facts.openCards.map((a) => ({
      attemptId: a.id,
      orderId: a.order_id,
      methodName: a.method_name,
      amount: a.amount,
      state: a.state,
      forced: a.forced === 1,
    })),
    counts: counts.map((c) => ({
      methodId: c.method_id,
      methodName: c.method_name,
      journal: c.journal,
      counted: c.counted,
      expected: c.expected,
      difference: c.counted - c.expected,
      denominations: c.denominations === null ? null : (JSON.parse(c.denominations) as [number, number][]),
      reason: c.reason,
    })),
  };
}

/**
 * What each method should hold at closing: for the drawer, the expected cash (float and movements included);
 * for other cash methods and for bank methods, what was taken less what was given back.
 */
export function expectedPerMethod(report: ShiftReport, drawerMethodId: string | null): Map<string, number> {
  const expected = new Map<string, number>();
  for (const p of report.payments) expected.set(p.methodId, p.net);
  if (drawerMethodId !== null) {
    const c = report.cash;
    const drawerOthers = report.payments
      .filter((p) => p.journal === 'cash' && p.methodId !== drawerMethodId)
      .reduce((sum, p) => sum + p.net, 0);
    // The drawer's expected amount is the whole cash figure minus what other cash methods hold separately.
    expected.set(drawerMethodId, c.expected - drawerOthers);
  }
  return expected;
}
