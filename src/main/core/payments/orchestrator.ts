import { convertAmount } from '../../../shared/money/convert.ts';
import type { CardPayment } from '../../../shared/ipc/payments.ts';
import { isOpenAttempt } from '../../../shared/payments/attempt-states.ts';
import { cardPaymentView } from '../../../shared/payments/attempt-view.ts';
import type { UnitOfWork } from '../db/unit-of-work.ts';
import { createAttemptLoops, type Turn } from './attempt-loop.ts';
import { createTransitions, crashPoint } from './transitions.ts';
import type { Logger } from '../logger.ts';
import type { OrderService } from '../orders/order-service.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { Alerts } from '../system/alerts.ts';
import type { PaymentMethodRecord, PaymentMethodRepo } from './payment-methods.ts';
import type { AttemptPatch, AttemptRow, PaymentJournal } from './payment-journal.ts';
import {
  ProviderError,
  providerName,
  type AttemptInfo,
  type Observation,
  type TerminalProvider,
} from './terminal-provider.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

export interface OrchestratorDeps {
  /** Each transition and all its effects commit together; events go out after the commit. */
  tx: UnitOfWork;
  /**
   * The currency a method's provider account settles in and the store's rate to it, when that differs from
   * the order's currency (STO-3); null when the card is charged in the order's currency.
   */
  settlementFor?(methodId: string, orderCurrency: string): { currency: string; rate: string } | null;
  journal: PaymentJournal;
  orders: OrderService;
  methods: PaymentMethodRepo;
  audit: AuditLog;
  alerts: Alerts;
  log: Logger;
  now: () => number;
  tillId: string;
  /**
   * The provider behind a payment method, or null when that provider is not set up on this till. With the
   * method's id, a Stripe method is routed to its profile's account; without, the till's own connection.
   */
  providerFor(
    kind: 'stripe' | 'mercadopago',
    methodId?: string,
    /** The attempt's terminal: a saved card (pm_…) is charged off-session, not on the method's reader. */
    terminalRef?: string,
  ): TerminalProvider | null;
  simulated(kind: 'stripe' | 'mercadopago', methodId?: string): boolean;
  verifyManagerPin(pin: string, purpose?: string): void;
  onUpdate(payment: CardPayment): void;
  /** An attempt not yet on the terminal and older than this is abandoned at recovery, not sent. */
  staleAfterMs?: number;
}

/** Connection problems shown to the cashier only after this many failures in a row (one blip is not news). */
const failuresBeforeProblem = 2;

/**
 * Drives every card payment through one state machine, whichever provider is behind it. Each attempt's
 * state is written to the journal before the next provider call, and every attempt still open after a
 * crash is picked up again by `recover()` with the same idempotency keys, so nothing is lost or doubled.
 */
