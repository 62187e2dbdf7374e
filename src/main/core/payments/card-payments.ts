import type { CardPayment, Refund } from '../../../shared/ipc/payments.ts';
import type { Logger } from '../logger.ts';
import type { Services } from '../services.ts';
import type { EventBus } from '../events.ts';
import { createManagerPin } from '../staff/manager-pin.ts';
import { createPaymentJournal } from './payment-journal.ts';
import { createPaymentOrchestrator } from './orchestrator.ts';
import { createRefunds } from './refunds.ts';
import type { ProviderSettings } from './provider-settings.ts';
import { connectStripe, type ConnectedProvider } from './providers/stripe/connect-stripe.ts';
import {
  connectMercadoPago,
  type ConnectedMercadoPago,
} from './providers/mercadopago/connect-mercadopago.ts';
import type { TerminalProvider } from './terminal-provider.ts';

export interface CardPaymentOptions {
  services: Services;
  events: EventBus;
  log: Logger;
  now: () => number;
  settings: ProviderSettings;
  /** Recovery and reconciliation sweep (default every minute). */
  sweepIntervalMs?: number;
  pollIntervalMs?: number;
}

type Kind = 'stripe' | 'mercadopago';

/**
 * Card payments as one subsystem: the journal, the orchestrator, refunds, and the providers behind them.
 * Providers connect in the background; recovery runs as soon as each one is connected, and then every
 * minute, so the counter can sell cash from the first millisecond.
 */
export function createCardPayments(options: CardPaymentOptions) {
  const { services, events, log, now } = options;
  const connected = new Map<Kind, ConnectedProvider>();
  const journal = createPaymentJournal(services.db, now);
  const managerPin = createManagerPin(services.settings, services.audit, now);
  const providerFor = (kind: Kind): TerminalProvider | null => connected.get(kind)?.provider ?? null;

  const orchestrator = createPaymentOrchestrator({
    db: services.db,
    journal,
    orders: services.orders,
    methods: services.methods,
    audit: services.audit,
    alerts: services.alerts,
    log,
    now,
    tillId: services.storeInfo().till.id,
    providerFor,
    simulated: (kind) => connected.get(kind)?.simulated ?? false,
    verifyManagerPin: (pin, purpose = 'payment.force_done') => managerPin.verify(pin, purpose),
    onUpdate: (payment: CardPayment) => events.emit('payments.updated', payment),
  });
  const refunds = createRefunds({
    db: services.db,
    journal,
    orders: services.orders,
    audit: services.audit,
    log,
    now,
    locale: () => services.store().locale,
    tillId: services.storeInfo().till.id,
    providerFor,
    onUpdate: (refund: Refund) => events.emit('refunds.updated', refund),
  });

  let mercadoPago: ConnectedMercadoPago | null = null;
  let sweepTimer: NodeJS.Timeout | null = null;
  let closed = false;

  async function sweep(): Promise<void> {
    orchestrator.recover();
    await refunds.resend();
    for (const kind of connected.keys()) {
      try {
        await orchestrator.reconcile(kind, now() - 2 * 24 * 60 * 60_000);
      } catch (error) {
        log.warn('payments.reconcile_failed', { kind, error: String(error) });
      }
    }
  }

  const ready = (async () => {
    try {
      const stripe = await connectStripe(options.settings.stripe, {
        db: services.db,
        log,
        ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
      });
      if (closed) return void (await stripe?.close());
      if (stripe) connected.set('stripe', stripe);
    } catch (error) {
      log.error('payments.connect_failed', { provider: 'stripe', error: String(error) });
    }
    try {
      const mp = await connectMercadoPago(options.settings.mercadopago ?? { mode: 'off' }, {
        db: services.db,
        log,
        alerts: services.alerts,
        store: () => services.store(),
        ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
        // A genuine notification is only a hint: the order is read again at once.
        onNotification: (orderId) => orchestrator.nudge(orderId),
      });
      if (closed) return void (await mp?.close());
      if (mp) {
        connected.set('mercadopago', mp);
        mercadoPago = mp;
      }
    } catch (error) {
      log.error('payments.connect_failed', { provider: 'mercadopago', error: String(error) });
    }
    orchestrator.recover();
    void sweep().catch((error: unknown) => log.warn('payments.sweep_failed', { error: String(error) }));
    sweepTimer = setInterval(() => {
      void sweep().catch((error: unknown) => log.warn('payments.sweep_failed', { error: String(error) }));
    }, options.sweepIntervalMs ?? 60_000);
    sweepTimer.unref();
  })();

  return {
    orchestrator,
    refunds,
    ready,
    isDemo: () => [...connected.values()].some((c) => c.simulated),
    managerPin,
    /** The Stripe account's locations and readers, once Stripe is connected. */
    stripeReaders: () => connected.get('stripe')?.readers ?? null,
    /** The Mercado Pago account's terminals and the notification receiver, once Mercado Pago is connected. */
    mercadoPago: () => mercadoPago,
    async close(): Promise<void> {
      closed = true;
      await ready;
      if (sweepTimer) clearInterval(sweepTimer);
      orchestrator.stop();
      for (const c of connected.values()) await c.close();
    },
  };
}

export type CardPayments = ReturnType<typeof createCardPayments>;
