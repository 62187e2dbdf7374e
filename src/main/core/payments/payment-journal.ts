import type { Statement } from 'better-sqlite3';
import { syncWal, withRelaxedSync, type Db } from '../db/connection.ts';
import type { AttemptState } from '../../../shared/ipc/payments.ts';
import type { PaymentLine } from '../../../shared/ipc/orders.ts';
import { endStates, onTerminalStates } from '../../../shared/payments/attempt-states.ts';
import type { AttemptRecord } from '../../../shared/payments/attempt-view.ts';
import type { RequestJournal } from './terminal-provider.ts';
import { ProviderError } from './terminal-provider.ts';
import { failpoint } from '../system/failpoints.ts';

/** One row of payment_attempts; the shape is shared so the till's view of an attempt is the same code. */
export type AttemptRow = AttemptRecord;

export type AttemptPatch = Partial<
  Pick<
    AttemptRow,
    | 'state'
    | 'try_number'
    | 'provider_ref'
    | 'connection_problem'
    | 'cancel_requested'
    | 'forced'
    | 'failure_code'
    | 'failure_message'
    | 'card_brand'
    | 'card_last4'
  >
>;

/** The SQL of attempt-states.ts: the terminal is busy with it (isOnTerminal), and Kassa still follows it (isOpenAttempt). */
const onTerminal = `state IN (${onTerminalStates.map((s) => `'${s}'`).join(', ')})`;
/**
 * Implied by both conditions above, and written as the partial index `payment_attempts_unresolved` (migration
 * 2) has it, so SQLite sees that the index holds every row asked for: the queries read that index (the attempts
 * still open, a handful) instead of every attempt the shop ever made.
 */
const notEnded = `state NOT IN ('succeeded', 'declined', 'canceled', 'failed')`;
const unresolved = `(${notEnded} AND (${onTerminal} OR (forced = 1 AND state = 'needs_check')))`;
/**
 * Not settled either way: on a terminal, or waiting for a check (forced or not). Written as the condition of the
 * partial index payment_attempts_unresolved, so a query with it reads that index instead of the whole journal.
 */
const unsettled = `state NOT IN (${endStates
  .filter((s) => s !== 'needs_check')
  .map((s) => `'${s}'`)
  .join(', ')})`;

/** A card payment on a till whose money is not settled: what a shift's report lists and its close waits for. */
export interface UnsettledAttempt {
  id: string;
  order_id: string;
  method_name: string;
  amount: number;
  state: string;
  forced: number;
}

/** An attempt and its payment line that disagree, as recovery finds them (see repairs.ts). */
export interface Disagreement {
  problem:
    | 'succeeded_line_not_paid'
    | 'ended_line_waiting'
    | 'paid_line_attempt_open'
    | 'paid_line_ended'
    | 'paid_line_without_attempt';
  attempt_id: string | null;
  attempt_state: AttemptState | null;
  order_id: string;
  order_currency: string;
  line_id: string;
  line_status: PaymentLine['status'];
  line_amount: number;
  card_brand: string | null;
  card_last4: string | null;
}

/**
 * The payment journal. Attempts are written before any provider call; each provider request is written
 * with its idempotency key before it is sent and updated when its answer arrives.
 *
 * Durability (REL-1), against a process crash and against a power cut:
 * - Every write here survives the process being killed: WAL commits are in the WAL file when they return.
 * - What must also survive a power cut before a request leaves is the write-ahead: the attempt and its payment
 *   line (our reference, in the provider's metadata, and the root of every idempotency key), a cashier's
 *   decision (cancel, retry, force done) and a step's renewed key. No request is sent before these are synced
 *   to disk (`writeAhead` + `send`, or a FULL commit).
 * - The rest is rebuilt from the provider after a power cut, so it commits at synchronous=NORMAL: a request's
 *   row (its key is derived from the attempt id, the step and the renewals, all durable, so a restart re-sends
 *   the very same key), the provider's answers and references, and the transitions they drive (recovery asks
 *   the provider again and reaches the same state). This keeps fsyncs off the card payment's path.
 */
