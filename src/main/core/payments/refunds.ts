import type { Refund } from '../../../shared/ipc/payments.ts';
import { formatMoney } from '../../../shared/money/money.ts';
import { convertAmount } from '../../../shared/money/convert.ts';
import type { Db } from '../db/connection.ts';
import type { UnitOfWork } from '../db/unit-of-work.ts';
import { failpoint } from '../system/failpoints.ts';
import type { Logger } from '../logger.ts';
import type { OrderService } from '../orders/order-service.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { Approvals } from '../staff/approvals.ts';
import type { AttemptRow, PaymentJournal } from './payment-journal.ts';
import type { TransitionCrashPoint } from './crash-points.ts';
import { ProviderError, type AttemptInfo, type TerminalProvider } from './terminal-provider.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';
import type { CardRefundFacts } from '../receipts/build-receipt.ts';

interface RefundRow {
  id: string;
  order_id: string;
  payment_line_id: string;
  amount: number;
  reason: string | null;
  kind: 'refund' | 'release';
  state: Refund['state'];
  provider_ref: string | null;
  failure_message: string | null;
  failure_code: string | null;
  created_at: number;
}

const toRefund = (r: RefundRow): Refund => ({
  id: r.id,
  orderId: r.order_id,
  paymentLineId: r.payment_line_id,
  amount: r.amount,
  kind: r.kind,
  state: r.state,
  reason: r.reason,
  failureMessage: r.failure_message,
  failureCode: r.failure_code,
  createdAt: r.created_at,
});

export interface RefundInput {
  refundId: string;
  orderId: string;
  paymentLineId: string;
  amount: number;
  reason: string;
}

export interface RefundDeps {
  /** A refund above the cashier's limit needs a manager (the approvals service decides and audits). */
  approvals: Pick<Approvals, 'checkRefund'>;
  /** The one writer of the refunds table. */
  store: RefundStore;
  /** A refund's outcome, the attempt it releases and its audit entry commit together. */
  tx: UnitOfWork;
  journal: PaymentJournal;
  orders: OrderService;
  audit: AuditLog;
  log: Logger;
  now: () => number;
  locale: () => string;
  tillId: string;
  /** As for the orchestrator: with the method's id, a Stripe method reaches its profile's account. */
  providerFor(kind: 'stripe' | 'mercadopago', methodId?: string): TerminalProvider | null;
  onUpdate(refund: Refund): void;
  /** Work that commits with a refund found given (its receipt is queued there). */
  onGiven?: (refundId: string) => void;
}

/** The refunds table's SQL, in one place: refunds below write it, and others only ask. */
export function createRefundStore(db: Db) {
  const statements = {
    byId: db.prepare<[string], RefundRow>('SELECT * FROM refunds WHERE id = ?'),
    forOrder: db.prepare<[string], RefundRow>('SELECT * FROM refunds WHERE order_id = ? ORDER BY created_at'),
    refundedOnLine: db
      .prepare<[string], number>(
        `SELECT coalesce(sum(amount), 0) FROM refunds WHERE payment_line_id = ? AND state IN ('pending', 'succeeded')`,
      )
      .pluck(),
    pending: db.prepare<[], RefundRow>(`SELECT * FROM refunds WHERE state = 'pending' ORDER BY created_at`),
    insert: db.prepare(
      `INSERT INTO refunds (id, order_id, payment_line_id, amount, reason, kind, state, actor, created_at, updated_at)
       VALUES (@id, @orderId, @lineId, @amount, @reason, @kind, 'pending', @actor, @at, @at)`,
    ),
    finish: db.prepare<[Refund['state'], string | null, string | null, string | null, number, string]>(
      'UPDATE refunds SET state = ?, provider_ref = coalesce(?, provider_ref), failure_message = ?, failure_code = ?, updated_at = ? WHERE id = ?',
    ),
    otherRefunds: db.prepare<[string, string], { amount: number }>(
      `SELECT amount FROM refunds WHERE payment_line_id = ? AND id != ? AND state IN ('pending', 'succeeded')`,
    ),
  };
  const givenById = db.prepare<[string], RefundRow & { actor: string | null }>(
    `SELECT * FROM refunds WHERE id = ? AND state = 'succeeded'`,
  );
  const pendingOfProvider = db
    .prepare<[string], number>(
      `SELECT count(*) FROM refunds r JOIN payment_attempts a ON a.payment_line_id = r.payment_line_id
       WHERE r.state = 'pending' AND a.provider = ?`,
    )
    .pluck();
  return {
    /** For createRefunds only: the statements it runs. */
    statements,
    /** A refund that was given, as its receipt tells it (null while pending, failed, or unknown). */
    given(refundId: string): CardRefundFacts | null {
      const row = givenById.get(refundId);
      return row
        ? {
            id: row.id,
            orderId: row.order_id,
            paymentLineId: row.payment_line_id,
            amount: row.amount,
            createdAt: row.created_at,
            providerRef: row.provider_ref,
            actor: row.actor,
          }
        : null;
    },
    /** Refunds still being sent to a provider's cards. */
    pendingCount: (provider: 'stripe' | 'mercadopago'): number => pendingOfProvider.get(provider)!,
  };
}

