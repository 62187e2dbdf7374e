import type StripeClient from 'stripe';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import type { Logger } from '../../logger.ts';
import type { Alerts } from '../../system/alerts.ts';
import type { PaymentJournal } from '../payment-journal.ts';
import type { LinkStore, SeenOutcome } from './link-store.ts';
import { viewOf, type PayLinks } from './pay-links.ts';
import type { SessionView } from './link-steps.ts';
import { disputeReasonValues, eventTypeValues } from '../../../../shared/payments/stripe-words.ts';

export interface EventSweepDeps {
  tx: UnitOfWork;
  store: LinkStore;
  links: Pick<PayLinks, 'apply'>;
  journal: Pick<PaymentJournal, 'isKnown' | 'byProviderRef' | 'relaxed'>;
  alerts: Alerts;
  log: Logger;
  now: () => number;
  tillId: string;
  stripeFor(account: string): StripeClient | null;
}

/** Stripe's page size limit: fewer round trips per sweep. */
const pageSize = 100;
/**
 * How long one transaction of the sweep holds the main thread: the till's own work, and the sockets of the
 * sweep's other pages, get the event loop at least this often while hundreds of paid links are posted.
 */
const sliceMs = 20;
/** The first sweep of an account looks back this far (links made just before an upgrade are found). */
const firstLookBackSeconds = 24 * 60 * 60;

/**
 * The events the sweep acts on, as streams read side by side (one sweep's pages are fetched at once, not one
 * after the other): the busy types of a payment each in their own stream, the rare ones together. Types it
 * does not act on (payment_intent.created, …) are not asked for.
 */
export const sweptTypes: readonly (readonly string[])[] = [
  ['checkout.session.completed'],
  [
    'checkout.session.async_payment_succeeded',
    'checkout.session.async_payment_failed',
    'checkout.session.expired',
    'charge.refunded',
    'charge.dispute.created',
  ],
  ['charge.succeeded', 'charge.pending'],
  ['payment_intent.succeeded'],
];

interface Objectish {
  id?: string;
  object?: string;
  metadata?: Record<string, string> | null;
  payment_intent?: string | { id: string } | null;
}

const idOf = (value: string | { id: string } | null | undefined): string | null =>
  typeof value === 'string' ? value : (value?.id ?? null);

/**
 * The webhook-less channel (STO-10): reads `GET /v1/events` from a cursor kept in SQLite and posts every event
 * that belongs to an order onto it, including those that happened while Kassa was closed. A page of events
 * commits in a few short transactions, each event with its record as handled, and the cursor moves once every
 * page was read, so a sweep cut short (a crash, a lost connection) is simply run again: nothing is posted twice and
 * nothing is skipped.
 */
