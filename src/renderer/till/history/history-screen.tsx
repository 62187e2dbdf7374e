import { errorText } from '../../../shared/i18n/errors.ts';
import { useRef, useState, type ChangeEvent, type ComponentProps } from 'react';
import { KassaError, type KassaErrorShape } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { RequestIn } from '../../../shared/ipc/contract.ts';
import type { Order, OrderSummary } from '../../../shared/ipc/orders.ts';
import { BackIcon, SearchIcon } from '../../shared/icons.tsx';
import { useShortcuts } from '../../shared/use-shortcuts.ts';
import { ReceiptView } from '../receipt/receipt-view.tsx';
import { PrintedPaperButton } from '../printing/printed-paper.tsx';
import { PrintAgain } from '../printing/print-again.tsx';
import { EmailReceipt } from '../receipt/email-receipt.tsx';
import { CardRefunds } from './card-refunds.tsx';
import { OrderReturns } from '../shift/order-returns.tsx';
import { ReturnWithoutOrder } from '../shift/return-without-order.tsx';
import { PaymentAccounts } from './payment-accounts.tsx';
import { OrderStatusBadge } from './order-status.tsx';
import { useTillSetup } from '../till-context.tsx';
import { dayNotation, emptyHistoryForm, toSearchRequest, type HistoryForm } from './history-query.ts';
import { kassa } from '../../shared/kassa.ts';
import { useAnswers, useData } from '../../shared/use-data.ts';

type Problem = { field: keyof HistoryForm | null; message: string };

/** A refusal from main, next to the form field it names. */
function problemOf(error: KassaErrorShape): Problem {
  const field = error.field;
  return {
    field: field === 'number' || field === 'from' || field === 'to' || field === 'amount' ? field : null,
    message: errorText(error),
  };
}
type Listing = { orders: OrderSummary[]; nextCursor: string | null };

