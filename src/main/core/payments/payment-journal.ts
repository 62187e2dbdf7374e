import { withRelaxedSync, type Db } from '../db/connection.ts';
import type { AttemptState } from '../../../shared/ipc/payments.ts';
import type { RequestJournal } from './terminal-provider.ts';
import { ProviderError } from './terminal-provider.ts';
import { failpoint } from '../system/failpoints.ts';

export interface AttemptRow {
  id: string;
  order_id: string;
  payment_line_id: string;
  method_id: string;
  provider: 'stripe' | 'mercadopago';
  terminal_ref: string;
  amount: number;
  currency: string;
  state: AttemptState;
  try_number: number;
  provider_ref: string | null;
  connection_problem: number;
  cancel_requested: number;
  forced: number;
  failure_code: string | null;
  failure_message: string | null;
  card_brand: string | null;
  card_last4: string | null;
  order_amount: number | null;
  order_currency: string | null;
  exchange_rate: string | null;
  created_at: number;
  updated_at: number;
}

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

const unresolved = `(state IN ('created', 'sending', 'waiting_for_card', 'processing', 'authorized')
  OR (forced = 1 AND state = 'needs_check'))`;

/**
 * The payment journal. Attempts are written before any provider call; each provider request is written
 * with its idempotency key before it is sent and updated when its answer arrives. The connection runs with
 * synchronous=FULL, so a row that was written survives a power cut.
 */
export function createPaymentJournal(db: Db, now: () => number) {
  const insert = db.prepare(
    `INSERT INTO payment_attempts (id, order_id, payment_line_id, method_id, provider, terminal_ref, amount, currency,
       order_amount, order_currency, exchange_rate, state, created_at, updated_at)
     VALUES (@id, @order_id, @payment_line_id, @method_id, @provider, @terminal_ref, @amount, @currency,
       @order_amount, @order_currency, @exchange_rate, 'created', @at, @at)`,
  );
  const byId = db.prepare<[string], AttemptRow>('SELECT * FROM payment_attempts WHERE id = ?');
  const byLine = db.prepare<[string], AttemptRow>('SELECT * FROM payment_attempts WHERE payment_line_id = ?');
  const byOrder = db.prepare<[string], AttemptRow>(
    'SELECT * FROM payment_attempts WHERE order_id = ? ORDER BY created_at',
  );
  const open = db.prepare<[], AttemptRow>(
    `SELECT * FROM payment_attempts WHERE ${unresolved} ORDER BY created_at`,
  );
  const openOnTerminal = db.prepare<[string], AttemptRow>(
    `SELECT * FROM payment_attempts WHERE terminal_ref = ? AND ${unresolved} ORDER BY created_at`,
  );
  const known = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM payment_attempts WHERE provider_ref = ? OR id = ?',
  );
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
    forOrder: (orderId: string): AttemptRow[] => byOrder.all(orderId),
    unresolved: (): AttemptRow[] => open.all(),
    unresolvedOn: (terminalRef: string): AttemptRow[] => openOnTerminal.all(terminalRef),
    isKnown: (providerRefOrAttemptId: string): boolean =>
      known.get(providerRefOrAttemptId, providerRefOrAttemptId) !== undefined,
    /** Records what the provider answered: relaxed durability, since the answer can be fetched again. */
    recordAnswer: <T>(write: () => T): T => withRelaxedSync(db, write),
    update(id: string, patch: AttemptPatch): AttemptRow {
      const keys = Object.keys(patch) as (keyof AttemptPatch)[];
      const sets = keys.map((k) => `${k} = @${k}`).concat('updated_at = @updated_at');
      db.prepare(`UPDATE payment_attempts SET ${sets.join(', ')} WHERE id = @id`).run({
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
        async send(step, call) {
          const key = keyOf(step);
          beginRequest.run(
            'attemptId' in owner ? owner.attemptId : null,
            'refundId' in owner ? owner.refundId : null,
            step,
            key,
            now(),
          );
          failpoint(`journal.before_send:${step}`);
          try {
            const result = await call(key);
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
