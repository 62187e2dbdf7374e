import type { OrderStatus, RefundState } from '../../../shared/ipc/orders.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { useTillSetup } from '../till-context.tsx';

/**
 * An order's status as History and the order detail show it: Open, Paid, Voided, or — when money went back —
 * Refunded / Partly refunded with the amount. Which of these applies is decided by the orders domain in main
 * (`refundState`); this only words it.
 */
export function OrderStatusBadge({
  order,
}: {
  order: { status: OrderStatus; refundState: RefundState; refunded: number; currency: string };
}) {
  const { format } = useTillSetup();
  if (order.refundState === 'full')
    return <span className="status status--refunded">{t('status.refunded')}</span>;
  if (order.refundState === 'partly')
    return (
      <span className="status status--refunded">
        {t('status.partlyRefunded', { amount: format.money(order.refunded, order.currency) })}
      </span>
    );
  return <span className={`status status--${order.status}`}>{t(`status.${order.status}`)}</span>;
}
