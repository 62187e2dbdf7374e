import { randomBytes } from 'node:crypto';
import { realClock, type Clock, type ClockTimer } from '../clock.ts';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultTerminals, SimAccount, SimControlError, type SimTerminalSeed } from './account.ts';
import { controlRoute, type MercadoPagoSimulatorControl } from './control.ts';
import { FaultInjector } from '../faults.ts';
import { simSites, type SimCountry } from './money.ts';
import { Notifier, type SimWebhook } from './notifier.ts';
import { errors, unauthorized, type SimResponse } from './responses.ts';

export type { MercadoPagoSimulatorControl } from './control.ts';

/**
 * A stateful fake of Mercado Pago's Point APIs on a local port: terminals, orders with their whole lifecycle,
 * refunds, signed notifications and fault injection. Tests, benchmarks and demo mode point the client's
 * `baseUrl` at `url`. Device-side actions (the terminal picks up an order, a card is approved or declined,
 * the cashier cancels on the terminal) are driven through `control` or the `/__sim/…` endpoints.
 */
export interface MercadoPagoSimulatorOptions {
  port?: number;
  host?: string;
  /** Added to every answer of the Mercado Pago API (not to `/__sim`). */
  latencyMs?: number;
  accessToken?: string;
  /** Where order notifications are posted, and the secret they are signed with. */
  webhook?: SimWebhook;
  /** The account's site, which fixes the currency and its limits. Brazil unless told otherwise. */
  country?: SimCountry;
  /** Replaces the default terminals: one in PDV mode, one factory-fresh in STANDALONE, the SBX0000001 sandbox device. */
  terminals?: SimTerminalSeed[];
  /** When set, a terminal picks up each new order after this many milliseconds. */
  autoPickUpMs?: number | null;
  /** How long a terminal takes to confirm a cancel requested with `x-allow-cancelable-status: at_terminal`. */
  cancelAtTerminalDelayMs?: number;
  /** How long `POST /v1/orders/{id}/events` takes to apply the final status (up to 10 s at Mercado Pago). */
  eventDelayMs?: number;
  /** When true, a mode change through `/terminals/v1/setup` only applies after `control.restartTerminal`. */
  modeChangeNeedsRestart?: boolean;
  /** Seed for faults with a probability. */
  seed?: number;
  notificationTimestamps?: 'ms' | 's';
  /** The simulator's time and timers: the real clock by default; a `TestClock` lets a test move time. */
  clock?: Clock;
}

export interface MercadoPagoSimulator {
  url: string;
  accessToken: string;
  control: MercadoPagoSimulatorControl;
  close(): Promise<void>;
}

