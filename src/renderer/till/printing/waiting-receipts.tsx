import { useState } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { PrinterView, PrintJobView } from '../../../shared/ipc/printing.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';
import { ErrorLine } from '../../shared/error-line.tsx';

/** The jobs a cashier should know about: held for a printer that is away, or perhaps printed before a crash. */
export const waitingJobs = (jobs: readonly PrintJobView[]): PrintJobView[] =>
  jobs.filter((job) => job.state === 'waiting' || job.state === 'uncertain');

function jobTitle(job: PrintJobView): string {
  const number = job.orderNumber ?? '';
  switch (job.kind) {
    case 'receipt':
      return t('printQueue.job.receipt', { number });
    case 'refund':
      return t('printQueue.job.refund', { number });
    case 'copy':
      return t('printQueue.job.copy', { number });
    case 'drawer':
      return t('printQueue.job.drawer');
    case 'test':
      return t('printQueue.job.test');
    case 'z_report':
      return t('printQueue.job.zReport', { number: job.zNumber ?? '' });
  }
}

/**
 * The header's sign that receipts wait (TILL-7): shown only while the print queue holds a waiting or uncertain
 * job, read again on every `printing.changed`. It opens the list where the cashier answers an uncertain job.
 */
export function WaitingReceipts() {
  const status = useData(() => kassa.printing.status({}), 'print-queue', { refreshOn: ['printing.changed'] });
  const [open, setOpen] = useState(false);
  const jobs = waitingJobs(status.data?.jobs ?? []);
  if (jobs.length === 0 && !open) return null;
  return (
    <>
      {jobs.length > 0 ? (
        <button
          type="button"
          className="header__tab header__waiting-receipts"
          data-testid="waiting-receipts"
          onClick={() => setOpen(true)}
        >
          {t('printQueue.indicator', { count: jobs.length })}
        </button>
      ) : null}
      {open ? (
        <WaitingList jobs={jobs} printers={status.data?.printers ?? []} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}

function WaitingList({
  jobs,
  printers,
  onClose,
}: {
  jobs: PrintJobView[];
  printers: readonly PrinterView[];
  onClose: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const move = async (job: PrintJobView, printerId: string) => {
    setBusy(job.id);
    const result = await kassa.printing.move({ jobId: job.id, printerId });
    setBusy(null);
    setError(result.ok ? null : errorText(result.error));
    setMoved(
      result.ok
        ? t('printQueue.moved', { job: jobTitle(job), printer: result.value.printerName ?? '' })
        : null,
    );
  };

  const resolve = async (jobId: string, decision: 'print_again' | 'it_printed') => {
    setBusy(jobId);
    const result = await kassa.printing.resolve({ jobId, decision });
    setBusy(null);
    setError(result.ok ? null : errorText(result.error));
    setMoved(null);
  };

  return (
    <Dialog title={t('printQueue.title')} onClose={onClose}>
      {jobs.length === 0 ? <p className="dialog__text">{t('printQueue.empty')}</p> : null}
      <ul className="print-queue" data-testid="print-queue">
        {jobs.map((job) => (
          <li key={job.id} className="print-queue__job" data-testid="print-job" data-state={job.state}>
            <strong>{jobTitle(job)}</strong>
            <p>
              {job.state === 'uncertain'
                ? t('printQueue.uncertain', { printer: job.printerName ?? '' })
                : job.printerName === null
                  ? t('printQueue.noPrinter')
                  : t('printQueue.waiting', { printer: job.printerName })}
            </p>
            {job.state === 'waiting' ? (
              <MoveJob
                job={job}
                printers={printers.filter((p) => p.id !== job.printerId)}
                busy={busy !== null}
                onMove={(printerId) => void move(job, printerId)}
              />
            ) : null}
            {job.state === 'uncertain' ? (
              <div className="entry__actions">
                <button
                  type="button"
                  className="button"
                  disabled={busy !== null}
                  onClick={() => void resolve(job.id, 'it_printed')}
                >
                  {t('printQueue.itPrinted')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy !== null}
                  onClick={() => void resolve(job.id, 'print_again')}
                >
                  {t('printQueue.printAgain')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorLine text={error} />
      {moved ? (
        <p className="print-queue__moved" role="status" data-testid="print-job-moved">
          {moved}
        </p>
      ) : null}
      <div className="entry__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('printQueue.close')}
        </button>
      </div>
    </Dialog>
  );
}

/** Sends a waiting receipt to another printer: the one it waits for may be away for the day. */
function MoveJob({
  job,
  printers,
  busy,
  onMove,
}: {
  job: PrintJobView;
  printers: readonly PrinterView[];
  busy: boolean;
  onMove: (printerId: string) => void;
}) {
  const [printerId, setPrinterId] = useState(printers[0]?.id ?? '');
  if (printers.length === 0) return null;
  const selectId = `move-${job.id}`;
  return (
    <div className="print-queue__move">
      <label htmlFor={selectId}>{t('printQueue.moveTo')}</label>
      <select
        id={selectId}
        className="field__input"
        value={printerId}
        onChange={(e) => setPrinterId(e.target.value)}
      >
        {printers.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        disabled={busy || printerId === ''}
        aria-label={t('printQueue.moveNamed', { job: jobTitle(job) })}
        onClick={() => onMove(printerId)}
      >
        {t('printQueue.move')}
      </button>
    </div>
  );
}