export function createEventSweep(deps: EventSweepDeps) {
  const { store, tx } = deps;

  /** What one event means here; runs inside its slice's transaction. */
  function handle(account: string, event: StripeClient.Event): SeenOutcome {
    const object = event.data.object as Objectish;
    const meta = object.metadata ?? {};
    if (event.type.startsWith('checkout.session.')) {
      const session = event.data.object as StripeClient.Checkout.Session;
      let link = store.bySession(session.id) ?? store.get(meta['kassa_link'] ?? '');
      if (!link)
        return unmatched(
          account,
          event,
          [session.id, idOf(session.payment_intent)],
          session.amount_total ?? 0,
          session.currency,
        );
      if (!link.session_id) link = store.update(link.id, { session_id: session.id, url: session.url });
      const view: SessionView = viewOf(session);
      if (event.type === 'checkout.session.async_payment_failed')
        view.intentStatus = 'requires_payment_method';
      const before = link.state;
      // The row just read in this transaction is the one apply would read again.
      const after = deps.links.apply(link.id, view, null, link).state;
      return after === before ? 'known' : 'posted';
    }
    if (event.type === 'charge.dispute.created') {
      const dispute = event.data.object as StripeClient.Dispute;
      const intent = idOf(dispute.payment_intent);
      const link = intent ? store.byIntent(intent) : undefined;
      const attempt = intent ? deps.journal.byProviderRef(intent) : undefined;
      const orderId = link?.order_id ?? attempt?.order_id ?? null;
      if (!orderId) return unmatched(account, event, [dispute.id], dispute.amount, dispute.currency);
      if (link) store.update(link.id, { dispute: dispute.reason });
      deps.alerts.raise(
        'critical',
        'payment_disputed',
        {
          key: 'alert.disputed',
          params: {
            amount: stripeAmount(dispute.amount, dispute.currency),
            ...disputeReasonValues('reason', dispute.reason),
            due: { day: (dispute.evidence_details.due_by ?? 0) * 1000 },
          },
        },
        { orderId, dispute: dispute.id, paymentIntent: intent },
      );
      return 'posted';
    }
    const intent = object.object === 'payment_intent' ? (object.id ?? null) : idOf(object.payment_intent);
    if (intent === null) return 'ignored';
    const link = store.byIntent(intent) ?? store.get(meta['kassa_link'] ?? '');
    if (link) {
      if (event.type === 'charge.refunded') {
        const charge = event.data.object as StripeClient.Charge;
        // Streams and pages may arrive newest first: the refunded amount only grows.
        if (charge.amount_refunded > link.refunded)
          store.update(link.id, { refunded: charge.amount_refunded });
        return 'posted';
      }
      if (event.type === 'charge.succeeded' || event.type === 'charge.pending') {
        const charge = event.data.object as StripeClient.Charge;
        if (charge.payment_method_details && !link.paid_with)
          store.update(link.id, { paid_with: charge.payment_method_details.type });
      }
      return 'known';
    }
    // Card payments at the counter belong to the payment orchestrator, which follows them itself.
    if (
      deps.journal.isKnown(intent) ||
      (meta['kassa_attempt'] && deps.journal.isKnown(meta['kassa_attempt']))
    )
      return 'known';
    const till = meta['kassa_till'] ?? meta['kassa_link_till'];
    if (till !== undefined && till !== deps.tillId) return 'ignored';
    if (event.type === 'payment_intent.succeeded') {
      const pi = event.data.object as StripeClient.PaymentIntent;
      return unmatched(account, event, [pi.id], pi.amount_received, pi.currency);
    }
    return 'ignored';
  }

  /** An amount from Stripe (minor units, lower-case currency), said in the store's money format by the alert. */
  const stripeAmount = (amount: number, currency: string | null) => ({
    amount,
    currency: (currency ?? '').toUpperCase(),
  });

  /**
   * A payment that belongs to nothing on this till (REL-2): raised once, by the first event that showed it (a
   * Checkout payment shows as its PaymentIntent and as its session; the refs of both are remembered).
   */
  function unmatched(
    account: string,
    event: StripeClient.Event,
    refs: readonly (string | null)[],
    amount: number,
    currency: string | null,
  ): SeenOutcome {
    const known = refs.filter((r): r is string => r !== null);
    const ref = known[0]!;
    const paid =
      event.type === 'payment_intent.succeeded' ||
      event.type === 'checkout.session.completed' ||
      event.type === 'checkout.session.async_payment_succeeded' ||
      event.type === 'charge.dispute.created';
    if (!paid) return 'ignored';
    const markers = known.map((r) => `ref:${r}`);
    if (markers.some((m) => store.seen(account, m))) return 'unmatched';
    for (const m of markers) store.markSeen(account, m, 'alerted', 'unmatched', event.created);
    deps.alerts.raise(
      'warning',
      'unmatched_provider_payment',
      {
        key: 'alert.unmatchedEvent',
        params: { ref, amount: stripeAmount(amount, currency), ...eventTypeValues('event', event.type) },
      },
      { providerRef: ref, event: event.id, account },
    );
    return 'unmatched';
  }

  /**
   * Handles events of a page (oldest first) from `from` on, in one transaction, until the slice's time is up;
   * returns where it stopped. Events handled before are skipped. Each event's effects and its record as handled
   * commit together, so a page cut anywhere (a crash between slices) is read again and nothing is posted twice.
   * A slice commits without its own sync to disk: everything in it is rebuilt from Stripe's events, since the
   * cursor has not moved past them yet. The cursor's move at the end of the sweep is a FULL commit, which makes
   * the sweep's slices durable with it (WAL frames reach the disk in order), so a power cut costs at most a
   * re-read.
   */
  function commitSlice(
    account: string,
    oldestFirst: readonly StripeClient.Event[],
    from: number,
  ): { next: number; posted: number } {
    return deps.journal.relaxed(() =>
      tx.run(() => {
        const began = performance.now();
        let posted = 0;
        let i = from;
        while (i < oldestFirst.length) {
          const event = oldestFirst[i++]!;
          // A page handled before a crash is not handled again: its events are remembered with their effects.
          if (store.seen(account, event.id)) continue;
          const outcome = handle(account, event);
          store.markSeen(account, event.id, event.type, outcome, event.created);
          if (outcome === 'posted') posted++;
          if (performance.now() - began >= sliceMs) break;
        }
        return { next: i, posted };
      }),
    );
  }

  /**
   * Handles one page in slices of a few milliseconds, giving the event loop back between them: the other
   * streams' pages (hundreds of kilobytes each, read from the socket a buffer at a time) keep arriving while a
   * page of paid links is posted, instead of waiting for the whole page and then being asked for in turn.
   */
  async function commitPage(account: string, oldestFirst: readonly StripeClient.Event[]): Promise<number> {
    let posted = 0;
    let from = 0;
    while (from < oldestFirst.length) {
      if (from > 0) await new Promise((resolve) => setImmediate(resolve));
      const slice = commitSlice(account, oldestFirst, from);
      from = slice.next;
      posted += slice.posted;
    }
    return posted;
  }

  /**
   * Reads one stream of event types since a time, newest first (`starting_after`), and handles each page as it
   * arrives, so Stripe's latency for the next page overlaps our writes for this one.
   */
  async function readStream(
    stripe: StripeClient,
    account: string,
    types: readonly string[],
    since: number,
  ): Promise<{ events: number; posted: number; newest: StripeClient.Event | null }> {
    let events = 0;
    let posted = 0;
    let newest: StripeClient.Event | null = null;
    let next: Promise<StripeClient.ApiList<StripeClient.Event>> | null = stripe.events.list({
      limit: pageSize,
      types: [...types],
      created: { gte: since },
    });
    while (next) {
      const page: StripeClient.ApiList<StripeClient.Event> = await next;
      if (page.data.length === 0) break;
      newest ??= page.data[0]!;
      const after = page.data[page.data.length - 1]!.id;
      next = page.has_more
        ? stripe.events.list({
            limit: pageSize,
            types: [...types],
            created: { gte: since },
            starting_after: after,
          })
        : null;
      if (next) {
        next.catch(() => undefined); // a failure is met when awaited; never unhandled if this page throws
        await new Promise((resolve) => setImmediate(resolve)); // let the request leave first
      }
      posted += await commitPage(account, [...page.data].reverse());
      events += page.data.length;
    }
    return { events, posted, newest };
  }

  /**
   * One sweep of an account: every stream of event types is read at once from the cursor's time (the first
   * sweep looks back a day), each page handled as it arrives. Effects do not depend on the order of events
   * (a link that ended stays ended; amounts only grow), and every handled event is remembered, so the cursor
   * moves only when all streams were read to the end: a sweep cut short reads again from the same time and
   * skips what it handled, so nothing is posted twice and nothing is missed. Events of the cursor's own second
   * are read again (Stripe's times are whole seconds) and skipped as seen.
   */
  async function sweep(account: string): Promise<{ events: number; posted: number }> {
    const stripe = deps.stripeFor(account);
    if (!stripe) return { events: 0, posted: 0 };
    const cursor = store.cursor(account);
    const since = cursor ? cursor.last_created : Math.floor(deps.now() / 1000) - firstLookBackSeconds;
    const results = await Promise.allSettled(
      sweptTypes.map((types) => readStream(stripe, account, types, since)),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    let events = 0;
    let posted = 0;
    let newest: StripeClient.Event | null = null;
    for (const result of results) {
      if (result.status !== 'fulfilled') continue;
      events += result.value.events;
      posted += result.value.posted;
      const top = result.value.newest;
      if (top && (!newest || top.created > newest.created)) newest = top;
    }
    if (newest) store.moveCursor(account, newest.id, newest.created);
    else if (!cursor) store.moveCursor(account, '', since);
    return { events, posted };
  }

  return { sweep, handle };
}

export type EventSweep = ReturnType<typeof createEventSweep>;
