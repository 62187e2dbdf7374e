import { useState } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import type { RemoteOrder } from '../../../shared/ipc/paylinks.ts';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';
import { LinkPanel, linkStateText } from '../payment/link-panel.tsx';
import { ListDetail, type ListColumn } from '../list-detail.tsx';
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

  const columns: ListColumn<RemoteOrder>[] = [
    { heading: t('remote.column.customer'), cell: (r) => r.name },
    { heading: t('remote.column.fulfilment'), cell: (r) => fulfilmentText[r.fulfilment]() },
    { heading: t('remote.column.created'), cell: (r) => format.dateTime(r.createdAt) },
    { heading: t('remote.column.payment'), cell: paymentText },
    { heading: t('remote.column.amount'), cell: (r) => format.money(r.total, r.currency), numeric: true },
  ];

  return (
    <ListDetail
      title={t('remote.title')}
      onBack={onBack}
      error={error}
      columns={columns}
      rows={rows}
      loaded={data !== null}
      emptyText={t('remote.empty')}
      rowKey={(r) => r.orderId}
      selectedKey={selectedId}
      onPick={(r) => pick(r.orderId)}
      rowData={(r) => ({ 'data-status': r.status })}
      testIds={{ screen: 'remote-orders', table: 'remote-table', row: 'remote-row' }}
    >
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
    </ListDetail>
  );
}
