import type Stripe from 'stripe';
import {
  advanceCheckout,
  disputePayment,
  payCheckoutSession,
  saveCardOnCheckoutSession,
  settleSetupSessions,
  type CheckoutCardSetup,
  type CheckoutOutcome,
  type CheckoutPayment,
  type CheckoutSetupOutcome,
} from './checkout-sessions.ts';
import { authenticateSetupIntent } from './setup-intents.ts';
import { expireHolds } from './holds.ts';
import type { SimCore } from './core.ts';
import type { SimFault, SimFaultKind } from '../faults.ts';
import type { PresentType } from './payment-methods.ts';
import { completeAuthorization, customerCancel, presentPaymentMethod, type Presentment } from './readers.ts';
import type { ModeState, ReaderRecord } from './state.ts';

/** One PaymentIntent as the provider holds it, for comparing with Kassa's payment journal. */
export interface LedgerPaymentIntent {
  id: string;
  account: string;
  livemode: boolean;
  created: number;
  amount: number;
  currency: string;
  status: Stripe.PaymentIntent.Status;
  amount_received: number;
  amount_capturable: number;
  metadata: Record<string, string>;
  latest_charge: string | null;
  /** Stripe's `amount_refunded` on the latest charge: refunds plus any released (uncaptured) part of a hold. */
  amount_refunded: number;
  /** Only what was refunded to the customer with the Refunds API. */
  refunded_by_refunds: number;
}

export interface LedgerRefund {
  id: string;
  account: string;
  livemode: boolean;
  created: number;
  payment_intent: string | null;
  charge: string | null;
  amount: number;
  currency: string;
  status: string | null;
  reason: string | null;
  /** `released_authorization` is Stripe's own refund of the uncaptured part of a hold, not money sent back. */
  kind: 'refund' | 'released_authorization';
}

export interface StripeLedger {
  paymentIntents: LedgerPaymentIntent[];
  refunds: LedgerRefund[];
}

export interface PresentCardOptions {
  /** A test card number; 4242424242424242 approves, 4000000000000002 declines, 4000000000009995 lacks funds. */
  number?: string;
  type?: PresentType;
  /** A tip added on the reader, in minor units. */
  amountTip?: number;
}

/** Drives the simulator from tests and demo mode: what a customer, a network or a reader would do. */
export interface StripeSimulatorControl {
  /** A customer taps a card on the reader that is waiting for one. */
  presentCard(readerId: string, card?: PresentCardOptions): Stripe.Terminal.Reader;
  /** Finishes an authorization started with a non-zero authorization delay right now. */
  completeAuthorization(readerId: string): Stripe.Terminal.Reader;
  /** The customer presses cancel on the reader (the action must enable customer cancellation). */
  customerCancel(readerId: string): Stripe.Terminal.Reader;
  setReaderStatus(readerId: string, status: 'online' | 'offline'): Stripe.Terminal.Reader;
  /** A busy reader (updating, or a card still inserted) answers `terminal_reader_busy` to new actions. */
  setReaderBusy(readerId: string, busy: boolean): Stripe.Terminal.Reader;
  setLatency(ms: number): void;
  /** How long authorizing a presented card takes; 0 makes it immediate. */
  setAuthorizationDelay(ms: number): void;
  /** How long new PaymentIntents take to appear in search. */
  setSearchIndexDelay(ms: number): void;
  /** Requests per second per key; null restores Stripe's limits. */
  setRateLimit(perSecond: number | null): void;
  injectFault(fault: SimFault): void;
  clearFaults(): void;
  faults(): { fault: SimFault; remaining: number }[];
  /** Restarts the random source behind probabilistic faults. */
  seed(seed: number): void;
  /** Moves the simulator clock forward (idempotency keys expire after 24 hours). */
  advanceClock(ms: number): void;
  ledger(): StripeLedger;
  readers(): Stripe.Terminal.Reader[];
  /** Every Checkout Session of every account, as Stripe holds them (a test counts the open ones per order). */
  checkoutSessions(): Stripe.Checkout.Session[];
  /** A customer pays on a session's hosted page (SEPA Direct Debit settles after the settlement delay). */
  payCheckout(sessionId: string, payment: CheckoutPaymentInput): CheckoutOutcome;
  /** A customer saves a card on a setup-mode session's hosted page (as the page's form does). */
  saveCardOnCheckout(sessionId: string, card: CheckoutCardSetup): CheckoutSetupOutcome;
  /** The customer completes (or fails) their bank's 3D Secure challenge for a SetupIntent in `requires_action`. */
  authenticateSetupIntent(setupIntentId: string, passes: boolean): Stripe.SetupIntent;
  /** How long SEPA Direct Debit takes to settle or fail, on the simulator clock (default one minute). */
  setAsyncSettlementDelay(ms: number): void;
  /** The customer disputes a successful payment with their bank: `charge.dispute.created`. */
  dispute(paymentIntentId: string): Stripe.Dispute;
}

