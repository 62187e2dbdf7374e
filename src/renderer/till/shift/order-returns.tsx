import { errorText } from '../../../shared/i18n/errors.ts';
import { useEffect, useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import type { ResponseOf } from '../../../shared/ipc/contract.ts';
import type { ReturnRecord } from '../../../shared/ipc/returns.ts';
import { ConfirmActions, ReasonField, useApprovedRequest, withPin } from '../entry-fields.tsx';
import { useTillSetup } from '../till-context.tsx';
import { ErrorLine } from '../../shared/error-line.tsx';

type Returnable = ResponseOf<'returns.forOrder'>;

/** The end of a return form: why it failed, Cancel, and the red Return. */
export function ReturnActions({
  error,
  busy,
  onCancel,
  testId,
}: {
  error: string | null;
  busy: boolean;
  onCancel: () => void;
  testId: string;
}) {
  return (
    <>
      <ErrorLine text={error} />
      <ConfirmActions
        cancelLabel={t('return.cancel')}
        onCancel={onCancel}
        confirmLabel={t('return.action')}
        busy={busy}
        danger
        testId={testId}
      />
    </>
  );
}

/** Where a part of a return's money went, in words: to the card, from the drawer, as a voucher credit. */
function routeText(p: ReturnRecord['payments'][number]): string {
  if (p.route === 'card') return t('return.route.card');
  if (p.route === 'cash') return t('return.route.cash');
  if (p.route === 'voucher') return t('return.route.voucher', { code: p.voucherCode ?? '' });
  return t('return.route.other', { method: p.methodName });
}

/**
 * Returns by line from the order detail (TILL-6): how many of each line come back, with a reason; main decides
 * where the money goes (the card through the provider, cash from the drawer, a voucher credit) and asks for a
 * manager where needed. The returns already given are listed with where their money went.
 */
export function OrderReturns({ order, onReturned }: { order: Order; onReturned?: () => void }) {
  const { format } = useTillSetup();
  const [state, setState] = useState<Returnable | null>(null);
  const [open, setOpen] = useState(false);
  const [quantities, setQuantities] = useState<Record<number, string>>({});
  const [reason, setReason] = useState('');
  const [cardToCash, setCardToCash] = useState(false);
  const [returnId, setReturnId] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<string | null>(null);
  const { busy, send, approvalDialog } = useApprovedRequest();

  useEffect(() => {
    let live = true;
    const load = () =>
      void window.kassa.returns.forOrder({ orderId: order.id }).then((result) => {
        if (!live) return;
        if (result.ok) setState(result.value);
        else setError(errorText(result.error));
      });
    load();
    // A return of this order given in another window changes what is left to return.
    const off = window.kassa.on('returns.given', (given) => {
      if (given.orderId === order.id) load();
    });
    return () => {
      live = false;
      off();
    };
  }, [order.id, returnId]);

  if (order.status !== 'paid' || !state) return null;
  const anyLeft = state.lines.some((l) => l.returned < l.sold);
  const hasCard = order.payments.some((p) => p.status === 'paid' && p.journal === 'bank');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const lines: { position: number; quantity: number }[] = [];
    for (const l of state.lines) {
      const text = (quantities[l.position] ?? '').trim();
      if (text === '' || text === '0') continue;
      if (!/^\d{1,4}$/.test(text)) return setError(t('bad.pieces', { text }));
      lines.push({ position: l.position, quantity: Number(text) });
    }
    if (lines.length === 0) return setError(t('return.nothing'));
    const result = await send((managerPin) =>
      window.kassa.returns.create({
        returnId,
        orderId: order.id,
        lines,
        reason,
        cardToCash,
        ...withPin(managerPin),
      }),
    );
    if (!result.ok) return setError(errorText(result.error));
    setOpen(false);
    setQuantities({});
    setReason('');
    setError(null);
    setReturnId(crypto.randomUUID()); // the next return is a new one; this also reads the lines again
    onReturned?.();
  };

  return (
    <section className="refunds" aria-label={t('return.history')} data-testid="order-returns">
      {state.returns.length > 0 ? (
        <ul className="refunds__done">
          {state.returns.map((r) => (
            <li key={r.id} data-testid="return-row">
              <span>{format.dateTime(r.createdAt)}</span>
              <span>
                {r.lines.map((l) => `${l.quantity} × ${l.name}`).join(', ')} · {r.reason}
              </span>
              <span className="num">−{format.money(r.total)}</span>
              <span>{r.payments.map((p) => `${format.money(p.amount)} ${routeText(p)}`).join(' · ')}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {!anyLeft ? <p>{t('return.all')}</p> : null}
      {anyLeft && !open ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => setOpen(true)}
          data-testid="start-return"
        >
          {t('return.action')}
        </button>
      ) : null}
      {open ? (
        <form className="refunds__form" noValidate onSubmit={(event) => void submit(event)}>
          <p className="refunds__title">{t('return.title', { number: order.number ?? '' })}</p>
          <table className="history__table">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col" className="num">
                  {t('return.sold')}
                </th>
                <th scope="col" className="num">
                  {t('return.returned')}
                </th>
                <th scope="col" className="num">
                  {t('return.quantity')}
                </th>
              </tr>
            </thead>
            <tbody>
              {state.lines.map((l) => (
                <tr key={l.position}>
                  <th scope="row">{l.name}</th>
                  <td className="num">{l.sold}</td>
                  <td className="num">{l.returned}</td>
                  <td className="num">
                    <input
                      className="field__input"
                      inputMode="numeric"
                      autoComplete="off"
                      aria-label={`${t('return.quantity')} ${l.name}`}
                      data-testid={`return-quantity-${l.position}`}
                      disabled={l.returned >= l.sold}
                      value={quantities[l.position] ?? ''}
                      onChange={(event) => {
                        setQuantities({ ...quantities, [l.position]: event.target.value });
                        setError(null);
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ReasonField
            id={`return-reason-${order.id}`}
            label={t('return.reason')}
            placeholder={t('return.reasonPlaceholder')}
            value={reason}
            onChange={(text) => {
              setReason(text);
              setError(null);
            }}
          />
          {hasCard ? (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={cardToCash}
                onChange={(event) => setCardToCash(event.target.checked)}
              />
              {t('return.cashForCard')}
            </label>
          ) : null}
          <ReturnActions error={error} busy={busy} onCancel={() => setOpen(false)} testId="confirm-return" />
        </form>
      ) : null}
      {approvalDialog}
    </section>
  );
}