export function createPaymentJournal(db: Db, now: () => number) {
  // The sync of the last write-ahead, started in the background; a request waits for it before it leaves.
  let durable: Promise<boolean> = Promise.resolve(true);
  const untilDurable = async (): Promise<void> => {
    if (!(await durable)) await syncWal(db); // the background sync failed: sync now, or fail the send
  };
  const insert = db.prepare(
    `INSERT INTO payment_attempts (id, order_id, payment_line_id, method_id, provider, terminal_ref, amount, currency,
       order_amount, order_currency, exchange_rate, state, created_at, updated_at)
     VALUES (@id, @order_id, @payment_line_id, @method_id, @provider, @terminal_ref, @amount, @currency,
       @order_amount, @order_currency, @exchange_rate, 'created', @at, @at)`,
  );
  const byId = db.prepare<[string], AttemptRow>('SELECT * FROM payment_attempts WHERE id = ?');
  const byRef = db.prepare<[string], AttemptRow>(
    'SELECT * FROM payment_attempts WHERE provider_ref = ? COLLATE NOCASE',
  );
  const byLine = db.prepare<[string], AttemptRow>('SELECT * FROM payment_attempts WHERE payment_line_id = ?');
  const byOrder = db.prepare<[string], AttemptRow>(
    'SELECT * FROM payment_attempts WHERE order_id = ? ORDER BY created_at',
  );
  const open = db.prepare<[], AttemptRow>(
    `SELECT * FROM payment_attempts INDEXED BY payment_attempts_unresolved WHERE ${unresolved} ORDER BY created_at`,
  );
  const unresolvedCount = db
    .prepare<[], number>(`SELECT count(*) FROM payment_attempts WHERE ${unresolved}`)
    .pluck();
  const unsettledOnTill = db.prepare<[string], UnsettledAttempt>(
    `SELECT a.id, a.order_id, m.name AS method_name, a.amount, a.state, a.forced
     FROM payment_attempts a INDEXED BY payment_attempts_unresolved
       JOIN orders o ON o.id = a.order_id JOIN payment_methods m ON m.id = a.method_id
     WHERE o.till_id = ? AND a.${unsettled}
     ORDER BY a.created_at`,
  );
  const openOnTerminal = db.prepare<[string], AttemptRow>(
    `SELECT * FROM payment_attempts INDEXED BY payment_attempts_unresolved
     WHERE terminal_ref = ? AND ${unresolved} ORDER BY created_at`,
  );
  const known = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM payment_attempts WHERE provider_ref = ? OR id = ?',
  );
  // Read-only joins with the lines, orders and refunds: the journal answers how attempts and lines agree.
  const disagreementColumns = `CASE
         WHEN a.id IS NULL THEN 'paid_line_without_attempt'
         WHEN a.state = 'succeeded' THEN 'succeeded_line_not_paid'
         WHEN l.status = 'pending' THEN 'ended_line_waiting'
         WHEN a.${onTerminal} THEN 'paid_line_attempt_open'
         ELSE 'paid_line_ended' END AS problem,
       a.id AS attempt_id, a.state AS attempt_state, l.order_id, o.currency AS order_currency, l.id AS line_id,
       l.status AS line_status, l.amount AS line_amount, a.card_brand, a.card_last4`;
  const disagreeing = `((a.id IS NULL AND l.status = 'paid' AND l.reconcile = 0
             AND l.method_id IN (SELECT id FROM payment_methods WHERE terminal != 'none'))
        OR (a.state = 'succeeded' AND l.status IN ('pending', 'failed') AND l.reconcile = 0)
        OR (a.state IN ('declined', 'canceled', 'failed') AND a.forced = 0 AND l.status = 'pending')
        OR (l.status = 'paid' AND l.reconcile = 0 AND a.state != 'succeeded'
             AND NOT (a.forced = 1 AND a.state = 'needs_check')
             AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.payment_line_id = l.id
                               AND r.kind = 'release' AND r.state = 'succeeded')))`;
  // The full pass at start, in two parts that each read indexes, never every line the shop took (migration 23).
  // First the lines that can disagree with an attempt, found by comparing two small indexes: a line still
  // waiting; a refused line without an attempt that did not succeed (so its attempt succeeded); an attempt that
  // did not succeed whose line is neither waiting nor refused (so it is paid). A declined card (a failed line
  // and its declined attempt) is not a suspect. Lines and orders are read only for the suspects. (The partial
  // indexes' own conditions are repeated in the queries: SQLite uses such an index only when it sees them.)
  const unsettledLines = `SELECT id FROM payment_lines INDEXED BY payment_lines_unsettled
       WHERE status IN ('pending', 'failed')`;
  const attemptsNotSucceeded = `SELECT payment_line_id FROM payment_attempts INDEXED BY payment_attempts_not_succeeded
       WHERE state != 'succeeded'`;
  // Every disagreement query has the same shape: the lines worth a look (`lines`, a query of line ids, read
  // once), then each with its order and attempt, kept where they disagree, oldest first.
  const disagreementsAmong = (lines: string) =>
    `WITH suspect (line_id) AS MATERIALIZED (${lines})
     SELECT ${disagreementColumns}
     FROM suspect t
     CROSS JOIN payment_lines l ON l.id = t.line_id
     CROSS JOIN orders o ON o.id = l.order_id
     LEFT JOIN payment_attempts a ON a.payment_line_id = l.id
     WHERE ${disagreeing}
     ORDER BY l.created_at`;
  const disagreements = db.prepare<[], Disagreement>(
    disagreementsAmong(`
       SELECT id FROM payment_lines INDEXED BY payment_lines_unsettled
             WHERE status IN ('pending', 'failed') AND status = 'pending'
       UNION SELECT id FROM payment_lines INDEXED BY payment_lines_unsettled
             WHERE status IN ('pending', 'failed') AND status = 'failed' AND id NOT IN (${attemptsNotSucceeded})
       UNION SELECT payment_line_id FROM payment_attempts INDEXED BY payment_attempts_not_succeeded
             WHERE state != 'succeeded' AND payment_line_id NOT IN (${unsettledLines})`),
  );
  // Then a card line paid with no attempt at all, which only a look at every paid line can find: in slices of
  // line ids, read from a covering index (no table read; only a line without an attempt costs a lookup), so the
  // till answers between slices. `sliceEnd` is the last id of the next slice, null past the last.
  const sliceEnd = db
    .prepare<{ after: string; size: number }, string | null>(
      `SELECT max(id) FROM (SELECT id FROM payment_lines INDEXED BY payment_lines_paid_unflagged
         WHERE status = 'paid' AND reconcile = 0 AND id > @after ORDER BY id LIMIT @size)`,
    )
    .pluck();
  const paidWithoutAttempt = db.prepare<{ after: string; through: string }, Disagreement>(
    disagreementsAmong(`
       SELECT id FROM payment_lines INDEXED BY payment_lines_paid_unflagged
       WHERE status = 'paid' AND reconcile = 0 AND id > @after AND id <= @through
         AND method_id IN (SELECT id FROM payment_methods WHERE terminal != 'none')
         AND NOT EXISTS (SELECT 1 FROM payment_attempts a WHERE a.payment_line_id = payment_lines.id)`),
  );
  // The same question about the lines touched since a time only: lines whose attempt changed (every transition
  // writes updated_at) or that were created since. Both come from an index, so over an idle till it reads
  // nothing but two index ends (see migration 12 and the query-plan test).
  const recentDisagreements = db.prepare<{ since: number }, Disagreement>(
    disagreementsAmong(`
       SELECT payment_line_id FROM payment_attempts INDEXED BY payment_attempts_updated WHERE updated_at >= @since
       UNION SELECT id FROM payment_lines INDEXED BY payment_lines_created WHERE created_at >= @since`),
  );
  // Captured or authorized by a provider and not refunded; a line forced on a manager's word is not counted.
  const heldOnCards = db
    .prepare<[string], number>(
      `SELECT coalesce(sum(l.amount - (SELECT coalesce(sum(r.amount), 0) FROM refunds r
                                        WHERE r.payment_line_id = l.id AND r.state IN ('pending', 'succeeded'))), 0)
       FROM payment_lines l JOIN payment_attempts a ON a.payment_line_id = l.id
       WHERE l.order_id = ? AND l.status = 'paid' AND a.forced = 0 AND a.state IN ('succeeded', 'authorized')`,
    )
    .pluck();
  const onTerminalOfMethod = db
    .prepare<[string], number>(
      `SELECT count(*) FROM payment_attempts INDEXED BY payment_attempts_unresolved
       WHERE method_id = ? AND ${notEnded} AND ${onTerminal}`,
    )
    .pluck();
  const onTerminalOfProvider = db.prepare<[string], AttemptRow>(
    `SELECT * FROM payment_attempts INDEXED BY payment_attempts_unresolved
     WHERE provider = ? AND ${notEnded} AND ${onTerminal} ORDER BY created_at`,
  );
  const refsOnTerminals = db
    .prepare<[string, string, string, string], string>(
      `SELECT provider_ref FROM payment_attempts
       WHERE provider = ? AND provider_ref IS NOT NULL AND terminal_ref IN (?, ?, ?)
       ORDER BY updated_at DESC LIMIT 20`,
    )
    .pluck();
  const planOf = (sql: string, params: Record<string, unknown> = {}): string[] =>
    db
      .prepare<Record<string, unknown>[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...(Object.keys(params).length > 0 ? [params] : []))
      .map((row) => row.detail);
  // One statement per shape of patch, prepared on first use: the shapes are few and fixed by the callers.
  const updates = new Map<string, Statement>();
  const updateFor = (keys: readonly string[]): Statement => {
    const shape = keys.join(',');
    let statement = updates.get(shape);
    if (!statement) {
      const sets = keys.map((k) => `${k} = @${k}`).concat('updated_at = @updated_at');
      statement = db.prepare(`UPDATE payment_attempts SET ${sets.join(', ')} WHERE id = @id`);
      updates.set(shape, statement);
    }
    return statement;
  };
  const beginRequest = db.prepare<[string | null, string | null, string, string, number]>(
    `INSERT INTO provider_requests (attempt_id, refund_id, step, idempotency_key, outcome, sent_at)
     VALUES (?, ?, ?, ?, 'sent', ?) ON CONFLICT (idempotency_key) DO UPDATE SET outcome = 'sent', sent_at = excluded.sent_at`,
  );
  const rememberRef = db.prepare<[string, number, string]>(
    'UPDATE payment_attempts SET provider_ref = ?, updated_at = ? WHERE id = ?',
  );
  const generation = db
    .prepare<[string, string], number>(
      `SELECT count(*) FROM provider_requests WHERE coalesce(attempt_id, refund_id) = ? AND step = ? AND outcome = 'superseded'`,
    )
    .pluck();
  const supersede = db.prepare<[string]>(
    `UPDATE provider_requests SET outcome = 'superseded' WHERE idempotency_key = ? AND outcome != 'ok'`,
  );
  const finishRequest = db.prepare<[string, string | null, number, string]>(
    'UPDATE provider_requests SET outcome = ?, error_code = ?, answered_at = ? WHERE idempotency_key = ?',
  );

  return {
    insert: (
      row: Pick<
        AttemptRow,
        | 'id'
        | 'order_id'
        | 'payment_line_id'
        | 'method_id'
        | 'provider'
        | 'terminal_ref'
        | 'amount'
        | 'currency'
      > &
        Partial<Pick<AttemptRow, 'order_amount' | 'order_currency' | 'exchange_rate'>>,
    ) => insert.run({ order_amount: null, order_currency: null, exchange_rate: null, ...row, at: now() }),
    get: (id: string): AttemptRow | undefined => byId.get(id),
    forLine: (paymentLineId: string): AttemptRow | undefined => byLine.get(paymentLineId),
    byProviderRef: (providerRef: string): AttemptRow | undefined => byRef.get(providerRef),
    forOrder: (orderId: string): AttemptRow[] => byOrder.all(orderId),
    unresolved: (): AttemptRow[] => open.all(),
    unresolvedCount: (): number => unresolvedCount.get()!,
    /** The till's card payments still on a terminal or waiting for a check, oldest first. */
    unsettledOnTill: (tillId: string): UnsettledAttempt[] => unsettledOnTill.all(tillId),
    unresolvedOn: (terminalRef: string): AttemptRow[] => openOnTerminal.all(terminalRef),
    /**
     * Card money a provider took on this order and still holds for the customer: captured or authorized and not
     * refunded (or being refunded). A line recorded on a manager's word (force done) is not counted.
     */
    heldOnCards: (orderId: string): number => heldOnCards.get(orderId)!,
    /**
     * Attempts and payment lines that disagree, whatever produced them; recovery repairs them. All but one
     * case: a card line paid with no attempt, found by `paidWithoutAttempt` a slice at a time.
     */
    disagreements: (): Disagreement[] => disagreements.all(),
    /**
     * The next slice of paid lines after the line id `after` ('' for the first): the card lines among them paid
     * with no attempt, and where the slice ended (null once every paid line was looked at).
     */
    paidWithoutAttempt(after: string, size: number): { found: Disagreement[]; through: string } | null {
      const through = sliceEnd.get({ after, size }) ?? null;
      return through === null ? null : { found: paidWithoutAttempt.all({ after, through }), through };
    },
    /** The query plans of the start's pass, for the test that keeps it on its indexes. */
    planOfDisagreements: (): string[] => [
      ...planOf(disagreements.source),
      ...planOf(sliceEnd.source, { after: '', size: 1 }),
      ...planOf(paidWithoutAttempt.source, { after: '', through: '' }),
    ],
    /** The query plan of the open attempts, for the same test. */
    planOfUnresolved: (): string[] => planOf(open.source),
    /** The same, among lines whose attempt changed or that were created at or after `since` (ms). */
    disagreementsSince: (since: number): Disagreement[] => recentDisagreements.all({ since }),
    /** The query plan of disagreementsSince, for the test that keeps it on its indexes. */
    planOfDisagreementsSince: (): string[] => planOf(recentDisagreements.source, { since: 0 }),
    /** How many attempts of a payment method the terminal is still busy with. */
    onTerminalCount: (methodId: string): number => onTerminalOfMethod.get(methodId)!,
    /** Attempts of a provider that a terminal is still busy with. */
    onTerminalOf: (provider: AttemptRow['provider']): AttemptRow[] => onTerminalOfProvider.all(provider),
    /** The provider's references of the latest attempts on one terminal (by any of its names), newest first. */
    providerRefsOn: (provider: AttemptRow['provider'], terminalNames: [string, string, string]): string[] =>
      refsOnTerminals.all(provider, ...terminalNames),
    isKnown: (providerRefOrAttemptId: string): boolean =>
      known.get(providerRefOrAttemptId, providerRefOrAttemptId) !== undefined,
    /** Records what the provider answered: relaxed durability, since the answer can be fetched again. */
    recordAnswer: <T>(write: () => T): T => withRelaxedSync(db, write),
    /** A write that a restart after a power cut rebuilds by asking the provider (see above). */
    relaxed: <T>(write: () => T): T => withRelaxedSync(db, write),
    /**
     * The write-ahead of a new attempt: commits without holding the main thread for the disk, and syncs the WAL
     * in the background; the attempt's first request waits for that sync before it leaves (`send`). Inside an
     * outer transaction it simply joins it, and the outer commit is a FULL one.
     */
    writeAhead<T>(write: () => T): T {
      if (db.inTransaction) return write();
      const result = withRelaxedSync(db, write);
      durable = syncWal(db).then(
        () => true,
        () => false,
      );
      return result;
    },
    update(id: string, patch: AttemptPatch): AttemptRow {
      const keys = (Object.keys(patch) as (keyof AttemptPatch)[]).sort();
      updateFor(keys).run({
        ...patch,
        id,
        updated_at: now(),
      });
      return byId.get(id)!;
    },
    /** A journal for one attempt (or refund): keys are derived from its id and the step, so they never change. */
    requestsFor(owner: { attemptId: string } | { refundId: string }): RequestJournal {
      const ownerId = 'attemptId' in owner ? owner.attemptId : owner.refundId;
      // The first key of a step is kassa-<owner>-<step>; a renewed step gets -g2, -g3 …
      const keyOf = (step: string) => {
        const n = generation.get(ownerId, step)! + 1;
        return n === 1 ? `kassa-${ownerId}-${step}` : `kassa-${ownerId}-${step}-g${n}`;
      };
      return {
        renew(step) {
          supersede.run(keyOf(step));
        },
        remember(providerRef) {
          if ('attemptId' in owner)
            withRelaxedSync(db, () => rememberRef.run(providerRef, now(), owner.attemptId));
        },
        async send(step, call, options) {
          const key = keyOf(step);
          // Relaxed: the key is derived from durable rows only, so after a power cut the same key goes out again.
          withRelaxedSync(db, () =>
            beginRequest.run(
              'attemptId' in owner ? owner.attemptId : null,
              'refundId' in owner ? owner.refundId : null,
              step,
              key,
              now(),
            ),
          );
          // A power cut before the sync ends can leave at most an inert request at the provider, which
          // reconciliation then reports; any other request waits for the sync.
          const synced = untilDurable();
          if (!options?.inert) await synced;
          failpoint(`journal.before_send:${step}`);
          try {
            const result = await Promise.all([call(key), synced]).then(([answer]) => answer);
            failpoint(`journal.after_send:${step}`);
            withRelaxedSync(db, () => finishRequest.run('ok', null, now(), key));
            return result;
          } catch (error) {
            const providerError = error instanceof ProviderError ? error : null;
            finishRequest.run(
              providerError && !providerError.maybeApplied ? 'rejected' : 'unknown',
              providerError?.code ?? 'exception',
              now(),
              key,
            );
            throw error;
          }
        },
      };
    },
  };
}

export type PaymentJournal = ReturnType<typeof createPaymentJournal>;
