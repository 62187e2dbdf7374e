import { useState } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import type { RemoteOrder } from '../../../shared/ipc/paylinks.ts';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';
import { LinkPanel, linkStateText } from '../payment/link-panel.tsx';
import { useTillSetup } from '../till-context.tsx';
import { fulfilmentText, RemoteOrderForm } from './remote-order-form.tsx';
import './remote-orders.css';

/** Where a remote order's payment stands, in one short phrase for the list. */
export function paymentText(remote: RemoteOrder): string {
  if (remote.status === 'paid') return t('remote.payment.paid');
  if (remote.status === 'voided') return t('remote.payment.voided');
  return remote.link ? linkStateText(remote.link.state) : t('remote.payment.none');
}

interface RemoteOrdersScreenProps {
  onBack: () => void;
  /** Takes the order up at the counter (the customer came in after all); null while a sale is under way. */
  onResume: ((order: Order) => void) | null;
}

/**
 * Every open remote order on one screen (seed 004), with where its payment stands, and what the cashier can do
 * for one: send its link again (copy, QR, the mail program, or the shop's own mail server), cancel it or make a
 * new one, correct the contact, or take the payment at the counter.
 */
export function RemoteOrdersScreen({ onBack, onResume }: RemoteOrdersScreenProps) {
  const { format } = useTillSetup();
  const { data, reload, error } = useData(() => kassa.paylinks.remoteOrders({}), 'remote', {
    refreshOn: ['orders.changed', 'paylinks.updated', 'paylinks.remotePaid'],
  });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const rows = data ?? [];
  const selected = rows.find((r) => r.orderId === selectedId) ?? null;

  const pick = (orderId: string) => {
    setSelectedId(orderId);
    setEditing(false);
    setMessage(null);
  };

  const sendMail = async (remote: RemoteOrder) => {
    const result = await kassa.paylinks.mailLink({ orderId: remote.orderId });
    setMessage(
      result.ok
        ? { text: t('remote.sentSmtp', { email: remote.email ?? '' }), error: false }
        : { text: errorText(result.error), error: true },
    );
  };

  const takePayment = async (remote: RemoteOrder) => {
    if (!onResume) {
      setMessage({ text: t('remote.resumeBusy'), error: true });
      return;
    }
    const result = await kassa.orders.get({ orderId: remote.orderId });
    if (!result.ok) setMessage({ text: errorText(result.error), error: true });
    else if (result.value.status === 'open') onResume(result.value);
    else reload();
  };

  return (
    <div className="remote" data-testid="remote-orders">
      <section className="remote__list" aria-label={t('remote.title')}>
        <div className="history__head">
          <button type="button" className="button button--ghost" onClick={onBack}>
            {t('history.back')}
          </button>
          <h1 className="history__title">{t('remote.title')}</h1>
        </div>
        {error ? (
          <p className="field__error" role="alert">
            {errorText(error)}
          </p>
        ) : null}
        <table className="history__table" data-testid="remote-table">
          <thead>
            <tr>
              <th scope="col">{t('remote.column.customer')}</th>
              <th scope="col">{t('remote.column.fulfilment')}</th>
              <th scope="col">{t('remote.column.created')}</th>
              <th scope="col">{t('remote.column.payment')}</th>
              <th scope="col" className="num">
                {t('remote.column.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.orderId}
                className={r.orderId === selectedId ? 'history__row history__row--selected' : 'history__row'}
                data-testid="remote-row"
                data-status={r.status}
                onClick={() => pick(r.orderId)}
              >
                <td>
                  <button type="button" className="history__open">
                    {r.name}
                  </button>
                </td>
                <td>{fulfilmentText[r.fulfilment]()}</td>
                <td>{format.dateTime(r.createdAt)}</td>
                <td>{paymentText(r)}</td>
                <td className="num">{format.money(r.total, r.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data && rows.length === 0 ? <p className="history__empty">{t('remote.empty')}</p> : null}
      </section>

      <section className="remote__detail" aria-label={t('history.detail')}>
        {selected ? (
          <>
            <h2 className="remote__name">{t('remote.detail', { name: selected.name })}</h2>
            {selected.number !== null ? <p>{t('remote.orderNumber', { number: selected.number })}</p> : null}
            <p>
              {t('remote.contact', {
                contact: [selected.email, selected.phone].filter(Boolean).join(' · '),
              })}
            </p>
            <p>{fulfilmentText[selected.fulfilment]()}</p>
            {selected.note ? <p>{t('remote.noteLine', { note: selected.note })}</p> : null}
            <p className="remote__state" data-testid="remote-state">
              {paymentText(selected)}
            </p>
            {editing ? (
              <RemoteOrderForm
                orderId={selected.orderId}
                saved={selected}
                onSaved={() => {
                  setEditing(false);
                  reload();
                }}
                onCancel={() => setEditing(false)}
              />
            ) : null}
            {selected.link && selected.status === 'open' ? (
              <LinkPanel
                key={selected.link.id}
                link={selected.link}
                notOffered={[]}
                payouts={null}
                onChanged={() => reload()}
                onDismiss={() => void takePayment(selected)}
              />
            ) : null}
            {message ? (
              <p
                className={message.error ? 'field__error' : 'remote__sent'}
                role={message.error ? 'alert' : 'status'}
              >
                {message.text}
              </p>
            ) : null}
            {selected.status === 'open' ? (
              <div className="entry__actions">
                {selected.email && selected.link?.state === 'open' ? (
                  <button type="button" className="button" onClick={() => void sendMail(selected)}>
                    {t('remote.sendSmtp')}
                  </button>
                ) : null}
                <button type="button" className="button" onClick={() => setEditing(true)}>
                  {t('remote.edit')}
                </button>
                <button type="button" className="button" onClick={() => void takePayment(selected)}>
                  {t('remote.takePayment')}
                </button>
              </div>
            ) : null}
          </>
        ) : (
          <p className="history__hint">{t('remote.pick')}</p>
        )}
      </section>
    </div>
  );
}
