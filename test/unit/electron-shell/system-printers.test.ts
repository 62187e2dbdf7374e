/**
 * Office and system printers in the app (TILL-7), with Electron stubbed: a paid order's receipt is printed
 * silently on the printer the owner chose, from a hidden sandboxed window, with a page as wide as the roll; a
 * printer that is not installed, or a spooler that refuses, leaves the receipt waiting with the reason.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { BrowserWindow, printing } from './fake-electron.ts';
import { launch, type Launched } from './launch.ts';
import type { KassaCore } from '../../../src/main/core/kassa-core.ts';
import type { PrintJobView } from '../../../src/shared/ipc/printing.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let launched: Launched | null = null;
afterEach(async () => {
  await launched?.close();
  launched = null;
});

const office = { name: 'Office_Thermal_80', displayName: 'Office thermal (80 mm)', description: '' };

function systemReceiptPrinter(core: KassaCore, paperMm: 80 | 210 = 80) {
  core.printing.queue.savePrinter({
    id: 'office',
    name: 'Office',
    kind: 'system',
    address: office.name,
    columns: 48,
    paperMm,
    codepage: 'auto',
    drawerPin: null,
    receipts: true,
  });
}

/** Resolves with the receipt job once it reaches `state` (the event the till listens to). */
function jobReaches(core: KassaCore, state: PrintJobView['state'], withError = false): Promise<PrintJobView> {
  return new Promise((resolve) => {
    const check = () => {
      const job = core.printing.queue.jobs().find((j) => j.kind === 'receipt') ?? null;
      if (job && job.state === state && (!withError || job.lastError)) {
        stop();
        resolve(job);
      }
    };
    const stop = core.subscribe((name) => {
      if (name === 'printing.changed') setImmediate(check);
    });
  });
}

async function cashSale(core: KassaCore) {
  const price = core.services.catalog.pricing([2]).get(2)!;
  const result = await core.dispatch(
    'orders.checkout',
    {
      orderId: randomUUID(),
      lines: [{ productId: 2, quantity: 1 }],
      payments: [{ id: randomUUID(), methodId: 'cash', amount: price.price }],
    },
    { window: 'till' },
  );
  if (!result.ok) throw new Error(result.error.message);
  return { number: (result.value as { number: number }).number, name: price.name };
}

const printed = (core: KassaCore) =>
  new Promise<void>((resolve) => {
    const stop = core.subscribe((name, payload) => {
      if (name === 'printing.changed' && (payload as { state: string }).state === 'printed') {
        stop();
        resolve();
      }
    });
  });

describe('a system printer in the app', () => {
  it('prints the receipt silently on the chosen printer, 80 mm wide and as long as the receipt, from a hidden sandboxed window', async () => {
    launched = await launch();
    printing.printers = [{ name: 'Default_A4', displayName: 'A4', description: '' }, office];
    printing.pageHeightPx = 900;
    const core = launched.running!.core;
    systemReceiptPrinter(core);
    const done = printed(core);
    const sale = await cashSale(core);
    await done;

    expect(printing.jobs).toHaveLength(1);
    const [job] = printing.jobs;
    expect(job!.options).toMatchObject({
      silent: true,
      deviceName: office.name,
      printBackground: true,
      margins: { marginType: 'none' },
      pageSize: { width: 80_000, height: Math.ceil(900 * (25_400 / 96)) + 5_000 },
    });
    const html = Buffer.from(job!.url.split('base64,')[1]!, 'base64').toString('utf8');
    expect(html).toContain(sale.name);
    expect(html).toContain(`Order ${sale.number}`);
    // The window that printed was hidden, as locked down as the till, and is gone.
    const printer = BrowserWindow.instances.find((w) => w.loadedUrl === job!.url)!;
    expect(printer.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(printer.options.webPreferences.preload).toBeUndefined();
    expect(printer.isDestroyed()).toBe(true);
  });

  it('prints an A4 printer’s receipt on A4', async () => {
    launched = await launch();
    printing.printers = [office];
    const core = launched.running!.core;
    systemReceiptPrinter(core, 210);
    const done = printed(core);
    await cashSale(core);
    await done;
    expect(printing.jobs[0]!.options.pageSize).toBe('A4');
  });

  it('keeps the receipt waiting with the reason while the printer is not installed or the spooler refuses, and prints it once afterwards', async () => {
    launched = await launch();
    const core = launched.running!.core;
    systemReceiptPrinter(core);
    const missing = jobReaches(core, 'waiting', true);
    await cashSale(core);
    expect((await missing).lastError).toMatch(/"Office_Thermal_80" is not installed/);
    expect(printing.jobs).toHaveLength(0);

    printing.printers = [office];
    printing.answer = () => [false, 'Print job failed'];
    const refused = jobReaches(core, 'waiting', true);
    systemReceiptPrinter(core); // saving the printer again sends what waits for it
    expect((await refused).lastError).toMatch(/refused the job: Print job failed/);

    printing.answer = () => [true, ''];
    const done = printed(core);
    systemReceiptPrinter(core);
    await done;
    // Two silent prints in all: the one the spooler refused, and the receipt.
    expect(printing.jobs).toHaveLength(2);
    expect(core.printing.queue.jobs()).toEqual([]);
  });
});
