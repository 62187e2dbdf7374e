/**
 * The one interface every card provider implements (Stripe Terminal, Mercado Pago Point). The orchestrator
 * owns the state machine and the journal; a provider only talks to its API. Every request that changes
 * something at the provider goes through `RequestJournal.send`, which writes it with its idempotency key
 * before it leaves, so a restart re-sends the same key instead of charging twice.
 */
import type { ErrorWords } from '../../../shared/errors.ts';

export interface AttemptInfo {
  id: string;
  orderId: string;
  terminalRef: string;
  amount: number;
  currency: string;
  tryNumber: number;
  providerRef: string | null;
  tillId: string;
  description: string;
}

/** What the provider says about an attempt, in the orchestrator's words. */
export type Observation =
  | { phase: 'not_found' }
  | { phase: 'waiting_for_card'; providerRef: string }
  | { phase: 'processing'; providerRef: string }
  | { phase: 'authorized'; providerRef: string; card: CardInfo | null }
  | { phase: 'succeeded'; providerRef: string; card: CardInfo | null }
  | { phase: 'declined'; providerRef: string; failure: Failure }
  | { phase: 'canceled'; providerRef: string; failure?: Failure }
  | { phase: 'failed'; providerRef: string | null; failure: Failure }
  | { phase: 'needs_check'; providerRef: string; failure: Failure };

export interface CardInfo {
  brand: string;
  last4: string;
}

export interface Failure {
  code: string;
  message: string;
}

/**
 * A provider error with a message a cashier can act on. `retryable` errors (timeouts, dropped connections,
 * 5xx, 429) leave the outcome unknown: the orchestrator re-sends the same idempotency key or looks again.
 * `maybeApplied` says whether the request may have taken effect at the provider.
 */
export class ProviderError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  readonly maybeApplied: boolean;
  readonly status: number | null;
  /** The message as a catalog key and values, when the provider client words it (see i18n/errors.ts). */
  readonly words: ErrorWords | undefined;

  constructor(
    code: string,
    message: string,
    options: { retryable: boolean; maybeApplied: boolean; status?: number | null; words?: ErrorWords },
  ) {
    super(message);
    this.name = 'ProviderError';
    this.code = code;
    this.retryable = options.retryable;
    this.maybeApplied = options.maybeApplied;
    this.status = options.status ?? null;
    this.words = options.words;
  }
}

export interface RequestJournal {
  /**
   * Journals the request under `step` (one key per attempt and step), sends it with that key, records the
   * outcome. The request leaves once the payment's write-ahead is on disk; an `inert` request (one that cannot
   * take money by itself, such as a manual-capture PaymentIntent no reader works on yet) may leave while that
   * sync is still under way, and its answer is handed on only after it.
   */
  send<T>(
    step: string,
    call: (idempotencyKey: string) => Promise<T>,
    options?: { inert?: boolean },
  ): Promise<T>;
  /** Records the provider's id for the payment as soon as it exists, before the next request goes out. */
  remember(providerRef: string): void;
  /**
   * Gives `step` a new idempotency key for its next send. Only after the provider was checked and showed
   * that the request did not take effect: Stripe replays a 500 for the same key forever.
   */
  renew(step: string): void;
}

export interface ProviderRecord {
  providerRef: string;
  /** Our attempt id from the provider's metadata, if it has one. */
  attemptId: string | null;
  tillId: string | null;
  amount: number;
  currency: string;
  phase: Observation['phase'];
  created: number;
}

export interface RefundResult {
  providerRef: string;
  state: 'pending' | 'succeeded' | 'failed';
  failureMessage?: string;
  /** Why it failed, as the provider's code (Stripe's refund `failure_reason`). */
  failureCode?: string;
}

export interface TerminalProvider {
  readonly kind: 'stripe' | 'mercadopago';
  /** Throws KassaError('amount_invalid') before anything is sent when the provider would refuse the amount. */
  checkAmount(amount: number, currency: string): void;
  /** Puts the payment on the terminal (first try or a retry after a decline). */
  start(attempt: AttemptInfo, journal: RequestJournal): Promise<Observation>;
  /** Reads the current state without changing anything (safe to repeat). */
  observe(attempt: AttemptInfo): Promise<Observation>;
  /** Takes the money of an authorized attempt (a no-op for providers that capture by themselves). */
  capture(attempt: AttemptInfo, journal: RequestJournal): Promise<Observation>;
  /** Stops the payment on the terminal and at the provider, if it can still be stopped. */
  cancel(attempt: AttemptInfo, journal: RequestJournal): Promise<Observation>;
  refund(
    attempt: AttemptInfo,
    refund: { id: string; amount: number; reason: string },
    journal: RequestJournal,
  ): Promise<RefundResult>;
  /** Provider-side records of this till since `sinceMs`, for reconciliation (REL-2). */
  listRecent(sinceMs: number): Promise<ProviderRecord[]>;
  /** Demo and test mode: present a test card on a simulated terminal. */
  simulateCard?(attempt: AttemptInfo, card: 'approve' | 'decline' | 'insufficient_funds'): Promise<void>;
  /** How often to look while a payment is open, in ms (Stripe: fast; Mercado Pago: every 2–3 s). */
  readonly pollIntervalMs: number;
  /**
   * Look again at once after a change, then a quarter, a half and a whole interval later (Stripe: polling is
   * the only channel). Without it, looks are one interval apart (Mercado Pago, whose notifications are hints).
   */
  readonly promptFirstLook?: boolean;
  /**
   * A payment left waiting this long (ms) with nothing new is handed over to the minute sweep: the fast polling
   * stops, and `recover()` looks once a minute until it ends (an off-session charge waiting for the customer to
   * authenticate on their phone may wait for hours). Without it, the poll goes on while the payment is open.
   */
  readonly handOverAfterMs?: number;
}

/** Why a demo payment left on the simulated terminal ends failed: the simulator starts empty with each run. */
export const demoRestarted = {
  code: 'demo_restarted',
  message: 'The demo terminal restarted with Kassa; this demo payment did not go through.',
};

export const providerName = (kind: 'stripe' | 'mercadopago') =>
  kind === 'stripe' ? 'Stripe' : 'Mercado Pago';
