import { randomBytes } from 'node:crypto';
import type { PaymentMethodRepo } from '../../payment-methods.ts';
import type { Logger } from '../../../logger.ts';
import type { Alerts } from '../../../system/alerts.ts';
import type { MercadoPagoSettings } from '../../provider-settings.ts';
import type { PaymentJournal } from '../../payment-journal.ts';
import { demoRestarted } from '../../terminal-provider.ts';
import type { ConnectedProvider } from '../stripe/connect-stripe.ts';
import { mercadoPagoCountries, type MercadoPagoCountry } from './amounts.ts';
import { createMercadoPagoClient, type MercadoPagoClient } from './client.ts';
import {
  createMercadoPagoTerminal,
  type MercadoPagoTerminalOptions,
  type MercadoPagoTerminalProvider,
} from './mercadopago-terminal.ts';
import { startNotificationReceiver, type NotificationReceiver } from './receiver.ts';
import { createTerminalDirectory, type MercadoPagoTerminalDirectory } from './terminal-directory.ts';
import { terminalSerial } from './terminals.ts';

export interface ConnectedMercadoPago extends ConnectedProvider {
  provider: MercadoPagoTerminalProvider;
  directory: MercadoPagoTerminalDirectory;
  /** Where the notification receiver listens, when it runs. */
  receiverUrl: string | null;
}

export interface MercadoPagoConnectContext {
  methods: Pick<PaymentMethodRepo, 'pointDemoMethodAt'>;
  journal: PaymentJournal;
  /** Fails (with their lines) the attempts a terminal was busy with; the demo's terminal starts empty. */
  abandonOnTerminal: (failure: { code: string; message: string }) => number;
  log: Logger;
  alerts: Alerts;
  /** The shop's country and currency pick the country rules (and, in demo mode, the simulated account's). */
  store: () => { country: string; currency: string };
  pollIntervalMs?: number;
  /** Called for each genuine notification with the order it names: look at that payment now. */
  onNotification: (orderId: string) => void;
}

/** The demo shop's Mercado Pago method: the simulator's virtual Point Smart. */
export const demoMercadoPagoMethod = { id: 'mercadopago-demo', name: 'Card (Mercado Pago, demo)' };
export const demoTerminalSerial = 'SBX0000001';

/**
 * Mercado Pago's status can lag behind the terminal for a few seconds after a notification, so the order is
 * read at once and then a few more times, not once.
 */
const rereadAfterNotificationMs = [400, 1200, 3000];

/** The account's country: the store's own when Mercado Pago works there, else the one of its currency. */
export function mercadoPagoCountryOf(store: {
  country: string;
  currency: string;
}): MercadoPagoCountry['country'] | undefined {
  const countries = Object.values(mercadoPagoCountries);
  return (
    countries.find((c) => c.country === store.country)?.country ??
    countries.find((c) => c.currency === store.currency)?.country
  );
}

/** Orders this till's journal holds for a terminal, newest first. */
function journalOrders(journal: PaymentJournal): NonNullable<MercadoPagoTerminalOptions['knownOrders']> {
  return (terminalRef, terminalId) =>
    journal.providerRefsOn('mercadopago', [terminalRef, terminalId, terminalSerial(terminalId)]);
}

const isLoopback = (url: string | undefined): boolean => {
  if (!url) return false;
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
};

/**
 * Connects Mercado Pago Point. `account` uses the owner's access token (or, with apiUrl, `npm run sim`) and
 * starts the notification receiver when an address is set; `demo` starts the simulator in-process with a
 * virtual terminal that picks up orders by itself, and a receiver on loopback so the till updates at once.
 */
