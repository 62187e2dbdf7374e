import { randomUUID } from 'node:crypto';
import type StripeClient from 'stripe';
import { translatedError } from '../../../../shared/i18n/errors.ts';
import type { Order } from '../../../../shared/ipc/orders.ts';
import {
  chooseLinkMethods,
  linkMethods,
  type LinkMethod,
  type LinkMethodChoice,
} from '../../../../shared/payments/link-methods.ts';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import type { Logger } from '../../logger.ts';
import type { OrderService } from '../../orders/order-service.ts';
import type { Alerts } from '../../system/alerts.ts';
import type { AuditLog } from '../../system/audit-log.ts';
import { failpoint } from '../../system/failpoints.ts';
import type { PaymentJournal } from '../payment-journal.ts';
import type { PaymentMethodRecord } from '../payment-methods.ts';
import { toProviderError } from '../providers/stripe/stripe-errors.ts';
import type { ProviderError } from '../terminal-provider.ts';
import { checkDelayMs, nextStep, type SessionView } from './link-steps.ts';
import { liveStates, type LinkRow, type LinkStore } from './link-store.ts';

/** A payment link as the till shows it. */
export interface PaymentLinkView {
  id: string;
  orderId: string;
  paymentLineId: string;
  amount: number;
  currency: string;
  state: LinkRow['state'];
  url: string | null;
  expiresAt: number;
  methods: LinkMethod[];
  paidWith: string | null;
  /** A failure code (see `bankDebitFailed`), or null. */
  failure: string | null;
  dispute: string | null;
  refunded: number;
}

export interface PayLinkDeps {
  tx: UnitOfWork;
  store: LinkStore;
  orders: Pick<OrderService, 'get' | 'openCardLine' | 'updateCardLine'>;
  methods: { get(id: string): PaymentMethodRecord | null | undefined };
  journal: Pick<PaymentJournal, 'insert' | 'update' | 'get'>;
  alerts: Alerts;
  audit: AuditLog;
  log: Logger;
  now: () => number;
  tillId: string;
  storeName: () => string;
  /** The Stripe client of an account (a profile id, or 'default' for the till's own connection). */
  stripeFor(account: string): StripeClient | null;
  /** Whether the account has its publishable key (the seed's rule for alternative methods). */
  hasPublishableKey(account: string): boolean;
  /** What an account offers by link before the owner chose (card; the demo shows the bank methods too). */
  defaultMethods?(account: string): LinkMethod[];
  onChanged(link: PaymentLinkView): void;
  /** A remote order was paid by its link (said once, after the commit). */
  onRemotePaid?(paid: { orderId: string; name: string; fulfilment: 'pickup' | 'delivery' | 'phone' }): void;
}

/** What Stripe says about paying out to the owner's bank (seed 004). */
export interface PayoutCheck {
  payoutsEnabled: boolean;
  bankAccount: boolean | null;
  currentlyDue: string[];
}

/** What stands in the way of payouts, in the order the owner should fix it; null when Stripe pays out. */
export function payoutProblem(check: PayoutCheck): 'noBank' | 'due' | 'paused' | null {
  if (check.bankAccount === false) return 'noBank';
  if (check.currentlyDue.length > 0) return 'due';
  return check.payoutsEnabled ? null : 'paused';
}

const payoutsFirstKey = {
  noBank: 'err.paylink.payoutsFirst.noBank',
  due: 'err.paylink.payoutsFirst.due',
  paused: 'err.paylink.payoutsFirst.paused',
} as const;

export const defaultExpiryMinutes = 60;
export const builtInAccount = 'default';

/**
 * Why a link failed is a failure code, said in each window's language by `failureText` (failure-words.ts): the
 * provider's code when Stripe refused to create the link, this one when the customer's bank debit failed
 * (checkout.session.async_payment_failed). A link that failed before codes were stored has this English
 * sentence instead; it reads as the code.
 */
const bankDebitFailed = 'bank_debit_failed';
const oldBankSentence = 'The payment did not go through at the bank.';

