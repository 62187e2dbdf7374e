import type { Db } from '../db/connection.ts';

/*
 * The one writer of `printers` and `print_jobs` (migrations 13, 20 and 31). Job states:
 *   waiting   → not sent, or sent and certainly not printed: the queue sends it by itself
 *   sending   → its bytes may be on their way (written, durably, before the first byte leaves)
 *   printed   → the printer confirmed it
 *   uncertain → it may have printed (the connection broke after bytes left, or Kassa stopped while sending):
 *               never sent again by itself; the cashier looks at the printer and decides
 *   canceled  → the cashier decided it had printed, or gave it up
 */

export type JobKind = 'receipt' | 'refund' | 'copy' | 'drawer' | 'test' | 'z_report';
export type JobState = 'waiting' | 'sending' | 'printed' | 'uncertain' | 'canceled';

export interface PrinterRow {
  id: string;
  name: string;
  kind: 'network' | 'system' | 'serial';
  address: string;
  columns: 32 | 42 | 48;
  paper_mm: 58 | 80 | 210;
  codepage: string;
  drawer_pin: 2 | 5 | null;
  receipts: 0 | 1;
  /** A serial printer's line speed (migration 31); null for the others. */
  baud: number | null;
  created_at: number;
  updated_at: number;
}

export interface JobRow {
  id: string;
  kind: JobKind;
  order_id: string | null;
  return_id: string | null;
  /** The Z report a z_report job prints. */
  z_number: number | null;
  /** The card refund (given from History) a refund job prints (migration 31). */
  refund_id: string | null;
  printer_id: string | null;
  state: JobState;
  open_drawer: 0 | 1;
  attempts: number;
  last_error: string | null;
  created_at: number;
  updated_at: number;
  printed_at: number | null;
}

