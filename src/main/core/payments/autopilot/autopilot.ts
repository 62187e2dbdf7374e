import { randomUUID } from 'node:crypto';
import {
  chargeLaterGraceMs,
  type AutopilotPreviewItem,
  type AutopilotTaskView,
} from '../../../../shared/ipc/autopilot.ts';
import {
  autopilotRules,
  defaultAutopilotRules,
  type AutopilotRules,
} from '../../../../shared/payments/autopilot-rules.ts';
import type { CardPayment } from '../../../../shared/ipc/payments.ts';
import type { HoldView } from '../../../../shared/ipc/holds.ts';
import { KassaError } from '../../../../shared/errors.ts';
import { translatedError } from '../../../../shared/i18n/errors.ts';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import type { Logger } from '../../logger.ts';
import type { OrderService } from '../../orders/order-service.ts';
import type { SettingsRepo } from '../../settings/store-settings.ts';
import { failpoint } from '../../system/failpoints.ts';
import type { CardStore } from '../cards/card-store.ts';
import type { HoldStore } from '../holds/hold-store.ts';
import {
  afterRun,
  isDue,
  maxAttemptsFor,
  preview,
  rulesSwitchedOff,
  taskForHold,
  taskForValidation,
  type RunResult,
  type WantedTask,
} from './schedule.ts';
import type { TaskRow, TaskStore } from './task-store.ts';

export interface AutopilotDeps {
  tx: UnitOfWork;
  store: TaskStore;
  settings: SettingsRepo;
  holdStore: Pick<HoldStore, 'get' | 'open'>;
  holds: {
    view(row: NonNullable<ReturnType<HoldStore['get']>>): HoldView;
    capture(id: string, amount?: number, options?: { idempotencyKey?: string }): Promise<HoldView>;
    release(id: string, options?: { idempotencyKey?: string }): Promise<HoldView>;
  };
  cardStore: Pick<CardStore, 'openSetups' | 'card'>;
  /** Takes a card setup on from its last written step (its validating hold is released there). */
  advanceSetup(setupId: string): Promise<{ state: string }>;
  charge(input: {
    orderId: string;
    paymentMethod: string;
    amount: number;
    paymentLineId: string;
  }): CardPayment;
  payment(attemptId: string): CardPayment;
  orders: Pick<OrderService, 'get'>;
  audit: {
    record(entry: {
      action: string;
      subject?: string;
      actor?: string;
      details?: Record<string, unknown>;
    }): void;
  };
  log: Logger;
  now: () => number;
  /** The first pause before another attempt (schedule.ts's default unless a test sets it). */
  backoffBaseMs?: number;
  /** After a task changed (after its commit). */
  onChanged?: (task: AutopilotTaskView) => void;
}

const settingsKey = 'autopilot';
/** Tasks taken per pass; more wait for the next pass, a moment later. */
const passSize = 25;
/** Tasks run side by side (their provider calls overlap); never two of one hold or one order. */
const groupSize = 4;
/** The longest pause between two passes: a task added by any means runs within it. */
const maxPauseMs = 1000;

interface StripeErrorLike {
  type?: string;
  rawType?: string;
  code?: string;
  decline_code?: string;
  statusCode?: number;
}

/** Whether a failed provider call may go through on another try, and its code. */
function classify(error: unknown): RunResult {
  if (error instanceof KassaError) {
    if (error.code === 'provider_unreachable' || error.code === 'terminal_recovering')
      return { kind: 'transient', error: error.code };
    return { kind: 'permanent', outcome: error.code };
  }
  const e = error as StripeErrorLike;
  if (e?.type === 'StripeCardError')
    return { kind: 'permanent', outcome: e.decline_code ?? e.code ?? 'declined' };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500 && e.statusCode !== 429)
    return { kind: 'permanent', outcome: e.code ?? `http_${e.statusCode}` };
  return { kind: 'transient', error: e?.code ?? e?.rawType ?? e?.type ?? String(error).slice(0, 200) };
}

