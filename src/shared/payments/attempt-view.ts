import type { AttemptState, CardPayment } from '../ipc/payments.ts';
import { isOnTerminal } from './attempt-states.ts';

/** A card payment attempt as the journal stores it (one row of payment_attempts). */
export interface AttemptRecord {
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

/** The facts the view needs that the attempt itself does not hold. */
export interface AttemptContext {
  methodName: string;
  simulated: boolean;
}

/** The states in which Kassa can still stop a payment: before the card is read, or after a decline. */
const cancelable: ReadonlySet<AttemptState> = new Set(['created', 'sending', 'waiting_for_card', 'declined']);

/**
 * What a cashier may do with an attempt now. The core refuses any other action with these same rules, and the
 * till shows only these buttons.
 */
export function cashierActions(
  a: Pick<AttemptRecord, 'state' | 'connection_problem' | 'cancel_requested' | 'forced'>,
): CardPayment['actions'] {
  const busy = isOnTerminal(a.state);
  const problem = a.connection_problem === 1;
  return {
    cancel: a.cancel_requested === 0 && cancelable.has(a.state),
    retry: a.state === 'declined' && a.cancel_requested === 0,
    // Ask the provider again: only worth it while the outcome is unknown and still followed.
    checkAgain: problem && (busy || a.forced === 1),
    // A manager may record it as paid only mid-payment, while the provider cannot be reached, and only once.
    forceDone: problem && busy && a.forced === 0,
  };
}

/** The attempt as every window sees it (the `payments.*` answers and `payments.updated`). */
export function cardPaymentView(row: AttemptRecord, context: AttemptContext): CardPayment {
  return {
    attemptId: row.id,
    orderId: row.order_id,
    paymentLineId: row.payment_line_id,
    methodId: row.method_id,
    methodName: context.methodName,
    provider: row.provider,
    terminal: row.terminal_ref,
    amount: row.amount,
    currency: row.currency,
    conversion:
      row.order_amount !== null && row.order_currency !== null && row.exchange_rate !== null
        ? { orderAmount: row.order_amount, orderCurrency: row.order_currency, rate: row.exchange_rate }
        : null,
    state: row.state,
    tryNumber: row.try_number,
    connectionProblem: row.connection_problem === 1,
    cancelRequested: row.cancel_requested === 1,
    forced: row.forced === 1,
    failure: row.failure_code ? { code: row.failure_code, message: row.failure_message ?? '' } : null,
    card: row.card_brand && row.card_last4 ? { brand: row.card_brand, last4: row.card_last4 } : null,
    actions: cashierActions(row),
    simulated: context.simulated,
    updatedAt: row.updated_at,
  };
}