/** Past orders, newest first: search by number, dates and amount, page through, open one to see it whole. */
export function HistoryScreen({ onBack }: { onBack: () => void }) {
  const { store, format } = useTillSetup();
  const dayExample = dayNotation(store.locale).example;
  const [form, setForm] = useState<HistoryForm>(emptyHistoryForm);
  const [query, setQuery] = useState<RequestIn<'orders.search'>>({ limit: 30 });
  /** Pages after the first, fetched with "More" for the query shown. */
  const [more, setMore] = useState<({ key: string } & Listing) | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [selected, setSelected] = useState<Order | null>(null);
  const numberRef = useRef<HTMLInputElement>(null);

  // A sale made in another window (or a payment that completes) shows up without a manual refresh.
  const queryKey = JSON.stringify(query);
  // A refund or a return changes what an order's status says (Refunded, Partly refunded): the list reads again.
  const moneyBack = ['orders.changed', 'refunds.updated', 'returns.given'] as const;
  const first = useData(() => kassa.orders.search(query), queryKey, { refreshOn: moneyBack });
  const listing: Listing | null =
    first.data && more?.key === queryKey
      ? { orders: [...first.data.orders, ...more.orders], nextCursor: more.nextCursor }
      : first.data;

  const search = () => {
    try {
      setQuery(toSearchRequest(form, format.parseAmount, store.locale));
      setProblem(null);
    } catch (error) {
      if (!(error instanceof KassaError)) throw error;
      setProblem({
        field: (error.field as keyof HistoryForm | undefined) ?? null,
        message: errorText(error),
      });
    }
  };

  const loadMore = async () => {
    if (!listing?.nextCursor) return;
    setLoadingMore(true);
    const result = await kassa.orders.search({ ...query, before: listing.nextCursor });
    setLoadingMore(false);
    if (!result.ok) setProblem(problemOf(result.error));
    else {
      const earlier = more?.key === queryKey ? more.orders : [];
      setMore({
        key: queryKey,
        orders: [...earlier, ...result.value.orders],
        nextCursor: result.value.nextCursor,
      });
    }
  };

  const open = async (id: string) => {
    const result = await kassa.orders.get({ orderId: id });
    if (result.ok) setSelected(result.value);
    else setProblem({ field: null, message: errorText(result.error) });
  };
  // The order shown is read again when money goes back on it, so its status and receipt follow.
  const selectedId = selected?.id ?? null;
  useAnswers(
    selectedId === null ? null : () => kassa.orders.get({ orderId: selectedId }),
    selectedId ?? '',
    (result) => {
      if (result.ok) setSelected(result.value);
    },
    { refreshOn: moneyBack },
  );
  const returned = () => {
    if (selectedId !== null) void open(selectedId);
    first.reload();
  };

  useShortcuts((event) => {
    if (event.key === 'Escape') {
      if (selected) setSelected(null);
      else onBack();
      return true;
    }
    if (event.key === 'F2') {
      numberRef.current?.focus();
      return true;
    }
    return false;
  });

  const set = (field: keyof HistoryForm) => (event: ChangeEvent<HTMLInputElement>) => {
    setForm((f) => ({ ...f, [field]: event.target.value }));
    if (problem?.field === field) setProblem(null);
  };
  // A search main refused shows like one the form refused, until the next search.
  const shownProblem = problem ?? (first.error ? problemOf(first.error) : null);
  const fieldError = (field: keyof HistoryForm) =>
    shownProblem?.field === field ? shownProblem.message : null;
  const filtered = JSON.stringify(form) !== JSON.stringify(emptyHistoryForm);

  const input = (field: keyof HistoryForm, label: string, props: ComponentProps<'input'>) => (
    <div className="field field--compact">
      <label className="field__label" htmlFor={`history-${field}`}>
        {label}
      </label>
      <input
        id={`history-${field}`}
        className={`field__input${fieldError(field) ? ' field__input--invalid' : ''}`}
        value={form[field]}
        onChange={set(field)}
        aria-invalid={fieldError(field) !== null}
        aria-describedby={fieldError(field) ? `history-${field}-error` : undefined}
        autoComplete="off"
        {...props}
      />
    </div>
  );

  return (
    <div className="history">
      <section className="history__list" aria-label={t('history.label')}>
        <div className="history__head">
          <button type="button" className="button button--ghost" onClick={onBack}>
            <BackIcon />
            {t('history.back')}
            <kbd>Esc</kbd>
          </button>
          <h1 className="history__title">{t('history.title')}</h1>
        </div>
        <form
          className="history__search"
          role="search"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            search();
          }}
        >
          {input('number', t('history.number'), { ref: numberRef, inputMode: 'numeric', placeholder: '42' })}
          {input('from', t('history.from'), { inputMode: 'numeric', placeholder: dayExample })}
          {input('to', t('history.to'), { inputMode: 'numeric', placeholder: dayExample })}
          {input('amount', t('history.amount'), {
            inputMode: 'decimal',
            placeholder: format.amountInput(1250),
          })}
          {/* One line under all the fields, so a message never stretches the narrow field it is about. */}
          {shownProblem?.field ? (
            <p
              id={`history-${shownProblem.field}-error`}
              className="field__error history__search-error"
              role="alert"
            >
              {shownProblem.message}
            </p>
          ) : null}
          <div className="history__search-actions">
            <button type="submit" className="button button--primary">
              <SearchIcon />
              {t('history.search')}
            </button>
            {filtered ? (
              <button
                type="button"
                className="button button--ghost"
                onClick={() => {
                  setForm(emptyHistoryForm);
                  setProblem(null);
                  setQuery({ limit: 30 });
                }}
              >
                {t('history.reset')}
              </button>
            ) : null}
          </div>
        </form>
        {shownProblem && shownProblem.field === null ? (
          <p className="field__error" role="alert">
            {shownProblem.message}
          </p>
        ) : null}

        <div className="history__table-wrap">
          <table className="history__table" data-testid="history-table">
            <thead>
              <tr>
                <th scope="col">{t('history.colNumber')}</th>
                <th scope="col">{t('history.colTime')}</th>
                <th scope="col">{t('history.colMethods')}</th>
                <th scope="col">{t('history.colStatus')}</th>
                <th scope="col" className="num">
                  {t('history.colTotal')}
                </th>
              </tr>
            </thead>
            <tbody>
              {(listing?.orders ?? []).map((o) => (
                <tr
                  key={o.id}
                  className={selected?.id === o.id ? 'history__row history__row--selected' : 'history__row'}
                  data-testid="history-row"
                  onClick={() => void open(o.id)}
                >
                  <td>
                    <button type="button" className="history__open">
                      {o.number === null ? t('history.noNumber') : t('receipt.number', { number: o.number })}
                    </button>
                  </td>
                  <td>{format.dateTime(o.paidAt ?? o.createdAt)}</td>
                  <td>{o.methods.join(', ') || '—'}</td>
                  <td>
                    <OrderStatusBadge order={o} />
                  </td>
                  <td className="num">{format.money(o.total, o.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {listing && listing.orders.length === 0 ? (
            <p className="history__empty">{filtered ? t('history.noMatches') : t('history.none')}</p>
          ) : null}
          {listing?.nextCursor ? (
            <button
              type="button"
              className="button history__more"
              disabled={loadingMore}
              onClick={() => void loadMore()}
            >
              {t('history.loadMore')}
            </button>
          ) : null}
        </div>
      </section>

      <section className="history__detail" aria-label={t('history.detail')}>
        {selected ? (
          <>
            <ReceiptView order={selected} staffDetail />
            {selected.status === 'paid' ? (
              <>
                <PrintAgain key={`print-${selected.id}`} order={selected} />
                <PrintedPaperButton key={`paper-${selected.id}`} order={selected} />
                <EmailReceipt key={`email-${selected.id}`} order={selected} />
              </>
            ) : null}
            <PaymentAccounts order={selected} />
            <CardRefunds key={selected.id} order={selected} />
            <OrderReturns key={`returns-${selected.id}`} order={selected} onReturned={returned} />
          </>
        ) : (
          <>
            <p className="history__hint">{t('history.pick')}</p>
            <ReturnWithoutOrder />
          </>
        )}
      </section>
    </div>
  );
}
