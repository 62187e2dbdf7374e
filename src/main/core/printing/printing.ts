import { join } from 'node:path';
import type { Logger } from '../logger.ts';
import type { Services } from '../services.ts';
import type { EventBus } from '../events.ts';
import type { PrintedPaper } from '../../../shared/ipc/printing.ts';
import {
  createPrintQueue,
  pdfFolderPrinter,
  tagOf,
  type SerialPorts,
  type SystemPrinter,
} from './print-queue.ts';
import { processIdBytes } from './network-printer.ts';
import { loadEncoders } from '../receipts/render-escpos.ts';
import { readReturn } from '../shifts/return-service.ts';
import { languageForLocale } from '../../../shared/i18n/languages.ts';
import type { VirtualPrinter } from '../../../sim/escpos/index.ts';

export interface PrintingOptions {
  services: Services;
  events: EventBus;
  log: Logger;
  dataDir: string;
  /** The app's silent printing through Electron; the host writes PDFs into <data>/printed. */
  systemPrinter?: SystemPrinter | undefined;
  /** Serial ports for serial printers (absent: a serial printer's jobs wait, saying why). */
  serialPorts?: SerialPorts | undefined;
  /** Demo mode prints on a virtual ESC/POS printer started in-process on loopback. */
  demo: boolean;
  retryMs?: number | undefined;
}

export const demoPrinterId = 'demo-printer';

/** A raster image's dot rows ('#' black) as bits, base64: what a window needs to draw the paper. */
function packDots(rows: readonly string[]): string {
  const width = rows[0]?.length ?? 0;
  const bytesPerRow = Math.ceil(width / 8);
  const out = Buffer.alloc(bytesPerRow * rows.length);
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      const at = y * bytesPerRow + (x >> 3);
      if (row[x] === '#') out[at] = (out[at] ?? 0) | (0x80 >> (x & 7));
    }
  });
  return out.toString('base64');
}

/** Printers, the print queue and the drawer, wired to the sale's transaction. */
export function createPrinting(options: PrintingOptions) {
  const s = options.services;
  const store = s.printStore;
  const queue = createPrintQueue({
    tx: s.tx,
    store,
    receipts: s.receipts,
    orders: s.orders,
    returns: { get: (returnId) => readReturn(s.shiftStore, returnId) },
    // The test page's words are in the store's language, as its receipts are.
    language: () => languageForLocale(s.store().locale),
    // The printed Z speaks the store's language, as its PDF and CSV do.
    zReports: {
      get: (zNumber) => ({
        ...s.shifts.zReport(zNumber),
        language: languageForLocale(s.store().locale),
      }),
    },
    events: options.events,
    audit: s.audit,
    approveNoSale: (reason, pin) =>
      s.approvals.approve('till.no_sale', { key: 'err.approval.noSale', params: {} }, { reason }, pin),
    actor: s.tillActor,
    systemPrinter: options.systemPrinter ?? pdfFolderPrinter(join(options.dataDir, 'printed')),
    log: options.log,
    serialPorts: options.serialPorts,
    ...(options.retryMs ? { retryMs: options.retryMs } : {}),
  });
  s.onOrderPaid((order) => queue.receiptFor(order));
  s.onReturnGiven((returnId) => queue.refundReceiptFor(returnId));
  s.onCardRefundGiven((refundId) => queue.cardRefundReceiptFor(refundId));
  s.onShiftClosed((zNumber) => queue.zAtClose(zNumber));

  let demoPrinter: VirtualPrinter | null = null;
  const demoStarted = options.demo
    ? import('../../../sim/escpos/index.ts')
        .then(({ startVirtualPrinter }) => startVirtualPrinter())
        .then((printer) => {
          demoPrinter = printer;
          const existing = store.printer(demoPrinterId);
          // The demo printer is the receipt printer unless the owner chose another one.
          const receipts = existing ? existing.receipts : store.receiptPrinter() ? 0 : 1;
          s.tx.run(() =>
            store.savePrinter({
              id: demoPrinterId,
              name: existing?.name ?? 'Demo printer (virtual, 80 mm)',
              kind: 'network',
              address: printer.address,
              columns: existing?.columns ?? 48,
              paper_mm: existing?.paper_mm ?? 80,
              codepage: existing?.codepage ?? 'auto',
              drawer_pin: existing ? existing.drawer_pin : 2,
              receipts,
            }),
          );
          options.log.info('print.demo_printer', { address: printer.address });
          queue.start();
        })
        .catch((error: unknown) => options.log.error('print.demo_printer_failed', { error: String(error) }))
    : Promise.resolve();
  if (!options.demo) queue.start();
  // Off the start's path and off the first sale's: the encoders load in the first idle second.
  if (options.demo || store.receiptPrinter()) setTimeout(loadEncoders, 1_000).unref();

  return {
    queue,
    store,
    /** Printers are the owner's settings: the owner signed in to Preferences, by name (for the audit). */
    owner: () => s.session.requirePreferencesOwner().name,
    /** Resolves once the demo printer listens (at once outside demo mode). */
    ready: demoStarted,
    /**
     * The demo printer's paper, newest last (the till's "what the printer printed"): one order's receipts and
     * copies, told apart by the process ID each job asked the printer to confirm, or the last five of all.
     */
    paper(orderId?: string): { receipts: PrintedPaper[]; pulses: { pin: 2 | 5; at: number }[] } {
      if (!demoPrinter) return { receipts: [], pulses: [] };
      const jobOf = new Map<string, string>();
      if (orderId)
        for (const job of store.jobsOfOrder(orderId))
          jobOf.set(String.fromCharCode(...processIdBytes(tagOf(job.id))), job.id);
      const pieces = demoPrinter.receipts();
      const chosen = orderId ? pieces.filter((p) => p.processId && jobOf.has(p.processId)) : pieces.slice(-5);
      return {
        receipts: chosen.map((p) => ({
          lines: p.lines,
          align: p.align,
          images: p.images.map((i) => ({ width: i.width, height: i.height, dots: packDots(i.rows) })),
          qrCodes: p.qrCodes,
          order: p.order,
          jobId: (p.processId && jobOf.get(p.processId)) ?? null,
        })),
        pulses: demoPrinter.pulses(),
      };
    },
    demoPrinter: () => demoPrinter,
    async close() {
      await queue.close();
      await demoPrinter?.close();
    },
  };
}

export type Printing = ReturnType<typeof createPrinting>;
