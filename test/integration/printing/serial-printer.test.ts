/**
 * A serial receipt printer: the same conversation as on the network (status bytes first, the job, the printer's
 * confirmation) over the serial port's stream. Here the port is one end of an in-process stream pair whose other
 * end is plugged into the virtual printer, so the transport is tested against a stream, byte for byte.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { duplexPair } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { startVirtualPrinter, type VirtualPrinter } from '../../../src/sim/escpos/index.ts';
import type { SerialPorts } from '../../../src/main/core/printing/print-queue.ts';
import { testCore } from '../../support/core.ts';

type TestCore = ReturnType<typeof testCore>;

let printer: VirtualPrinter;
let kassa: TestCore;
const opened: string[] = [];

/** COM3 is cabled to the virtual printer; any other port does not exist. */
const ports: SerialPorts = {
  open(path) {
    opened.push(path);
    if (path !== 'COM3') return Promise.reject(new Error(`no serial port ${path}`));
    const [ours, cable] = duplexPair();
    printer.attach(cable);
    return Promise.resolve(ours);
  },
};

beforeEach(async () => {
  opened.length = 0;
  printer = await startVirtualPrinter();
});
afterEach(async () => {
  await kassa.close();
  await printer.close();
});

function serialReceiptPrinter(address: string) {
  kassa.core.services.tx.run(() =>
    kassa.core.services.printStore.savePrinter({
      id: 'serial',
      name: 'Counter (serial)',
      kind: 'serial',
      address,
      columns: 42,
      paper_mm: 80,
      codepage: 'auto',
      drawer_pin: 2,
      receipts: 1,
    }),
  );
}

const cashSale = async () => {
  const price = kassa.core.services.catalog.pricing([2]).get(2)!.price;
  return kassa.call('orders.checkout', {
    orderId: randomUUID(),
    lines: [{ productId: 2, quantity: 1 }],
    payments: [{ id: randomUUID(), methodId: 'cash', amount: price, tendered: price }],
  });
};

describe('a serial receipt printer', () => {
  it('prints a cash sale’s receipt once over the port and opens the drawer', async () => {
    kassa = testCore(undefined, undefined, { serialPorts: ports, printRetryMs: 50 });
    serialReceiptPrinter('COM3');
    const paper = printer.nextReceipt();
    const order = await cashSale();
    const piece = await paper;
    expect(piece.lines.map((l) => l.trim())).toContain(`Order ${order.number}`);
    expect(piece.lines.every((l) => l.length <= 42)).toBe(true);
    await kassa.core.printing.queue.idle();
    expect(kassa.core.printing.queue.jobs()).toEqual([]);
    expect(printer.receipts()).toHaveLength(1);
    expect(printer.pulses()).toEqual([expect.objectContaining({ pin: 2 })]);
    expect(opened).toEqual(['COM3']);
  });

  it('keeps the receipt waiting while the printer is out of paper or the port is missing, and prints it once after', async () => {
    kassa = testCore(undefined, undefined, { serialPorts: ports, printRetryMs: 50 });
    serialReceiptPrinter('COM9');
    await cashSale();
    await expect
      .poll(() => kassa.core.printing.queue.jobs()[0]?.lastError ?? '')
      .toMatch(/no serial port COM9/);

    await printer.set({ paperOut: true });
    serialReceiptPrinter('COM3');
    await expect.poll(() => kassa.core.printing.queue.jobs()[0]?.lastError ?? '').toBe('paper_out');
    expect(printer.receipts()).toEqual([]);

    const paper = printer.nextReceipt();
    await printer.set({ paperOut: false });
    await paper;
    await kassa.core.printing.queue.idle();
    expect(printer.receipts()).toHaveLength(1);
  });

  it('waits, saying why, when the port is not on this computer (the system’s own serial ports)', async () => {
    kassa = testCore(undefined, undefined, { printRetryMs: 50 });
    serialReceiptPrinter('/dev/ttyKASSA-none');
    await cashSale();
    await expect
      .poll(() => kassa.core.printing.queue.jobs()[0]?.lastError ?? '')
      .toMatch(/ttyKASSA-none|not supported/);
    expect(kassa.core.printing.queue.jobs()[0]?.state).toBe('waiting');
    expect(printer.connections()).toBe(0);
  });
});
