import { randomUUID } from 'node:crypto';
import type StripeClient from 'stripe';
import { developerError, translatedError } from '../../../../shared/i18n/errors.ts';
import type { HoldView } from '../../../../shared/ipc/holds.ts';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import type { Logger } from '../../logger.ts';
import type { OrderService } from '../../orders/order-service.ts';
import { failpoint } from '../../system/failpoints.ts';
import type { CardStore } from '../cards/card-store.ts';
import type { PaymentJournal } from '../payment-journal.ts';
import type { PaymentMethodRecord } from '../payment-methods.ts';
import type { AlertWords } from '../../system/alerts.ts';
import { decideCapture } from './hold-capture-rule.ts';
import { expiresSoon, holdExpiresAt } from './hold-expiry.ts';
import type { HoldPatch, HoldRow, HoldStore } from './hold-store.ts';

export interface HoldsDeps {
  tx: UnitOfWork;
  store: HoldStore;
  journal: Pick<PaymentJournal, 'insert' | 'update' | 'relaxed'>;
  orders: Pick<OrderService, 'get' | 'openCardLine' | 'updateCardLine'>;
  methods: { get(id: string): PaymentMethodRecord | null | undefined };
  cards: Pick<CardStore, 'card' | 'stripeCustomer'>;
  /** The Stripe client of an account ('default' or a profile id), null while it is not connected. */
  stripeFor(account: string): StripeClient | null;
  /** The account a Stripe payment method pays into. */
  accountOf(method: PaymentMethodRecord): string;
  tillId: string;
  log: Logger;
  now: () => number;
  audit: { record(entry: { action: string; subject?: string; details?: Record<string, unknown> }): void };
  /** A hold changed (after its commit): the till's lists read again. */
  onChanged?: (hold: HoldView) => void;
  /** Whether an account is Stripe's test mode (the demo simulator or a test key): test cards may be presented. */
  simulated?: (account: string) => boolean;
  /** Where the owner is told what a person must look at (a capture that no longer fits, an orphaned hold). */
  alerts?: {
    raise(
      severity: 'info' | 'warning' | 'critical',
      kind: string,
      words: AlertWords,
      details?: Record<string, unknown>,
    ): unknown;
  };
  /** Which Stripe objects were raised already (reconciliation_seen): each orphan is raised once. */
  seen?: { run(provider: string, providerRef: string, at: number): { changes: number } };
}

