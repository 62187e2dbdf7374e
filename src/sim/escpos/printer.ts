import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SeededRandom } from '../rng.ts';
import { createDecoder, type PrintedPiece } from './decoder.ts';

/*
 * A virtual ESC/POS network printer (raw TCP, as on port 9100) for tests and demo mode. It decodes what it is
 * sent into pieces of paper, records drawer pulses, answers real-time status (DLE EOT) with Epson's status
 * bytes and GS ( H process-ID requests once the data before them is processed, and can be switched off, run out
 * of paper, or drop connections at a random byte — including after the cut and before the confirmation, which is
 * what makes a queue prove it never prints a receipt twice.
 */

export interface VirtualPrinterOptions {
  host?: string;
  /** 0 (default): any free port. */
  port?: number;
  /** Inspection endpoint (HTTP JSON); 0 for any free port, undefined for none. */
  inspectionPort?: number;
  seed?: number;
}

export interface PrinterState {
  online: boolean;
  paperOut: boolean;
  coverOpen: boolean;
  /** Share of connections dropped at a random byte (0–1). */
  dropRate: number;
}

export interface Pulse {
  pin: 2 | 5;
  at: number;
}

export interface VirtualPrinter {
  host: string;
  port: number;
  /** host:port, as a printer's address in Kassa. */
  address: string;
  inspectionUrl: string | null;
  state(): PrinterState;
  set(change: Partial<PrinterState>): Promise<void>;
  /** Whole receipts (cut), in the order they came out. */
  receipts(): PrintedPiece[];
  /** Half-printed pieces a broken connection left behind. */
  fragments(): PrintedPiece[];
  pulses(): Pulse[];
  /** Resolves with the next whole receipt (or the n-th from now). */
  nextReceipt(): Promise<PrintedPiece>;
  nextPulse(): Promise<Pulse>;
  connections(): number;
  /** Plugs a cable in: the printer reads and answers on this stream as on a connection (serial tests). */
  attach(stream: Duplex): void;
  clear(): void;
  close(): Promise<void>;
}

// Epson status bytes: bits 1 and 4 are always set.
const FIXED = 0x12;