/** What a customer does on the hosted page, as tests and demo tools say it. */
export type CheckoutPaymentInput =
  | { method: 'card'; number: string }
  | { method: 'ideal' | 'bancontact' | 'eps' | 'p24'; succeed: boolean }
  | { method: 'sepa_debit'; iban: string };

/** Finds a Checkout Session in whichever account and mode holds it, with time applied first. */
export function findCheckoutSession(core: SimCore, id: string): ModeState | undefined {
  for (const state of core.allStates()) {
    if (state.checkoutSessions.has(id)) {
      advanceCheckout(state);
      return state;
    }
  }
  return undefined;
}

/** The hosted page's payment, with the simulator's settlement delay for SEPA Direct Debit. */
export function checkoutPayment(core: SimCore, input: CheckoutPaymentInput): CheckoutPayment {
  return input.method === 'sepa_debit' ? { ...input, settleAfterMs: core.settings.asyncSettlementMs } : input;
}

function readerOrFail(core: SimCore, readerId: string): { state: ModeState; record: ReaderRecord } {
  const found = core.findReader(readerId);
  if (found === undefined)
    throw new Error(
      `No simulated reader ${readerId}: create one with registration code simulated-wpe first.`,
    );
  return found;
}

function checkMs(ms: number, what: string): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`${what} is zero or more milliseconds.`);
}

export function createControl(core: SimCore): StripeSimulatorControl {
  return {
    presentCard(readerId, card = {}) {
      const { state, record } = readerOrFail(core, readerId);
      const presentment: Presentment = { type: card.type ?? 'card_present' };
      if (card.number !== undefined) presentment.number = card.number;
      if (card.amountTip !== undefined) presentment.amountTip = card.amountTip;
      return structuredClone(presentPaymentMethod({ state, origin: null }, record, presentment, core));
    },
    completeAuthorization(readerId) {
      const { record } = readerOrFail(core, readerId);
      completeAuthorization(record);
      return structuredClone(record.reader);
    },
    customerCancel(readerId) {
      const { state, record } = readerOrFail(core, readerId);
      return structuredClone(customerCancel({ state, origin: null }, record));
    },
    setReaderStatus(readerId, status) {
      const { state, record } = readerOrFail(core, readerId);
      if (status !== 'online' && status !== 'offline')
        throw new RangeError('A reader is either online or offline.');
      record.reader.status = status;
      if (status === 'online') record.reader.last_seen_at = state.clock.nowMs();
      return structuredClone(record.reader);
    },
    setReaderBusy(readerId, busy) {
      const { record } = readerOrFail(core, readerId);
      record.busy = busy;
      return structuredClone(record.reader);
    },
    setLatency(ms) {
      checkMs(ms, 'A latency');
      core.settings.latencyMs = ms;
    },
    setAuthorizationDelay(ms) {
      checkMs(ms, 'An authorization delay');
      core.settings.authorizationMs = ms;
    },
    setSearchIndexDelay(ms) {
      checkMs(ms, 'A search index delay');
      core.settings.searchIndexDelayMs = ms;
    },
    setRateLimit(perSecond) {
      if (perSecond !== null && !(perSecond >= 1))
        throw new RangeError('A rate limit allows at least one request per second.');
      core.settings.rateLimitPerSecond = perSecond;
    },
    injectFault(fault) {
      core.faults.add(fault);
    },
    clearFaults() {
      core.faults.clear();
    },
    faults() {
      return core.faults.list();
    },
    seed(seed) {
      core.faults.reseed(seed);
    },
    advanceClock(ms) {
      core.clock.advance(ms);
      // Holds whose authorization ran out on the way are released now, as Stripe would have.
      for (const state of core.allStates()) expireHolds(state);
    },
    ledger() {
      return buildLedger(core);
    },
    checkoutSessions() {
      return core
        .allStates()
        .flatMap((state) => [...state.checkoutSessions.values()].map((r) => structuredClone(r.session)));
    },
    payCheckout(sessionId, payment) {
      const state = findCheckoutSession(core, sessionId);
      if (state === undefined) throw new Error(`No Checkout Session ${sessionId}.`);
      return payCheckoutSession({ state, origin: null }, sessionId, checkoutPayment(core, payment), {
        email: null,
        name: null,
      });
    },
    saveCardOnCheckout(sessionId, card) {
      const state = findCheckoutSession(core, sessionId);
      if (state === undefined) throw new Error(`No Checkout Session ${sessionId}.`);
      return saveCardOnCheckoutSession({ state, origin: null }, sessionId, card, core.hostedBase);
    },
    authenticateSetupIntent(setupIntentId, passes) {
      const state = core.allStates().find((s) => s.setupIntents.has(setupIntentId));
      if (state === undefined) throw new Error(`No SetupIntent ${setupIntentId}.`);
      const scope = { state, origin: null };
      const intent = authenticateSetupIntent(scope, setupIntentId, passes);
      settleSetupSessions(scope, setupIntentId);
      return structuredClone(intent);
    },
    setAsyncSettlementDelay(ms) {
      checkMs(ms, 'A settlement delay');
      core.settings.asyncSettlementMs = ms;
    },
    dispute(paymentIntentId) {
      for (const state of core.allStates()) {
        if (state.paymentIntents.has(paymentIntentId)) {
          advanceCheckout(state);
          return structuredClone(disputePayment({ state, origin: null }, paymentIntentId));
        }
      }
      throw new Error(`No PaymentIntent ${paymentIntentId}.`);
    },
    readers() {
      return core
        .allStates()
        .flatMap((state) => [...state.readers.values()].map((r) => structuredClone(r.reader)));
    },
  };
}

