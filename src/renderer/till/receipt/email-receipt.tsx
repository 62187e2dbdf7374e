import { useEffect, useState, type FormEvent } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { emailAddress, type OutboxEntry } from '../../../shared/ipc/mail.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import { kassa } from '../../shared/kassa.ts';

/** What the cashier is told about one e-mail of the order. */
function statusText(entry: OutboxEntry): string {
  const to = entry.to;
  switch (entry.status) {
    case 'waiting':
      return entry.lastError
        ? t('mail.status.retrying', { to, reason: entry.lastError })
        : t('mail.status.waiting', { to });
    case 'sending':
      return t('mail.status.sending', { to });
    case 'sent':
      return t('mail.status.sent', { to });
    case 'failed':
      return t('mail.status.failed', { to, reason: entry.lastError ?? '' });
    case 'unsure':
      return t('mail.status.unsure', { to });
  }
}

/**
 * "E-mail the receipt" (issue 11.4), on the sale-complete screen and in History: the customer's address on
 * record is offered, a typed one is checked before anything is queued, and the till goes on at once while
 * the outbox sends it. Each e-mail's state follows the outbox's events.
 */
export function EmailReceipt({ order }: { order: Order }) {
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [busy, setBusy] = useState(false);

  // The order's e-mails now, and again whenever the outbox reports a change to one of them (queued included).
  useEffect(() => {
    let live = true;
    const load = (offer: boolean) =>
      void kassa.mail.forOrder({ orderId: order.id }).then((result) => {
        if (!live || !result.ok) return;
        setEntries(result.value.entries);
        const suggested = result.value.suggested;
        if (offer && suggested) setAddress((typed) => typed || suggested);
      });
    load(true);
    const off = kassa.on('mail.changed', (change) => {
      if (change.orderId === order.id) load(false);
    });
    return () => {
      live = false;
      off();
    };
  }, [order.id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = emailAddress.safeParse(address);
    if (!checked.success) {
      setProblem(t('mail.error.address'));
      return;
    }
    setBusy(true);
    const result = await kassa.mail.sendReceipt({ orderId: order.id, to: checked.data });
    setBusy(false);
    if (!result.ok) {
      setProblem(errorText(result.error));
      return;
    }
    setProblem(null);
    setAddress('');
  };

  const again = async (id: string) => {
    const result = await kassa.mail.retry({ id });
    if (!result.ok) setProblem(errorText(result.error));
  };

  return (
    <section className="email-receipt" aria-labelledby={`email-${order.id}`}>
      <h2 id={`email-${order.id}`} className="email-receipt__title">
        {t('mail.receipt.title')}
      </h2>
      <form className="email-receipt__form" noValidate onSubmit={(e) => void submit(e)}>
        <label className="field__label" htmlFor={`email-to-${order.id}`}>
          {t('mail.receipt.address')}
        </label>
        <div className="email-receipt__row">
          <input
            id={`email-to-${order.id}`}
            className={`field__input${problem ? ' field__input--invalid' : ''}`}
            type="email"
            inputMode="email"
            autoComplete="off"
            value={address}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `email-error-${order.id}` : undefined}
            data-testid="email-receipt-to"
            onChange={(e) => {
              setAddress(e.target.value);
              setProblem(null);
            }}
          />
          <button type="submit" className="button" disabled={busy} data-testid="email-receipt-send">
            {t('mail.receipt.send')}
          </button>
        </div>
        {problem ? (
          <p id={`email-error-${order.id}`} className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
      {entries.length > 0 ? (
        <ul className="email-receipt__list">
          {entries.map((entry) => (
            <li
              key={entry.id}
              className={`email-receipt__entry email-receipt__entry--${entry.status}`}
              data-testid="email-receipt-entry"
              data-status={entry.status}
            >
              <span>{statusText(entry)}</span>
              {entry.status === 'failed' || entry.status === 'unsure' ? (
                <button type="button" className="button button--small" onClick={() => void again(entry.id)}>
                  {t('mail.sendAgain')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
