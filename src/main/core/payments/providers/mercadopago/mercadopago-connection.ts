import type { Logger } from '../../../logger.ts';
import { sameMercadoPagoSettings, type MercadoPagoSettings } from '../../provider-settings.ts';
import type { ConnectedMercadoPago } from './connect-mercadopago.ts';
import type { MercadoPagoTerminalProvider } from './mercadopago-terminal.ts';
import type { MercadoPagoTerminalDirectory } from './terminal-directory.ts';

export interface MercadoPagoConnectionOptions {
  /** The settings the till should use now; read again on every refresh (the owner may have saved new ones). */
  settings: () => MercadoPagoSettings;
  connect: (settings: MercadoPagoSettings) => Promise<ConnectedMercadoPago | null>;
  log: Logger;
}

interface InUse {
  connection: ConnectedMercadoPago;
  /** Resolves once no call made through `connection` is still waiting for Mercado Pago. */
  idle: () => Promise<void>;
}

/**
 * Counts the calls still running through a connection. The orchestrator asks for the provider again on every
 * step, so once a connection is no longer handed out, it is out of use as soon as its last call returns.
 */
function countUses(connection: ConnectedMercadoPago): InUse {
  let running = 0;
  const waiting: (() => void)[] = [];
  const use =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      running++;
      try {
        return await call(...args);
      } finally {
        running--;
        if (running === 0) for (const done of waiting.splice(0)) done();
      }
    };
  const d = connection.directory;
  const directory: MercadoPagoTerminalDirectory = {
    list: use(() => d.list()),
    resolve: use((serialOrId: string, options?: { fresh?: boolean }) => d.resolve(serialOrId, options)),
    setIntegratedMode: use((terminalId: string) => d.setIntegratedMode(terminalId)),
  };
  const p = connection.provider;
  const simulateCard = p.simulateCard?.bind(p);
  const provider: MercadoPagoTerminalProvider = {
    kind: p.kind,
    pollIntervalMs: p.pollIntervalMs,
    directory,
    checkAmount: (amount, currency) => p.checkAmount(amount, currency),
    heard: (orderId) => p.heard(orderId),
    start: use((attempt, journal) => p.start(attempt, journal)),
    observe: use((attempt) => p.observe(attempt)),
    capture: use((attempt, journal) => p.capture(attempt, journal)),
    cancel: use((attempt, journal) => p.cancel(attempt, journal)),
    refund: use((attempt, refund, journal) => p.refund(attempt, refund, journal)),
    listRecent: use((sinceMs) => p.listRecent(sinceMs)),
    ...(simulateCard ? { simulateCard: use(simulateCard) } : {}),
  };
  return {
    connection: { ...connection, provider, directory },
    idle: () =>
      running === 0 ? Promise.resolve() : new Promise<void>((resolve) => void waiting.push(resolve)),
  };
}

/**
 * The till's one Mercado Pago connection, which the owner replaces from the preferences without a restart
 * (MP-2). A replacement first stops handing the old connection out, so no new step starts on the old account,
 * then waits for the calls still under way, closes it (its notification receiver may hold the very address the
 * new one needs, and a demo's simulator goes with it) and connects with the new settings. Callers that must
 * not act in between (a payment being sent) wait for `settled()`.
 */
export function createMercadoPagoConnection(options: MercadoPagoConnectionOptions) {
  const { log } = options;
  let active: InUse | null = null;
  /** What `active` was made with; null until the first connect. */
  let madeWith: MercadoPagoSettings | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  /** True when the connection was made or replaced. */
  async function apply(): Promise<boolean> {
    if (closed) return false;
    let next: MercadoPagoSettings;
    try {
      next = options.settings();
    } catch (error) {
      log.error('mercadopago.settings_unreadable', { error: String(error) });
      return false;
    }
    if (madeWith && sameMercadoPagoSettings(madeWith, next)) return false;
    const old = active;
    active = null;
    madeWith = next;
    if (old) {
      await old.idle();
      try {
        await old.connection.close();
      } catch (error) {
        log.warn('mercadopago.close_failed', { error: String(error) });
      }
      log.info('mercadopago.disconnected', { reason: 'settings_changed' });
    }
    try {
      const connection = await options.connect(next);
      if (connection && closed) await connection.close();
      else active = connection ? countUses(connection) : null;
    } catch (error) {
      // Not connected: the next refresh (the minute's sweep, or another save) tries again.
      madeWith = null;
      log.error('payments.connect_failed', { provider: 'mercadopago', error: String(error) });
    }
    return true;
  }

  return {
    /** The connection to use now; null while Mercado Pago is off, or while a replacement is being made. */
    current: (): ConnectedMercadoPago | null => active?.connection ?? null,
    /**
     * Connects the first time; later, reconnects only when the settings differ from the ones in use.
     * Resolves true when the connection was made or replaced.
     */
    refresh(): Promise<boolean> {
      const run = queue.then(apply);
      queue = run.catch(() => undefined);
      return run;
    },
    /** Resolves once every refresh asked for so far has finished. */
    settled: (): Promise<void> => queue.then(() => undefined),
    async close(): Promise<void> {
      closed = true;
      await queue;
      const old = active;
      active = null;
      // Shutting down: the pollers have stopped, so the connection closes without waiting for stragglers.
      await old?.connection.close();
    },
  };
}

export type MercadoPagoConnection = ReturnType<typeof createMercadoPagoConnection>;
