import type Stripe from 'stripe';
import type { ResolvedAccount } from './accounts.ts';
import type { CheckoutSessionRecord } from './checkout-sessions.ts';
import type { SimClock } from './clock.ts';
import { newId } from './ids.ts';

export interface PaymentIntentRecord {
  intent: Stripe.PaymentIntent;
  /** Milliseconds on the simulator clock, for the search index delay. */
  createdMs: number;
  incrementalAuthorizationSupport: boolean;
  incrementalAuthorizations: number;
}

/**
 * `released_authorization` refunds are the ones Stripe creates by itself when a hold is partly captured or canceled:
 * they move no money back to the customer, which the ledger says so tests can tell them from real refunds.
 */
export interface RefundRecord {
  refund: Stripe.Refund;
  kind: 'refund' | 'released_authorization';
}

export interface ReaderRecord {
  reader: Stripe.Terminal.Reader;
  /** Set from the control API: the reader is updating, or a card from the last sale is still inserted. */
  busy: boolean;
  /** A card was presented and its authorization is still running; the action cannot be canceled now. */
  authorizing: boolean;
  /** The authorization under way: its timer, and the step that finishes it. */
  pending?: { cancel: () => void; finish: () => void };
}

/** Where a change came from, as events record it. */
export interface Origin {
  requestId: string | null;
  idempotencyKey: string | null;
}

/** Event types the simulator emits and the object each carries. */
export interface EventObjects {
  'payment_intent.created': Stripe.PaymentIntent;
  'payment_intent.amount_capturable_updated': Stripe.PaymentIntent;
  'payment_intent.succeeded': Stripe.PaymentIntent;
  'payment_intent.payment_failed': Stripe.PaymentIntent;
  'payment_intent.canceled': Stripe.PaymentIntent;
  'payment_intent.requires_action': Stripe.PaymentIntent;
  'charge.succeeded': Stripe.Charge;
  'charge.failed': Stripe.Charge;
  'charge.captured': Stripe.Charge;
  'charge.refunded': Stripe.Charge;
  'refund.created': Stripe.Refund;
  'terminal.reader.action_succeeded': Stripe.Terminal.Reader;
  'terminal.reader.action_failed': Stripe.Terminal.Reader;
  'setup_intent.created': Stripe.SetupIntent;
  'setup_intent.succeeded': Stripe.SetupIntent;
  'setup_intent.setup_failed': Stripe.SetupIntent;
  'setup_intent.canceled': Stripe.SetupIntent;
  'setup_intent.requires_action': Stripe.SetupIntent;
  'customer.created': Stripe.Customer;
  'customer.updated': Stripe.Customer;
  'payment_method.attached': Stripe.PaymentMethod;
  'payment_method.detached': Stripe.PaymentMethod;
  'payment_intent.processing': Stripe.PaymentIntent;
  'charge.pending': Stripe.Charge;
  'charge.dispute.created': Stripe.Dispute;
  'checkout.session.completed': Stripe.Checkout.Session;
  'checkout.session.async_payment_succeeded': Stripe.Checkout.Session;
  'checkout.session.async_payment_failed': Stripe.Checkout.Session;
  'checkout.session.expired': Stripe.Checkout.Session;
}
export type SimEventType = keyof EventObjects;

/**
 * Stripe keeps events for 30 days; a soak test that runs many thousands of payments would keep them all in memory,
 * so past this many the oldest go first.
 */
const maxEvents = 50_000;

/** Everything one account holds in one mode (test or live), as Stripe keeps the two apart. */
export class ModeState {
  readonly account: ResolvedAccount;
  readonly livemode: boolean;
  readonly apiVersion: string;
  readonly clock: SimClock;
  readonly paymentIntents = new Map<string, PaymentIntentRecord>();
  readonly charges = new Map<string, Stripe.Charge>();
  readonly refunds = new Map<string, RefundRecord>();
  readonly locations = new Map<string, Stripe.Terminal.Location>();
  readonly readers = new Map<string, ReaderRecord>();
  readonly setupIntents = new Map<string, Stripe.SetupIntent>();
  readonly setupAttempts = new Map<string, Stripe.SetupAttempt>();
  /** `allow_redisplay` given to process_setup_intent, kept until the card it generates exists. */
  readonly setupRedisplay = new Map<string, Stripe.PaymentMethod.AllowRedisplay>();
  /** `card` PaymentMethods saved through a SetupIntent: the issuer lets their off-session payments skip 3DS. */
  readonly setUpCards = new Set<string>();
  /** PaymentMethods detached from their customer: Stripe lets nobody attach or charge them again. */
  readonly consumedMethods = new Set<string>();
  readonly paymentMethods = new Map<string, Stripe.PaymentMethod>();
  readonly customers = new Map<string, Stripe.Customer>();
  readonly checkoutSessions = new Map<string, CheckoutSessionRecord>();
  /** Which test card stands behind each `card` PaymentMethod, so a later charge on it behaves alike. */
  readonly cardNumbers = new Map<string, string>();
  readonly events: Stripe.Event[] = [];

  constructor(account: ResolvedAccount, livemode: boolean, apiVersion: string, clock: SimClock) {
    this.account = account;
    this.livemode = livemode;
    this.apiVersion = apiVersion;
    this.clock = clock;
  }

  /** Appends an event carrying a snapshot of the object as it is now. */
  emit<T extends SimEventType>(type: T, object: EventObjects[T], origin: Origin | null): void {
    const event = {
      id: newId('evt'),
      object: 'event',
      api_version: this.apiVersion,
      created: this.clock.nowSeconds(),
      data: { object: structuredClone(object) },
      livemode: this.livemode,
      pending_webhooks: 0,
      request:
        origin === null
          ? { id: null, idempotency_key: null }
          : { id: origin.requestId, idempotency_key: origin.idempotencyKey },
      type,
    };
    // The map above ties each type to its object type, which is exactly how Stripe.Event's union is built.
    this.events.push(event as Extract<Stripe.Event, { type: T }>);
    if (this.events.length > maxEvents) this.events.splice(0, this.events.length - maxEvents);
  }
}

/** The account and mode a change happens in, and the request that caused it. */
export interface Scope {
  state: ModeState;
  origin: Origin | null;
}