const toView = (row: LinkRow): PaymentLinkView => ({
  id: row.id,
  orderId: row.order_id,
  paymentLineId: row.payment_line_id,
  amount: row.amount,
  currency: row.currency,
  state: row.state,
  url: row.url,
  expiresAt: row.expires_at,
  methods: JSON.parse(row.methods) as LinkMethod[],
  paidWith: row.paid_with,
  failure: row.failure === oldBankSentence ? bankDebitFailed : row.failure,
  dispute: row.dispute,
  refunded: row.refunded,
});

/** The session as our state machine reads it, from a retrieve (payment_intent expanded) or an event. */
export function viewOf(session: StripeClient.Checkout.Session): SessionView {
  const intent = session.payment_intent;
  return {
    status: session.status,
    paymentStatus: session.payment_status,
    paymentIntent: typeof intent === 'string' ? intent : (intent?.id ?? null),
    intentStatus: typeof intent === 'object' && intent !== null ? intent.status : null,
  };
}

function paidWithOf(session: StripeClient.Checkout.Session): string | null {
  const intent = session.payment_intent;
  if (typeof intent !== 'object' || intent === null) return null;
  const pm = intent.payment_method;
  if (typeof pm === 'object' && pm !== null) return pm.type;
  return intent.payment_method_types.length === 1 ? (intent.payment_method_types[0] ?? null) : null;
}

/**
 * Pay by link (STO-7): a Stripe Checkout Session for what is left to pay on an order. The link's row, with its
 * idempotency key, is written before Stripe is asked, and holds a pending payment line that reserves the amount;
 * the order completes by itself when polling (or the event sweep) sees the payment.
 */
