import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { failpoint } from '../system/failpoints.ts';

/*
 * A thermal printer on the network: raw ESC/POS over TCP (port 9100, "JetDirect"), or on a serial line (the
 * same conversation over the port's stream, see `sendToPrinter`). One connection per job:
 *   1. connect (timeout)                       — fails: nothing was sent
 *   2. DLE EOT 1, 2, 4: online, offline cause, paper — answered at once by the printer; not ready: nothing sent
 *   3. `beforeSend()`: the caller records that bytes are about to leave (durably)
 *   4. the job, then GS ( H fn 48 (process ID response): the printer answers with the ID once everything before
 *      it has been processed, so the answer means "printed"
 * A break after step 3 without the answer cannot tell "printed" from "not printed": the result says so, and the
 * queue asks the cashier rather than printing a receipt twice.
 */

export type PrinterCondition = 'ready' | 'offline' | 'paper_out' | 'cover_open' | 'unreachable';

export type SendResult =
  | { outcome: 'printed' }
  | { outcome: 'not_sent'; condition: PrinterCondition; detail: string }
  | { outcome: 'maybe'; detail: string };

export interface NetworkPrinterOptions {
  connectTimeoutMs?: number;
  /** How long the printer may take to print the job and confirm it. */
  printTimeoutMs?: number;
}

const DLE_EOT = (n: number) => [0x10, 0x04, n];

export function parseAddress(address: string): { host: string; port: number } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(address.trim());
  if (!match) throw new Error(`"${address}" is not a printer address: write it as host or host:port.`);
  const port = match[2] ? Number(match[2]) : 9100;
  if (port < 1 || port > 65_535) throw new Error(`${port} is not a port number (1–65535).`);
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port };
}

/** What the printer's three status bytes say (Epson bit layout). */
export function conditionOf(status: number, offlineCause: number, paper: number): PrinterCondition {
  if ((paper & 0x60) === 0x60 || (offlineCause & 0x20) !== 0) return 'paper_out';
  if ((offlineCause & 0x04) !== 0) return 'cover_open';
  if ((status & 0x08) !== 0) return 'offline';
  return 'ready';
}

/** A connection that reads exactly the bytes asked for, with a deadline. */
class Link {
  #buffer = Buffer.alloc(0);
  #waiter: (() => void) | null = null;
  #closed: Error | null = null;
  readonly socket: Duplex;
  constructor(socket: Duplex) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#waiter?.();
    });
    const close = (error?: Error) => {
      this.#closed ??= error ?? new Error('the printer closed the connection');
      this.#waiter?.();
    };
    socket.on('error', close);
    socket.on('close', () => close());
  }
  async read(n: number, timeoutMs: number, what: string): Promise<Buffer> {
    const deadline = Date.now() + timeoutMs;
    while (this.#buffer.length < n) {
      if (this.#closed) throw this.#closed;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`the printer did not answer ${what} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#waiter = null;
    }
    const out = this.#buffer.subarray(0, n);
    this.#buffer = this.#buffer.subarray(n);
    return out;
  }
  write(bytes: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.#closed) return reject(this.#closed);
      this.socket.write(bytes, (error) => (error ? reject(error) : resolve()));
    });
  }
}

/** Opens the line to a printer: a TCP connection, or a serial port's stream. */
export type OpenPrinterStream = (timeoutMs: number) => Promise<Duplex>;