function buildLedger(core: SimCore): StripeLedger {
  for (const state of core.allStates()) expireHolds(state);
  const ledger: StripeLedger = { paymentIntents: [], refunds: [] };
  for (const state of core.allStates()) {
    const account = state.account.id;
    for (const { intent } of state.paymentIntents.values()) {
      const chargeId = typeof intent.latest_charge === 'string' ? intent.latest_charge : null;
      const charge = chargeId === null ? undefined : state.charges.get(chargeId);
      let refundedByRefunds = 0;
      for (const { refund, kind } of state.refunds.values()) {
        if (kind === 'refund' && refund.payment_intent === intent.id) refundedByRefunds += refund.amount;
      }
      ledger.paymentIntents.push({
        id: intent.id,
        account,
        livemode: state.livemode,
        created: intent.created,
        amount: intent.amount,
        currency: intent.currency,
        status: intent.status,
        amount_received: intent.amount_received,
        amount_capturable: intent.amount_capturable,
        metadata: { ...intent.metadata },
        latest_charge: chargeId,
        amount_refunded: charge?.amount_refunded ?? 0,
        refunded_by_refunds: refundedByRefunds,
      });
    }
    for (const { refund, kind } of state.refunds.values()) {
      ledger.refunds.push({
        id: refund.id,
        account,
        livemode: state.livemode,
        created: refund.created,
        payment_intent: typeof refund.payment_intent === 'string' ? refund.payment_intent : null,
        charge: typeof refund.charge === 'string' ? refund.charge : null,
        amount: refund.amount,
        currency: refund.currency,
        status: refund.status,
        reason: refund.reason,
        kind,
      });
    }
  }
  return ledger;
}

/**
 * Reads a fault sent as JSON to `/__sim/faults`. JSON has no regular expressions, so `match.pathPattern` carries one
 * as text (`"^/v1/payment_intents/[^/]+/capture$"`) next to the exact `match.path`.
 */
export function faultFromJson(value: unknown): SimFault {
  if (typeof value !== 'object' || value === null) throw new RangeError('Send a fault as a JSON object.');
  const raw = value as Record<string, unknown>;
  const fault: SimFault = { kind: raw['kind'] as SimFaultKind };
  const match = raw['match'] as Record<string, unknown> | undefined;
  if (typeof match === 'object' && match !== null) {
    fault.match = {};
    if (typeof match['method'] === 'string') fault.match.method = match['method'];
    if (typeof match['path'] === 'string') fault.match.path = match['path'];
    if (typeof match['pathPattern'] === 'string') fault.match.path = new RegExp(match['pathPattern']);
  }
  for (const key of ['times', 'probability', 'ms'] as const) {
    if (typeof raw[key] === 'number') fault[key] = raw[key];
  }
  return fault;
}