export function createPayLinks(deps: PayLinkDeps) {
  const { store, tx, now } = deps;

  const accountOf = (method: PaymentMethodRecord): string => method.profileId ?? builtInAccount;

  const stripeOf = (account: string): StripeClient => {
    const stripe = deps.stripeFor(account);
    if (!stripe) throw translatedError('provider_unreachable', 'err.paylink.notConnected');
    return stripe;
  };

  function settingsOf(account: string): { methods: LinkMethod[]; expiryMinutes: number } {
    const saved = store.settings(account);
    return {
      methods: (saved?.methods ?? deps.defaultMethods?.(account) ?? ['card']).filter((m): m is LinkMethod =>
        (linkMethods as string[]).includes(m),
      ),
      expiryMinutes: saved?.expiryMinutes ?? defaultExpiryMinutes,
    };
  }

  function linkMethod(methodId: string): PaymentMethodRecord {
    const method = deps.methods.get(methodId);
    if (!method || !method.active || method.terminal !== 'stripe')
      throw translatedError('not_found', 'err.paylink.needsStripeMethod', undefined, 'methodId');
    return method;
  }

  /** What a link on this method would offer for this currency, and why the others are left out. */
  function choice(methodId: string, currency: string): LinkMethodChoice {
    const account = accountOf(linkMethod(methodId));
    return chooseLinkMethods(settingsOf(account).methods, currency, deps.hasPublishableKey(account));
  }

  const available = (order: Order): number =>
    order.remaining -
    order.payments.filter((p) => p.status === 'pending').reduce((sum, p) => sum + p.amount, 0);

  /** Line items for Checkout: the order's lines when the link is for all of it, else one line for the rest. */
  function lineItems(order: Order, amount: number): StripeClient.Checkout.SessionCreateParams.LineItem[] {
    const currency = order.currency.toLowerCase();
    const whole =
      amount === order.total &&
      order.lines.length > 0 &&
      order.lines.every((l) => l.quantity > 0 && Number.isInteger(l.total / l.quantity)) &&
      order.lines.reduce((sum, l) => sum + l.total, 0) === amount;
    if (whole) {
      return order.lines.map((l) => ({
        quantity: l.quantity,
        price_data: {
          currency,
          unit_amount: l.total / l.quantity,
          tax_behavior: 'inclusive',
          product_data: { name: l.name },
        },
      }));
    }
    return [
      {
        quantity: 1,
        price_data: {
          currency,
          unit_amount: amount,
          tax_behavior: 'inclusive',
          product_data: { name: `Order ${order.number ?? order.id.slice(0, 8)}` },
        },
      },
    ];
  }

  /** The request that makes the link's session: the same bytes every time it is sent, so the key holds. */
  function createParams(link: LinkRow): StripeClient.Checkout.SessionCreateParams {
    const order = deps.orders.get(link.order_id);
    const metadata = { kassa_order: link.order_id, kassa_link: link.id, kassa_link_till: deps.tillId };
    return {
      mode: 'payment',
      line_items: lineItems(order, link.amount),
      client_reference_id: link.order_id,
      metadata: { ...metadata, kassa_store: deps.storeName() },
      payment_intent_data: { metadata, description: `${deps.storeName()}, order ${link.order_id}` },
      allowed_payment_method_types: JSON.parse(
        link.methods,
      ) as StripeClient.Checkout.SessionCreateParams.AllowedPaymentMethodType[],
      expires_at: Math.floor(link.expires_at / 1000),
    };
  }

  /**
   * Seed 004: without a bank account on the Stripe account, payments are never paid out. Reads the account as
   * Stripe has it now: whether it has a bank account, which details Stripe still needs, whether payouts run.
   */
  async function payoutCheckOf(account: string): Promise<PayoutCheck> {
    const current = await stripeOf(account).accounts.retrieveCurrent();
    return {
      payoutsEnabled: current.payouts_enabled,
      // Stripe leaves the list out when the key may not read it: then nothing is claimed about it.
      bankAccount: current.external_accounts ? current.external_accounts.data.length > 0 : null,
      currentlyDue: current.requirements?.currently_due ?? [],
    };
  }

  const announce = (row: LinkRow) => tx.afterCommit(() => deps.onChanged(toView(row)));

  /** Sends the create request with the link's key; a repeat finds the session Stripe made the first time. */
  async function sendCreate(link: LinkRow): Promise<StripeClient.Checkout.Session> {
    // Kill points of the link crash test (paylink-crash.test.ts); not transition points of card attempts.
    failpoint('paylink.before_send');
    let session: StripeClient.Checkout.Session;
    try {
      session = await stripeOf(link.account).checkout.sessions.create(createParams(link), {
        idempotencyKey: link.idempotency_key,
      });
    } catch (error) {
      const problem = toProviderError(error);
      if (problem.status === null || problem.status < 500) throw error;
      // Stripe stores a 5xx under its idempotency key and replays it for every retry: look whether the session
      // was made after all; only if it was not does the link get a fresh key for the next try.
      const found = await sessionOf(link);
      if (found) return found;
      store.renewKey(link.id, `kassa-link-${link.id}-create-${randomUUID().slice(0, 8)}`);
      throw error;
    }
    failpoint('paylink.after_send');
    return session;
  }

  /** The session Stripe holds for a link (found by the link id in its metadata), if any. */
  async function sessionOf(link: LinkRow): Promise<StripeClient.Checkout.Session | null> {
    for await (const session of stripeOf(link.account).checkout.sessions.list({ limit: 100 })) {
      if (session.metadata?.['kassa_link'] === link.id) return session;
      if (session.created * 1000 < link.created_at - 60_000) break; // newest first: older ones are not it
    }
    return null;
  }

  /** Records the session Stripe made for a link still being created. */
  function recordCreated(link: LinkRow, session: StripeClient.Checkout.Session): LinkRow {
    return tx.run(() => {
      const current = store.get(link.id)!;
      if (current.state !== 'creating') return current;
      const row = store.update(link.id, {
        state: 'open',
        session_id: session.id,
        url: session.url,
        next_check_at: now() + checkDelayMs(0, 'open'),
        checks: 0,
      });
      deps.audit.record({ action: 'paylink.created', subject: link.order_id, details: { link: link.id } });
      announce(row);
      return row;
    });
  }

  /** A create that Stripe refused for good: the link ends and its amount is free again. */
  function recordRefused(link: LinkRow, error: ProviderError): LinkRow {
    return tx.run(() => {
      const row = store.update(link.id, { state: 'failed', failure: error.code });
      deps.orders.updateCardLine(link.order_id, link.payment_line_id, {
        status: 'failed',
        card: null,
        reconcile: false,
      });
      announce(row);
      return row;
    });
  }

  /**
   * Applies what Stripe says about a link's session: its state, its line, the order, all in one transaction.
   * `current` is the link's row when the caller read it inside the transaction it calls this in (the sweep).
   */
  function apply(linkId: string, view: SessionView, paidWith: string | null, current?: LinkRow): LinkRow {
    return tx.run(() => {
      const link = current ?? store.get(linkId)!;
      const step = nextStep(link.state, view);
      if (!step) {
        if (view.paymentIntent && !link.payment_intent)
          return store.update(link.id, { payment_intent: view.paymentIntent });
        return link;
      }
      const row = store.update(link.id, {
        state: step.state,
        payment_intent: view.paymentIntent ?? link.payment_intent,
        paid_with: paidWith ?? link.paid_with,
        ...(step.state === 'failed' ? { failure: bankDebitFailed } : {}),
      });
      if (step.line !== 'pending') {
        deps.orders.updateCardLine(link.order_id, link.payment_line_id, {
          status: step.line,
          card: null,
          reconcile: false,
        });
      }
      if (step.state === 'paid') recordPaid(row);
      deps.audit.record({
        action: `paylink.${step.state}`,
        subject: link.order_id,
        details: { link: link.id, session: link.session_id, paymentIntent: row.payment_intent },
      });
      announce(row);
      return row;
    });
  }

  /**
   * A paid link leaves a succeeded attempt in the payment journal, tied to its PaymentIntent: the books agree
   * (recovery finds a paid line with its attempt), and refunds go back through Stripe like any card payment.
   */
  function recordPaid(link: LinkRow): void {
    const attemptId = `link-${link.id}`;
    if (deps.journal.get(attemptId)) return;
    deps.journal.insert({
      id: attemptId,
      order_id: link.order_id,
      payment_line_id: link.payment_line_id,
      method_id: link.method_id,
      provider: 'stripe',
      terminal_ref: 'checkout',
      amount: link.amount,
      currency: link.currency,
    });
    deps.journal.update(attemptId, { state: 'succeeded', provider_ref: link.payment_intent });
    const remote = store.remote(link.order_id);
    if (remote && store.markAnnounced(link.order_id)) {
      const paid = { orderId: link.order_id, name: remote.name, fulfilment: remote.fulfilment };
      tx.afterCommit(() => deps.onRemotePaid?.(paid));
      deps.alerts.raise(
        'info',
        'remote_order_paid',
        {
          key: 'alert.remotePaid',
          params: { name: remote.name, fulfilment: remote.fulfilment },
        },
        { orderId: link.order_id },
      );
    }
  }

  async function retrieve(link: LinkRow): Promise<StripeClient.Checkout.Session> {
    return stripeOf(link.account).checkout.sessions.retrieve(link.session_id!, {
      expand: ['payment_intent', 'payment_intent.payment_method'],
    });
  }

  /** Looks at one live link at Stripe and applies what it finds (a link still being created is finished). */
  async function check(linkId: string): Promise<LinkRow> {
    let link = store.get(linkId);
    if (!link || !liveStates.includes(link.state)) return link!;
    if (link.state === 'creating') {
      try {
        link = recordCreated(link, await sendCreate(link));
      } catch (error) {
        const problem = toProviderError(error);
        if (problem.maybeApplied || problem.retryable) throw problem;
        return recordRefused(link, problem);
      }
    }
    const session = await retrieve(link);
    return apply(link.id, viewOf(session), paidWithOf(session));
  }

  return {
    choice,
    settingsOf,
    accountOf: (methodId: string): string => accountOf(linkMethod(methodId)),
    saveSettings(account: string, methods: readonly LinkMethod[], expiryMinutes: number): void {
      if (!Number.isInteger(expiryMinutes) || expiryMinutes < 30 || expiryMinutes > 1440)
        throw translatedError('invalid_request', 'err.paylink.expiryRange', undefined, 'expiryMinutes');
      if (methods.length === 0)
        throw translatedError('invalid_request', 'err.paylink.chooseMethod', undefined, 'methods');
      store.saveSettings(account, methods, expiryMinutes);
    },

    /**
     * Makes a link for what is left to pay on the order. Journals first: the link row with its key and the
     * pending line commit before Stripe is asked, so a crash at any step finds the same session again.
     */
    async create(
      orderId: string,
      methodId: string,
      expiryMinutes?: number,
      payoutsUnderstood = false,
    ): Promise<PaymentLinkView> {
      const method = linkMethod(methodId);
      const account = accountOf(method);
      stripeOf(account);
      // Seed 004: before the first link on an account, say plainly if Stripe would never pay the money out.
      if (!payoutsUnderstood && store.linkCount(account) === 0) {
        const check = await payoutCheckOf(account).catch(() => null);
        const problem = check ? payoutProblem(check) : null;
        if (check && problem)
          throw translatedError(
            'conflict',
            payoutsFirstKey[problem],
            problem === 'due' ? { fields: check.currentlyDue.join(', ') } : undefined,
            'payoutsUnderstood',
          );
      }
      const settings = settingsOf(account);
      const minutes = expiryMinutes ?? settings.expiryMinutes;
      if (!Number.isInteger(minutes) || minutes < 30 || minutes > 1440)
        throw translatedError('invalid_request', 'err.paylink.expiryRange', undefined, 'expiryMinutes');
      const link = tx.run(() => {
        const order = deps.orders.get(orderId);
        if (store.liveOf(orderId)) throw translatedError('conflict', 'err.paylink.alreadyOpen');
        const picked = chooseLinkMethods(settings.methods, order.currency, deps.hasPublishableKey(account));
        if (picked.offered.length === 0)
          throw translatedError('invalid_request', 'err.paylink.noMethodForCurrency', {
            currency: order.currency,
          });
        const amount = available(order);
        if (amount <= 0)
          throw translatedError('amount_invalid', 'err.paylink.nothingLeft', undefined, 'amount');
        const id = randomUUID();
        const lineId = randomUUID();
        deps.orders.openCardLine(orderId, { id: lineId, method, amount });
        return store.insert({
          id,
          order_id: orderId,
          payment_line_id: lineId,
          method_id: method.id,
          account,
          amount,
          currency: order.currency,
          methods: JSON.stringify(picked.offered),
          idempotency_key: `kassa-link-${id}-create`,
          // A minute of room at either bound: the till's clock and Stripe's need not agree to the second.
          expires_at: now() + minutes * 60_000 + (minutes === 1440 ? -60_000 : minutes === 30 ? 60_000 : 0),
        });
      });
      try {
        return toView(recordCreated(link, await sendCreate(link)));
      } catch (error) {
        const problem = toProviderError(error);
        if (problem.maybeApplied || problem.retryable) {
          // The answer is unknown: the link stays `creating` and the poller sends the same key again.
          deps.log.warn('paylink.create_unknown', { link: link.id, error: problem.message });
          return toView(store.get(link.id)!);
        }
        recordRefused(link, problem);
        throw translatedError('provider_rejected', 'err.paylink.refused', { reason: problem.message });
      }
    },

    /** Ends an open link at Stripe (the session expires) and frees its amount for another way to pay. */
    async cancel(linkId: string): Promise<PaymentLinkView> {
      let link = store.get(linkId);
      if (!link) throw translatedError('not_found', 'err.paylink.unknown');
      if (link.state === 'creating') link = await check(linkId);
      if (link.state !== 'open') {
        if (link.state === 'awaiting_settlement')
          throw translatedError('conflict', 'err.paylink.cancelWhileSettling');
        return toView(link);
      }
      try {
        // Expiring is idempotent by nature (a second try on an ended session is refused, and then read below), so
        // each try has its own key: Stripe would replay a stored 5xx for a reused one.
        await stripeOf(link.account).checkout.sessions.expire(link.session_id!, undefined, {
          idempotencyKey: `kassa-link-${link.id}-expire-${randomUUID().slice(0, 8)}`,
        });
      } catch (error) {
        const problem = toProviderError(error);
        if (problem.retryable)
          throw translatedError('provider_unreachable', 'err.paylink.stripeUnreachable', {
            reason: problem.message,
          });
        // The session is no longer open: the customer paid (or it expired) just now. Its state says which.
        const after = await check(linkId);
        if (after.state === 'open')
          throw translatedError('provider_rejected', 'err.paylink.refusedToEnd', { reason: problem.message });
        return toView(after);
      }
      return toView(
        tx.run(() => {
          const current = store.get(linkId)!;
          if (current.state !== 'open') return current;
          const row = store.update(linkId, { state: 'canceled' });
          deps.orders.updateCardLine(current.order_id, current.payment_line_id, {
            status: 'failed',
            card: null,
            reconcile: false,
          });
          deps.audit.record({
            action: 'paylink.canceled',
            subject: current.order_id,
            details: { link: linkId },
          });
          announce(row);
          return row;
        }),
      );
    },

    /** A new link for what is still due after an expired or canceled one: one tap at the till. */
    async renew(linkId: string, expiryMinutes?: number): Promise<PaymentLinkView> {
      const link = store.get(linkId);
      if (!link) throw translatedError('not_found', 'err.paylink.unknown');
      if (liveStates.includes(link.state)) throw translatedError('conflict', 'err.paylink.stillOpen');
      return this.create(link.order_id, link.method_id, expiryMinutes);
    },

    forOrder: (orderId: string): PaymentLinkView[] => store.forOrder(orderId).map(toView),
    /** Whether Stripe pays out to the owner for the method's account (seed 004). */
    payoutCheck: (methodId: string): Promise<PayoutCheck> => payoutCheckOf(accountOf(linkMethod(methodId))),
    /** The same check for an account (a Stripe profile in preferences). */
    accountPayouts: payoutCheckOf,
    /** STO-6: a bank debit is refunded only once it settled; until then the refund is explained, not tried. */
    checkRefundable(orderId: string, paymentLineId: string): void {
      const link = store.forOrder(orderId).find((l) => l.payment_line_id === paymentLineId);
      if (link?.state === 'awaiting_settlement')
        throw translatedError('conflict', 'err.paylink.refundBeforeSettled');
    },
    get: (linkId: string): PaymentLinkView | null => {
      const row = store.get(linkId);
      return row ? toView(row) : null;
    },
    check,
    apply,
    /** Live links due for a look now, soonest first. */
    due: (): LinkRow[] => store.live().filter((l) => l.next_check_at <= now()),
    scheduleNext(link: LinkRow): void {
      const checks = link.checks + 1;
      store.schedule(link.id, now() + checkDelayMs(checks, link.state), checks);
    },

    /**
     * Recovery: sessions of this till that Stripe holds open but no live link of ours points at (made by a
     * request whose link ended since) are expired, so a customer can never pay an order twice.
     */
    async expireOrphans(account: string): Promise<number> {
      const stripe = deps.stripeFor(account);
      if (!stripe) return 0;
      let expired = 0;
      for await (const session of stripe.checkout.sessions.list({ status: 'open', limit: 100 })) {
        if (session.metadata?.['kassa_link_till'] !== deps.tillId) continue;
        const link = store.get(session.metadata['kassa_link'] ?? '');
        if (link && liveStates.includes(link.state) && (link.session_id ?? session.id) === session.id)
          continue;
        await stripe.checkout.sessions.expire(session.id, undefined, {
          idempotencyKey: `kassa-orphan-${session.id}-expire`,
        });
        deps.log.warn('paylink.orphan_expired', { session: session.id, link: link?.id ?? null });
        expired++;
      }
      return expired;
    },
  };
}

export type PayLinks = ReturnType<typeof createPayLinks>;