const maxBodyBytes = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: SimResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  if (response.body === undefined) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  headers['Content-Type'] = 'application/json';
  res.writeHead(response.status, headers);
  res.end(JSON.stringify(response.body));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export async function startMercadoPagoSimulator(
  options: MercadoPagoSimulatorOptions = {},
): Promise<MercadoPagoSimulator> {
  const accessToken = options.accessToken ?? `APP_USR-sim-${randomBytes(16).toString('hex')}`;
  const latencyMs = options.latencyMs ?? 0;
  const userId = '1234567890';
  let clockOffsetMs = 0;
  const base = options.clock ?? realClock;
  const clock = (): number => base.now() + clockOffsetMs;
  const timers = new Set<ClockTimer>();
  let closed = false;

  const schedule = (ms: number, task: () => void, background = false): void => {
    if (closed) return;
    const timer = base.setTimeout(
      () => {
        timers.delete(timer);
        if (!closed) task();
      },
      ms,
      { background },
    );
    timers.add(timer);
  };
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => schedule(ms, resolve));

  const notifier = new Notifier({
    webhook: options.webhook ?? null,
    userId,
    timestampUnit: options.notificationTimestamps ?? 's',
    now: clock,
  });
  const faults = new FaultInjector(options.seed ?? 0x5eed);
  const account = new SimAccount({
    site: simSites[options.country ?? 'BR'],
    userId,
    terminals: options.terminals ?? defaultTerminals,
    clock,
    schedule,
    onStatusChange: (orderId, action) => {
      void notifier.notify(orderId, action);
    },
    autoPickUpMs: options.autoPickUpMs ?? null,
    cancelAtTerminalDelayMs: options.cancelAtTerminalDelayMs ?? 300,
    eventDelayMs: options.eventDelayMs ?? 100,
    modeChangeNeedsRestart: options.modeChangeNeedsRestart ?? false,
  });
  // Orders expire on Mercado Pago's side even when nobody asks about them (housekeeping: it keeps no process alive).
  const sweep = (): void =>
    schedule(
      250,
      () => {
        account.sweep();
        sweep();
      },
      true,
    );
  sweep();

  const requireOrderId = (orderId: string): string => {
    if (account.order(orderId) === undefined)
      throw new SimControlError(`No order ${orderId} on this account.`, 404);
    return orderId;
  };

  const control: MercadoPagoSimulatorControl = {
    terminals: () => account.terminalList(),
    setTerminalMode: (terminalId, mode) => account.setTerminalMode(terminalId, mode),
    restartTerminal: (terminalId) => account.restartTerminal(terminalId),
    setAutoPickUp: (ms) => account.setAutoPickUp(ms),
    pickUp: (orderId) => account.pickUp(orderId),
    approve: (orderId, paymentMethod, card) => account.approve(orderId, paymentMethod, card),
    decline: (orderId, statusDetail) => account.decline(orderId, statusDetail),
    cancelOnTerminal: (orderId) => account.cancelOnTerminal(orderId),
    neverAnswer: (orderId) => account.neverAnswer(orderId),
    advanceClock(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new SimControlError('The clock only moves forward.', 400);
      clockOffsetMs += ms;
      account.sweep();
    },
    holdRefunds: (hold) => account.holdRefunds(hold),
    settleRefunds: () => account.settleRefunds(),
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    order: (orderId) => account.order(orderId),
    openOrder: (terminalId) => account.openOrder(terminalId),
    ledger: () => account.ledger(),
    setWebhook: (webhook) => notifier.setWebhook(webhook),
    setNotificationTimestamps: (unit) => notifier.setTimestampUnit(unit),
    sendNotification: (orderId, action) => notifier.sendGenuine(requireOrderId(orderId), action),
    sendForgedNotification: (orderId, action = 'order.processed') =>
      notifier.sendForged(requireOrderId(orderId), action),
    sendStaleNotification: (orderId, { action = 'order.processed', ageSeconds = 3600 } = {}) =>
      notifier.sendStale(requireOrderId(orderId), action, ageSeconds),
    replayLastNotification: () => notifier.replayLast(),
    notificationDeliveries: () => notifier.deliveries(),
    flushNotifications: () => notifier.flush(),
  };

  function api(req: IncomingMessage, url: URL, body: string): SimResponse {
    const authorization = header(req, 'authorization');
    if (authorization === undefined) return unauthorized('authorization value not present');
    if (authorization !== `Bearer ${accessToken}`) return unauthorized('invalid access token');

    const method = req.method ?? 'GET';
    const idempotencyKey = header(req, 'x-idempotency-key');
    const path = url.pathname;
    if (path === '/terminals/v1/list') {
      return method === 'GET' ? account.listTerminals(url.searchParams) : notAllowed();
    }
    if (path === '/terminals/v1/setup')
      return method === 'PATCH' ? account.setupTerminals(body) : notAllowed();
    if (path === '/v1/orders')
      return method === 'POST' ? account.createOrder(idempotencyKey, body) : notAllowed();
    const match = /^\/v1\/orders\/([^/]+)(?:\/(cancel|refund|events))?$/.exec(path);
    if (match !== null) {
      const orderId = decodeURIComponent(match[1] ?? '');
      const action = match[2];
      if (action === undefined) return method === 'GET' ? account.getOrder(orderId) : notAllowed();
      if (method !== 'POST') return notAllowed();
      if (action === 'cancel') {
        const atTerminal = header(req, 'x-allow-cancelable-status') === 'at_terminal';
        return account.cancelOrder(orderId, idempotencyKey, atTerminal);
      }
      if (action === 'refund') return account.refundOrder(orderId, idempotencyKey, body);
      return account.forceStatus(orderId, body);
    }
    return errors(404, 'not_found', `No resource at ${path}.`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const method = req.method ?? 'GET';
    if (url.pathname.startsWith('/__sim/')) {
      const body = await readBody(req);
      try {
        send(res, await controlRoute(control, method, url.pathname, body ?? ''));
      } catch (error) {
        const status =
          error instanceof SimControlError
            ? error.status
            : error instanceof SyntaxError || error instanceof RangeError
              ? 400
              : 500;
        send(res, { status, body: { error: error instanceof Error ? error.message : String(error) } });
      }
      return;
    }

    const decision = faults.decide(method, url.pathname);
    const body = await readBody(req);
    const delay = latencyMs + decision.delayMs;
    if (delay > 0) await sleep(delay);
    if (closed) return;
    if (body === null) {
      send(res, errors(413, 'payload_too_large', 'The request body is too large.'));
      return;
    }
    if (decision.outcome === 'drop_connection') {
      req.socket.destroy();
      return;
    }
    if (decision.outcome === 'http_500') {
      send(res, errors(500, 'internal_error', 'Internal server error.'));
      return;
    }
    if (decision.outcome === 'http_429') {
      send(res, {
        ...errors(429, 'too_many_requests', 'Too many requests.'),
        headers: { 'Retry-After': '1' },
      });
      return;
    }
    const response = api(req, url, body);
    if (decision.outcome === 'lost_response') {
      req.socket.destroy();
      return;
    }
    send(res, response);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, errors(500, 'internal_error', error instanceof Error ? error.message : String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${shownHost}:${address.port}`,
    accessToken,
    control,
    close() {
      closed = true;
      for (const timer of timers) base.clearTimeout(timer);
      timers.clear();
      notifier.close();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function notAllowed(): SimResponse {
  return errors(405, 'method_not_allowed', 'Method not allowed.');
}
