import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyMercadoPagoSignature } from './signature.ts';

/**
 * The optional HTTP endpoint Mercado Pago posts order notifications to (MP-5). A notification is only a hint:
 * it makes Kassa re-read the order at once instead of at the next poll, so the receiver answers 200 before any
 * work, swallows duplicates, and never trusts anything the signature does not cover. It binds exactly to the
 * address the owner chose (SEC-3); exposing it to Mercado Pago (a tunnel, a port forward) is the owner's call.
 */
export interface NotificationLog {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
}

export interface NotificationReceiverOptions {
  host: string;
  port: number;
  /** The webhook secret from Mercado Pago's "Your integrations" page. Never logged. */
  secret: string;
  /** Called once per genuine notification, after the answer has gone out. */
  onNotification: (orderId: string) => void | Promise<void>;
  log: NotificationLog;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  toleranceSeconds?: number;
  maxBodyBytes?: number;
  /** The same order and action again within this window is a duplicate even under a new x-request-id. */
  duplicateWindowMs?: number;
  /** How long a seen x-request-id is remembered. */
  requestIdMemoryMs?: number;
}

export interface NotificationReceiver {
  url: string;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown>, close = false): void {
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(JSON.stringify(body));
}

/**
 * Remembers keys until they expire. Every key of one memory lives equally long, so insertion order is expiry
 * order: pruning from the front drops expired entries first and keeps the map bounded.
 */
function createMemory(lifetimeMs: number, maxEntries: number) {
  const entries = new Map<string, number>();
  return {
    seen(key: string, now: number): boolean {
      const until = entries.get(key);
      return until !== undefined && until > now;
    },
    remember(key: string, now: number): void {
      entries.delete(key);
      entries.set(key, now + lifetimeMs);
      for (const [k, until] of entries) {
        if (entries.size <= maxEntries && until > now) break;
        entries.delete(k);
      }
    },
  };
}

export async function startNotificationReceiver(
  options: NotificationReceiverOptions,
): Promise<NotificationReceiver> {
  const {
    host,
    port,
    secret,
    onNotification,
    log,
    now = Date.now,
    toleranceSeconds = 300,
    maxBodyBytes = 16 * 1024,
    duplicateWindowMs = 10_000,
    requestIdMemoryMs = 60 * 60 * 1000,
  } = options;
  if (host.trim() === '')
    throw new Error('The notification receiver needs an explicit address to listen on.');
  if (secret === '')
    throw new Error('The notification receiver needs the webhook secret to check signatures.');

  const requestIds = createMemory(requestIdMemoryMs, 10_000);
  const orderActions = createMemory(duplicateWindowMs, 10_000);
  let closed = false;

  function deliver(orderId: string): void {
    setImmediate(() => {
      if (closed) return;
      Promise.resolve()
        .then(() => onNotification(orderId))
        .catch((error: unknown) => {
          log.warn('Mercado Pago notification handler failed', {
            orderId,
            error: error instanceof Error ? error.message : String(error),
          });
        });
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const remote = req.socket.remoteAddress;
    const requestId = header(req, 'x-request-id');
    const reject = (status: number, reason: string, close = false): void => {
      log.warn('Mercado Pago notification rejected', { reason, status, requestId, remote });
      reply(res, status, { error: reason }, close);
    };

    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      reject(405, 'method_not_allowed');
      return;
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) reject(413, 'body_too_large', true);
      else reject(400, 'body_unreadable', true);
      return;
    }

    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    const queryId = url.searchParams.get('data.id');
    if (queryId === null || queryId === '') {
      reject(400, 'malformed: data.id missing from the URL');
      return;
    }
    const verdict = verifyMercadoPagoSignature({
      secret,
      xSignature: header(req, 'x-signature'),
      xRequestId: requestId,
      dataId: queryId,
      now: now(),
      toleranceSeconds,
    });
    if (!verdict.ok) {
      reject(verdict.reason === 'malformed' ? 400 : 401, verdict.reason);
      return;
    }

    // The body is not signed: it may only confirm what the signed URL says, never add to it.
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      reject(400, 'malformed: body is not JSON');
      return;
    }
    if (typeof body !== 'object' || body === null) {
      reject(400, 'malformed: body is not a JSON object');
      return;
    }
    const notification = body as { type?: unknown; action?: unknown; data?: { id?: unknown } };
    const bodyId = typeof notification.data?.id === 'string' ? notification.data.id : undefined;
    if (bodyId !== undefined && bodyId.toLowerCase() !== queryId.toLowerCase()) {
      reject(400, 'malformed: data.id in the body differs from the URL');
      return;
    }
    const type = typeof notification.type === 'string' ? notification.type : url.searchParams.get('type');
    if (type !== 'order') {
      log.info('Mercado Pago notification ignored: not about an order', { type, requestId });
      reply(res, 200, { received: true });
      return;
    }

    const orderId = bodyId ?? queryId;
    const action = typeof notification.action === 'string' ? notification.action : '';
    const at = now();
    const orderAction = `${orderId.toLowerCase()}|${action}`;
    if ((requestId !== undefined && requestIds.seen(requestId, at)) || orderActions.seen(orderAction, at)) {
      log.info('Mercado Pago notification ignored: duplicate', { orderId, action, requestId });
      reply(res, 200, { received: true, duplicate: true });
      return;
    }
    if (requestId !== undefined) requestIds.remember(requestId, at);
    orderActions.remember(orderAction, at);

    reply(res, 200, { received: true });
    log.info('Mercado Pago notification received', { orderId, action, requestId });
    deliver(orderId);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.warn('Mercado Pago notification receiver failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      if (!res.headersSent) reply(res, 500, { error: 'internal' });
    });
  });
  // A slow or silent client must not hold a connection open.
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${shownHost}:${address.port}/`,
    close() {
      closed = true;
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
