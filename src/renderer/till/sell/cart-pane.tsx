import { useEffect, useRef, type ReactNode } from 'react';
import type { CartAction, CartState } from '../../../shared/cart/cart-state.ts';
import type { CartTotals } from '../../../shared/cart/price-cart.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { Discount } from '../../../shared/ipc/common.ts';
import { ScanIcon, TagIcon, TrashIcon } from '../../shared/icons.tsx';
import { useTillSetup } from '../till-context.tsx';
import { TotalsTable } from './totals-table.tsx';

export type CartDialog =
  | { kind: 'quantity'; productId: number }
  | { kind: 'lineDiscount'; productId: number }
  | { kind: 'orderDiscount' }
  | { kind: 'clear' };

interface CartPaneProps {
  cart: CartState;
  totals: CartTotals;
  act: (action: CartAction) => boolean;
  onOpen: (dialog: CartDialog) => void;
  onPay: () => void;
  /** Who the sale is for, and the way to choose them. */
  customer: ReactNode;
  /** Under the totals, before Pay (Keep open). */
  beforePay?: ReactNode;
  /** Instead of Pay (adding items to an order kept open). */
  insteadOfPay?: ReactNode;
}

export function useDiscountLabel(currency?: string): (discount: Discount) => string {
  const { format } = useTillSetup();
  return (discount) =>
    discount.kind === 'percent'
      ? t('cart.discountPercent', { percent: format.percent(discount.basisPoints) })
      : t('cart.discountAmount', { amount: format.money(discount.amount, currency) });
}

/** The sale being rung up: its lines (the list scrolls, the totals and Pay stay put), totals and Pay. */
export function CartPane({
  cart,
  totals,
  act,
  onOpen,
  onPay,
  customer,
  beforePay,
  insteadOfPay,
}: CartPaneProps) {
  const { format } = useTillSetup();
  const discountLabel = useDiscountLabel();
  const selectedRef = useRef<HTMLLIElement>(null);
  const count = cart.lines.reduce((sum, l) => sum + l.quantity, 0);

  // The line just rung up or selected by keyboard stays in view, however long the list.
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [cart.selected, cart.lines.length]);

  return (
    <section className="cart" aria-label={t('cart.label')}>
      <div className="cart__head">
        <h2 className="cart__title">
          {t('cart.title')}
          <span className="cart__count">{count === 0 ? '' : t('cart.itemCount', { count })}</span>
        </h2>
        <div className="cart__tools">
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={cart.lines.length === 0}
            onClick={() => onOpen({ kind: 'orderDiscount' })}
          >
            <TagIcon />
            {t('cart.orderDiscount')}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={cart.lines.length === 0}
            onClick={() => onOpen({ kind: 'clear' })}
          >
            {t('cart.clear')}
          </button>
        </div>
      </div>
      <div className="cart__customer">{customer}</div>

      {cart.lines.length === 0 ? (
        <div className="cart__empty">
          <ScanIcon className="cart__empty-icon" />
          <p className="cart__empty-title">{t('cart.emptyTitle')}</p>
          <p className="cart__empty-text">{t('cart.emptyText')}</p>
        </div>
      ) : (
        <ol className="cart__lines" aria-label={t('cart.lines')}>
          {cart.lines.map((line, index) => {
            const priced = totals.lines[index];
            const selected = cart.selected === line.product.id;
            const id = line.product.id;
            return (
              <li
                key={id}
                ref={selected ? selectedRef : undefined}
                className={`line${selected ? ' line--selected' : ''}`}
                data-testid="cart-line"
              >
                <button
                  type="button"
                  className="line__main"
                  aria-pressed={selected}
                  onClick={() => act({ type: 'select', productId: selected ? null : id })}
                >
                  <span className="line__name">{line.product.name}</span>
                  <span className="line__unit">
                    {t('cart.each', { price: format.money(line.product.price) })}
                    {line.discount ? (
                      <span className="badge badge--discount">{discountLabel(line.discount)}</span>
                    ) : null}
                  </span>
                </button>
                <div
                  className="line__qty"
                  role="group"
                  aria-label={t('cart.quantityOf', { name: line.product.name })}
                >
                  <button
                    type="button"
                    className="line__step"
                    aria-label={t('cart.decrease', { name: line.product.name })}
                    aria-keyshortcuts={selected ? '-' : undefined}
                    disabled={line.quantity <= 1}
                    onClick={() => act({ type: 'changeQuantity', productId: id, by: -1 })}
                  >
                    −
                  </button>
                  <button
                    type="button"
                    className="line__quantity"
                    aria-label={t('cart.setQuantity', { name: line.product.name, quantity: line.quantity })}
                    onClick={() => onOpen({ kind: 'quantity', productId: id })}
                  >
                    {line.quantity}
                  </button>
                  <button
                    type="button"
                    className="line__step"
                    aria-label={t('cart.increase', { name: line.product.name })}
                    aria-keyshortcuts={selected ? '+' : undefined}
                    onClick={() => act({ type: 'changeQuantity', productId: id, by: 1 })}
                  >
                    +
                  </button>
                </div>
                <span className="line__total" data-testid="line-total">
                  {priced && priced.discountTotal > 0 && priced.lineDiscount > 0 ? (
                    <s className="line__gross">{format.money(priced.gross)}</s>
                  ) : null}
                  {priced ? format.money(priced.gross - priced.lineDiscount) : ''}
                </span>
                {selected ? (
                  <div className="line__actions">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onOpen({ kind: 'lineDiscount', productId: id })}
                    >
                      <TagIcon />
                      {line.discount ? t('cart.changeDiscount') : t('cart.addDiscount')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onOpen({ kind: 'quantity', productId: id })}
                    >
                      {t('cart.quantity')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger-ghost"
                      aria-keyshortcuts="Delete"
                      onClick={() => act({ type: 'remove', productId: id })}
                    >
                      <TrashIcon />
                      {t('cart.remove')}
                      <kbd>Del</kbd>
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}

      <div className="cart__foot">
        <TotalsTable
          subtotal={totals.subtotal}
          discountTotal={totals.discountTotal}
          taxBreakdown={totals.taxBreakdown}
          total={totals.total}
          orderDiscount={cart.orderDiscount ? discountLabel(cart.orderDiscount) : null}
        />
        {beforePay}
        {insteadOfPay ?? (
          <button
            type="button"
            className="button button--pay"
            disabled={cart.lines.length === 0}
            onClick={onPay}
            aria-keyshortcuts="F4"
            data-testid="pay"
          >
            <span>{t('cart.pay')}</span>
            <span className="button__amount">{format.money(totals.total)}</span>
            <kbd>F4</kbd>
          </button>
        )}
      </div>
    </section>
  );
}