export function createPrintStore(db: Db, now: () => number) {
  const printers = db.prepare<[], PrinterRow>('SELECT * FROM printers ORDER BY receipts DESC, name');
  const printerById = db.prepare<[string], PrinterRow>('SELECT * FROM printers WHERE id = ?');
  const receiptPrinter = db.prepare<[], PrinterRow>('SELECT * FROM printers WHERE receipts = 1');
  const upsertPrinter = db.prepare<Omit<PrinterRow, 'created_at' | 'updated_at'> & { at: number }>(
    `INSERT INTO printers (id, name, kind, address, columns, paper_mm, codepage, drawer_pin, receipts, baud, created_at, updated_at)
     VALUES (@id, @name, @kind, @address, @columns, @paper_mm, @codepage, @drawer_pin, @receipts, @baud, @at, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, address = excluded.address,
       columns = excluded.columns, paper_mm = excluded.paper_mm, codepage = excluded.codepage,
       drawer_pin = excluded.drawer_pin, receipts = excluded.receipts, baud = excluded.baud,
       updated_at = excluded.updated_at`,
  );
  const clearReceipts = db.prepare<[string]>(
    'UPDATE printers SET receipts = 0 WHERE receipts = 1 AND id != ?',
  );
  const deletePrinter = db.prepare<[string]>('DELETE FROM printers WHERE id = ?');

  const insertJob = db.prepare<
    Pick<
      JobRow,
      'id' | 'kind' | 'order_id' | 'return_id' | 'z_number' | 'refund_id' | 'printer_id' | 'open_drawer'
    > & {
      at: number;
    }
  >(
    `INSERT INTO print_jobs (id, kind, order_id, return_id, z_number, refund_id, printer_id, state, open_drawer, created_at, updated_at)
     VALUES (@id, @kind, @order_id, @return_id, @z_number, @refund_id, @printer_id, 'waiting', @open_drawer, @at, @at)`,
  );
  const jobOfRefund = db.prepare<[string], JobRow>('SELECT * FROM print_jobs WHERE refund_id = ?');
  const jobById = db.prepare<[string], JobRow>('SELECT * FROM print_jobs WHERE id = ?');
  const openJobs = db.prepare<[], JobRow>(
    `SELECT * FROM print_jobs WHERE state IN ('waiting', 'sending', 'uncertain') ORDER BY created_at, rowid`,
  );
  const nextWaiting = db.prepare<[string], JobRow>(
    `SELECT * FROM print_jobs WHERE state = 'waiting' AND printer_id = ? ORDER BY created_at, rowid LIMIT 1`,
  );
  const jobsOfOrder = db.prepare<[string], JobRow>(
    'SELECT * FROM print_jobs WHERE order_id = ? ORDER BY created_at',
  );
  const setState = db.prepare<[JobState, string | null, number, number | null, string, JobState]>(
    `UPDATE print_jobs SET state = ?, last_error = ?, updated_at = ?, printed_at = coalesce(?, printed_at)
     WHERE id = ? AND state = ?`,
  );
  const markSending = db.prepare<[number, string]>(
    `UPDATE print_jobs SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ? AND state = 'waiting'`,
  );
  const noteError = db.prepare<[string, number, string]>(
    `UPDATE print_jobs SET last_error = ?, updated_at = ? WHERE id = ? AND state = 'waiting'`,
  );
  const drawerDone = db.prepare<[string]>('UPDATE print_jobs SET open_drawer = 0 WHERE id = ?');
  const moveJob = db.prepare<[string | null, number, string]>(
    `UPDATE print_jobs SET printer_id = ?, updated_at = ? WHERE id = ? AND state IN ('waiting', 'uncertain')`,
  );
  const adoptOrphans = db.prepare<[string, number]>(
    `UPDATE print_jobs SET printer_id = ?, updated_at = ? WHERE printer_id IS NULL AND state = 'waiting'`,
  );
  const interrupted = db.prepare<[number]>(
    `UPDATE print_jobs SET state = 'uncertain', last_error = 'interrupted', updated_at = ? WHERE state = 'sending'`,
  );

  const change = (id: string, from: JobState, to: JobState, error: string | null = null): boolean =>
    setState.run(to, error, now(), to === 'printed' ? now() : null, id, from).changes === 1;

  return {
    printers: (): PrinterRow[] => printers.all(),
    printer: (id: string): PrinterRow | null => printerById.get(id) ?? null,
    receiptPrinter: (): PrinterRow | null => receiptPrinter.get() ?? null,
    /** Saves a printer; a printer made the receipt printer takes over from the previous one. */
    savePrinter(
      row: Omit<PrinterRow, 'created_at' | 'updated_at' | 'baud'> & { baud?: number | null },
    ): void {
      if (row.receipts === 1) clearReceipts.run(row.id);
      upsertPrinter.run({ ...row, baud: row.baud ?? null, at: now() });
      // Receipts that waited for any printer at all go to the new receipt printer.
      if (row.receipts === 1) adoptOrphans.run(row.id, now());
    },
    removePrinter: (id: string) => deletePrinter.run(id).changes === 1,

    addJob: (
      job: Pick<JobRow, 'id' | 'kind' | 'order_id' | 'return_id' | 'printer_id' | 'open_drawer'> & {
        z_number?: number | null;
        refund_id?: string | null;
      },
    ): JobRow => {
      // The row as written, without reading it back: the sale's transaction pays for one statement, not two.
      const row: JobRow = {
        z_number: null,
        refund_id: null,
        ...job,
        state: 'waiting',
        attempts: 0,
        last_error: null,
        created_at: now(),
        updated_at: 0,
        printed_at: null,
      };
      row.updated_at = row.created_at;
      insertJob.run({ ...job, z_number: row.z_number, refund_id: row.refund_id, at: row.created_at });
      return row;
    },
    /** The job printing a card refund's receipt, if one was queued. */
    jobOfRefund: (refundId: string): JobRow | null => jobOfRefund.get(refundId) ?? null,
    job: (id: string): JobRow | null => jobById.get(id) ?? null,
    openJobs: (): JobRow[] => openJobs.all(),
    jobsOfOrder: (orderId: string): JobRow[] => jobsOfOrder.all(orderId),
    nextWaiting: (printerId: string): JobRow | null => nextWaiting.get(printerId) ?? null,
    /** Claims a waiting job for sending: durable before any byte leaves (synchronous=FULL by the caller). */
    markSending: (id: string): boolean => markSending.run(now(), id).changes === 1,
    /** The drawer opened with this job's first delivery: a later resend does not open it again. */
    drawerOpened: (id: string) => drawerDone.run(id),
    printed: (id: string) => change(id, 'sending', 'printed'),
    /** Nothing reached the printer: safe to send again by itself. */
    notSent: (id: string, error: string) => change(id, 'sending', 'waiting', error),
    /** Not sent (the printer was not ready): stays waiting, with why. */
    waitingError: (id: string, error: string) => noteError.run(error, now(), id),
    /** Bytes left and no confirmation came back: the cashier decides. */
    uncertain: (id: string, error: string) => change(id, 'sending', 'uncertain', error),
    /** The cashier's decision on an uncertain job: print again, or it did print. */
    printAgain: (id: string) => change(id, 'uncertain', 'waiting'),
    didPrint: (id: string) => change(id, 'uncertain', 'canceled', 'the cashier saw it printed'),
    cancel: (id: string) => change(id, 'waiting', 'canceled', 'canceled by the cashier'),
    moveTo: (id: string, printerId: string) => moveJob.run(printerId, now(), id).changes === 1,
    /** At start: a job Kassa was sending when it stopped may have printed. */
    recoverInterrupted: (): number => interrupted.run(now()).changes,
  };
}

export type PrintStore = ReturnType<typeof createPrintStore>;
