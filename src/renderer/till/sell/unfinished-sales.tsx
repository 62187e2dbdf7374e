import { errorText } from '../../../shared/i18n/errors.ts';
import { useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { Order, OrderSummary } from '../../../shared/ipc/orders.ts';
import { useTillSetup } from '../till-context.tsx';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';

/**
 * Orders saved but not finished: the till window was closed or reloaded, or Kassa restarted, in the middle of
 * taking payment. A card payment on them may have gone through meanwhile, so they are kept in sight until the
 * cashier finishes or voids them.
 */
function useUnfinishedSales(): { open: OrderSummary[]; refresh: () => void } {
  const { data, reload } = useData(
    () => kassa.orders.search({ status: 'open', kept: false, limit: 20 }),
    'open',
    {
      refreshOn: ['orders.changed'],
    },
  );
  return { open: data?.orders ?? [], refresh: reload };
}

interface UnfinishedSalesProps {
  /** Resuming replaces the cart, so it waits until the current sale is finished or cleared. */
  cartEmpty: boolean;
  onResume: (order: Order) => void;
}

/** A standing note on the sell screen: each unfinished sale with its total, and Resume. */
export function UnfinishedSales({ cartEmpty, onResume }: UnfinishedSalesProps) {
  const { format } = useTillSetup();
  const { open, refresh } = useUnfinishedSales();
  const [problem, setProblem] = useState<string | null>(null);
  const newest = open[0];
  if (!newest) return null;

  // A sale left over from an earlier day says which day.
  const startedAt = (at: number) =>
    new Date(at).toDateString() === new Date().toDateString()
      ? t('unfinished.today', { time: format.time(at) })
      : t('unfinished.earlier', { dateTime: format.dateTime(at) });

  const resume = async () => {
    const result = await kassa.orders.get({ orderId: newest.id });
    if (!result.ok) setProblem(errorText(result.error));
    // Paid (its card went through) or voided since the list was read: nothing is left to resume.
    else if (result.value.status !== 'open') refresh();
    else onResume(result.value);
  };

  return (
    <div className="unfinished" role="note" data-testid="unfinished-sales">
      <p className="unfinished__text">
        {t(open.length === 1 ? 'unfinished.one' : 'unfinished.many', {
          count: open.length,
          total: format.money(newest.total),
          when: startedAt(newest.createdAt),
        })}
        {cartEmpty ? null : <span className="unfinished__hint"> {t('unfinished.clearFirst')}</span>}
        {problem ? <span className="unfinished__hint"> {problem}</span> : null}
      </p>
      <button
        type="button"
        className="button button--small button--primary"
        disabled={!cartEmpty}
        onClick={() => void resume()}
      >
        {t('unfinished.resume')}
      </button>
    </div>
  );
}