export async function startVirtualPrinter(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  const random = new SeededRandom(options.seed ?? 9100);
  const state: PrinterState = { online: true, paperOut: false, coverOpen: false, dropRate: 0 };
  const receipts: PrintedPiece[] = [];
  const fragments: PrintedPiece[] = [];
  const pulses: Pulse[] = [];
  const sockets = new Set<Duplex>();
  let connections = 0;
  let receiptWaiters: ((p: PrintedPiece) => void)[] = [];
  let pulseWaiters: ((p: Pulse) => void)[] = [];

  const status = (n: number): number => {
    const printing = !state.paperOut && !state.coverOpen;
    switch (n) {
      case 1: // printer status: bit 3 offline
        return FIXED | (printing ? 0 : 0x08);
      case 2: // offline cause: bit 2 cover open, bit 5 paper end stop
        return FIXED | (state.coverOpen ? 0x04 : 0) | (state.paperOut ? 0x20 : 0);
      case 3: // error cause
        return FIXED;
      case 4: // roll paper sensor: bits 5 and 6 paper end
        return FIXED | (state.paperOut ? 0x60 : 0);
      default:
        return FIXED;
    }
  };

  const onConnection = (socket: Socket | Duplex) => {
    // A TCP connection is reset (RST) when it drops; a cable simply goes dead.
    const drop = () => ('resetAndDestroy' in socket ? socket.resetAndDestroy() : socket.destroy());
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    // A dropped connection breaks at a random byte of what it is sent (0: at once).
    const dropAt = random.next() < state.dropRate ? Math.floor(random.next() * 1200) : Infinity;
    let received = 0;
    // The last whole receipt of this connection: a process-ID request after it names the job it came from.
    let lastReceipt: PrintedPiece | null = null;
    const decoder = createDecoder({
      piece(piece) {
        if (piece.cut) {
          lastReceipt = piece;
          receipts.push(piece);
          const waiters = receiptWaiters;
          receiptWaiters = [];
          for (const w of waiters) w(piece);
        } else fragments.push(piece);
      },
      pulse(pin) {
        if (state.paperOut || state.coverOpen) return;
        const pulse = { pin, at: Date.now() };
        pulses.push(pulse);
        const waiters = pulseWaiters;
        pulseWaiters = [];
        for (const w of waiters) w(pulse);
      },
      reply(bytes) {
        if (bytes[0] === 0x37 && bytes[1] === 0x22 && lastReceipt && lastReceipt.processId === undefined)
          lastReceipt.processId = String.fromCharCode(...bytes.subarray(2, 6));
        if (!socket.destroyed) socket.write(bytes);
      },
      status,
      printing: () => !state.paperOut && !state.coverOpen,
    });
    if (dropAt === 0) {
      drop();
      return;
    }
    socket.on('data', (chunk: Buffer) => {
      if (received + chunk.length >= dropAt) {
        decoder.feed(chunk.subarray(0, dropAt - received));
        decoder.end();
        drop();
        return;
      }
      received += chunk.length;
      decoder.feed(chunk);
    });
    socket.on('end', () => {
      decoder.end();
      socket.end();
    });
  };

  let server: Server | null = null;
  let port = options.port ?? 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createTcpServer(onConnection);
      s.once('error', reject);
      s.listen(port, host, () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      if (!s) resolve();
      else s.close(() => resolve());
    });
  await listen();

  let http: ReturnType<typeof createHttpServer> | null = null;
  let inspectionUrl: string | null = null;
  const printer: VirtualPrinter = {
    host,
    get port() {
      return port;
    },
    get address() {
      return `${host}:${port}`;
    },
    get inspectionUrl() {
      return inspectionUrl;
    },
    state: () => ({ ...state }),
    async set(change) {
      Object.assign(state, change);
      // Switched off: the port refuses connections, like a printer without power.
      if (change.online === false && server) await stop();
      if (change.online === true && !server) await listen();
    },
    receipts: () => [...receipts],
    fragments: () => [...fragments],
    pulses: () => [...pulses],
    nextReceipt: () => new Promise((resolve) => receiptWaiters.push(resolve)),
    nextPulse: () => new Promise((resolve) => pulseWaiters.push(resolve)),
    connections: () => connections,
    attach: (stream) => onConnection(stream),
    clear() {
      receipts.length = 0;
      fragments.length = 0;
      pulses.length = 0;
    },
    async close() {
      await stop();
      if (http) await new Promise<void>((resolve) => http!.close(() => resolve()));
    },
  };

  if (options.inspectionPort !== undefined) {
    http = createHttpServer((req, res) => void inspect(printer, req, res));
    await new Promise<void>((resolve) => http!.listen(options.inspectionPort, host, resolve));
    inspectionUrl = `http://${host}:${(http.address() as AddressInfo).port}`;
  }
  return printer;
}

/** GET /receipts, /pulses, /state; POST /state with a JSON change; POST /clear. */
async function inspect(printer: VirtualPrinter, req: IncomingMessage, res: ServerResponse) {
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const url = new URL(req.url ?? '/', 'http://printer');
  if (req.method === 'GET' && url.pathname === '/receipts')
    return send(200, { receipts: printer.receipts(), fragments: printer.fragments() });
  if (req.method === 'GET' && url.pathname === '/pulses') return send(200, { pulses: printer.pulses() });
  if (req.method === 'GET' && url.pathname === '/state') return send(200, printer.state());
  if (req.method === 'POST' && url.pathname === '/clear') {
    printer.clear();
    return send(200, { ok: true });
  }
  if (req.method === 'POST' && url.pathname === '/state') {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    try {
      await printer.set(JSON.parse(body) as Partial<PrinterState>);
      return send(200, printer.state());
    } catch (error) {
      return send(400, { error: String(error) });
    }
  }
  send(404, { error: 'Try GET /receipts, /pulses, /state or POST /state, /clear.' });
}
