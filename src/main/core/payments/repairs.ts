import { setImmediate } from 'node:timers/promises';
import type { UnitOfWork } from '../db/unit-of-work.ts';
import type { Logger } from '../logger.ts';
import type { OrderService } from '../orders/order-service.ts';
import type { AlertWords, Alerts } from '../system/alerts.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { Disagreement, PaymentJournal } from './payment-journal.ts';

export interface RepairDeps {
  tx: UnitOfWork;
  journal: PaymentJournal;
  orders: OrderService;
  audit: AuditLog;
  alerts: Alerts;
  log: Logger;
  now: () => number;
}

/**
 * How far back a sweep's pass looks before the previous pass began: a transition that committed while that
 * pass ran, or whose clock reading came a little before it, is still seen. (A clock set back by more than
 * this hides a change from the sweeps until the next start, whose pass reads everything.)
 */
const overlapMs = 5_000;

/** Paid lines looked at per slice of the start's pass: a few milliseconds of the main thread each. */
const sliceSize = 2_000;

/**
 * Puts the books back in step wherever an attempt and its payment line disagree, whatever produced it (an
 * older build that wrote them in two commits, a disk restored from a backup, a hand edit). Each repair is one
 * transaction with its audit entry. A case that cannot be decided from Kassa's own records is not guessed:
 * the line is flagged for reconciliation and a person is alerted, once.
 */
export function createRepairs(deps: RepairDeps) {
  const { journal, orders, audit } = deps;

  const money = (d: Disagreement) => ({ amount: d.line_amount, currency: d.order_currency });

  function repaired(d: Disagreement, problem: string, done: string): void {
    audit.record({
      action: 'payment.repaired',
      subject: d.attempt_id ?? d.line_id,
      details: { problem, done, orderId: d.order_id, lineId: d.line_id, amount: d.line_amount },
    });
  }

  /** Flags the line for reconciliation and tells a person: Kassa's own records cannot say what is true. */
  function undecided(d: Disagreement, problem: string, words: AlertWords): void {
    orders.updateCardLine(d.order_id, d.line_id, { status: d.line_status, card: null, reconcile: true });
    audit.record({
      action: 'payment.repair_undecided',
      subject: d.attempt_id ?? d.line_id,
      details: { problem, orderId: d.order_id, lineId: d.line_id, amount: d.line_amount },
    });
    deps.alerts.raise('critical', 'payment_records_disagree', words, {
      orderId: d.order_id,
      lineId: d.line_id,
      attemptId: d.attempt_id,
    });
  }

  function repairOne(d: Disagreement): void {
    if (d.problem === 'succeeded_line_not_paid') {
      // The provider took the money: the line counts, if the order can still take it.
      const order = orders.get(d.order_id);
      if (order.status === 'open' && d.line_amount <= order.remaining - reservedBesides(order, d)) {
        orders.updateCardLine(d.order_id, d.line_id, {
          status: 'paid',
          card: d.card_brand && d.card_last4 ? { brand: d.card_brand, last4: d.card_last4 } : null,
          reconcile: false,
        });
        return repaired(d, d.problem, `line ${d.line_status} → paid`);
      }
      return undecided(d, d.problem, {
        key: 'alert.repairOrderClosed',
        params: { amount: money(d), status: order.status },
      });
    }
    if (d.problem === 'ended_line_waiting') {
      // The provider said no money came: the line stops holding its amount.
      orders.updateCardLine(d.order_id, d.line_id, { status: 'failed', card: null, reconcile: false });
      return repaired(d, d.problem, `line pending → failed (attempt ${d.attempt_state})`);
    }
    if (d.problem === 'paid_line_attempt_open') {
      // Counted as paid while the provider has not answered yet: followed like a forced payment, so the
      // provider's answer confirms it or raises an alert that the money did not come.
      journal.update(d.attempt_id!, { forced: 1 });
      orders.updateCardLine(d.order_id, d.line_id, { status: 'paid', card: null, reconcile: true });
      return repaired(d, d.problem, 'attempt followed as forced; line flagged for reconciliation');
    }
    return undecided(
      d,
      d.problem,
      d.problem === 'paid_line_without_attempt'
        ? { key: 'alert.repairNoAttempt', params: { amount: money(d) } }
        : { key: 'alert.repairEnded', params: { amount: money(d), state: d.attempt_state ?? '' } },
    );
  }

  /** Cards still in progress on the same order, other than this line, hold their amounts. */
  function reservedBesides(order: ReturnType<OrderService['get']>, d: Disagreement): number {
    return order.payments
      .filter((p) => p.status === 'pending' && p.id !== d.line_id)
      .reduce((sum, p) => sum + p.amount, 0);
  }

  /** When the last pass began; null until the first (full) pass. */
  let lastPass: number | null = null;

  function repairAll(found: readonly Disagreement[]): number {
    for (const d of found) {
      try {
        deps.tx.run(() => repairOne(d));
      } catch (error) {
        deps.log.error('payments.repair_failed', { lineId: d.line_id, error: String(error) });
      }
    }
    if (found.length > 0) deps.log.warn('payments.repaired', { cases: found.length });
    return found.length;
  }

  /**
   * Every disagreement over all the books. Those that involve an attempt are found and repaired at once, before
   * the promise is returned (so open attempts go on from books in step); paid card lines with no attempt at all
   * need a look at every paid line, done a slice at a time with the till answering in between.
   */
  async function repair(): Promise<number> {
    lastPass = deps.now();
    let found = repairAll(journal.disagreements());
    for (let after = ''; ;) {
      await setImmediate();
      const slice = journal.paidWithoutAttempt(after, sliceSize);
      if (!slice) return found;
      found += repairAll(slice.found);
      after = slice.through;
    }
  }

  return {
    /** Repairs every disagreement the journal finds, over all the books (at start); resolves to how many. */
    repair,
    /**
     * The minute's sweep: the same repairs among the lines touched since the last pass (their attempt changed
     * or they are new), read from indexes, so a pass over an idle till costs next to nothing. Before the first
     * full pass it does that full pass.
     */
    repairRecent(): Promise<number> {
      if (lastPass === null) return repair();
      const since = lastPass - overlapMs;
      lastPass = deps.now();
      return Promise.resolve(repairAll(journal.disagreementsSince(since)));
    },
  };
}

export type Repairs = ReturnType<typeof createRepairs>;
