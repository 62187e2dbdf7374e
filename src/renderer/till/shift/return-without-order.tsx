import { useState, type FormEvent } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { Product } from '../../../shared/ipc/catalog.ts';
import type { ReturnRecord } from '../../../shared/ipc/returns.ts';
import { ReasonField, useApprovedRequest, withPin } from '../entry-fields.tsx';
import { ReturnActions } from './order-returns.tsx';
import { useTillSetup } from '../till-context.tsx';

interface Line {
  product: Product;
  quantity: string;
}

/**
 * A return without the original order (TILL-6): the customer has no receipt and the order cannot be found. The
 * cashier finds the products and says how many come back and why; main prices them from the catalog, asks for a
 * manager's PIN, and gives the money back in cash from the drawer (nothing says how it was paid).
 */
export function ReturnWithoutOrder() {
  const { format } = useTillSetup();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Product[]>([]);
  const [lines, setLines] = useState<Line[]>([]);
  const [reason, setReason] = useState('');
  const [returnId, setReturnId] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ReturnRecord | null>(null);
  const { busy, send, approvalDialog } = useApprovedRequest();

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (query.trim() === '') return setFound([]);
    const result = await window.kassa.catalog.search({ query, limit: 8 });
    if (!result.ok) return setError(errorText(result.error));
    setFound(result.value);
    setError(null);
  };

  const add = (product: Product) => {
    setLines((current) =>
      current.some((l) => l.product.id === product.id) ? current : [...current, { product, quantity: '1' }],
    );
    setFound([]);
    setQuery('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen: { productId: number; quantity: number }[] = [];
    for (const l of lines) {
      const text = l.quantity.trim();
      if (!/^\d{1,4}$/.test(text) || text === '0') return setError(t('bad.pieces', { text }));
      chosen.push({ productId: l.product.id, quantity: Number(text) });
    }
    if (chosen.length === 0) return setError(t('return.nothing'));
    const result = await send((managerPin) =>
      window.kassa.returns.create({ returnId, lines: chosen, reason, ...withPin(managerPin) }),
    );
    if (!result.ok) return setError(errorText(result.error));
    setDone(result.value);
    setLines([]);
    setReason('');
    setError(null);
    setOpen(false);
    setReturnId(crypto.randomUUID()); // the next one is a new return
  };

  return (
    <section
      className="refunds"
      aria-label={t('return.withoutOrder.title')}
      data-testid="return-without-order"
    >
      {done ? (
        <p role="status" data-testid="return-without-order-done">
          {t('return.withoutOrder.done', { amount: format.money(done.total) })}
        </p>
      ) : null}
      {!open ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setOpen(true);
            setDone(null);
          }}
          data-testid="start-return-without-order"
        >
          {t('return.withoutOrder.action')}
        </button>
      ) : (
        <div className="refunds__form">
          <p className="refunds__title">{t('return.withoutOrder.title')}</p>
          <p className="history__hint">{t('return.withoutOrder.hint')}</p>
          <form role="search" className="entry__actions" onSubmit={(event) => void search(event)}>
            <input
              className="field__input"
              autoComplete="off"
              aria-label={t('return.withoutOrder.search')}
              placeholder={t('return.withoutOrder.search')}
              data-testid="return-product-search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <button type="submit" className="button">
              {t('return.withoutOrder.find')}
            </button>
          </form>
          {found.length > 0 ? (
            <ul className="refunds__done">
              {found.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => add(p)}
                    data-testid="return-product-option"
                  >
                    {p.name} · {format.money(p.price)}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <form noValidate onSubmit={(event) => void submit(event)}>
            <table className="history__table">
              <tbody>
                {lines.map((l, i) => (
                  <tr key={l.product.id}>
                    <th scope="row">
                      {l.product.name} · {format.money(l.product.price)}
                    </th>
                    <td className="num">
                      <input
                        className="field__input"
                        inputMode="numeric"
                        autoComplete="off"
                        aria-label={`${t('return.quantity')} ${l.product.name}`}
                        data-testid={`return-without-order-quantity-${i + 1}`}
                        value={l.quantity}
                        onChange={(event) => {
                          const quantity = event.target.value;
                          setLines((current) => current.map((c, k) => (k === i ? { ...c, quantity } : c)));
                          setError(null);
                        }}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setLines((current) => current.filter((_, k) => k !== i))}
                      >
                        {t('return.withoutOrder.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ReasonField
              id="return-without-order-reason"
              label={t('return.reason')}
              placeholder={t('return.reasonPlaceholder')}
              value={reason}
              onChange={(text) => {
                setReason(text);
                setError(null);
              }}
            />
            <ReturnActions
              error={error}
              busy={busy}
              onCancel={() => setOpen(false)}
              testId="confirm-return-without-order"
            />
          </form>
        </div>
      )}
      {approvalDialog}
    </section>
  );
}
