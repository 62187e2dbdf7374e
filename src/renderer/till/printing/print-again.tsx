import { useState } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import { kassa } from '../../shared/kassa.ts';

type Outcome = { kind: 'sent'; text: string } | { kind: 'error'; text: string };

/**
 * "Print again" on a paid order in History (TILL-6): main queues a COPY of the receipt on the receipt printer.
 * When no receipt printer is set up, main's refusal says where to add one.
 */
export function PrintAgain({ order }: { order: Order }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const reprint = async () => {
    setBusy(true);
    const result = await kassa.printing.reprint({ orderId: order.id });
    setBusy(false);
    setOutcome(
      result.ok
        ? { kind: 'sent', text: t('reprint.sent', { printer: result.value.printerName ?? '' }) }
        : { kind: 'error', text: errorText(result.error) },
    );
  };

  return (
    <div className="print-again" data-testid="print-again">
      <button type="button" className="button" disabled={busy} onClick={() => void reprint()}>
        {t('reprint.action')}
      </button>
      {outcome ? (
        <p
          className={outcome.kind === 'error' ? 'field__error' : 'print-again__sent'}
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          data-testid="print-again-outcome"
          data-status={outcome.kind}
        >
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
}