export type RefundStore = ReturnType<typeof createRefundStore>;

/**
 * Refunds of card payment lines back to the card (STT-7, MP-6): full or partial, never more than what is
 * left on the line. An authorization that was never captured is released (canceled) instead of refunded.
 * Each refund is written before its provider request, so a crash re-sends the same idempotency key.
 */
export function createRefunds(deps: RefundDeps) {
  const { byId, forOrder, refundedOnLine, pending, insert, finish, otherRefunds } = deps.store.statements;

  /** Refuses a refund that cannot be given, before anything is written or a manager is asked. */
  function check(input: RefundInput): { kind: RefundRow['kind']; currency: string } {
    const order = deps.orders.get(input.orderId);
    const line = order.payments.find((p) => p.id === input.paymentLineId);
    const attempt = deps.journal.forLine(input.paymentLineId);
    if (!line || !attempt)
      throw translatedError('not_found', 'err.refund.notOnOrder', undefined, 'paymentLineId');
    if (line.status !== 'paid' || attempt.forced === 1) {
      throw translatedError('conflict', 'err.refund.notConfirmed');
    }
    const left = line.amount - refundedOnLine.get(line.id)!;
    if (input.amount > left) {
      const money = (n: number) => formatMoney(n, order.currency, deps.locale());
      throw translatedError(
        'amount_invalid',
        left === 0 ? 'err.refund.alreadyFull' : 'err.refund.atMost',
        { amount: money(left) },
        'amount',
      );
    }
    const kind = attempt.state === 'authorized' ? 'release' : 'refund';
    if (kind === 'release' && input.amount !== line.amount) {
      throw translatedError('amount_invalid', 'err.refund.releaseInFull', undefined, 'amount');
    }
    return { kind, currency: order.currency };
  }

  const create = (input: RefundInput & { actor: string | null }): RefundRow =>
    deps.tx.run(() => {
      const { kind } = check(input);
      insert.run({
        id: input.refundId,
        orderId: input.orderId,
        lineId: input.paymentLineId,
        amount: input.amount,
        reason: input.reason,
        kind,
        actor: input.actor,
        at: deps.now(),
      });
      deps.audit.record({
        action: 'refund.requested',
        subject: input.orderId,
        actor: input.actor ?? undefined,
        details: { refundId: input.refundId, amount: input.amount, kind, reason: input.reason },
      });
      return byId.get(input.refundId)!;
    });

  /** What has gone or is going back to the cards of this order: a cashier's limit counts all of it. */
  const refundedOnOrder = (orderId: string): number =>
    forOrder
      .all(orderId)
      .filter((r) => r.state !== 'failed')
      .reduce((sum, r) => sum + r.amount, 0);

  /**
   * The refund in the currency the card was charged in. A payment converted at the till (STO-3) is refunded at
   * the rate it was charged at; the refund that empties the line takes exactly what is left at the provider,
   * so rounding over several partial refunds never asks for a cent more than was captured.
   */
  function providerAmount(row: RefundRow, attempt: AttemptRow): number {
    if (attempt.exchange_rate === null || attempt.order_currency === null || attempt.order_amount === null) {
      return row.amount;
    }
    const convert = (amount: number) =>
      convertAmount(amount, attempt.order_currency!, attempt.currency, attempt.exchange_rate!);
    const others = otherRefunds.all(row.payment_line_id, row.id).map((r) => r.amount);
    const refundedBefore = others.reduce((sum, a) => sum + a, 0);
    if (refundedBefore + row.amount === attempt.order_amount) {
      return attempt.amount - others.reduce((sum, a) => sum + convert(a), 0);
    }
    return convert(row.amount);
  }

  async function send(row: RefundRow): Promise<RefundRow> {
    const attempt = deps.journal.forLine(row.payment_line_id)!;
    const provider = deps.providerFor(attempt.provider, attempt.method_id);
    if (!provider) return row;
    const info: AttemptInfo = {
      id: attempt.id,
      orderId: attempt.order_id,
      terminalRef: attempt.terminal_ref,
      amount: attempt.amount,
      currency: attempt.currency,
      tryNumber: attempt.try_number,
      providerRef: attempt.provider_ref,
      tillId: deps.tillId,
      description: '',
    };
    const requests = deps.journal.requestsFor({ refundId: row.id });
    let outcome: {
      state: Refund['state'];
      providerRef: string | null;
      failure: string | null;
      /** Why it failed, as a code the window words (see payments/failure-words.ts). */
      code: string | null;
      released: boolean;
    };
    try {
      if (row.kind === 'release') {
        const seen = await provider.cancel(info, requests);
        const ok = seen.phase === 'canceled';
        outcome = {
          state: ok ? 'succeeded' : 'failed',
          providerRef: seen.phase === 'not_found' ? null : seen.providerRef,
          failure: ok ? null : 'The authorization could not be released.',
          code: ok ? null : 'release_failed',
          released: ok,
        };
      } else {
        const result = await provider.refund(
          info,
          { id: row.id, amount: providerAmount(row, attempt), reason: row.reason ?? 'requested_by_customer' },
          requests,
        );
        outcome = {
          state: result.state,
          providerRef: result.providerRef,
          failure: result.failureMessage ?? null,
          code: result.state === 'failed' ? (result.failureCode ?? 'unknown') : null,
          released: false,
        };
      }
    } catch (error) {
      if (error instanceof ProviderError && !error.retryable) {
        outcome = {
          state: 'failed',
          providerRef: null,
          failure: error.message,
          code: error.code,
          released: false,
        };
      } else {
        deps.log.warn('refunds.provider_unavailable', { refundId: row.id, error: String(error) });
        return row; // stays pending; resend() tries again with the same key
      }
    }
    // The refund's outcome, the released attempt and the audit entry: one commit, then the window hears of it.
    const done = deps.tx.run(() => {
      if (outcome.released) deps.journal.update(attempt.id, { state: 'canceled' });
      finish.run(outcome.state, outcome.providerRef, outcome.failure, outcome.code, deps.now(), row.id);
      failpoint('refunds.finished:after_refund' satisfies TransitionCrashPoint);
      const finished = byId.get(row.id)!;
      deps.audit.record({
        action: `refund.${finished.state}`,
        subject: finished.order_id,
        details: { refundId: finished.id, amount: finished.amount },
      });
      deps.onUpdate(toRefund(finished));
      if (finished.state === 'succeeded') deps.onGiven?.(finished.id);
      return finished;
    });
    return done;
  }

  return {
    /**
     * Gives the refund once: a retried request with the same id answers the refund already made (it was
     * approved the first time). A new one is checked first, so that a manager is only asked for a refund that
     * can be given; the cashier's limit counts the order's earlier refunds too.
     */
    async refund(input: RefundInput, actor: string | null = null, managerPin?: string): Promise<Refund> {
      const existing = byId.get(input.refundId);
      if (existing) return toRefund(existing);
      const { currency } = check(input);
      deps.approvals.checkRefund(
        { ...input, currency, refundedBefore: refundedOnOrder(input.orderId) },
        managerPin,
      );
      return toRefund(await send(create({ ...input, actor })));
    },
    has: (refundId: string): boolean => byId.get(refundId) !== undefined,
    /**
     * Writes a refund inside the caller's transaction (a return by line writes its card part with the return),
     * to be sent with sendRecorded after the commit; a crash in between leaves it pending for resend().
     */
    record: (input: RefundInput, actor: string | null): Refund => toRefund(create({ ...input, actor })),
    async sendRecorded(refundId: string): Promise<Refund> {
      const row = byId.get(refundId);
      if (!row) throw translatedError('not_found', 'err.refund.unknown');
      return toRefund(row.state === 'pending' ? await send(row) : row);
    },
    check,
    refundedOnOrder,
    forOrder: (orderId: string): Refund[] => forOrder.all(orderId).map(toRefund),
    /** Refunds whose answer never came (offline, crash) are sent again with their original keys. */
    async resend(): Promise<void> {
      for (const row of pending.all()) await send(row);
    },
  };
}

export type Refunds = ReturnType<typeof createRefunds>;
