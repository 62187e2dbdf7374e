import { t } from '../../../shared/i18n/translate.ts';
import type { Order, PaymentLine } from '../../../shared/ipc/orders.ts';
import { useTillSetup } from '../till-context.tsx';
import './payment-accounts.css';

type UsedAccount = NonNullable<PaymentLine['accounts']>['outstanding'];

const codeOf = (account: UsedAccount) =>
  account.isDefault ? t('history.accounts.defaultCode', { code: account.code }) : account.code;

/**
 * Where each payment of the order was booked (PREF-2): the outstanding and the intermediary account, as the
 * method had them when the payment was taken. For staff answering the accountant; the receipt leaves it out.
 */
export function PaymentAccounts({ order }: { order: Order }) {
  const { format } = useTillSetup();
  // Main sends the codes only to a manager or owner (a cashier's till gets none), so nothing shows for them.
  const booked = order.payments.flatMap((p) =>
    p.status === 'paid' && p.accounts ? [{ ...p, accounts: p.accounts }] : [],
  );
  if (booked.length === 0) return null;
  return (
    <section className="payment-accounts" aria-label={t('history.accounts.label')}>
      <ul className="payment-accounts__list">
        {booked.map((line) => (
          <li key={line.id} className="payment-accounts__line" data-testid="payment-accounts">
            <span>
              {line.methodName} · {format.money(line.amount, order.currency)}
            </span>
            <span className="payment-accounts__codes">
              {t('history.accounts.line', {
                outstanding: codeOf(line.accounts.outstanding),
                intermediary: codeOf(line.accounts.intermediary),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