/** The test cards the demo's buttons present on a simulated reader for a hold (Stripe's test numbers). */
export const holdTestCards = {
  visa: '4242424242424242',
  mastercard: '5555555555554444',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;
export type HoldTestCard = keyof typeof holdTestCards;

/** Another caller (the autopilot) can bring its own idempotency key for a capture or a release. */
export interface StepOptions {
  idempotencyKey?: string;
}

interface StripeErrorLike {
  type?: string;
  code?: string;
  decline_code?: string;
  statusCode?: number;
  raw?: { payment_intent?: StripeClient.PaymentIntent };
}
const stripeError = (e: unknown): StripeErrorLike | null =>
  typeof (e as StripeErrorLike)?.statusCode === 'number' ? (e as StripeErrorLike) : null;

/**
 * Holds (STO-5): an amount authorized on a card, at a reader (created with incremental authorization support) or on a
 * card on file (off-session, manual capture), kept on an order and later captured in whole or in part (the rest is
 * released), increased where Stripe allows it, or released. Each provider call's idempotency key is written to the
 * hold's row before the call; `advance` takes a hold on from whatever step it was left at, so recovery after a
 * crash repeats a step with the same key and each happens once. A capture puts a paid card line on the order, with
 * its journal attempt (the PaymentIntent is then an ordinary Stripe card payment for refunds and reconciliation), in
 * the same transaction that marks the hold captured.
 */
export function createHolds(deps: HoldsDeps) {
  const { tx, store } = deps;

  const stripeOf = (account: string): StripeClient => {
    const stripe = deps.stripeFor(account);
    if (!stripe) throw translatedError('provider_unreachable', 'err.holds.notConnected');
    return stripe;
  };

  /** A provider call between two kill points, as the payment journal has them (crash tests stop Kassa there). */
  async function send<T>(step: string, call: () => Promise<T>): Promise<T> {
    failpoint(`holds.before_send:${step}`);
    const answer = await call();
    failpoint(`holds.after_send:${step}`);
    return answer;
  }

  const expiresAt = (row: HoldRow): number | null =>
    row.capture_before ??
    (row.authorized_at === null
      ? null
      : holdExpiresAt({
          authorizedAt: row.authorized_at,
          captureBefore: null,
          brand: row.card_brand,
          channel: row.channel === 'reader' ? 'in_person' : 'online',
          initiator: row.channel === 'reader' ? 'customer' : 'merchant',
        }));

  /** Why Kassa cannot ask Stripe to increase this hold, as a message key; null when it can ask. */
  const increaseBlocked = (row: HoldRow): string | null => {
    if (row.incremental === 1) return null;
    return row.channel === 'card_on_file' ? 'err.holds.increaseOnline' : 'err.holds.increaseNotSupported';
  };

  function view(row: HoldRow): HoldView {
    const order = deps.orders.get(row.order_id);
    const expiry = expiresAt(row);
    return {
      id: row.id,
      orderId: row.order_id,
      orderNumber: order.number,
      orderStatus: order.status,
      orderTotal: order.total,
      orderRemaining: order.remaining,
      customer: order.customer,
      channel: row.channel,
      currency: row.currency,
      amount: row.amount,
      state: row.state,
      cardBrand: row.card_brand,
      cardLast4: row.card_last4,
      expiresAt: expiry,
      expiresSoon: row.state === 'held' && expiry !== null && expiresSoon(expiry, deps.now()),
      increaseBlocked: increaseBlocked(row),
      captured: row.state === 'captured' ? row.capture_amount : null,
      failure: row.failure,
      createdAt: row.created_at,
      simulated: row.channel === 'reader' && (deps.simulated?.(row.account) ?? false),
    };
  }

  const changed = (row: HoldRow): HoldRow => {
    if (deps.onChanged) deps.onChanged(view(row));
    return row;
  };
  const update = (id: string, patch: HoldPatch): HoldRow => changed(tx.run(() => store.update(id, patch)));

  const getRow = (id: string): HoldRow => {
    const row = store.get(id);
    if (!row) throw translatedError('not_found', 'err.holds.unknown');
    return row;
  };

  function stripeMethod(methodId: string): PaymentMethodRecord {
    const method = deps.methods.get(methodId);
    if (!method || !method.active || method.terminal !== 'stripe')
      throw translatedError('invalid_request', 'err.holds.notStripe', undefined, 'methodId');
    return method;
  }

  function checkOrder(orderId: string, amount: number): void {
    const order = deps.orders.get(orderId);
    if (order.status !== 'open')
      throw translatedError('order_locked', 'err.order.noMorePayments', { status: order.status });
    if (!Number.isInteger(amount) || amount <= 0)
      throw translatedError('amount_invalid', 'err.holds.amountPositive', undefined, 'amount');
  }

  const metadataOf = (row: HoldRow) => ({
    kassa_hold: row.id,
    kassa_order: row.order_id,
    kassa_hold_till: deps.tillId,
  });

  /** The card and its expiry from an authorized PaymentIntent (expanded latest_charge). */
  function heldPatch(intent: StripeClient.PaymentIntent): HoldPatch {
    const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
    const details = charge?.payment_method_details;
    const card = details?.card_present ?? details?.card ?? null;
    const present = details?.card_present;
    const captureBefore = card?.capture_before ?? null;
    return {
      state: 'held',
      amount: intent.amount_capturable,
      card_brand: card?.brand ?? null,
      card_last4: card?.last4 ?? null,
      authorized_at: (charge?.created ?? Math.floor(deps.now() / 1000)) * 1000,
      capture_before: captureBefore === null ? null : captureBefore * 1000,
      incremental: present?.incremental_authorization_supported === true ? 1 : 0,
    };
  }

  async function readerOf(stripe: StripeClient, row: HoldRow): Promise<string> {
    const ref = row.reader as string;
    if (ref.startsWith('tmr_')) return ref;
    const list = await stripe.terminal.readers.list({ serial_number: ref, limit: 1 });
    const found = list.data[0];
    if (!found) throw translatedError('provider_rejected', 'err.holds.readerUnknown', { serial: ref });
    return found.id;
  }

  /** Creates the PaymentIntent and hands it to the reader, or authorizes the card on file off-session. */
  async function open(row: HoldRow): Promise<HoldRow> {
    const stripe = stripeOf(row.account);
    if (row.channel === 'reader') {
      const intent = await send('open', () =>
        stripe.paymentIntents.create(
          {
            amount: row.amount,
            currency: row.currency.toLowerCase(),
            allowed_payment_method_types: ['card_present'],
            capture_method: 'manual',
            payment_method_options: { card_present: { request_incremental_authorization_support: true } },
            description: 'Hold',
            metadata: metadataOf(row),
          },
          { idempotencyKey: row.idempotency_key },
        ),
      );
      try {
        const reader = await readerOf(stripe, row);
        await send('reader', () =>
          stripe.terminal.readers.processPaymentIntent(
            reader,
            { payment_intent: intent.id },
            { idempotencyKey: `${row.idempotency_key}:reader` },
          ),
        );
      } catch (error) {
        const code = stripeError(error)?.code;
        if (code === undefined) throw error;
        // The reader cannot take it (offline, busy): the hold ends here and its PaymentIntent is canceled.
        await stripe.paymentIntents.cancel(
          intent.id,
          {},
          { idempotencyKey: `${row.idempotency_key}:cancel` },
        );
        return update(row.id, { state: 'failed', payment_intent: intent.id, failure: code });
      }
      return update(row.id, { state: 'waiting', payment_intent: intent.id });
    }
    const card = deps.cards.card(row.payment_method as string);
    const customer = card ? deps.cards.stripeCustomer(card.customer_id, row.account)?.stripe_customer : null;
    if (!card || card.state !== 'saved' || !customer)
      return update(row.id, { state: 'failed', failure: 'card_not_on_file' });
    try {
      const intent = await send('open', () =>
        stripe.paymentIntents.create(
          {
            amount: row.amount,
            currency: row.currency.toLowerCase(),
            customer,
            payment_method: card.payment_method,
            allowed_payment_method_types: ['card'],
            capture_method: 'manual',
            confirm: true,
            off_session: true,
            description: 'Hold',
            metadata: metadataOf(row),
            expand: ['latest_charge'],
          },
          { idempotencyKey: row.idempotency_key },
        ),
      );
      if (intent.status !== 'requires_capture')
        return update(row.id, { state: 'failed', payment_intent: intent.id, failure: intent.status });
      return update(row.id, { ...heldPatch(intent), payment_intent: intent.id });
    } catch (error) {
      const e = stripeError(error);
      if (e?.type !== 'StripeCardError') throw error;
      return update(row.id, {
        state: 'failed',
        payment_intent: e.raw?.payment_intent?.id ?? null,
        failure: e.decline_code ?? e.code ?? 'card_declined',
      });
    }
  }

  /** Looks at Stripe: has the customer presented a card at the reader yet? */
  async function watch(row: HoldRow): Promise<HoldRow> {
    const stripe = stripeOf(row.account);
    const intent = await stripe.paymentIntents.retrieve(row.payment_intent as string, {
      expand: ['latest_charge'],
    });
    if (intent.status === 'requires_capture') return update(row.id, heldPatch(intent));
    if (intent.status === 'canceled') return update(row.id, { state: 'failed', failure: 'canceled' });
    if (intent.status === 'requires_payment_method' && intent.last_payment_error) {
      const reader = await stripe.terminal.readers.retrieve(await readerOf(stripe, row));
      const action = 'deleted' in reader ? null : reader.action;
      if (action?.process_payment_intent?.payment_intent === intent.id && action.status === 'failed') {
        const error = intent.last_payment_error;
        await stripe.paymentIntents.cancel(
          intent.id,
          {},
          { idempotencyKey: `${row.idempotency_key}:cancel` },
        );
        return update(row.id, {
          state: 'failed',
          failure: error.decline_code ?? error.code ?? action.failure_code ?? 'card_declined',
        });
      }
    }
    return row;
  }

  /** Captures what was asked for (the rest is released by Stripe) and records it on the order. */
  async function capture(row: HoldRow): Promise<HoldRow> {
    const stripe = stripeOf(row.account);
    const refitted = await refit(stripe, row);
    if (refitted !== row) return refitted;
    let intent: StripeClient.PaymentIntent;
    try {
      intent = await send('capture', () =>
        stripe.paymentIntents.capture(
          row.payment_intent as string,
          { amount_to_capture: row.capture_amount as number, expand: ['latest_charge'] },
          { idempotencyKey: row.capture_key as string },
        ),
      );
    } catch (error) {
      const gone = await endedAtStripe(row, error);
      if (gone) return gone;
      throw error;
    }
    return recordCapture(row, intent);
  }

  /** What the order can still take: what it owes, less card lines still pending. */
  function availableOn(orderId: string) {
    const order = deps.orders.get(orderId);
    const pending = order.payments
      .filter((p) => p.status === 'pending')
      .reduce((sum, p) => sum + p.amount, 0);
    return { order, available: order.remaining - pending };
  }

  /**
   * A capture whose order changed before it was recorded (cash paid meanwhile, the order voided) does not stay
   * `capturing` for ever: `decideCapture` says whether to capture less, release, or hand it to the owner (Stripe took
   * the money already). Each decision is audited and raised as an alert. Answers the row unchanged when it fits.
   */
  async function refit(stripe: StripeClient, row: HoldRow): Promise<HoldRow> {
    const asked = row.capture_amount as number;
    const { order, available } = availableOn(row.order_id);
    if (order.status === 'open' && asked <= available) return row;
    const intent = await stripe.paymentIntents.retrieve(row.payment_intent as string, {
      expand: ['latest_charge'],
    });
    if (intent.status === 'canceled') return checkHeld(row);
    const decision = decideCapture({
      asked,
      orderStatus: order.status,
      available,
      capturedAtStripe: intent.status === 'succeeded',
    });
    if (decision.action === 'capture') return row;
    const money = (amount: number) => ({ amount, currency: row.currency.toUpperCase() });
    const number = order.number ?? 0;
    const details = { hold: row.id, asked, available, orderStatus: order.status, decision: decision.action };
    if (decision.action === 'captureLess') {
      const less = tx.run(() => {
        deps.audit.record({ action: 'hold.capture_adjusted', subject: row.order_id, details });
        return store.update(row.id, {
          capture_amount: decision.amount,
          // A new amount needs a new key: Stripe refuses a key sent again with other parameters.
          capture_key: `${row.capture_key as string}-fit-${decision.amount}`,
        });
      });
      deps.alerts?.raise(
        'warning',
        'hold_capture_adjusted',
        {
          key: 'alert.holdCaptureLess',
          params: { asked: money(asked), amount: money(decision.amount), number },
        },
        details,
      );
      return changed(less);
    }
    if (decision.action === 'release') {
      const releasing = tx.run(() => {
        deps.audit.record({ action: 'hold.capture_released', subject: row.order_id, details });
        return store.update(row.id, {
          state: 'releasing',
          release_key: row.release_key ?? `kassa-hold-${row.id}-release`,
        });
      });
      deps.alerts?.raise(
        'warning',
        'hold_capture_released',
        { key: 'alert.holdCaptureReleased', params: { asked: money(asked), number } },
        details,
      );
      return changed(releasing);
    }
    const taken = intent.amount_received;
    const failed = tx.run(() => {
      deps.audit.record({
        action: 'hold.capture_unrecorded',
        subject: row.order_id,
        details: { ...details, taken },
      });
      return store.update(row.id, { state: 'failed', failure: 'capture_unrecorded', capture_amount: taken });
    });
    deps.alerts?.raise(
      'critical',
      'hold_capture_unrecorded',
      { key: 'alert.holdCaptureUnrecorded', params: { amount: money(taken), number, ref: intent.id } },
      { ...details, providerRef: intent.id },
    );
    return changed(failed);
  }

  /**
   * The capture on the order: a paid card line, its journal attempt (succeeded, the PaymentIntent as its reference)
   * and the hold marked captured, in one transaction. Relaxed durability: after a power cut Stripe's answer is read
   * again (the hold is still `capturing`, or `held` with a PaymentIntent Stripe shows captured) and recorded then.
   */
  function recordCapture(row: HoldRow, intent: StripeClient.PaymentIntent): HoldRow {
    return changed(
      deps.journal.relaxed(() =>
        tx.run(() => {
          // Two drivers of one hold (the cashier and the minute sweep, each after its own await) can both reach
          // here with Stripe's answer; the row read inside the transaction decides, so the capture is booked once.
          const current = getRow(row.id);
          if (current.state === 'captured') return current;
          const method = deps.methods.get(row.method_id) as PaymentMethodRecord;
          const lineId = randomUUID();
          const attemptId = randomUUID();
          const amount = intent.amount_received;
          deps.orders.openCardLine(row.order_id, { id: lineId, method, amount });
          deps.journal.insert({
            id: attemptId,
            order_id: row.order_id,
            payment_line_id: lineId,
            method_id: method.id,
            provider: 'stripe',
            terminal_ref: row.reader ?? method.terminalRef ?? 'card_on_file',
            amount,
            currency: row.currency,
          });
          failpoint('holds.captured:after_line');
          const card =
            row.card_brand && row.card_last4 ? { brand: row.card_brand, last4: row.card_last4 } : null;
          deps.journal.update(attemptId, {
            state: 'succeeded',
            provider_ref: intent.id,
            card_brand: card?.brand ?? null,
            card_last4: card?.last4 ?? null,
          });
          deps.orders.updateCardLine(row.order_id, lineId, { status: 'paid', card, reconcile: false });
          deps.audit.record({
            action: 'hold.captured',
            subject: row.order_id,
            details: { hold: row.id, captured: amount, held: row.amount, released: row.amount - amount },
          });
          return store.update(row.id, { state: 'captured', capture_amount: amount, payment_line_id: lineId });
        }),
      ),
    );
  }

  /**
   * A step Stripe refused because the PaymentIntent already ended there: the authorization ran out (Stripe canceled
   * it, `automatic`) or it was released. Anything else is not handled here.
   */
  async function endedAtStripe(row: HoldRow, error: unknown): Promise<HoldRow | null> {
    if (stripeError(error)?.code !== 'payment_intent_unexpected_state') return null;
    const seen = await checkHeld(row);
    return seen.state === row.state ? null : seen;
  }

  async function release(row: HoldRow): Promise<HoldRow> {
    const stripe = stripeOf(row.account);
    if (row.payment_intent === null) return update(row.id, { state: 'released' });
    try {
      await send('release', () =>
        stripe.paymentIntents.cancel(
          row.payment_intent as string,
          { cancellation_reason: 'requested_by_customer' },
          { idempotencyKey: row.release_key as string },
        ),
      );
    } catch (error) {
      const gone = await endedAtStripe(row, error);
      if (gone) return gone;
      throw error;
    }
    const released = update(row.id, { state: 'released' });
    deps.audit.record({ action: 'hold.released', subject: row.order_id, details: { hold: row.id } });
    return released;
  }

  /** Sends an increase whose key is written; a refusal clears it and says why. */
  async function increase(row: HoldRow): Promise<HoldRow> {
    const stripe = stripeOf(row.account);
    const wanted = row.increase_amount as number;
    try {
      const intent = await send('increase', () =>
        stripe.paymentIntents.incrementAuthorization(
          row.payment_intent as string,
          { amount: wanted },
          { idempotencyKey: row.increase_key as string },
        ),
      );
      const grown = update(row.id, {
        amount: intent.amount_capturable,
        increases: row.increases + 1,
        increase_amount: null,
        increase_key: null,
      });
      deps.audit.record({
        action: 'hold.increased',
        subject: row.order_id,
        details: { hold: row.id, from: row.amount, to: intent.amount_capturable },
      });
      return grown;
    } catch (error) {
      const e = stripeError(error);
      if (e === null || (e.statusCode ?? 500) >= 500) throw error;
      const gone = await endedAtStripe(row, error);
      if (gone) return gone;
      update(row.id, { increase_amount: null, increase_key: null, increases: row.increases + 1 });
      throw translatedError(
        'provider_rejected',
        e.type === 'StripeCardError' ? 'err.holds.increaseDeclined' : 'err.holds.increaseRefused',
        { code: e.decline_code ?? e.code ?? 'unknown' },
      );
    }
  }

  /**
   * A held hold as Stripe has it now: captured (a capture whose record a power cut lost) is recorded; canceled is
   * expired (Stripe ran out the authorization) or released.
   */
  async function checkHeld(row: HoldRow): Promise<HoldRow> {
    if (row.payment_intent === null) return row;
    const intent = await stripeOf(row.account).paymentIntents.retrieve(row.payment_intent, {
      expand: ['latest_charge'],
    });
    if (intent.status === 'succeeded') {
      // Captured at Stripe but not recorded (a power cut): recorded now, unless the order cannot take it any more.
      const { order, available } = availableOn(row.order_id);
      if (order.status === 'open' && intent.amount_received <= available) return recordCapture(row, intent);
      return refit(stripeOf(row.account), { ...row, capture_amount: intent.amount_received });
    }
    if (intent.status !== 'canceled') return row;
    const expired = intent.cancellation_reason === 'automatic';
    return update(row.id, {
      state: expired ? 'expired' : 'released',
      ...(expired ? { failure: 'expired' } : {}),
    });
  }

  /** Takes a hold one step further, as far as Stripe's answers allow; safe to run again at any time. */
  async function advance(id: string): Promise<HoldRow> {
    let row = getRow(id);
    for (;;) {
      const before = row.state;
      if (row.state === 'opening') row = await open(row);
      else if (row.state === 'waiting') row = await watch(row);
      else if (row.state === 'capturing') row = await capture(row);
      else if (row.state === 'releasing') row = await release(row);
      if (row.state === before) return row;
    }
  }

  function begin(
    input: { orderId: string; methodId: string; amount: number },
    channel: HoldRow['channel'],
    where: { reader: string | null; payment_method: string | null; customer_id: string | null },
  ): HoldRow {
    const method = stripeMethod(input.methodId);
    checkOrder(input.orderId, input.amount);
    const account = deps.accountOf(method);
    stripeOf(account);
    const order = deps.orders.get(input.orderId);
    const id = randomUUID();
    const row = tx.run(() => {
      const inserted = store.insert({
        id,
        order_id: input.orderId,
        account,
        method_id: method.id,
        channel,
        ...where,
        currency: order.currency,
        amount: input.amount,
        idempotency_key: `kassa-hold-${id}`,
        incremental: 0,
      });
      deps.audit.record({
        action: 'hold.opened',
        subject: input.orderId,
        details: { hold: id, amount: input.amount, channel },
      });
      return inserted;
    });
    return changed(row);
  }

  return {
    view,
    /** Opens a hold at the method's Stripe reader: the customer presents their card there. */
    async openAtReader(input: { orderId: string; methodId: string; amount: number }): Promise<HoldView> {
      const method = stripeMethod(input.methodId);
      if (!method.terminalRef)
        throw translatedError(
          'invalid_request',
          'err.pay.noTerminalFor',
          { method: method.name },
          'methodId',
        );
      const row = begin(input, 'reader', {
        reader: method.terminalRef,
        payment_method: null,
        customer_id: null,
      });
      return view(await advance(row.id));
    },
    /** Opens a hold on a customer's card on file, without the customer (off-session, manual capture). */
    async openOnCard(input: {
      orderId: string;
      methodId: string;
      amount: number;
      paymentMethod: string;
    }): Promise<HoldView> {
      const card = deps.cards.card(input.paymentMethod);
      if (!card || card.state !== 'saved')
        throw translatedError('not_found', 'err.holds.cardUnknown', undefined, 'paymentMethod');
      const row = begin(input, 'card_on_file', {
        reader: null,
        payment_method: card.payment_method,
        customer_id: card.customer_id,
      });
      return view(await advance(row.id));
    },
    /** How a hold stands now; a hold waiting at the reader asks Stripe first. */
    async get(id: string): Promise<HoldView> {
      return view(await advance(id));
    },
    /** Holds with money held or a step under way, and the ones of an order. */
    list: (): HoldView[] => store.open().map(view),
    forOrder: (orderId: string): HoldView[] => store.forOrder(orderId).map(view),

    /**
     * Captures `amount` (all of it when omitted) onto the hold's order as a paid card line; Stripe releases the rest.
     * The key is written first (the caller's, or one made here); a repeated call continues the same capture.
     */
    async capture(id: string, amount?: number, options: StepOptions = {}): Promise<HoldView> {
      const row = getRow(id);
      if (row.state === 'held') {
        const take = amount ?? row.amount;
        if (!Number.isInteger(take) || take <= 0)
          throw translatedError('amount_invalid', 'err.holds.amountPositive', undefined, 'amount');
        if (take > row.amount)
          throw translatedError('amount_invalid', 'err.holds.captureMoreThanHeld', undefined, 'amount');
        const order = deps.orders.get(row.order_id);
        if (order.status !== 'open')
          throw translatedError('order_locked', 'err.order.noMorePayments', { status: order.status });
        if (take > order.remaining)
          throw translatedError('amount_invalid', 'err.holds.captureMoreThanDue', undefined, 'amount');
        // Relaxed: after a power cut the hold is `held` again and the sweep reads Stripe, which tells whether
        // this capture went out (then it is recorded) or not (then nothing happened). The key stays the same.
        deps.journal.relaxed(() =>
          store.update(id, {
            state: 'capturing',
            capture_amount: take,
            capture_key: options.idempotencyKey ?? `kassa-hold-${id}-capture`,
          }),
        );
      } else if (
        row.state === 'capturing' &&
        options.idempotencyKey &&
        options.idempotencyKey !== row.capture_key
      ) {
        // Another try of a capture Stripe did not answer (the autopilot's retry): a new key, written first, since
        // Stripe keeps an error under the old one. Safe: if the earlier try did capture, Stripe refuses this one
        // as unexpected and the capture it made is recorded (endedAtStripe → checkHeld).
        tx.run(() => store.update(id, { capture_key: options.idempotencyKey as string }));
      } else if (row.state !== 'capturing' && row.state !== 'captured') {
        throw translatedError('conflict', 'err.holds.notHeld');
      }
      return view(await advance(id));
    },

    /** Raises the authorized amount to `amount`, where Stripe allows it (reader holds made to be increased). */
    async increase(id: string, amount: number): Promise<HoldView> {
      const row = getRow(id);
      if (row.state !== 'held') throw translatedError('conflict', 'err.holds.notHeld');
      const blocked = increaseBlocked(row);
      if (blocked !== null)
        throw translatedError(
          'provider_rejected',
          blocked as 'err.holds.increaseOnline',
          undefined,
          'amount',
        );
      if (!Number.isInteger(amount) || amount <= row.amount)
        throw translatedError('amount_invalid', 'err.holds.increaseNotMore', undefined, 'amount');
      const pending =
        row.increase_key !== null
          ? row
          : tx.run(() =>
              store.update(id, {
                increase_amount: amount,
                increase_key: `kassa-hold-${id}-increase-${row.increases + 1}`,
              }),
            );
      return view(await increase(pending));
    },

    /** Releases the hold: nothing is taken from the card. */
    async release(id: string, options: StepOptions = {}): Promise<HoldView> {
      const row = getRow(id);
      if (row.state === 'held' || row.state === 'waiting') {
        tx.run(() =>
          store.update(id, {
            state: 'releasing',
            release_key: options.idempotencyKey ?? `kassa-hold-${id}-release`,
          }),
        );
      } else if (
        row.state === 'releasing' &&
        options.idempotencyKey &&
        options.idempotencyKey !== row.release_key
      ) {
        // Another try of a release Stripe did not answer: a new key, written first (as for a capture).
        tx.run(() => store.update(id, { release_key: options.idempotencyKey as string }));
      } else if (row.state !== 'releasing' && row.state !== 'released') {
        throw translatedError('conflict', 'err.holds.notHeld');
      }
      return view(await advance(id));
    },

    /** Demo and test mode: a test card is presented on the simulated reader a hold waits at. */
    async simulateCard(id: string, card: HoldTestCard): Promise<HoldView> {
      const row = getRow(id);
      if (!(deps.simulated?.(row.account) ?? false))
        throw translatedError('forbidden', 'err.pay.testCardsSimulatedOnly');
      if (row.channel !== 'reader' || row.state !== 'waiting')
        throw translatedError('conflict', 'err.holds.notWaiting');
      const stripe = stripeOf(row.account);
      await stripe.testHelpers.terminal.readers.presentPaymentMethod(await readerOf(stripe, row), {
        card_present: { number: holdTestCards[card] },
      });
      return view(await advance(id));
    },

    /**
     * Reconciliation (issue 13.8): holds of this till at Stripe (metadata `kassa_hold_till`) created since `sinceMs`
     * that match no hold here are raised as alerts, each once. Answers how many were raised.
     */
    async reconcile(account: string, sinceMs: number): Promise<number> {
      const stripe = deps.stripeFor(account);
      if (!stripe || !deps.alerts || !deps.seen) return 0;
      let raised = 0;
      const list = stripe.paymentIntents.list({ created: { gte: Math.floor(sinceMs / 1000) }, limit: 100 });
      let looked = 0;
      for await (const intent of list) {
        if (++looked > 1000) break;
        if (intent.metadata?.kassa_hold_till !== deps.tillId) continue;
        const holdId = intent.metadata.kassa_hold;
        const known = holdId !== undefined && store.get(holdId) !== undefined;
        if (known) continue;
        if (deps.seen.run('stripe', intent.id, deps.now()).changes !== 1) continue;
        raised++;
        deps.alerts.raise(
          intent.status === 'requires_capture' || intent.status === 'succeeded' ? 'critical' : 'warning',
          'unmatched_hold',
          {
            key: 'alert.unmatchedHold',
            params: {
              ref: intent.id,
              amount: { amount: intent.amount, currency: intent.currency.toUpperCase() },
              status: intent.status,
            },
          },
          { providerRef: intent.id, hold: holdId ?? null },
        );
      }
      return raised;
    },

    /** At start and every minute: each hold is taken on from its last written step, and expiries are read. */
    async recover(): Promise<void> {
      for (const row of store.open()) {
        try {
          if (row.state === 'held' && row.increase_key !== null) await increase(row).catch(() => undefined);
          else if (row.state === 'held') await checkHeld(row);
          else await advance(row.id);
        } catch (error) {
          deps.log.warn('holds.recover_failed', { hold: row.id, error: String(error) });
        }
      }
    },
    /** For tests: a hold's row. */
    row(id: string): HoldRow {
      const row = store.get(id);
      if (!row) throw developerError('not_found', `No hold ${id}.`);
      return row;
    },
  };
}

export type Holds = ReturnType<typeof createHolds>;