const tcp =
  (address: string): OpenPrinterStream =>
  (timeoutMs) =>
    new Promise((resolve, reject) => {
      const { host, port } = parseAddress(address);
      const socket = connect({ host, port, noDelay: true });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`no answer from ${address} within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(socket);
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });

async function open(openStream: OpenPrinterStream, timeoutMs: number): Promise<Link> {
  return new Link(await openStream(timeoutMs));
}

async function readStatus(link: Link, timeoutMs: number): Promise<PrinterCondition> {
  await link.write(Uint8Array.from([...DLE_EOT(1), ...DLE_EOT(2), ...DLE_EOT(4)]));
  const [status, cause, paper] = await link.read(3, timeoutMs, 'the status request');
  return conditionOf(status!, cause!, paper!);
}

/** Asks the printer how it is (reachable, paper, cover), without printing anything. */
export function networkPrinterStatus(
  address: string,
  options: NetworkPrinterOptions = {},
): Promise<{ condition: PrinterCondition; detail: string | null }> {
  return printerStatus(tcp(address), options);
}

/** The same question over any line to the printer. */
export async function printerStatus(
  openStream: OpenPrinterStream,
  options: NetworkPrinterOptions = {},
): Promise<{ condition: PrinterCondition; detail: string | null }> {
  let link: Link;
  try {
    link = await open(openStream, options.connectTimeoutMs ?? 2_000);
  } catch (error) {
    return { condition: 'unreachable', detail: (error as Error).message };
  }
  try {
    return { condition: await readStatus(link, options.connectTimeoutMs ?? 2_000), detail: null };
  } catch (error) {
    return { condition: 'unreachable', detail: (error as Error).message };
  } finally {
    link.socket.destroy();
  }
}

/** The four bytes of a job's process ID (GS ( H fn 48), which the printer echoes once the job has printed. */
export const processIdBytes = (jobTag: number): number[] => [
  0x30 + ((jobTag >> 18) & 0x3f),
  0x30 + ((jobTag >> 12) & 0x3f),
  0x30 + ((jobTag >> 6) & 0x3f),
  0x30 + (jobTag & 0x3f),
];

/** Sends one job and waits for the printer to confirm it; see the file's comment for what each outcome means. */
export function sendToNetworkPrinter(
  address: string,
  job: Uint8Array,
  jobTag: number,
  beforeSend: () => void,
  options: NetworkPrinterOptions = {},
): Promise<SendResult> {
  return sendToPrinter(tcp(address), job, jobTag, beforeSend, options);
}

/** The same over any line to the printer (a serial port's stream: same status bytes, same confirmation). */
export async function sendToPrinter(
  openStream: OpenPrinterStream,
  job: Uint8Array,
  jobTag: number,
  beforeSend: () => void,
  options: NetworkPrinterOptions = {},
): Promise<SendResult> {
  const connectTimeout = options.connectTimeoutMs ?? 2_000;
  let link: Link;
  try {
    link = await open(openStream, connectTimeout);
  } catch (error) {
    return { outcome: 'not_sent', condition: 'unreachable', detail: (error as Error).message };
  }
  try {
    let condition: PrinterCondition;
    try {
      condition = await readStatus(link, connectTimeout);
    } catch (error) {
      return { outcome: 'not_sent', condition: 'unreachable', detail: (error as Error).message };
    }
    if (condition !== 'ready') return { outcome: 'not_sent', condition, detail: condition };
    beforeSend();
    const id = processIdBytes(jobTag);
    const confirm = [0x1d, 0x28, 0x48, 0x06, 0x00, 0x30, 0x30, ...id];
    try {
      await link.write(Buffer.concat([job, Uint8Array.from(confirm)]));
      failpoint('print.sent:before_confirmation');
      // Tens of kilobytes of raster take a few seconds on a real printer.
      const timeout = options.printTimeoutMs ?? 10_000 + job.length / 10;
      for (;;) {
        const head = await link.read(1, timeout, 'the print confirmation');
        if (head[0] !== 0x37) continue; // an automatic status byte: skip it
        const rest = await link.read(6, timeout, 'the print confirmation');
        if (rest[0] === 0x22 && id.every((b, i) => rest[1 + i] === b)) return { outcome: 'printed' };
      }
    } catch (error) {
      return { outcome: 'maybe', detail: (error as Error).message };
    }
  } finally {
    link.socket.destroy();
  }
}

/** ESC p: a drawer pulse on pin 2 or 5 (50 ms on, 500 ms off). */
export const drawerPulse = (pin: 2 | 5): Uint8Array => Uint8Array.of(0x1b, 0x70, pin === 2 ? 0 : 1, 25, 250);
