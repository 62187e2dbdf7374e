import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startCore, type KassaCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { english } from '../../src/shared/i18n/translate.ts';
import { receiptDocument } from '../../src/shared/receipts/receipt-document.ts';
import type { Receipt } from '../../src/shared/receipts/receipt.ts';
import { renderEscPos } from '../../src/main/core/receipts/render-escpos.ts';
import { startVirtualPrinter, type VirtualPrinter } from '../../src/sim/escpos/index.ts';
import { median, percentile, round, timeRuns } from '../stats.ts';
import { benchDir } from './bench-dir.ts';

/** A 50-line receipt (two tax rates, discounts on every fifth line, cash and card) as the model holds it. */
export function fiftyLineReceipt(): Receipt {
  const lines = Array.from({ length: 50 }, (_, i) => ({
    name: `Item number ${i + 1} with a name of ordinary length`,
    quantity: 1 + (i % 3),
    unitPrice: 199 + i * 37,
    gross: (1 + (i % 3)) * (199 + i * 37),
    taxRateBp: i % 2 ? 700 : 1900,
    discount: i % 5 === 0 ? 50 : 0,
    discountBp: null,
  }));
  const total = lines.reduce((s, l) => s + l.gross - l.discount, 0);
  return {
    kind: 'sale',
    copy: false,
    language: 'en',
    locale: 'de-DE',
    currency: 'EUR',
    pricesIncludeTax: true,
    shop: { name: 'Kassa Demo Shop', address: ['Hauptstraße 1', '10115 Berlin'], taxId: 'DE123456789' },
    id: 'o',
    orderId: 'o',
    orderNumber: 1234,
    at: Date.UTC(2026, 0, 1),
    till: 'Till 1',
    cashier: 'Anna',
    customer: null,
    lines,
    subtotal: total,
    orderDiscount: 0,
    orderDiscountBp: null,
    taxes: [
      { rateBp: 700, name: 'VAT 7 %', net: 1000, tax: 70, gross: 1070 },
      { rateBp: 1900, name: 'VAT 19 %', net: total - 1070 - 500, tax: 500, gross: total - 1070 },
    ],
    total,
    cashRounding: 0,
    payments: [
      {
        method: 'Cash',
        journal: 'cash',
        amount: 5000,
        tendered: 5000,
        cardBrand: null,
        cardLast4: null,
        reference: null,
        voucherCode: null,
      },
      {
        method: 'Card',
        journal: 'bank',
        amount: total - 5000,
        tendered: null,
        cardBrand: 'visa',
        cardLast4: '4242',
        reference: 'pi_3Qx',
        voucherCode: null,
      },
    ],
    change: 0,
    reason: null,
    footer: 'Thank you! Returns within 14 days with this receipt.',
    qr: 'KASSA:till:1234:2026-01-01T00:00:00.000Z:1234.56:EUR',
  };
}

/**
 * How long this thread has waited on the run queue for a core, in milliseconds (Linux's schedstat, in
 * nanoseconds; 0 where the system does not say).
 */
function runQueueMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return 0;
  }
}

/**
 * Model → words → ESC/POS bytes for a 50-line receipt on an 80 mm (48-column) printer: what the print queue does
 * for each receipt once the order is read (`escPosFor` in print-queue.ts: the words, then the bytes).
 *
 * Timed as a till renders: one receipt after a sale, with the core idle in between (10 ms here; seconds at a
 * real counter). Renders timed back to back measure something else: a process that never sleeps uses up its
 * time slice, and on a shared machine the scheduler parks it behind the other processes in the middle of a
 * render (traced with /proc/thread-self/schedstat: the slow renders were the ones that waited on the run
 * queue, by 3–20 ms). The first render of the process (the encoder's module loading, the code page tables) is
 * reported on its own.
 */
export async function receiptRenderSuite(runs = 500): Promise<Record<string, number>> {
  const receipt = fiftyLineReceipt();
  const options = { columns: 48, codepage: 'auto' } as const;
  // As escPosFor: a line the code pages cannot print would throw and be drawn as an image (not here).
  const render = () => renderEscPos(receiptDocument(receipt, english), options);
  const [first] = await timeRuns(1, 0, render);
  const samples: number[] = [];
  const own: number[] = [];
  for (let i = -50; i < runs; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const queuedBefore = runQueueMs();
    const start = performance.now();
    render();
    const wall = performance.now() - start;
    if (i >= 0) {
      samples.push(wall);
      own.push(wall - (runQueueMs() - queuedBefore));
    }
  }
  // The thread's CPU time over many renders back to back, divided: the clock behind threadCpuUsage counts in
  // scheduler ticks (4 ms here), so one render's own CPU time reads 0 or 4 ms and its p95 says nothing.
  const cpuStart = process.threadCpuUsage();
  for (let i = 0; i < runs; i++) render();
  const cpu = process.threadCpuUsage(cpuStart);
  return {
    receipt_escpos_render_ms_p95: round(percentile(samples, 95)),
    receipt_escpos_render_ms_median: round(median(samples)),
    // The same renders without the time this thread waited on the run queue while other processes had the
    // cores (Linux; equal to the wall clock elsewhere): what is left is the render's own work.
    receipt_escpos_render_own_ms_p95: round(percentile(own, 95)),
    receipt_escpos_render_cpu_ms_mean: round((cpu.user + cpu.system) / 1000 / runs),
    receipt_escpos_first_render_ms: round(first!),
  };
}

