import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { translatedError } from '../../../shared/i18n/errors.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import type { ReturnRecord } from '../../../shared/ipc/returns.ts';
import type { ShiftReport, ZReportEntry } from '../../../shared/ipc/shifts.ts';
import type { PrinterInput, PrinterView, PrintJobView } from '../../../shared/ipc/printing.ts';
import type { ReceiptDocument } from '../../../shared/receipts/receipt-document.ts';
import type { UnitOfWork } from '../db/unit-of-work.ts';
import type { EventBus } from '../events.ts';
import type { Logger } from '../logger.ts';
import type { AuditLog } from '../system/audit-log.ts';
import { failpoint } from '../system/failpoints.ts';
import { documentOf, type ReceiptSource } from '../receipts/receipt-source.ts';
import { renderEscPos, UnprintableTextError, type CodePage } from '../receipts/render-escpos.ts';
import { renderReceiptHtml } from '../receipts/render-html.ts';
import { zReportDocument } from '../receipts/z-report-document.ts';
import { loadTranslator } from '../../../shared/i18n/catalogs.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { Translator } from '../../../shared/i18n/translate.ts';
import { renderReceiptPdf } from '../receipts/render-pdf.ts';
import { loadRasteriser } from '../receipts/raster-line.ts';
import { qrSvgDataUrl } from '../receipts/qr-code.ts';
import type { JobRow, PrinterRow, PrintStore } from './print-store.ts';
import { serialBaudRates } from './serial-device.ts';
import {
  drawerPulse,
  networkPrinterStatus,
  parseAddress,
  sendToNetworkPrinter,
  sendToPrinter,
  type PrinterCondition,
  type SendResult,
} from './network-printer.ts';

/*
 * The durable print queue (TILL-7). A receipt's job is written in the transaction that marks its order paid;
 * one sender per printer takes the oldest waiting job, marks it `sending` (durably) just before its bytes leave,
 * and records what the printer confirmed. Only a job that certainly did not reach the printer is sent again by
 * itself; one that may have printed waits for the cashier ("may have printed — print again?"), so a receipt is
 * printed once or the cashier decides, never silently twice (see network-printer.ts for how each case is told).
 */

/** Office and system printers: Electron's silent print in the app; the host writes the PDF instead. */
export interface SystemPrinter {
  print(job: {
    id: string;
    deviceName: string;
    paperMm: number;
    html: string;
    pdf: () => Promise<Buffer>;
  }): Promise<void>;
}

/** The headless host has no printers of its own: a system printer's job is written as a PDF file. */
export function pdfFolderPrinter(folder: string): SystemPrinter {
  return {
    async print(job) {
      await mkdir(folder, { recursive: true });
      // Named by the job: printing the same job again overwrites the same file.
      await writeFile(join(folder, `${job.id}.pdf`), await job.pdf());
    },
  };
}

/** Opens a serial port as a stream of bytes (line settings are the port's implementation's business). */
export interface SerialPorts {
  /** `baud`: the printer's line speed from Preferences (null: leave the port as it is set). */
  open(path: string, timeoutMs: number, baud?: number | null): Promise<Duplex>;
}

export interface PrintQueueDeps {
  tx: UnitOfWork;
  store: PrintStore;
  receipts: ReceiptSource;
  orders: { get(orderId: string): Order };
  /** A recorded return, for its refund receipt. */
  returns: { get(returnId: string): ReturnRecord | null };
  /** A closed shift's Z report by its number (the shifts domain makes it; refused when there is none). */
  zReports: { get(zNumber: number): { entry: ZReportEntry; report: ShiftReport; language: Language } };
  events: EventBus;
  audit: AuditLog;
  /** Has a manager approve a no-sale when a cashier asks; answers the approver's name. */
  approveNoSale: (reason: string, pin?: string) => string;
  actor: () => string | undefined;
  systemPrinter: SystemPrinter;
  /** Serial ports (the app's; absent where none can be opened): a serial printer's line, by port name. */
  serialPorts?: SerialPorts | undefined;
  log: Logger;
  /** The store's language, for the words of the test page (English where not given). */
  language?: () => Language;
  /** How often waiting jobs are tried again while their printer is not ready. */
  retryMs?: number;
  connectTimeoutMs?: number;
  printTimeoutMs?: number;
}

const toInput = (p: PrinterRow): PrinterInput => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  address: p.address,
  baud: p.baud,
  columns: p.columns,
  paperMm: p.paper_mm,
  codepage: p.codepage as PrinterInput['codepage'],
  drawerPin: p.drawer_pin,
  receipts: p.receipts === 1,
});

