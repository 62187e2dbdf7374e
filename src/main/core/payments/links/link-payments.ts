import type StripeClient from 'stripe';
import type { Logger } from '../../logger.ts';
import type { Services } from '../../services.ts';
import { createEventSweep } from './event-sweep.ts';
import type { LinkMethod } from '../../../../shared/payments/link-methods.ts';
import { builtInAccount, createPayLinks, type PaymentLinkView } from './pay-links.ts';
import { createRemoteOrders } from './remote-orders.ts';

export interface LinkPaymentOptions {
  services: Services;
  log: Logger;
  now: () => number;
  stripeFor(account: string): StripeClient | null;
  hasPublishableKey(account: string): boolean;
  defaultMethods?(account: string): LinkMethod[];
  /** Accounts to sweep: the till's own connection and every saved profile with a key. */
  accounts(): string[];
  onChanged(link: PaymentLinkView): void;
  onRemotePaid?(paid: { orderId: string; name: string; fulfilment: 'pickup' | 'delivery' | 'phone' }): void;
  /** How often live links are looked at (the due ones), and how often the event sweep runs. */
  tickMs?: number;
  sweepIntervalMs?: number;
}

/**
 * Pay by link as one subsystem: the links, the poller that watches open ones, and the event sweep. Started
 * once Stripe is connected; the till sells as usual meanwhile.
 */
export function createLinkPayments(options: LinkPaymentOptions) {
  const { services, log, now } = options;
  const store = services.linkStore;
  const tillId = services.storeInfo().till.id;
  const links = createPayLinks({
    tx: services.tx,
    store,
    orders: services.orders,
    methods: services.methods,
    journal: services.journal,
    alerts: services.alerts,
    audit: services.audit,
    log,
    now,
    tillId,
    storeName: () => services.store().name,
    stripeFor: options.stripeFor,
    hasPublishableKey: options.hasPublishableKey,
    ...(options.defaultMethods ? { defaultMethods: options.defaultMethods } : {}),
    onChanged: options.onChanged,
    ...(options.onRemotePaid ? { onRemotePaid: options.onRemotePaid } : {}),
  });
  const remote = createRemoteOrders({
    tx: services.tx,
    store,
    orders: services.orders,
    links,
    audit: services.audit,
    now,
  });
  const sweeper = createEventSweep({
    tx: services.tx,
    store,
    links,
    journal: services.journal,
    alerts: services.alerts,
    log,
    now,
    tillId,
    stripeFor: options.stripeFor,
  });

  let tickTimer: NodeJS.Timeout | null = null;
  let sweepTimer: NodeJS.Timeout | null = null;
  let ticking = false;
  let sweeping: Promise<void> | null = null;
  const inFlight = new Set<string>();

  /** Looks at the live links that are due, a few at a time (inside Stripe's rate limits). */
  async function tick(): Promise<void> {
    if (ticking) return;
    ticking = true;
    try {
      const due = links
        .due()
        .filter((l) => !inFlight.has(l.id))
        .slice(0, 8);
      await Promise.all(
        due.map(async (link) => {
          inFlight.add(link.id);
          try {
            const after = await links.check(link.id);
            if (after && ['creating', 'open', 'awaiting_settlement'].includes(after.state))
              links.scheduleNext(after);
          } catch (error) {
            log.warn('paylink.check_failed', { link: link.id, error: String(error) });
            const current = store.get(link.id);
            if (current) links.scheduleNext(current);
          } finally {
            inFlight.delete(link.id);
          }
        }),
      );
    } finally {
      ticking = false;
    }
  }

  /** Sweeps every account's events once (one sweep at a time). */
  function sweepAll(): Promise<void> {
    sweeping ??= (async () => {
      try {
        for (const account of options.accounts()) {
          try {
            await sweeper.sweep(account);
          } catch (error) {
            log.warn('paylink.sweep_failed', { account, error: String(error) });
          }
        }
        store.pruneSeen(Math.floor(now() / 1000) - 31 * 24 * 60 * 60);
      } finally {
        sweeping = null;
      }
    })();
    return sweeping;
  }

  return {
    links,
    remote,
    sweeper,
    orderCurrency: (orderId: string): string => services.orders.get(orderId).currency,
    store,
    tick,
    sweepAll,
    /** Starts watching: open links every tick, events every sweep interval (a minute by default). */
    start(): void {
      if (tickTimer) return;
      void sweepAll();
      tickTimer = setInterval(() => void tick(), options.tickMs ?? 250);
      tickTimer.unref();
      sweepTimer = setInterval(() => void sweepAll(), options.sweepIntervalMs ?? 60_000);
      sweepTimer.unref();
    },
    async stop(): Promise<void> {
      if (tickTimer) clearInterval(tickTimer);
      if (sweepTimer) clearInterval(sweepTimer);
      tickTimer = sweepTimer = null;
      await sweeping;
    },
    defaultAccount: builtInAccount,
  };
}

export type LinkPayments = ReturnType<typeof createLinkPayments>;