/**
 * The payment autopilot (STO-9): durable tasks in SQLite, run by themselves at their due time, exactly once across
 * restarts.
 * - A pass reads the due tasks with one index seek and runs each: the task is claimed first (status `running`,
 *   one more attempt, the attempt's idempotency key) in a synced commit, and only then is the provider asked,
 *   with that key. A task found `running` at start was cut short by a crash: it runs again with the same key, and
 *   the step it drives (a hold's capture, a journal attempt) continues from its own last written step.
 * - Its end (done, failed, or another attempt after a pause from schedule.ts) and the outcome posted to the
 *   order's audit commit in one transaction.
 * - Tasks due while Kassa was closed run in the first pass after the providers connect; new card payments wait
 *   for that pass (`caughtUp`).
 * - Rules (owner settings) make tasks for holds and card setups as they change; `dedupe` keeps one per subject.
 */
export function createAutopilot(deps: AutopilotDeps) {
  const { store, tx } = deps;
  let rulesCache: AutopilotRules | null = null;
  const rules = (): AutopilotRules =>
    (rulesCache ??= deps.settings.get(settingsKey, autopilotRules) ?? defaultAutopilotRules);

  // One pass (or the holds' recovery, which drives the same holds) at a time.
  let chain: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = chain.then(work, work);
    chain = run.catch(() => undefined);
    return run;
  }

  let timer: NodeJS.Timeout | null = null;
  let started = false;
  let stopped = false;
  let markCaughtUp: () => void = () => undefined;
  const caughtUp = new Promise<void>((resolve) => (markCaughtUp = resolve));

  function view(row: TaskRow): AutopilotTaskView {
    let orderNumber: number | null = null;
    let currency: string | null = null;
    if (row.order_id !== null) {
      try {
        const order = deps.orders.get(row.order_id);
        orderNumber = order.number;
        currency = order.currency;
      } catch {
        // an order that is gone shows without its number
      }
    }
    let amount = row.amount;
    if (amount === null && (row.kind === 'capture_hold' || row.kind === 'release_hold')) {
      const hold = deps.holdStore.get(row.subject);
      if (hold) {
        amount = hold.amount;
        currency ??= hold.currency;
      }
    }
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      subject: row.subject,
      orderId: row.order_id,
      orderNumber,
      currency,
      amount,
      rule: row.rule,
      dueAt: row.due_at,
      attempts: row.attempts,
      outcome: row.outcome,
      lastError: row.last_error,
      finishedAt: row.finished_at,
    };
  }
  const changed = (row: TaskRow): TaskRow => {
    deps.onChanged?.(view(row));
    return row;
  };

  /** Adds the task a rule wants, unless one for the same subject is alive. */
  function want(wanted: WantedTask, orderId: string | null, account: string): void {
    const row = tx.run(() =>
      store.insert({
        id: randomUUID(),
        kind: wanted.kind,
        subject: wanted.subject,
        order_id: orderId,
        account,
        amount: null,
        payment_method: null,
        rule: wanted.rule,
        dedupe: wanted.dedupe,
        due_at: wanted.due_at,
      }),
    );
    if (row) {
      changed(row);
      kick();
    }
  }

  /** The tasks the rules want now for the open holds and the card setups with a validating hold authorized. */
  function plan(): void {
    const current = rules();
    for (const row of deps.holdStore.open()) {
      const hold = deps.holds.view(row);
      const wanted = taskForHold(
        { id: row.id, state: row.state, expiresAt: hold.expiresAt, updatedAt: row.updated_at },
        current,
        deps.now(),
      );
      // A capture the autopilot itself is driving needs no retry task beside it.
      if (wanted?.kind === 'retry_capture' && store.byDedupe(`hold:${row.id}`)) continue;
      if (wanted) want(wanted, row.order_id, row.account);
    }
    for (const setup of deps.cardStore.openSetups()) {
      if (setup.state !== 'releasing' || setup.validation_intent === null) continue;
      const wanted = taskForValidation({ id: setup.id, authorizedAt: setup.updated_at }, current);
      if (wanted) want(wanted, null, setup.account);
    }
  }

  /** A task's claim: its next attempt and that attempt's key (a task cut short while running keeps its own). */
  function claimPatch(task: TaskRow): Parameters<TaskStore['update']>[1] | null {
    if (task.status === 'running' && task.idempotency_key !== null) return null; // cut short: same key
    const attempts = task.attempts + 1;
    const key =
      task.kind === 'charge_card' ? `kassa-autopilot-${task.id}` : `kassa-autopilot-${task.id}-${attempts}`;
    return { status: 'running', attempts, idempotency_key: key };
  }

  /**
   * Claims a group of tasks for their runs in one synced commit: each attempt and key is on disk before any
   * provider call of the group.
   */
  function claim(tasks: TaskRow[]): TaskRow[] {
    const claimed = tx.run(() =>
      tasks.map((task) => {
        const patch = claimPatch(task);
        return patch === null ? task : store.update(task.id, patch);
      }),
    );
    failpoint('autopilot.claimed:before_call');
    return claimed.map(changed);
  }

  /** What is left to do for a hold task, by the hold's state now. */
  async function runHold(task: TaskRow): Promise<RunResult> {
    const hold = deps.holdStore.get(task.subject);
    if (!hold) return { kind: 'permanent', outcome: 'hold_unknown' };
    const key = { idempotencyKey: task.idempotency_key as string };
    switch (hold.state) {
      case 'captured':
        return { kind: 'done', outcome: 'captured' };
      case 'released':
        return { kind: 'done', outcome: 'released' };
      case 'expired':
        return { kind: 'permanent', outcome: 'expired' };
      case 'failed':
        return { kind: 'permanent', outcome: hold.failure ?? 'hold_failed' };
      case 'opening':
      case 'waiting':
        return { kind: 'transient', error: 'hold_not_held' };
      case 'capturing':
        return outcomeOf(await deps.holds.capture(hold.id, undefined, key));
      case 'releasing':
        return outcomeOf(await deps.holds.release(hold.id, key));
      case 'held': {
        if (task.kind === 'release_hold') return outcomeOf(await deps.holds.release(hold.id, key));
        if (task.kind === 'retry_capture') return { kind: 'done', outcome: 'nothing_to_retry' };
        const order = deps.orders.get(hold.order_id);
        const take = order.status === 'open' ? Math.min(hold.amount, order.remaining) : 0;
        // The order owes nothing (paid another way, or voided): the hold is released, not captured.
        if (take <= 0) return outcomeOf(await deps.holds.release(hold.id, key));
        return outcomeOf(await deps.holds.capture(hold.id, take, key));
      }
    }
  }
  function outcomeOf(hold: HoldView): RunResult {
    if (hold.state === 'captured') return { kind: 'done', outcome: 'captured' };
    if (hold.state === 'released') return { kind: 'done', outcome: 'released' };
    if (hold.state === 'expired') return { kind: 'permanent', outcome: 'expired' };
    if (hold.state === 'failed') return { kind: 'permanent', outcome: hold.failure ?? 'hold_failed' };
    return { kind: 'transient', error: `hold_${hold.state}` };
  }

  function chargeOutcome(payment: CardPayment): RunResult {
    switch (payment.state) {
      case 'succeeded':
        return { kind: 'done', outcome: 'charged' };
      case 'waiting_for_card':
        // The bank wants the customer: the charge is a link they complete (issue 13.4); the task's work is done.
        return { kind: 'done', outcome: 'authentication_required' };
      case 'declined':
      case 'failed':
      case 'canceled':
        return { kind: 'permanent', outcome: payment.failure?.code ?? payment.state };
      case 'needs_check':
        return { kind: 'done', outcome: 'needs_check' };
      default:
        return { kind: 'waiting' };
    }
  }

  async function runOnce(task: TaskRow): Promise<RunResult> {
    try {
      switch (task.kind) {
        case 'capture_hold':
        case 'release_hold':
        case 'retry_capture':
          return await runHold(task);
        case 'charge_card': {
          // The payment line's id is the task's: a run repeated after a crash finds its attempt, never a second.
          const payment = deps.charge({
            orderId: task.order_id as string,
            paymentMethod: task.payment_method as string,
            amount: task.amount as number,
            paymentLineId: task.id,
          });
          return chargeOutcome(deps.payment(payment.attemptId));
        }
        case 'release_validation': {
          const setup = await deps.advanceSetup(task.subject);
          if (setup.state === 'releasing' || setup.state === 'validating')
            return { kind: 'transient', error: 'still_validating' };
          return { kind: 'done', outcome: `setup_${setup.state}` };
        }
      }
    } catch (error) {
      return classify(error);
    }
  }

  /** The end of a claimed task's run, with the outcome posted to its order; inside the group's transaction. */
  function finish(claimed: TaskRow, result: RunResult): TaskRow {
    const patch = afterRun(
      claimed,
      result,
      deps.now(),
      maxAttemptsFor(claimed.kind, rules()),
      deps.backoffBaseMs,
    );
    const updated = store.update(claimed.id, patch);
    failpoint('autopilot.finished:after_task');
    if (patch.status === 'done' || patch.status === 'failed')
      deps.audit.record({
        action: `autopilot.${claimed.kind}`,
        ...(claimed.order_id !== null ? { subject: claimed.order_id } : {}),
        details: {
          task: claimed.id,
          subject: claimed.subject,
          status: patch.status,
          outcome: patch.outcome ?? null,
          attempts: claimed.attempts,
        },
      });
    if (result.kind === 'transient')
      deps.log.warn('autopilot.attempt_failed', { task: claimed.id, error: result.error });
    return updated;
  }

  /**
   * Runs a group of independent tasks side by side: one commit claims them all (keys on disk before any call),
   * their provider calls go out together, and one commit records all their ends with their outcomes.
   */
  async function runGroup(tasks: TaskRow[]): Promise<void> {
    const claimed = claim(tasks);
    const results = await Promise.all(claimed.map((task) => runOnce(task)));
    const ended = tx.run(() => claimed.map((task, i) => finish(task, results[i] as RunResult)));
    ended.forEach(changed);
  }

  /**
   * The due tasks cut into groups of at most `groupSize` that never hold two tasks of one hold or one order
   * (their runs would drive the same hold or the same order's payments at once); order kept, most overdue first.
   */
  function groups(due: TaskRow[]): TaskRow[][] {
    const out: TaskRow[][] = [];
    let group: TaskRow[] = [];
    let busy = new Set<string>();
    for (const task of due) {
      const keys = [task.subject, ...(task.order_id !== null ? [task.order_id] : [])];
      if (group.length >= groupSize || keys.some((k) => busy.has(k))) {
        out.push(group);
        group = [];
        busy = new Set();
      }
      group.push(task);
      for (const k of keys) busy.add(k);
    }
    if (group.length > 0) out.push(group);
    return out;
  }

  /** One scheduler pass: the due tasks, most overdue first, a group at a time. Answers how many ran. */
  async function pass(): Promise<number> {
    const now = deps.now();
    const due = store.due(now, passSize).filter((t) => isDue(t, now));
    for (const group of groups(due)) {
      if (stopped) break;
      try {
        await runGroup(group);
      } catch (error) {
        deps.log.error('autopilot.run_failed', { tasks: group.map((t) => t.id), error: String(error) });
      }
    }
    return due.length;
  }

  function arm(ms: number): void {
    if (stopped || !started) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void tick(), Math.max(0, ms));
    timer.unref();
  }
  function kick(): void {
    if (started) arm(0);
  }
  async function tick(): Promise<void> {
    timer = null;
    let ran = 0;
    try {
      ran = await exclusive(pass);
    } catch (error) {
      deps.log.error('autopilot.pass_failed', { error: String(error) });
    }
    if (stopped) return;
    if (ran >= passSize) return arm(0);
    const next = store.nextDue();
    arm(next === null ? maxPauseMs : Math.min(maxPauseMs, next - deps.now()));
  }

  return {
    /** Shares the pass's turn: the holds' recovery drives the same holds, so it never runs beside a pass. */
    exclusive,
    /**
     * Starts the scheduler once the providers are connected: the rules are applied, the tasks due while Kassa was
     * closed run, and then `caughtUp` resolves (new card payments wait for it).
     */
    async start(): Promise<void> {
      if (started || stopped) return;
      started = true;
      try {
        plan();
        await exclusive(async () => {
          // Every task due now gets its run before new payments, even more than one pass's worth.
          while (!stopped && (await pass()) >= passSize);
        });
      } catch (error) {
        deps.log.error('autopilot.start_failed', { error: String(error) });
      } finally {
        markCaughtUp();
      }
      void tick();
    },
    /** Resolves once the tasks due at start have run (or the autopilot is stopped). */
    caughtUp: (): Promise<void> => caughtUp,
    /** One pass now (the benchmark and tests). */
    pass: (): Promise<number> => exclusive(pass),
    /** The rules again, after holds or setups changed (the minute sweep, a hold's change). */
    plan,
    /** A hold changed: the rules may want a task for it. */
    holdChanged(hold: HoldView): void {
      const row = deps.holdStore.get(hold.id);
      if (!row) return;
      if (hold.state === 'held') {
        const wanted = taskForHold(
          { id: row.id, state: row.state, expiresAt: hold.expiresAt, updatedAt: row.updated_at },
          rules(),
          deps.now(),
        );
        if (wanted) want(wanted, row.order_id, row.account);
        return;
      }
      // Captured, released or ended by other means before its task began: the task has nothing left to do.
      // Read first: a hold with no task waiting (most captures by hand) costs its capture no synced commit.
      const task = store.byDedupe(`hold:${hold.id}`);
      if (task?.status !== 'pending' || task.attempts !== 0) return;
      if (['captured', 'released', 'expired', 'failed'].includes(hold.state)) {
        const ended = tx.run(() => store.cancelNotStarted(`hold:${hold.id}`, `hold_${hold.state}`));
        if (ended) changed(ended);
      }
    },
    rules,
    /** Saves the owner's rules with their audit entry; tasks of rules switched off that have not begun end. */
    saveRules(next: AutopilotRules, actor: string): AutopilotRules {
      const before = rules();
      tx.run(() => {
        deps.settings.set(settingsKey, next);
        for (const rule of rulesSwitchedOff(before, next)) store.cancelRule(rule);
        deps.audit.record({ action: 'settings.autopilot_saved', actor, details: { before, after: next } });
      });
      rulesCache = next;
      plan();
      return next;
    },
    /** Charges a customer's saved card for an order at `dueAt`, by itself. */
    scheduleCharge(input: {
      orderId: string;
      paymentMethod: string;
      amount: number;
      dueAt: number;
    }): AutopilotTaskView {
      const order = deps.orders.get(input.orderId);
      const card = deps.cardStore.card(input.paymentMethod);
      if (!card || card.state !== 'saved')
        throw translatedError('not_found', 'err.offsession.noCard', undefined, 'paymentMethod');
      if (order.customer?.id !== card.customer_id)
        throw translatedError('conflict', 'err.offsession.otherCustomer', undefined, 'paymentMethod');
      if (order.status !== 'open')
        throw translatedError('order_locked', 'err.order.noMorePayments', { status: order.status });
      if (input.amount > order.remaining)
        throw translatedError('amount_invalid', 'err.autopilot.chargeMoreThanDue', undefined, 'amount');
      if (input.dueAt < deps.now() - chargeLaterGraceMs)
        throw translatedError('invalid_request', 'err.autopilot.dueInPast', undefined, 'dueAt');
      const row = tx.run(() => {
        const inserted = store.insert({
          id: randomUUID(),
          kind: 'charge_card',
          subject: input.orderId,
          order_id: input.orderId,
          account: card.account,
          amount: input.amount,
          payment_method: input.paymentMethod,
          rule: null,
          dedupe: null,
          due_at: input.dueAt,
        }) as TaskRow;
        deps.audit.record({
          action: 'autopilot.charge_scheduled',
          subject: input.orderId,
          details: { task: inserted.id, amount: input.amount, dueAt: input.dueAt },
        });
        return inserted;
      });
      changed(row);
      kick();
      return view(row);
    },
    tasks: (status?: TaskRow['status']): AutopilotTaskView[] => store.list(status).map(view),
    forOrder: (orderId: string): AutopilotTaskView[] => store.forOrder(orderId).map(view),
    /** The dry run of the next `horizonMs` (24 hours): nothing is sent. */
    preview(horizonMs = 24 * 60 * 60_000): AutopilotPreviewItem[] {
      const now = deps.now();
      return preview(store.upcoming(now + horizonMs), now, horizonMs).map((item) => ({
        ...item,
        task: view(item.task),
      }));
    },
    /** For tests: a task's row. */
    row: (id: string): TaskRow | undefined => store.get(id),
    stop(): void {
      stopped = true;
      if (timer) clearTimeout(timer);
      markCaughtUp();
    },
  };
}

export type Autopilot = ReturnType<typeof createAutopilot>;
