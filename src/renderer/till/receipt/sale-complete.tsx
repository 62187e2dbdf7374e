import { useLayoutEffect, useRef } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import { CheckIcon } from '../../shared/icons.tsx';
import { isTyping, useShortcuts } from '../../shared/use-shortcuts.ts';
import { EmailReceipt } from './email-receipt.tsx';
import { useTillSetup } from '../till-context.tsx';
import { ReceiptView } from './receipt-view.tsx';
import { PrintedPaperButton } from '../printing/printed-paper.tsx';

const isEmptyField = (target: EventTarget | null) =>
  target instanceof HTMLInputElement && target.value.trim() === '';

/** After the sale: the change to hand back, as big as the screen allows, and the receipt beside it. */
export function SaleComplete({ order, onNewSale }: { order: Order; onNewSale: () => void }) {
  const { format } = useTillSetup();
  const newSaleRef = useRef<HTMLButtonElement>(null);
  // Focused as the screen appears (before it is painted), so Enter has somewhere to go at once.
  useLayoutEffect(() => newSaleRef.current?.focus(), []);
  useShortcuts((event) => {
    // Enter in the e-mail address sends the receipt; it does not start the next sale. In an empty address
    // field there is nothing to send: Enter there is the cashier's New sale, not a lost key.
    if (isTyping(event) && !(event.key === 'Enter' && isEmptyField(event.target))) return false;
    // A held-down Enter that completed the sale must not also start the next one.
    if ((event.key === 'Enter' || event.key === 'Escape') && !event.repeat) {
      onNewSale();
      return true;
    }
    return false;
  });
  const methods = [...new Set(order.payments.filter((p) => p.status === 'paid').map((p) => p.methodName))];

  return (
    <div className="done">
      <section className="done__panel" aria-labelledby="done-title">
        <div className="done__badge" aria-hidden="true">
          <CheckIcon />
        </div>
        <h1 id="done-title" className="done__title">
          {t('done.title')}
        </h1>
        <p className="done__meta">
          {order.number === null ? '' : t('receipt.number', { number: order.number })}
          {' · '}
          {format.money(order.total, order.currency)}
          {' · '}
          {methods.join(', ')}
        </p>
        <div className={`done__change${order.change > 0 ? '' : ' done__change--none'}`}>
          <p className="done__change-label">{order.change > 0 ? t('done.changeDue') : t('done.noChange')}</p>
          {order.change > 0 ? (
            <p className="done__change-amount" data-testid="done-change">
              {format.money(order.change, order.currency)}
            </p>
          ) : null}
        </div>
        <button ref={newSaleRef} type="button" className="button button--pay done__next" onClick={onNewSale}>
          <span>{t('done.newSale')}</span>
          <kbd>Enter</kbd>
        </button>
        <EmailReceipt order={order} />
        <PrintedPaperButton order={order} />
      </section>
      <div className="done__receipt">
        <ReceiptView order={order} />
      </div>
    </div>
  );
}