async function tillWithPrinter(name: string, printer: VirtualPrinter, retryMs: number): Promise<KassaCore> {
  const core = startCore({ dataDir: benchDir(name), log: silentLogger, printRetryMs: retryMs });
  core.printing.queue.savePrinter({
    id: 'counter',
    name: 'Counter',
    kind: 'network',
    address: printer.address,
    columns: 48,
    paperMm: 80,
    codepage: 'auto',
    drawerPin: 2,
    receipts: true,
  });
  return core;
}

/** From the completing IPC call of a cash sale to the drawer pulse arriving at the (virtual) printer. */
export async function saleToDrawerSuite(sales = 60): Promise<Record<string, number>> {
  const printer = await startVirtualPrinter();
  const core = await tillWithPrinter('drawer', printer, 1_000);
  const price = core.services.catalog.pricing([2]).get(2)!.price;
  const samples: number[] = [];
  for (let i = 0; i < sales + 5; i++) {
    const pulse = printer.nextPulse();
    const start = performance.now();
    const result = await core.dispatch(
      'orders.checkout',
      {
        orderId: randomUUID(),
        lines: [{ productId: 2, quantity: 1 }],
        payments: [{ id: randomUUID(), methodId: 'cash', amount: price, tendered: price + 100 }],
      },
      { window: 'till' },
    );
    if (!result.ok) throw new Error(result.error.message);
    await pulse;
    if (i >= 5) samples.push(performance.now() - start);
    await core.printing.queue.idle();
  }
  await core.close();
  await printer.close();
  return { sale_to_drawer_pulse_ms_p95: round(percentile(samples, 95), 1) };
}

/**
 * 300 cash sales with the printer dropping 20 % of its connections at a random byte. A job that may have printed
 * waits for the cashier, who looks at the paper: a whole receipt with the order's number means it printed.
 * Lost: an order with no whole receipt; duplicate: an order with more than one.
 */
export async function printQueueSoakSuite(sales = 300): Promise<Record<string, number>> {
  const printer = await startVirtualPrinter({ seed: 42 });
  await printer.set({ dropRate: 0.2 });
  const core = await tillWithPrinter('print-soak', printer, 20);
  const price = core.services.catalog.pricing([2]).get(2)!.price;
  const numbers: number[] = [];
  for (let i = 0; i < sales; i++) {
    const result = await core.dispatch(
      'orders.checkout',
      {
        orderId: randomUUID(),
        lines: [{ productId: 2, quantity: 1 }],
        payments: [{ id: randomUUID(), methodId: 'cash', amount: price }],
      },
      { window: 'till' },
    );
    if (!result.ok) throw new Error(result.error.message);
    numbers.push((result.value as { number: number }).number);
  }
  const wholeReceipts = (n: number) =>
    printer.receipts().filter((r) => r.lines.some((l) => l.trim() === `Order ${n}`)).length;
  let decisions = 0;
  const deadline = Date.now() + 600_000;
  for (;;) {
    const open = core.printing.queue.jobs();
    if (open.length === 0) break;
    if (Date.now() > deadline) throw new Error(`${open.length} print jobs still open`);
    for (const job of open.filter((j) => j.state === 'uncertain')) {
      decisions++;
      const printed = job.orderNumber !== null && wholeReceipts(job.orderNumber) > 0;
      core.printing.queue.resolve(job.id, printed ? 'it_printed' : 'print_again');
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  await core.printing.queue.idle();
  const counts = numbers.map(wholeReceipts);
  const result = {
    print_queue_lost: counts.filter((c) => c === 0).length,
    print_queue_duplicates: counts.filter((c) => c > 1).length,
    print_queue_cashier_decisions: decisions,
    print_queue_connections: printer.connections(),
  };
  await core.close();
  await printer.close();
  return result;
}