export async function connectMercadoPago(
  settings: MercadoPagoSettings,
  ctx: MercadoPagoConnectContext,
): Promise<ConnectedMercadoPago | null> {
  if (settings.mode === 'off') return null;
  const timers = new Set<NodeJS.Timeout>();
  let provider: MercadoPagoTerminalProvider | null = null;

  function notified(orderId: string): void {
    provider?.heard(orderId);
    ctx.onNotification(orderId);
    for (const delay of rereadAfterNotificationMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        ctx.onNotification(orderId);
      }, delay);
      timer.unref();
      timers.add(timer);
    }
  }

  async function listen(host: string, port: number, secret: string): Promise<NotificationReceiver | null> {
    try {
      return await startNotificationReceiver({ host, port, secret, log: ctx.log, onNotification: notified });
    } catch (error) {
      ctx.log.error('mercadopago.receiver_failed', { host, port, error: String(error) });
      ctx.alerts.raise('warning', 'mercadopago_receiver', {
        key: 'alert.mpReceiver',
        params: { host, port, error: String(error) },
      });
      return null;
    }
  }

  const connect = (
    client: MercadoPagoClient,
    options: Omit<MercadoPagoTerminalOptions, 'client' | 'directory' | 'knownOrders'>,
  ) => {
    const directory = createTerminalDirectory(client);
    provider = createMercadoPagoTerminal({
      client,
      directory,
      knownOrders: journalOrders(ctx.journal),
      ...(ctx.pollIntervalMs ? { pollIntervalMs: ctx.pollIntervalMs } : {}),
      ...options,
    });
    return { provider, directory };
  };

  const stopTimers = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };

  if (settings.mode === 'account') {
    const client = createMercadoPagoClient({
      accessToken: settings.accessToken,
      ...(settings.apiUrl ? { baseUrl: settings.apiUrl } : {}),
    });
    const simulated = settings.accessToken.startsWith('TEST-') || isLoopback(settings.apiUrl);
    // The country saved with the token is the account's; IT's environment account follows the shop's.
    const country = settings.country ?? mercadoPagoCountryOf(ctx.store());
    const connected = connect(client, { simulated, ...(country ? { country } : {}) });
    const receiver =
      settings.receiver && settings.webhookSecret
        ? await listen(settings.receiver.host, settings.receiver.port, settings.webhookSecret)
        : null;
    ctx.log.info('mercadopago.connected', {
      mode: simulated ? 'test' : 'live',
      apiUrl: settings.apiUrl ?? 'api.mercadopago.com',
      notifications: receiver?.url ?? 'off',
    });
    return {
      ...connected,
      simulated,
      receiverUrl: receiver?.url ?? null,
      async close() {
        stopTimers();
        await receiver?.close();
      },
    };
  }

  const { startMercadoPagoSimulator } = await import('../../../../../sim/mercadopago/index.ts');
  const country = mercadoPagoCountryOf(ctx.store()) ?? 'BR';
  const sim = await startMercadoPagoSimulator({ port: 0, country, autoPickUpMs: 800 });
  const secret = randomBytes(24).toString('hex');
  const receiver = await listen('127.0.0.1', 0, secret);
  if (receiver) sim.control.setWebhook({ url: receiver.url, secret });
  const client = createMercadoPagoClient({ accessToken: sim.accessToken, baseUrl: sim.url });
  const connected = connect(client, {
    simulated: true,
    country,
    demo: true,
    testTerminal: {
      approve: (orderId) => void sim.control.approve(orderId),
      decline: (orderId, statusDetail) => void sim.control.decline(orderId, statusDetail),
    },
  });
  // The simulator starts empty with each run, so the demo method points at this run's virtual terminal.
  ctx.methods.pointDemoMethodAt(demoMercadoPagoMethod, 'mercadopago', demoTerminalSerial);
  ctx.abandonOnTerminal(demoRestarted);
  ctx.log.info('mercadopago.demo_started', { url: sim.url, terminal: demoTerminalSerial, country });
  return {
    ...connected,
    simulated: true,
    receiverUrl: receiver?.url ?? null,
    async close() {
      stopTimers();
      await receiver?.close();
      await sim.close();
    },
  };
}