/** A short number the printer echoes back with its confirmation (from the job's id). */
export const tagOf = (id: string) => {
  let h = 0;
  for (const ch of id) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h & 0xffffff;
};

export function createPrintQueue(deps: PrintQueueDeps) {
  const { store } = deps;
  const retryMs = deps.retryMs ?? 3_000;
  const pumping = new Set<string>();
  const conditions = new Map<string, PrinterCondition>();
  let closed = false;

  const changed = (job: JobRow) => deps.events.emit('printing.changed', { jobId: job.id, state: job.state });

  const view = (job: JobRow): PrintJobView => {
    const printer = job.printer_id ? store.printer(job.printer_id) : null;
    let orderNumber: number | null = null;
    if (job.order_id) {
      try {
        orderNumber = deps.orders.get(job.order_id).number;
      } catch {
        orderNumber = null;
      }
    }
    return {
      id: job.id,
      kind: job.kind,
      orderId: job.order_id,
      orderNumber,
      printerId: job.printer_id,
      printerName: printer?.name ?? null,
      state: job.state,
      zNumber: job.z_number,
      attempts: job.attempts,
      lastError: job.last_error,
      createdAt: job.created_at,
    };
  };

  const addJob = (
    kind: JobRow['kind'],
    orderId: string | null,
    printerId: string | null,
    drawer: boolean,
    returnId: string | null = null,
    zNumber: number | null = null,
    refundId: string | null = null,
  ) => {
    const id = randomUUID();
    const job = store.addJob({
      id,
      kind,
      order_id: orderId,
      return_id: returnId,
      z_number: zNumber,
      refund_id: refundId,
      printer_id: printerId,
      open_drawer: drawer ? 1 : 0,
    });
    changed(job);
    deps.tx.afterCommit(() => kick(printerId));
    return job;
  };

  const testPage = (printer: PrinterRow, { t, language }: Translator): ReceiptDocument => ({
    language,
    title: printer.name,
    blocks: [
      { kind: 'heading', text: printer.name },
      { kind: 'center', text: printer.address },
      { kind: 'rule' },
      { kind: 'text', text: '1234567890'.repeat(5).slice(0, printer.columns) },
      { kind: 'text', text: 'ÄÖÜ äöü ß € £ àéèìòù ñ ç' },
      {
        kind: 'row',
        label: t('printing.testSize', { columns: printer.columns, paper: printer.paper_mm }),
        amount: printer.codepage,
      },
      { kind: 'qr', payload: `KASSA:TEST:${printer.id}` },
    ],
  });

  const documentFor = async (job: JobRow, printer: PrinterRow): Promise<ReceiptDocument | null> => {
    switch (job.kind) {
      case 'receipt':
        return documentOf(deps.receipts.forOrder(job.order_id!));
      case 'copy':
        return documentOf(deps.receipts.forOrder(job.order_id!, true));
      case 'test':
        return testPage(printer, await loadTranslator(deps.language?.() ?? 'en'));
      case 'refund': {
        if (job.refund_id) return documentOf(deps.receipts.forCardRefund(job.refund_id));
        const record = deps.returns.get(job.return_id!);
        if (!record) throw new Error(`return ${job.return_id} not found`);
        return documentOf(deps.receipts.forReturn(record));
      }
      case 'z_report': {
        const { entry, report, language } = deps.zReports.get(job.z_number!);
        return zReportDocument(report, entry, language, await loadTranslator(language));
      }
      case 'drawer':
        return null;
    }
  };

  const escPosFor = async (job: JobRow, printer: PrinterRow): Promise<Uint8Array> => {
    const doc = await documentFor(job, printer);
    const init = Uint8Array.of(0x1b, 0x40);
    // The drawer opens first, while the receipt prints.
    const pulse = job.open_drawer && printer.drawer_pin ? drawerPulse(printer.drawer_pin) : new Uint8Array(0);
    if (!doc) return Buffer.concat([init, pulse]);
    const options = { columns: printer.columns, codepage: printer.codepage as CodePage };
    let receipt: Uint8Array;
    try {
      receipt = renderEscPos(doc, options);
    } catch (error) {
      // A line the printer's code pages lack (Chinese on a European printer): drawn as an image instead.
      if (!(error instanceof UnprintableTextError)) throw error;
      receipt = renderEscPos(doc, { ...options, rasterise: await loadRasteriser() });
    }
    return Buffer.concat([init, pulse, receipt]);
  };

  const beforeSend = (job: JobRow) => () => {
    if (!store.markSending(job.id)) throw new Error('the job was changed while it waited');
    failpoint('print.sending:after_mark');
  };

  async function sendOne(job: JobRow, printer: PrinterRow): Promise<SendResult> {
    const timeouts = {
      ...(deps.connectTimeoutMs ? { connectTimeoutMs: deps.connectTimeoutMs } : {}),
      ...(deps.printTimeoutMs ? { printTimeoutMs: deps.printTimeoutMs } : {}),
    };
    if (printer.kind === 'network') {
      const bytes = await escPosFor(job, printer);
      return sendToNetworkPrinter(printer.address, bytes, tagOf(job.id), beforeSend(job), timeouts);
    }
    if (printer.kind === 'serial') {
      const ports = deps.serialPorts;
      if (!ports)
        return {
          outcome: 'not_sent',
          condition: 'unreachable',
          detail: 'serial ports cannot be opened on this computer',
        };
      const bytes = await escPosFor(job, printer);
      // The same conversation as on the network: status first, then the job and its confirmation.
      const line = (timeoutMs: number) => ports.open(printer.address, timeoutMs, printer.baud);
      return sendToPrinter(line, bytes, tagOf(job.id), beforeSend(job), timeouts);
    }
    const doc = await documentFor(job, printer);
    beforeSend(job)();
    if (!doc) return { outcome: 'printed' }; // a drawer on a system printer cannot be opened: nothing to do
    try {
      await deps.systemPrinter.print({
        id: job.id,
        deviceName: printer.address,
        paperMm: printer.paper_mm,
        html: renderReceiptHtml(doc, { paperWidthMm: printer.paper_mm, qrImage: qrSvgDataUrl }),
        pdf: () => renderReceiptPdf(doc, { paperWidthMm: printer.paper_mm }),
      });
      return { outcome: 'printed' };
    } catch (error) {
      // The spooler refused the job: it was not printed.
      return { outcome: 'not_sent', condition: 'offline', detail: (error as Error).message };
    }
  }

  async function pump(printerId: string): Promise<void> {
    if (pumping.has(printerId) || closed) return;
    pumping.add(printerId);
    try {
      for (;;) {
        if (closed) return;
        const job = store.nextWaiting(printerId);
        const printer = store.printer(printerId);
        if (!job || !printer) return;
        let result: SendResult;
        try {
          result = await sendOne(job, printer);
        } catch (error) {
          result =
            store.job(job.id)?.state === 'sending'
              ? { outcome: 'maybe', detail: (error as Error).message }
              : {
                  outcome: 'not_sent',
                  condition: 'unknown' as PrinterCondition,
                  detail: (error as Error).message,
                };
          deps.log.error('print.failed', { jobId: job.id, error: String(error) });
        }
        if (result.outcome === 'printed') {
          conditions.set(printerId, 'ready');
          store.printed(job.id);
          if (job.open_drawer) store.drawerOpened(job.id);
        } else if (result.outcome === 'maybe') {
          store.uncertain(job.id, result.detail);
          deps.log.warn('print.uncertain', { jobId: job.id, detail: result.detail });
        } else {
          conditions.set(printerId, result.condition);
          // Not sent: still waiting (or back to waiting, when a spooler refused it after it was claimed).
          if (!store.notSent(job.id, result.detail)) store.waitingError(job.id, result.detail);
          changed(store.job(job.id)!);
          return; // the printer is not ready: the retry timer tries again
        }
        changed(store.job(job.id)!);
      }
    } finally {
      pumping.delete(printerId);
    }
  }

  function kick(printerId: string | null) {
    if (!printerId || closed) return;
    void pump(printerId);
  }

  const timer = setInterval(() => {
    for (const p of store.printers()) if (store.nextWaiting(p.id)) void pump(p.id);
  }, retryMs);
  timer.unref();

  const jobOrThrow = (id: string) => {
    const job = store.job(id);
    if (!job) throw translatedError('not_found', 'err.print.unknownJob', undefined, 'jobId');
    return job;
  };
  const printerOrThrow = (id: string) => {
    const printer = store.printer(id);
    if (!printer) throw translatedError('not_found', 'err.print.unknownPrinter', undefined, 'printerId');
    return printer;
  };

  return {
    /** At start: a job that was being sent when Kassa stopped may have printed; then every printer resumes. */
    start() {
      const interrupted = store.recoverInterrupted();
      if (interrupted > 0) deps.log.warn('print.interrupted', { jobs: interrupted });
      for (const p of store.printers()) kick(p.id);
    },
    /** Inside the sale's transaction: the receipt waits in the queue from the moment the order is paid. */
    receiptFor(order: Order) {
      if (store.jobsOfOrder(order.id).some((j) => j.kind === 'receipt')) return;
      const printer = store.receiptPrinter();
      const cash = order.payments.some((p) => p.status === 'paid' && p.journal === 'cash');
      addJob('receipt', order.id, printer?.id ?? null, cash && (printer?.drawer_pin ?? null) !== null);
    },
    /**
     * Inside the return's transaction: its refund receipt waits in the queue from the moment the return is
     * recorded, and the drawer opens with it when cash goes back.
     */
    refundReceiptFor(returnId: string) {
      const record = deps.returns.get(returnId);
      if (!record) return;
      const printer = store.receiptPrinter();
      const cash = record.payments.some((p) => p.route === 'cash' && p.amount > 0);
      addJob(
        'refund',
        record.orderId,
        printer?.id ?? null,
        cash && (printer?.drawer_pin ?? null) !== null,
        returnId,
      );
    },
    /**
     * Inside the transaction that finds a card refund given: a refund made from History prints its own refund
     * receipt. A return's card part does not: the return's receipt already says where the money went.
     */
    cardRefundReceiptFor(refundId: string) {
      if (store.jobOfRefund(refundId)) return;
      const refund = deps.receipts.cardRefundFacts(refundId);
      if (!refund) return;
      const ofReturn = store
        .jobsOfOrder(refund.orderId)
        .some(
          (j) =>
            j.return_id !== null &&
            (deps.returns.get(j.return_id)?.payments.some((p) => p.refundId === refundId) ?? false),
        );
      if (ofReturn) return;
      addJob('refund', refund.orderId, store.receiptPrinter()?.id ?? null, false, null, null, refundId);
    },
    /**
     * Inside the closing's transaction: the day's Z prints on the receipt printer by itself (the owner's setting,
     * on unless turned off). Queued once with the close, so it is printed once or waits for the cashier.
     */
    zAtClose(zNumber: number) {
      const printer = store.receiptPrinter();
      if (!printer || !deps.receipts.settings().zAtClose) return;
      deps.audit.record({
        action: 'shift.z_printed',
        subject: String(zNumber),
        actor: deps.actor(),
        details: { printer: printer.name, automatic: true },
      });
      addJob('z_report', null, printer.id, false, null, zNumber);
    },
    reprint(orderId: string, printerId?: string): PrintJobView {
      const order = deps.orders.get(orderId);
      if (order.status !== 'paid')
        throw translatedError('invalid_request', 'err.print.notPaid', undefined, 'orderId');
      const printer = printerId ? printerOrThrow(printerId) : store.receiptPrinter();
      if (!printer) throw translatedError('not_found', 'err.print.noReceiptPrinter');
      return deps.tx.run(() => {
        deps.audit.record({
          action: 'receipt.reprinted',
          subject: orderId,
          actor: deps.actor(),
          details: { printer: printer.name },
        });
        return view(addJob('copy', orderId, printer.id, false));
      });
    },
    /** The cashier's answer to "may have printed — print again?". */
    resolve(jobId: string, decision: 'print_again' | 'it_printed'): PrintJobView {
      const job = jobOrThrow(jobId);
      const ok = deps.tx.run(() => {
        const done = decision === 'print_again' ? store.printAgain(jobId) : store.didPrint(jobId);
        if (done)
          deps.audit.record({
            action: `print.${decision}`,
            subject: jobId,
            actor: deps.actor(),
            details: { orderId: job.order_id },
          });
        return done;
      });
      if (!ok) throw translatedError('conflict', 'err.print.noDecisionPending', undefined, 'jobId');
      const after = store.job(jobId)!;
      changed(after);
      if (decision === 'print_again') kick(after.printer_id);
      return view(after);
    },
    /** Sends a waiting or uncertain receipt to another printer (it is then sent there by itself). */
    move(jobId: string, printerId: string): PrintJobView {
      jobOrThrow(jobId);
      printerOrThrow(printerId);
      deps.tx.run(() => {
        if (!store.moveTo(jobId, printerId))
          throw translatedError('conflict', 'err.print.alreadyPrinting', undefined, 'jobId');
        store.printAgain(jobId);
      });
      const after = store.job(jobId)!;
      changed(after);
      kick(printerId);
      return view(after);
    },
    /** No sale (TILL-9): the drawer opens for a reason, approved by a manager above a cashier, and is audited. */
    noSale(reason: string, managerPin?: string): PrintJobView {
      const printer = store.receiptPrinter();
      if (!printer?.drawer_pin) throw translatedError('invalid_request', 'err.print.noDrawer');
      const approvedBy = deps.approveNoSale(reason, managerPin);
      return deps.tx.run(() => {
        deps.audit.record({ action: 'till.no_sale', actor: deps.actor(), details: { reason, approvedBy } });
        return view(addJob('drawer', null, printer.id, true));
      });
    },
    /**
     * Prints a closed shift's Z report on a printer (the receipt printer unless another is named), as text of the
     * roll's width; audited, since a printed Z is handed to the bookkeeper.
     */
    printZ(zNumber: number, printerId?: string): PrintJobView {
      deps.zReports.get(zNumber); // refuses a number that is no Z report, before anything is queued
      const printer = printerId ? printerOrThrow(printerId) : store.receiptPrinter();
      if (!printer) throw translatedError('not_found', 'err.print.noReceiptPrinter');
      return deps.tx.run(() => {
        deps.audit.record({
          action: 'shift.z_printed',
          subject: String(zNumber),
          actor: deps.actor(),
          details: { printer: printer.name },
        });
        return view(addJob('z_report', null, printer.id, false, null, zNumber));
      });
    },
    testPage(printerId: string): PrintJobView {
      const printer = printerOrThrow(printerId);
      return deps.tx.run(() => view(addJob('test', null, printer.id, false)));
    },
    jobs: (): PrintJobView[] => store.openJobs().map(view),
    job: (id: string): PrintJobView => view(jobOrThrow(id)),
    async printers(): Promise<PrinterView[]> {
      return Promise.all(
        store.printers().map(async (p) => {
          let condition: PrinterView['condition'] = conditions.get(p.id) ?? 'unknown';
          if (p.kind === 'network') {
            condition = (await networkPrinterStatus(p.address, { connectTimeoutMs: 1_000 })).condition;
            conditions.set(p.id, condition);
          }
          return { ...toInput(p), condition };
        }),
      );
    },
    /** `actor`: the owner signed in to Preferences (the till's cashier otherwise). */
    savePrinter(input: PrinterInput, actor = deps.actor()): PrinterView {
      if (input.kind === 'network') {
        try {
          parseAddress(input.address);
        } catch {
          // Its English reason (no host, a port out of range) is said by the one catalog sentence with an example.
          throw translatedError(
            'invalid_request',
            'err.print.badAddress',
            { address: input.address },
            'address',
          );
        }
      }
      const baud = input.kind === 'serial' ? (input.baud ?? null) : null;
      if (input.kind === 'serial') {
        // A device path (/dev/ttyUSB0) or a Windows port name (COM3): no spaces, no host:port.
        if (!/^(\/dev\/[\w.\-/]+|COM\d{1,3})$/i.test(input.address))
          throw translatedError('invalid_request', 'err.print.badSerialPort', undefined, 'address');
        if (baud === null || !(serialBaudRates as readonly number[]).includes(baud))
          throw translatedError('invalid_request', 'err.print.badBaud', undefined, 'baud');
      }
      deps.tx.run(() => {
        store.savePrinter({
          id: input.id,
          name: input.name,
          kind: input.kind,
          baud,
          address: input.address,
          columns: input.columns,
          paper_mm: input.paperMm,
          codepage: input.codepage,
          drawer_pin: input.drawerPin,
          receipts: input.receipts ? 1 : 0,
        });
        deps.audit.record({
          action: 'settings.printer_saved',
          subject: input.id,
          actor,
          details: input,
        });
      });
      kick(input.id);
      return { ...input, condition: conditions.get(input.id) ?? 'unknown' };
    },
    removePrinter(id: string, actor = deps.actor()): boolean {
      return deps.tx.run(() => {
        const removed = store.removePrinter(id);
        if (removed) deps.audit.record({ action: 'settings.printer_removed', subject: id, actor });
        return removed;
      });
    },
    /** Waits for the senders to go idle (tests, close). */
    async idle(): Promise<void> {
      while (pumping.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    },
    async close() {
      closed = true;
      clearInterval(timer);
      while (pumping.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}

export type PrintQueue = ReturnType<typeof createPrintQueue>;
