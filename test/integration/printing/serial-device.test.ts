/**
 * A serial receipt printer on a real terminal device: a pseudo-terminal (made by Python's `pty`, as a USB serial
 * adapter appears as /dev/ttyUSB0) whose other side is cabled to the virtual ESC/POS printer. The till's own
 * serial ports print on it through `serialport`'s native binding — the same code Windows COM ports run, here with
 * the binding's Linux binary — and so does the fallback for a system the binding has no binary for (the device
 * file with `stty`). Each sets the speed from Preferences and talks raw: status first, the receipt, the
 * printer's confirmation; the drawer opens once.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { Duplex, PassThrough } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../../../src/sim/escpos/index.ts';
import { serialSupported } from '../../../src/main/core/printing/serial-device.ts';
import { systemSerialPorts } from '../../../src/main/core/printing/serial-port.ts';
import type { SerialPorts } from '../../../src/main/core/printing/print-queue.ts';
import { testCore } from '../../support/core.ts';
import { readPaper } from './printing-till.ts';

const hasPty =
  serialSupported() &&
  spawnSync('python3', ['-c', 'import pty']).status === 0 &&
  spawnSync('stty', ['--version']).error === undefined;

/** Copies between a new pseudo-terminal and stdin/stdout; prints the terminal's path first. */
const bridge = `
import os, pty, select, sys
m, s = pty.openpty()
sys.stdout.write(os.ttyname(s) + "\\n"); sys.stdout.flush()
while True:
    r, _, _ = select.select([m, 0], [], [])
    if m in r:
        try: d = os.read(m, 4096)
        except OSError: d = b""
        if d: os.write(1, d)
    if 0 in r:
        d = os.read(0, 4096)
        if not d: break
        os.write(m, d)
`;

let printer: VirtualPrinter;
let kassa: ReturnType<typeof testCore>;
let child: ChildProcess;

/** A pseudo-terminal whose far side is plugged into the virtual printer; answers the device's path. */
async function cabledTerminal(): Promise<string> {
  child = spawn('python3', ['-c', bridge], { stdio: ['pipe', 'pipe', 'inherit'] });
  const fromPrinterSide = new PassThrough();
  let path = '';
  const found = new Promise<string>((resolve) => {
    let head = Buffer.alloc(0);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (path) return void fromPrinterSide.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf(0x0a);
      if (end < 0) return;
      path = head.subarray(0, end).toString();
      if (head.length > end + 1) fromPrinterSide.write(head.subarray(end + 1));
      resolve(path);
    });
  });
  printer.attach(Duplex.from({ readable: fromPrinterSide, writable: child.stdin! }));
  return found;
}

beforeEach(async () => {
  printer = await startVirtualPrinter();
});
afterEach(async () => {
  await kassa?.close();
  child?.kill();
  await printer.close();
});

describe('a serial printer on a terminal device', () => {
  it.skipIf(!hasPty).each<[string, () => SerialPorts | undefined]>([
    // The core's default: nothing injected.
    ["the till's own serial ports (serialport, as on Windows)", () => undefined],
    [
      'the device file and stty, where the binding cannot load',
      () => systemSerialPorts(undefined, undefined, () => false),
    ],
  ])('prints a cash sale at 19200 baud and opens the drawer once, through %s', async (_, ports) => {
    const path = await cabledTerminal();
    const serialPorts = ports();
    kassa = testCore(undefined, undefined, { printRetryMs: 50, ...(serialPorts ? { serialPorts } : {}) });
    kassa.core.services.tx.run(() =>
      kassa.core.services.printStore.savePrinter({
        id: 'serial',
        name: 'Counter (serial)',
        kind: 'serial',
        address: path,
        baud: 19200,
        columns: 42,
        paper_mm: 80,
        codepage: 'auto',
        drawer_pin: 2,
        receipts: 1,
      }),
    );
    const paper = printer.nextReceipt();
    const price = kassa.core.services.catalog.pricing([2]).get(2)!.price;
    await kassa.call('orders.checkout', {
      orderId: randomUUID(),
      lines: [{ productId: 2, quantity: 1 }],
      payments: [{ id: randomUUID(), methodId: 'cash', amount: price, tendered: price }],
    });
    const lines = readPaper(await paper);
    expect(lines.some((l) => l.startsWith('Total'))).toBe(true);
    await kassa.core.printing.queue.idle();
    expect(printer.pulses()).toHaveLength(1);
    expect(kassa.core.printing.queue.jobs()).toEqual([]);
    // The speed from Preferences is the line's speed now.
    expect(spawnSync('stty', ['-F', path, 'speed']).stdout.toString().trim()).toBe('19200');
    if (!serialPorts) {
      // The default went through serialport's native binding: it is loaded now.
      const require = createRequire(import.meta.url);
      expect(require.cache[require.resolve('@serialport/bindings-cpp')]).toBeDefined();
    }
  });
});
