import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startCore, type CoreOptions, type KassaCore } from '../core/kassa-core.ts';
import { windowKinds, type WindowKind } from '../../shared/ipc/channel.ts';
import { readStatic } from '../core/web/static-files.ts';
import { contentSecurityPolicy } from '../../shared/security/csp.ts';
import { privateFolder } from '../core/db/private-files.ts';
import { fileLastStaff } from './host-session-memory.ts';
import { displayScopeChannels, displayScopeEvents } from '../../shared/ipc/customer-display.ts';

export interface HostOptions extends CoreOptions {
  /** Loopback only: the host is for development and tests, never exposed to a network. */
  port?: number;
  /** The built renderer (npm run build:renderer). */
  rendererDir?: string;
  token?: string;
  /** The customer display's own token: it can read the display's view and nothing else. */
  displayToken?: string;
}

export interface Host {
  url: string;
  token: string;
  /** The customer display's token (windowUrl('customer-display') carries it): reads the display's view only. */
  displayToken: string;
  /** Opens a window kind in a browser: the token travels in the fragment, which is never sent to a server. */
  windowUrl(kind: WindowKind): string;
  core: KassaCore;
  close(): Promise<void>;
}

const maxBody = 1024 * 1024;

/**
 * The headless host: the core under plain Node, the IPC contract served as POST /ipc/<channel> on loopback,
 * events as server-sent events, and the built renderer with a window.kassa bridge that calls them.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const displayToken = options.displayToken ?? randomBytes(24).toString('base64url');
  let windowUrl: ((kind: WindowKind) => string) | null = null;
  privateFolder(options.dataDir);
  const core = startCore({
    ...options,
    // A browser on the screen facing the customer opens this address (shown in the preferences).
    customerDisplayUrl: () => (windowUrl ? windowUrl('customer-display') : null),
    lastStaff: options.lastStaff ?? fileLastStaff(options.dataDir),
    checkResponses: options.checkResponses ?? true,
    // A browser tab cannot be opened from here: the till opens the address it is given.
    openPreferences: () => ({ url: windowUrl ? windowUrl('preferences') : null }),
  });
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer');
  /** Each event stream with its scope: the display's hears only the display's own events. */
  const sseClients = new Map<ServerResponse, Scope>();
  const unsubscribe = core.subscribe((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const [client, scope] of sseClients) {
      if (scope === 'all' || displayScopeEvents.includes(name)) client.write(frame);
    }
  });

  const same = (presented: string, expected: string): boolean => {
    const a = Buffer.from(presented);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  /** Which token was presented: the full one, the customer display's, or none. */
  const scopeOf = (presented: string | null): Scope | null => {
    if (!presented) return null;
    if (same(presented, token)) return 'all';
    if (same(presented, displayToken)) return 'display';
    return null;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A request the host cannot read is the caller's mistake (400/413), not a failure of the host.
      if (error instanceof BadRequest) {
        options.log.warn('host.bad_request', { url: req.url, status: error.status, reason: error.message });
        if (!res.headersSent) res.writeHead(error.status, { connection: 'close' }).end();
        if (error.status === 413) req.destroy();
        return;
      }
      options.log.error('host.request_failed', { url: req.url, error: String(error) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = parseUrl(req.url);
    if (url.pathname.startsWith('/ipc/')) {
      if (req.method !== 'POST') return void res.writeHead(405).end();
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
      const scope = scopeOf(bearer);
      if (!scope) return void res.writeHead(401).end();
      const window = windowOf(req.headers['x-kassa-window']);
      if (!window) return void res.writeHead(400).end();
      // The display's token opens the display's view and nothing else, whatever window the caller claims.
      if (
        scope === 'display' &&
        (window !== 'customer-display' || !displayScopeChannels.includes(channelOf(url.pathname)))
      )
        return void res.writeHead(403).end();
      const body = await readBody(req);
      let payload: unknown;
      try {
        payload = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        payload = Symbol('unparseable'); // fails validation like any other bad payload
      }
      const result = await core.dispatch(channelOf(url.pathname), payload, { window });
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return void res.end(JSON.stringify(result));
    }
    if (url.pathname === '/events') {
      const scope = scopeOf(url.searchParams.get('token'));
      if (!scope) return void res.writeHead(401).end();
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      sseClients.set(res, scope);
      req.on('close', () => sseClients.delete(res));
      return;
    }
    if (req.method !== 'GET') return void res.writeHead(405).end();
    if (url.pathname === '/') return void res.writeHead(302, { location: '/till/' }).end();
    // The short address for the screen facing the customer (the token stays in the fragment, kept by the redirect).
    if (url.pathname === '/display') return void res.writeHead(302, { location: '/customer-display/' }).end();
    const file = await readStatic(rendererDir, url.pathname);
    if (!file)
      return void res
        .writeHead(404, { 'content-type': 'text/plain' })
        .end('Not found. Did you run npm run build:renderer?');
    let body: Buffer | string = file.body;
    if (file.type.startsWith('text/html')) {
      // The page gets the same window.kassa as in Electron, through a bridge that calls this host.
      // A module script: the bridge shares chunks (zod, the contract) with the window and imports them. Module
      // scripts run in document order, so it is in place before the window's own entry.
      body = file.body
        .toString('utf8')
        .replace('<head>', '<head><script type="module" src="/host-bridge.js"></script>');
    }
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': contentSecurityPolicy({ connectSelf: true }),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    res.end(body);
  }

  await new Promise<void>((ready) => server.listen(options.port ?? 0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  windowUrl = (kind) => `${url}/${kind}/#token=${kind === 'customer-display' ? displayToken : token}`;
  options.log.info('host.listening', { url, secrets: core.secretBoxDescription });

  return {
    url,
    token,
    displayToken,
    core,
    windowUrl,
    async close() {
      unsubscribe();
      for (const client of sseClients.keys()) client.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await core.close();
    },
  };
}

type Scope = 'all' | 'display';

function windowOf(header: string | string[] | undefined): WindowKind | null {
  return typeof header === 'string' && (windowKinds as readonly string[]).includes(header)
    ? (header as WindowKind)
    : null;
}

/** A request the host refuses before it reaches the core: the answer is its status, never a 500. */
class BadRequest extends Error {
  readonly status: 400 | 413;
  constructor(status: 400 | 413, reason: string) {
    super(reason);
    this.status = status;
  }
}

function parseUrl(path: string | undefined): URL {
  try {
    return new URL(path ?? '/', 'http://localhost');
  } catch {
    throw new BadRequest(400, 'malformed address');
  }
}

/** The channel name from `/ipc/<channel>`; a malformed percent-escape is the caller's error. */
function channelOf(pathname: string): string {
  try {
    return decodeURIComponent(pathname.slice('/ipc/'.length));
  } catch {
    throw new BadRequest(400, 'malformed channel name');
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBody) throw new BadRequest(413, 'request body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBody) throw new BadRequest(413, 'request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
