import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { resolveAccounts, type ResolvedAccount, type SimAccount } from './accounts.ts';
import { execute, rateLimited } from './api.ts';
import {
  createControl,
  faultFromJson,
  type PresentCardOptions,
  type StripeSimulatorControl,
} from './control.ts';
import { SimCore } from './core.ts';
import { handleAuthentication, handleHostedCheckout } from './hosted-checkout.ts';
import { handleDone, handlePaymentAuthentication } from './payment-authentication.ts';
import { SimApiError } from './errors.ts';
import { randomToken } from './ids.ts';
import type { Clock } from '../clock.ts';

export interface StripeSimulatorOptions {
  /** 0 (the default) takes any free port. */
  port?: number;
  /** Only loopback by default: the simulator has no TLS and its control API needs no key. */
  host?: string;
  latencyMs?: number;
  /** Requests per second per API key; by default Stripe's 25 in test mode and 100 in live mode. */
  rateLimitPerSecond?: number;
  accounts?: SimAccount[];
  /** Seed for probabilistic faults, so a soak test injects the same faults on every run. */
  seed?: number;
  /** How long authorizing a presented card takes (default 0: at once). */
  authorizationMs?: number;
  /** How long new PaymentIntents take to appear in search (default 0). */
  searchIndexDelayMs?: number;
  /** The simulator's time and timers: the real clock by default; a `TestClock` lets a test move time. */
  clock?: Clock;
  /** How long SEPA Direct Debit paid on a hosted page takes to settle, on the simulator clock (default 60 s). */
  asyncSettlementMs?: number;
}

export interface StripeSimulator {
  /** `http://127.0.0.1:<port>`; the SDK takes it as `{ host, port, protocol: 'http' }`. */
  url: string;
  host: string;
  port: number;
  protocol: 'http';
  /** The first account's test-mode secret key. */
  secretKey: string;
  publishableKey: string;
  restrictedKey: string;
  /** The first account's live keys, when it has any. */
  liveSecretKey: string | undefined;
  livePublishableKey: string | undefined;
  accounts: readonly ResolvedAccount[];
  control: StripeSimulatorControl;
  close(): Promise<void>;
}

const maxBodyBytes = 1024 * 1024;
const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(value, null, 2));
}

/**
 * Starts a stateful, in-memory fake of the Stripe API on loopback. Point the official SDK at it with
 * `new Stripe(sim.secretKey, { host: sim.host, port: sim.port, protocol: 'http' })`.
 */