export function createPaymentOrchestrator(deps: OrchestratorDeps) {
  const { journal, now } = deps;

  const providerOf = (row: AttemptRow): TerminalProvider => {
    const provider = deps.providerFor(row.provider, row.method_id, row.terminal_ref);
    if (!provider) {
      throw translatedError('provider_unreachable', 'err.pay.providerNotSetUp', {
        provider: providerName(row.provider),
      });
    }
    return provider;
  };

  const infoOf = (row: AttemptRow): AttemptInfo => ({
    id: row.id,
    orderId: row.order_id,
    terminalRef: row.terminal_ref,
    amount: row.amount,
    currency: row.currency,
    tryNumber: row.try_number,
    providerRef: row.provider_ref,
    tillId: deps.tillId,
    description: `Kassa order ${row.order_id.slice(0, 8)}`,
  });

  /** The attempt as the windows see it, with the cashier's actions (attempt-view.ts, shared with the till). */
  const view = (row: AttemptRow): CardPayment =>
    cardPaymentView(row, {
      methodName: deps.methods.get(row.method_id)?.name ?? row.method_id,
      simulated: deps.simulated(row.provider, row.method_id),
    });

  const update = (id: string, patch: AttemptPatch): AttemptRow => {
    const row = journal.update(id, patch);
    deps.onUpdate(view(row));
    return row;
  };

  function getRow(attemptId: string): AttemptRow {
    const row = journal.get(attemptId);
    if (!row) throw translatedError('not_found', 'err.pay.unknownAttempt');
    return row;
  }

  // What a provider's observation does to the attempt, its line and the order, in one transaction.
  const { apply } = createTransitions({ ...deps, update });

  /** One step of the state machine: the provider call that the attempt's state calls for. */
  async function step(row: AttemptRow): Promise<{ row: AttemptRow; settled: boolean; progressed: boolean }> {
    const provider = providerOf(row);
    const requests = journal.requestsFor({ attemptId: row.id });
    const before = row.updated_at;
    let seen: Observation;
    if (row.cancel_requested === 1 && row.state !== 'succeeded') {
      seen = await provider.cancel(infoOf(row), requests);
    } else if (row.state === 'created' || row.state === 'sending') {
      // Relaxed: after a power cut `created` is followed exactly like `sending`, with the same keys.
      if (row.state === 'created') row = journal.relaxed(() => update(row.id, { state: 'sending' }));
      seen = await provider.start(infoOf(row), requests);
    } else if (row.state === 'authorized') {
      seen = await provider.capture(infoOf(row), requests);
    } else {
      seen = await provider.observe(infoOf(row));
      if (seen.phase === 'authorized' && !row.forced) {
        row = apply(row, seen);
        seen = await provider.capture(infoOf(row), requests);
      } else if (seen.phase === 'authorized' && row.forced) {
        seen = await provider.capture(infoOf(row), requests);
      }
    }
    row = apply(row, seen);
    const settled = !isOpenAttempt(standing(row));
    return { row, settled, progressed: row.updated_at !== before };
  }

  // Polls in a row that found nothing new, per attempt: the first look after a change goes out at once, the
  // next ones a quarter and a half of the interval apart, then one interval (a tap right after the reader asks
  // is seen at once; a customer who takes a while costs no more requests than before).
  const quietPolls = new Map<string, number>();
  const ramp = [0, 0.25, 0.5];

  /** One loop per open attempt (attempt-loop.ts); a turn is one step, then the pause until the next poll. */
  const loops = createAttemptLoops({
    log: deps.log,
    async turn(attemptId): Promise<Turn> {
      const row = getRow(attemptId);
      const provider = deps.providerFor(row.provider, row.method_id, row.terminal_ref);
      if (!provider) return { done: true };
      const stepStarted = Date.now();
      const result = await step(row);
      if (result.settled) {
        quietPolls.delete(attemptId);
        return { done: true };
      }
      const next = result.row;
      if (next.state !== 'waiting_for_card' && next.state !== 'processing' && next.forced !== 1)
        return { done: false, pauseMs: 0 };
      // Waiting long for a person elsewhere (the customer's bank page): the minute sweep takes over from here.
      if (
        provider.handOverAfterMs !== undefined &&
        next.state === 'waiting_for_card' &&
        now() - next.updated_at >= provider.handOverAfterMs
      ) {
        quietPolls.delete(attemptId);
        return { done: true };
      }
      const quiet = result.progressed ? 0 : (quietPolls.get(attemptId) ?? 0) + 1;
      quietPolls.set(attemptId, quiet);
      // Polls start one interval apart: a slow answer eats into the wait instead of adding to it.
      const interval =
        next.forced === 1
          ? provider.pollIntervalMs * 10
          : provider.pollIntervalMs * ((provider.promptFirstLook ? ramp[quiet] : undefined) ?? 1);
      return { done: false, pauseMs: Math.max(0, interval - (Date.now() - stepStarted)) };
    },
    failed: (attemptId, error, failures) => {
      const keepTrying = handleFailure(attemptId, error, failures);
      if (!keepTrying) quietPolls.delete(attemptId);
      return keepTrying;
    },
  });
  const drive = loops.drive;

  /** Returns true to keep trying (the outcome is unknown), false when the attempt has been settled as failed. */
  function handleFailure(attemptId: string, error: unknown, failures: number): boolean {
    const row = getRow(attemptId);
    if (error instanceof ProviderError && !error.retryable) {
      if (
        row.cancel_requested === 1 &&
        (error.code === 'cancel_too_late' || error.code === 'cancel_on_terminal')
      ) {
        // The card is already being read, or only the terminal can stop it: the payment is followed on,
        // and the cashier is told why.
        update(row.id, {
          cancel_requested: 0,
          failure_code: error.code,
          failure_message: error.message,
        });
        return true;
      }
      if (row.state === 'sending' || row.state === 'created') {
        deps.log.warn('payments.start_refused', { attemptId, code: error.code });
        const failed = apply(row, {
          phase: 'failed',
          providerRef: row.provider_ref,
          failure: { code: error.code, message: error.message },
        });
        // Leave nothing behind at the provider (e.g. a PaymentIntent created before the reader refused).
        if (failed.provider_ref) void cleanUp(failed);
        return false;
      }
    }
    deps.log.warn('payments.provider_unavailable', { attemptId, failures, error: String(error) });
    if (failures >= failuresBeforeProblem && row.connection_problem === 0) {
      const message =
        error instanceof ProviderError ? error.message : 'The payment provider cannot be reached.';
      update(row.id, { connection_problem: 1, failure_code: 'connection', failure_message: message });
    }
    return true;
  }

  async function cleanUp(row: AttemptRow): Promise<void> {
    try {
      await providerOf(row).cancel(infoOf(row), journal.requestsFor({ attemptId: row.id }));
    } catch (error) {
      deps.log.warn('payments.cleanup_failed', { attemptId: row.id, error: String(error) });
    }
  }

  const startTransaction = (input: {
    attemptId: string;
    orderId: string;
    lineId: string;
    method: PaymentMethodRecord;
    amount: number;
    currency: string;
    charge: { amount: number; currency: string; rate: string } | null;
  }) =>
    // The write-ahead of the payment: synced to disk before its first request leaves (payment-journal.ts).
    journal.writeAhead(() =>
      deps.tx.run(() => {
        deps.orders.openCardLine(input.orderId, {
          id: input.lineId,
          method: input.method,
          amount: input.amount,
        });
        journal.insert({
          id: input.attemptId,
          order_id: input.orderId,
          payment_line_id: input.lineId,
          method_id: input.method.id,
          provider: input.method.terminal as 'stripe' | 'mercadopago',
          terminal_ref: input.method.terminalRef!,
          // The card is charged in the settlement currency; the order's own amount and the rate stay on record.
          amount: input.charge?.amount ?? input.amount,
          currency: input.charge?.currency ?? input.currency,
          ...(input.charge
            ? { order_amount: input.amount, order_currency: input.currency, exchange_rate: input.charge.rate }
            : {}),
        });
      }),
    );

  return {
    view,
    get: (attemptId: string): CardPayment => view(getRow(attemptId)),
    forOrder: (orderId: string): CardPayment[] => journal.forOrder(orderId).map(view),

    /**
     * Everything about a card payment that can be checked before an order exists (issue 15.16): the method,
     * its provider, and the amount in the currency it will be charged in. `start` runs the same checks.
     */
    check(input: { methodId: string; amount: number; currency: string }): void {
      const { method, provider } = methodAndProvider(input.methodId);
      const settlement = deps.settlementFor?.(method.id, input.currency) ?? null;
      provider.checkAmount(
        settlement
          ? convertAmount(input.amount, input.currency, settlement.currency, settlement.rate)
          : input.amount,
        settlement?.currency ?? input.currency,
      );
    },

    start(input: { orderId: string; methodId: string; amount: number; paymentLineId: string }): CardPayment {
      const existing = journal.forLine(input.paymentLineId);
      if (existing) return view(existing); // the till retried its Send
      const { method, provider } = methodAndProvider(input.methodId);
      const order = deps.orders.get(input.orderId);
      const settlement = deps.settlementFor?.(method.id, order.currency) ?? null;
      const charge = settlement
        ? {
            amount: convertAmount(input.amount, order.currency, settlement.currency, settlement.rate),
            currency: settlement.currency,
            rate: settlement.rate,
          }
        : null;
      provider.checkAmount(charge?.amount ?? input.amount, charge?.currency ?? order.currency);
      const busy = journal.unresolvedOn(method.terminalRef);
      if (busy.length > 0) {
        const other = busy[0]!;
        throw translatedError(
          other.order_id === input.orderId ? 'terminal_busy' : 'terminal_recovering',
          other.order_id === input.orderId ? 'err.pay.terminalBusy' : 'err.pay.terminalRecovering',
        );
      }
      const attemptId = `att_${input.paymentLineId.replaceAll('-', '')}`;
      startTransaction({
        attemptId,
        orderId: input.orderId,
        lineId: input.paymentLineId,
        method,
        amount: input.amount,
        currency: order.currency,
        charge,
      });
      const row = getRow(attemptId);
      deps.onUpdate(view(row));
      drive(attemptId);
      return view(row);
    },

    cancel(attemptId: string): CardPayment {
      const row = getRow(attemptId);
      if (!view(row).actions.cancel) {
        throw translatedError(
          'conflict',
          row.state === 'succeeded' ? 'err.pay.wentThroughRefund' : 'err.pay.cannotCancel',
        );
      }
      const marked = update(attemptId, { cancel_requested: 1 });
      drive(attemptId);
      return view(marked);
    },

    retry(attemptId: string): CardPayment {
      const row = getRow(attemptId);
      if (!view(row).actions.retry) throw translatedError('conflict', 'err.pay.onlyDeclinedRetry');
      const next = deps.tx.run(() => {
        deps.orders.updateCardLine(row.order_id, row.payment_line_id, {
          status: 'pending',
          card: null,
          reconcile: false,
        });
        crashPoint('payments.retry:after_line');
        return update(attemptId, {
          state: 'sending',
          try_number: row.try_number + 1,
          failure_code: null,
          failure_message: null,
        });
      });
      drive(attemptId);
      return view(next);
    },

    checkAgain(attemptId: string): CardPayment {
      const row = getRow(attemptId);
      drive(attemptId);
      return view(row);
    },

    forceDone(attemptId: string, managerPin: string): CardPayment {
      const row = getRow(attemptId);
      if (!view(row).actions.forceDone) {
        throw translatedError('conflict', 'err.pay.forceDoneOnlyOffline');
      }
      deps.verifyManagerPin(managerPin);
      const forced = deps.tx.run(() => {
        const marked = update(attemptId, { forced: 1, state: 'needs_check' });
        crashPoint('payments.force_done:after_attempt');
        deps.orders.updateCardLine(row.order_id, row.payment_line_id, {
          status: 'paid',
          card: null,
          reconcile: true,
        });
        crashPoint('payments.force_done:after_line');
        deps.audit.record({
          action: 'payment.force_done',
          subject: attemptId,
          actor: 'manager',
          details: { orderId: row.order_id, amount: row.amount },
        });
        return marked;
      });
      drive(attemptId);
      return view(forced);
    },

    /**
     * After the provider could not tell (Mercado Pago's action_required), the cashier reads the result on the
     * terminal and a manager confirms it: approved pays the line and flags it for reconciliation, like force
     * done; not approved fails it. Either way it is audited.
     */
    recordTerminalOutcome(
      attemptId: string,
      outcome: 'approved' | 'not_approved',
      managerPin: string,
    ): CardPayment {
      const row = getRow(attemptId);
      if (row.state !== 'needs_check' || row.forced === 1) {
        throw translatedError('conflict', 'err.pay.notWaitingForCheck');
      }
      deps.verifyManagerPin(managerPin, 'payment.terminal_outcome');
      const approved = outcome === 'approved';
      return view(
        deps.tx.run(() => {
          const done = update(attemptId, {
            state: approved ? 'succeeded' : 'failed',
            // Paid on a manager's word, not the provider's: like force done, it is not refunded to the card from here.
            forced: approved ? 1 : 0,
            failure_code: 'checked_on_terminal',
            failure_message: approved
              ? 'Recorded as paid from what the terminal showed (manager PIN). Flagged for reconciliation.'
              : 'Recorded as not paid from what the terminal showed (manager PIN).',
          });
          deps.orders.updateCardLine(row.order_id, row.payment_line_id, {
            status: approved ? 'paid' : 'failed',
            card: null,
            reconcile: approved,
          });
          deps.audit.record({
            action: 'payment.terminal_outcome',
            subject: attemptId,
            actor: 'manager',
            details: { outcome, orderId: row.order_id, amount: row.amount, providerRef: row.provider_ref },
          });
          return done;
        }),
      );
    },

    /** A hint from the provider (a Mercado Pago notification) that an open payment changed: look at it now. */
    nudge(providerRef: string): boolean {
      const row = journal.byProviderRef(providerRef);
      if (loops.stopped || !row || !isOpenAttempt(standing(row))) return false;
      drive(row.id);
      return true;
    },

    async simulateCard(
      attemptId: string,
      card: 'approve' | 'decline' | 'insufficient_funds',
    ): Promise<CardPayment> {
      const row = getRow(attemptId);
      const provider = providerOf(row);
      if (!deps.simulated(row.provider, row.method_id) || !provider.simulateCard) {
        throw translatedError('forbidden', 'err.pay.testCardsSimulatedOnly');
      }
      if (row.state !== 'waiting_for_card') throw translatedError('conflict', 'err.pay.notWaitingForCard');
      try {
        await provider.simulateCard(infoOf(row), card);
      } catch (error) {
        // A provider's refusal (Stripe's rate limit, a dropped connection) said in words, not as an internal error.
        if (!(error instanceof ProviderError)) throw error;
        const name = providerName(row.provider);
        throw error.code === 'rate_limited'
          ? translatedError('provider_unreachable', 'error.testCardSlowDown', { provider: name })
          : translatedError('provider_unreachable', 'error.testCardNotTaken', { provider: name });
      }
      loops.wake(attemptId);
      return view(getRow(attemptId));
    },

    /**
     * Resolves every attempt left open (by a crash, a power cut, a closed window) with its provider:
     * stale ones that never reached the terminal are canceled, the rest carry on where they stopped.
     */
    recover(): number {
      const open = journal.unresolved();
      const staleBefore = now() - (deps.staleAfterMs ?? 10 * 60_000);
      for (const row of open) {
        if (!deps.providerFor(row.provider, row.method_id, row.terminal_ref)) continue;
        if (
          (row.state === 'created' || row.state === 'sending') &&
          row.created_at < staleBefore &&
          row.cancel_requested === 0
        ) {
          update(row.id, { cancel_requested: 1 });
        }
        drive(row.id);
      }
      if (open.length > 0) deps.log.info('payments.recovering', { attempts: open.length });
      return open.length;
    },

    /**
     * Ends every attempt a provider's terminal was busy with as failed, with its line, in one transaction: the
     * demo simulators start empty with each run, so what was on their terminals is gone.
     */
    abandonOnTerminal(kind: 'stripe' | 'mercadopago', failure: { code: string; message: string }): number {
      const abandoned = journal.onTerminalOf(kind);
      for (const row of abandoned) apply(row, { phase: 'failed', providerRef: row.provider_ref, failure });
      return abandoned.length;
    },

    isBusy: loops.isBusy,
    stop: loops.stop,
  };

  /** A card method with a terminal, and its connected provider; refused with a message otherwise. */
  function methodAndProvider(methodId: string) {
    const method = deps.methods.get(methodId);
    if (!method || !method.active || method.terminal === 'none' || !method.terminalRef) {
      throw translatedError('not_found', 'err.pay.methodNoTerminal', undefined, 'methodId');
    }
    const provider = deps.providerFor(method.terminal, method.id);
    if (!provider) {
      throw translatedError('provider_unreachable', 'err.pay.providerNotSetUpOther', {
        provider: providerName(method.terminal),
      });
    }
    return { method: { ...method, terminal: method.terminal, terminalRef: method.terminalRef }, provider };
  }
}

const standing = (row: AttemptRow) => ({ state: row.state, forced: row.forced === 1 });

export type PaymentOrchestrator = ReturnType<typeof createPaymentOrchestrator>;
