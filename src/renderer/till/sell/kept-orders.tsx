import { useState } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { KeptOrderView } from '../../../shared/ipc/kept-orders.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';
import { useTillSetup } from '../till-context.tsx';

/** The orders kept open, read again whenever an order or a hold changes. */
export function useKeptOrders(): { kept: KeptOrderView[]; reload: () => void } {
  const { data, reload } = useData(() => kassa.keptOrders.list({}), 'kept', {
    refreshOn: ['orders.changed', 'holds.updated'],
  });
  return { kept: data ?? [], reload };
}

/** How long ago, in the largest whole unit: "5 min", "3 h", "2 days". */
export function ageText(keptAt: number, now: number): string {
  const minutes = Math.max(0, Math.floor((now - keptAt) / 60_000));
  if (minutes < 60) return t('tabs.ageMinutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('tabs.ageHours', { count: hours });
  return t('tabs.ageDays', { count: Math.floor(hours / 24) });
}

interface KeptOrdersProps {
  /** Paying or adding replaces the cart, so they wait until the current sale is finished or cleared. */
  cartEmpty: boolean;
  onAddItems: (kept: KeptOrderView) => void;
  onPay: (order: Order) => void;
  onNotice: (text: string, tone: 'success' | 'error') => void;
}

/** A standing line on the sell screen: how many orders are kept open, and the list of them. */
export function KeptOrders({ cartEmpty, onAddItems, onPay, onNotice }: KeptOrdersProps) {
  const { kept } = useKeptOrders();
  const [open, setOpen] = useState(false);
  if (kept.length === 0 && !open) return null;
  return (
    <>
      <div className="unfinished kept-bar" role="note" data-testid="kept-orders-bar">
        <p className="unfinished__text">{t('tabs.listButton', { count: kept.length })}</p>
        <button
          type="button"
          className="button button--small button--primary"
          data-testid="kept-orders-open"
          onClick={() => setOpen(true)}
        >
          {t('tabs.showList')}
        </button>
      </div>
      {open ? (
        <KeptOrdersDialog
          kept={kept}
          cartEmpty={cartEmpty}
          onClose={() => setOpen(false)}
          onAddItems={(k) => {
            setOpen(false);
            onAddItems(k);
          }}
          onPay={(order) => {
            setOpen(false);
            onPay(order);
          }}
          onNotice={onNotice}
        />
      ) : null}
    </>
  );
}

interface DialogProps extends KeptOrdersProps {
  kept: KeptOrderView[];
  onClose: () => void;
}

/** The kept orders with customer, kind, amount and age; each can get more items, be paid from its hold or paid. */
function KeptOrdersDialog({ kept, cartEmpty, onClose, onAddItems, onPay, onNotice }: DialogProps) {
  const { format } = useTillSetup();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The ages are as of when the list was opened.
  const [now] = useState(() => Date.now());

  const pay = async (k: KeptOrderView) => {
    const order = await kassa.orders.get({ orderId: k.orderId });
    if (!order.ok) return setProblem(errorText(order.error));
    onPay(order.value);
  };

  /** What is due is captured from the hold (never more than it holds); the rest goes back to the card. */
  const payFromHold = async (k: KeptOrderView) => {
    if (k.holdId === null) return;
    setBusy(true);
    setProblem(null);
    const amount = Math.min(k.remaining, k.held);
    const captured = await kassa.holds.capture({ holdId: k.holdId, amount });
    setBusy(false);
    if (!captured.ok) return setProblem(errorText(captured.error));
    // Paid: the order leaves the list, and the cashier is back at the sell screen with the notice.
    onClose();
    onNotice(
      t('tabs.captured', { amount: format.money(captured.value.captured ?? amount, k.currency) }),
      'success',
    );
  };

  return (
    <Dialog title={t('tabs.listTitle')} onClose={onClose} className="dialog--wide">
      {problem ? (
        <p className="field__error" role="alert" data-testid="kept-problem">
          {problem}
        </p>
      ) : null}
      {!cartEmpty ? <p className="field__hint">{t('tabs.clearFirst')}</p> : null}
      {kept.length === 0 ? (
        <p className="history__empty">{t('tabs.empty')}</p>
      ) : (
        <div className="kept__scroll">
          <table className="history__table kept__table" data-testid="kept-orders">
            <thead>
              <tr>
                <th scope="col">{t('tabs.colCustomer')}</th>
                <th scope="col">{t('tabs.colKind')}</th>
                <th scope="col" className="num">
                  {t('tabs.colDue')}
                </th>
                <th scope="col" className="num">
                  {t('tabs.colHeld')}
                </th>
                <th scope="col">{t('tabs.colAge')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('tabs.colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {kept.map((k) => (
                <tr key={k.orderId} className="history__row" data-testid="kept-order" data-order={k.orderId}>
                  <td>
                    <strong>{k.customer?.name ?? '—'}</strong>
                    {k.approvedBy ? (
                      <span className="kept__note">{t('tabs.approvedBy', { name: k.approvedBy })}</span>
                    ) : null}
                  </td>
                  <td>{k.kind === 'tab' ? t('tabs.kindTab') : t('tabs.kindPickup')}</td>
                  <td className="num" data-testid="kept-due">
                    {format.money(k.remaining, k.currency)}
                  </td>
                  <td className="num">{k.held > 0 ? format.money(k.held, k.currency) : '—'}</td>
                  <td>{ageText(k.keptAt, now)}</td>
                  <td>
                    <div className="kept__actions">
                      <button
                        type="button"
                        className="button button--small"
                        disabled={!cartEmpty || busy}
                        data-testid="kept-add"
                        onClick={() => onAddItems(k)}
                      >
                        {t('tabs.addItems')}
                      </button>
                      {k.holdId !== null ? (
                        <button
                          type="button"
                          className="button button--small button--primary"
                          disabled={busy || k.remaining === 0}
                          data-testid="kept-pay-hold"
                          onClick={() => void payFromHold(k)}
                        >
                          {t('tabs.payFromHold')}
                        </button>
                      ) : null}
                      <button
                        type="button"
                        className="button button--small"
                        disabled={!cartEmpty || busy}
                        data-testid="kept-pay"
                        onClick={() => void pay(k)}
                      >
                        {t('tabs.pay')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="kept__close">
        <button type="button" className="button" onClick={onClose}>
          {t('tabs.close')}
        </button>
      </div>
    </Dialog>
  );
}

interface AddingBarProps {
  adding: KeptOrderView;
  lineCount: number;
  onSave: () => void;
  onStop: () => void;
  busy: boolean;
}

/** In the cart while items are rung up for a kept order: whose order it is, and Add to order instead of Pay. */
export function AddingBar({ adding, lineCount, onSave, onStop, busy }: AddingBarProps) {
  const { format } = useTillSetup();
  const name = adding.customer?.name ?? '—';
  return (
    <div className="kept-adding" data-testid="kept-adding">
      <p className="kept-adding__text">
        {adding.kind === 'tab' ? t('tabs.addingTab', { name }) : t('tabs.addingPickup', { name })}{' '}
        <span className="kept-adding__so-far">
          {t('tabs.soFar', { total: format.money(adding.total, adding.currency) })}
        </span>
      </p>
      <div className="kept-adding__actions">
        <button type="button" className="button" onClick={onStop} disabled={busy} data-testid="kept-add-stop">
          {t('tabs.stopAdding')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={lineCount === 0 || busy}
          data-testid="kept-add-save"
          onClick={onSave}
        >
          {t('tabs.addToOrder')}
        </button>
      </div>
    </div>
  );
}