export async function startStripeSimulator(options: StripeSimulatorOptions = {}): Promise<StripeSimulator> {
  const accounts = resolveAccounts(options.accounts);
  const core = new SimCore(
    accounts,
    Stripe.API_VERSION,
    {
      latencyMs: options.latencyMs ?? 0,
      rateLimitPerSecond: options.rateLimitPerSecond ?? null,
      authorizationMs: options.authorizationMs ?? 0,
      searchIndexDelayMs: options.searchIndexDelayMs ?? 0,
      asyncSettlementMs: options.asyncSettlementMs ?? 60_000,
    },
    options.seed ?? 1,
    options.clock,
  );
  const control = createControl(core);

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const body = await readBody(req);
    if (body === null) {
      sendJson(res, 413, { error: { type: 'invalid_request_error', message: 'Request body too large.' } });
      return;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const decision = core.faults.decide(method, url.pathname);
    if (decision.outcome === 'drop_connection') {
      req.socket.destroy();
      return;
    }
    const delay = core.settings.latencyMs + decision.delayMs;
    if (delay > 0) await core.sleep(delay);
    if (decision.outcome === 'http_429') {
      const error = rateLimited();
      sendJson(res, error.status, { error: error.body }, { 'Request-Id': `req_${randomToken(14)}` });
      return;
    }
    const result = execute(core, {
      method,
      path: url.pathname,
      query: url.search.slice(1),
      headers: req.headers,
      body,
      injected500: decision.outcome === 'http_500',
    });
    if (decision.outcome === 'lost_response') {
      req.socket.destroy();
      return;
    }
    res.writeHead(result.status, result.headers);
    res.end(result.body);
  };

  const handleControl = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (!loopback.has(req.socket.remoteAddress ?? '')) {
      sendJson(res, 403, { error: { message: 'The simulator control API only answers on loopback.' } });
      return;
    }
    const text = (await readBody(req)) ?? '';
    let input: Record<string, unknown> = {};
    if (text.trim() !== '') {
      try {
        input = JSON.parse(text) as Record<string, unknown>;
      } catch {
        sendJson(res, 400, { error: { message: 'Send control requests as JSON.' } });
        return;
      }
    }
    try {
      const result = runControl(control, req.method ?? 'GET', url.pathname, input);
      if (result === undefined) {
        sendJson(res, 404, { error: { message: `No control endpoint ${req.method} ${url.pathname}.` } });
      } else {
        sendJson(res, 200, result);
      }
    } catch (error) {
      const message = error instanceof SimApiError ? error.body.message : (error as Error).message;
      sendJson(res, 400, { error: error instanceof SimApiError ? error.body : { message } });
    }
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const work = url.pathname.startsWith('/__sim/')
      ? handleControl(req, res, url)
      : url.pathname.startsWith('/c/pay/')
        ? handleHostedCheckout(core, req, res, url, readBody)
        : url.pathname.startsWith('/c/authenticate/pi_')
          ? handlePaymentAuthentication(core, req, res, url)
          : url.pathname.startsWith('/c/authenticate/')
            ? handleAuthentication(core, req, res, url)
            : url.pathname === '/c/done'
              ? Promise.resolve(handleDone(res, url))
              : handleApi(req, res, url);
    work.catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJson(res, 500, {
        error: { type: 'api_error', message: `Simulator failure: ${(error as Error).message}` },
      });
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  core.hostedBase = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const first = accounts[0] as ResolvedAccount;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    host,
    port,
    protocol: 'http',
    secretKey: first.keys.secretKey,
    publishableKey: first.keys.publishableKey,
    restrictedKey: first.keys.restrictedKey,
    liveSecretKey: first.keys.liveSecretKey,
    livePublishableKey: first.keys.livePublishableKey,
    accounts,
    control,
    close: () =>
      new Promise<void>((resolve, reject) => {
        core.close();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}

function numberField(input: Record<string, unknown>, key: string): number {
  const value = input[key];
  if (typeof value !== 'number') throw new RangeError(`Send {"${key}": <number>}.`);
  return value;
}

/** The control API over HTTP, for demo mode and tools outside the test process. */
function runControl(
  control: StripeSimulatorControl,
  method: string,
  path: string,
  input: Record<string, unknown>,
): unknown {
  const reader =
    /^\/__sim\/readers\/([^/]+)\/(present_card|complete_authorization|customer_cancel|status|busy)$/.exec(
      path,
    );
  if (method === 'POST' && reader !== null) {
    const id = decodeURIComponent(reader[1] as string);
    switch (reader[2]) {
      case 'present_card':
        return control.presentCard(id, input as PresentCardOptions);
      case 'complete_authorization':
        return control.completeAuthorization(id);
      case 'customer_cancel':
        return control.customerCancel(id);
      case 'status':
        return control.setReaderStatus(id, input['status'] as 'online' | 'offline');
      default:
        return control.setReaderBusy(id, input['busy'] === true);
    }
  }
  const key = `${method} ${path}`;
  switch (key) {
    case 'GET /__sim/ledger':
      return control.ledger();
    case 'GET /__sim/readers':
      return control.readers();
    case 'GET /__sim/faults':
      return control.faults().map(({ fault, remaining }) => ({
        ...fault,
        match:
          fault.match === undefined ? undefined : { ...fault.match, path: String(fault.match.path ?? '') },
        remaining: Number.isFinite(remaining) ? remaining : null,
      }));
    case 'POST /__sim/faults':
      control.injectFault(faultFromJson(input));
      return { ok: true };
    case 'DELETE /__sim/faults':
      control.clearFaults();
      return { ok: true };
    case 'POST /__sim/latency':
      control.setLatency(numberField(input, 'ms'));
      return { ok: true };
    case 'POST /__sim/authorization_delay':
      control.setAuthorizationDelay(numberField(input, 'ms'));
      return { ok: true };
    case 'POST /__sim/search_index_delay':
      control.setSearchIndexDelay(numberField(input, 'ms'));
      return { ok: true };
    case 'POST /__sim/rate_limit':
      control.setRateLimit(input['perSecond'] === null ? null : numberField(input, 'perSecond'));
      return { ok: true };
    case 'POST /__sim/seed':
      control.seed(numberField(input, 'seed'));
      return { ok: true };
    case 'POST /__sim/clock/advance':
      control.advanceClock(numberField(input, 'ms'));
      return { ok: true };
    default:
      return undefined;
  }
}
