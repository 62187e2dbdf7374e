import { useState } from 'react';
import type { Result } from '../../../shared/errors.ts';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { chargeLaterGraceMs, type AutopilotTaskView } from '../../../shared/ipc/autopilot.ts';
import { TextField } from '../../shared/form-field.tsx';
import { useTillSetup } from '../till-context.tsx';

interface ScheduleChargeProps {
  /** The chosen saved card (pm_…), null when the customer has none. */
  paymentMethod: string | null;
  /** The chosen card in words ("VISA •••• 4242"). */
  cardLabel: string;
  amount: number;
  busy: boolean;
  /** Saves the order if it is not yet, then asks the autopilot to charge the card at `dueAt`. */
  schedule: (paymentMethod: string, dueAt: number) => Promise<Result<AutopilotTaskView>>;
  onNextSale: () => void;
}

/** A `datetime-local` value ("2026-12-03T10:30") as a moment on this computer's clock, or null. */
function momentOf(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return null;
  const ms = new Date(text).getTime();
  return Number.isFinite(ms) ? ms : null;
}

/**
 * "Charge later" on a card on file (STO-9): the cashier picks a date and time and the payment autopilot charges
 * the card then, by itself; the order stays open until it does. A time that is not a time or has passed, or no
 * card, is refused in words and nothing is saved. The task is then listed in Preferences → Autopilot.
 */
export function ScheduleCharge({
  paymentMethod,
  cardLabel,
  amount,
  busy,
  schedule,
  onNextSale,
}: ScheduleChargeProps) {
  const { format } = useTillSetup();
  const [open, setOpen] = useState(false);
  const [when, setWhen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [scheduled, setScheduled] = useState<AutopilotTaskView | null>(null);
  const [sending, setSending] = useState(false);

  if (scheduled)
    return (
      <div className="schedule-charge" data-testid="schedule-charge">
        <p role="status" data-testid="schedule-charge-done">
          {t('later.scheduled', {
            amount: format.money(scheduled.amount ?? amount),
            card: cardLabel,
            when: format.dateTime(scheduled.dueAt),
          })}
        </p>
        <div className="entry__actions">
          <button type="button" className="button button--primary" onClick={onNextSale}>
            {t('later.nextSale')}
          </button>
        </div>
      </div>
    );

  if (!open)
    return (
      <div className="entry__actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          data-testid="schedule-charge-open"
          onClick={() => setOpen(true)}
        >
          {t('later.open')}
        </button>
      </div>
    );

  const submit = async () => {
    setProblem(null);
    if (paymentMethod === null) return setProblem(t('later.noCard'));
    const dueAt = momentOf(when);
    if (dueAt === null) return setProblem(t('later.noTime'));
    if (dueAt < Date.now() - chargeLaterGraceMs) return setProblem(t('err.autopilot.dueInPast'));
    setSending(true);
    const result = await schedule(paymentMethod, dueAt);
    setSending(false);
    if (!result.ok) return setProblem(errorText(result.error));
    setScheduled(result.value);
  };

  return (
    <form
      className="schedule-charge"
      data-testid="schedule-charge"
      aria-label={t('later.title')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4 className="schedule-charge__title">{t('later.title')}</h4>
      <TextField
        id="schedule-when"
        label={t('later.when')}
        hint={t('later.hint')}
        type="datetime-local"
        value={when}
        error={problem}
        onChange={setWhen}
      />
      <div className="entry__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || sending}
          data-testid="schedule-charge-submit"
        >
          {t('later.submit', { amount: format.money(amount) })}
        </button>
        <button type="button" className="button" disabled={sending} onClick={() => setOpen(false)}>
          {t('later.cancel')}
        </button>
      </div>
    </form>
  );
}
