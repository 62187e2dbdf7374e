import { errorText } from '../../../shared/i18n/errors.ts';
import { useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { CardPayment } from '../../../shared/ipc/payments.ts';
import { ManagerPinDialog } from './manager-pin-dialog.tsx';
import { kassa } from '../../shared/kassa.ts';

type Outcome = 'approved' | 'not_approved';

/** A payment the provider could not tell the end of (Mercado Pago's action_required), not yet recorded. */
export const needsTerminalCheck = (attempt: CardPayment) =>
  attempt.state === 'needs_check' && !attempt.forced;

/**
 * "Check the terminal": the provider lost track of the payment, so the cashier reads the result on the
 * terminal and a manager records it with their PIN. Approved pays the line, flagged for reconciliation; not
 * approved leaves it unpaid. The new state reaches the screen as a payment update, like every other change.
 */
export function TerminalCheck({ attempt }: { attempt: CardPayment }) {
  const [asking, setAsking] = useState<Outcome | null>(null);

  const record = async (outcome: Outcome, managerPin: string): Promise<string | null> => {
    const result = await kassa.payments.recordTerminalOutcome({
      attemptId: attempt.attemptId,
      outcome,
      managerPin,
    });
    return result.ok ? null : errorText(result.error);
  };

  return (
    <div className="terminal-step terminal-step--check" role="group" aria-labelledby="terminal-check-title">
      <h3 id="terminal-check-title" className="terminal-step__title">
        {t('terminal.checkTitle')}
      </h3>
      <p className="terminal-step__text">{t('terminal.checkText')}</p>
      <p className="terminal-step__question">{t('terminal.checkQuestion')}</p>
      <div className="terminal-step__actions">
        <button type="button" className="button button--primary" onClick={() => setAsking('approved')}>
          {t('terminal.approved')}
        </button>
        <button type="button" className="button" onClick={() => setAsking('not_approved')}>
          {t('terminal.notApproved')}
        </button>
      </div>
      {asking ? (
        <ManagerPinDialog
          title={asking === 'approved' ? t('terminal.approvedTitle') : t('terminal.notApprovedTitle')}
          text={asking === 'approved' ? t('terminal.approvedText') : t('terminal.notApprovedText')}
          onConfirm={(pin) => record(asking, pin)}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
