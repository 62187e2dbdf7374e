import { useCallback, useMemo, useRef, useState } from 'react';
import { cartTotals, type CartAction, type CartState } from '../../../shared/cart/cart-state.ts';
import type { KassaErrorShape } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { Product } from '../../../shared/ipc/catalog.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { isTyping, useShortcuts } from '../../shared/use-shortcuts.ts';
import { OrderCustomer, type OrderCustomerRef } from '../customers/order-customer.tsx';
import { useTillSetup } from '../till-context.tsx';
import { CartPane, type CartDialog } from './cart-pane.tsx';
import { CatalogPane } from './catalog-pane.tsx';
import { DiscountDialog } from './discount-dialog.tsx';
import { QuantityDialog } from './quantity-dialog.tsx';

interface SellScreenProps {
  cart: CartState;
  act: (action: CartAction) => boolean;
  tryCart: (action: CartAction) => KassaErrorShape | null;
  onAdd: (product: Product) => void;
  onPay: () => void;
  onNewSale: () => void;
  onError: (message: string) => void;
  customer: OrderCustomerRef | null;
  onAddCustomer: () => void;
  onRemoveCustomer: () => void;
}

/** Ringing up: the catalog on the left, the cart on the right, and the keys that drive both. */
export function SellScreen({
  cart,
  act,
  tryCart,
  onAdd,
  onPay,
  onNewSale,
  onError,
  customer,
  onAddCustomer,
  onRemoveCustomer,
}: SellScreenProps) {
  const { store } = useTillSetup();
  const [dialog, setDialog] = useState<CartDialog | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const totals = useMemo(() => cartTotals(cart, store.pricesIncludeTax), [cart, store.pricesIncludeTax]);
  const inCart = useMemo(() => new Map(cart.lines.map((l) => [l.product.id, l.quantity])), [cart.lines]);
  const closeDialog = useCallback(() => setDialog(null), []);

  const moveSelection = (by: number) => {
    if (cart.lines.length === 0) return;
    const index = cart.lines.findIndex((l) => l.product.id === cart.selected);
    const next =
      index < 0
        ? by > 0
          ? 0
          : cart.lines.length - 1
        : Math.min(cart.lines.length - 1, Math.max(0, index + by));
    const line = cart.lines[next];
    if (line) act({ type: 'select', productId: line.product.id });
  };

  useShortcuts((event) => {
    if (event.key === 'F2') {
      searchRef.current?.focus();
      searchRef.current?.select();
      return true;
    }
    if (event.key === 'F4') {
      if (cart.lines.length > 0) onPay();
      return true;
    }
    if (isTyping(event)) return false;
    const selected = cart.selected;
    switch (event.key) {
      case '+':
        if (selected !== null) act({ type: 'changeQuantity', productId: selected, by: 1 });
        return true;
      case '-':
        if (selected !== null) act({ type: 'changeQuantity', productId: selected, by: -1 });
        return true;
      case 'Delete':
        if (selected !== null) act({ type: 'remove', productId: selected });
        return true;
      case 'ArrowUp':
        moveSelection(-1);
        return true;
      case 'ArrowDown':
        moveSelection(1);
        return true;
      case 'Escape':
        if (selected !== null) act({ type: 'select', productId: null });
        return true;
      default:
        return false;
    }
  });

  const lineOf = (productId: number) => cart.lines.find((l) => l.product.id === productId);

  return (
    <div className="sell">
      <CatalogPane onAdd={onAdd} inCart={inCart} searchRef={searchRef} onError={onError} />
      <CartPane
        cart={cart}
        totals={totals}
        act={act}
        onOpen={setDialog}
        onPay={onPay}
        customer={<OrderCustomer customer={customer} onAdd={onAddCustomer} onRemove={onRemoveCustomer} />}
      />

      {dialog?.kind === 'quantity' && lineOf(dialog.productId) ? (
        <QuantityDialog
          name={lineOf(dialog.productId)?.product.name ?? ''}
          quantity={lineOf(dialog.productId)?.quantity ?? 1}
          onApply={(quantity) => tryCart({ type: 'setQuantity', productId: dialog.productId, quantity })}
          onClose={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'lineDiscount' && lineOf(dialog.productId) ? (
        <DiscountDialog
          title={t('discount.lineTitle', { name: lineOf(dialog.productId)?.product.name ?? '' })}
          current={lineOf(dialog.productId)?.discount ?? null}
          onApply={(discount) => tryCart({ type: 'lineDiscount', productId: dialog.productId, discount })}
          onClose={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'orderDiscount' ? (
        <DiscountDialog
          title={t('discount.orderTitle')}
          current={cart.orderDiscount}
          onApply={(discount) => tryCart({ type: 'orderDiscount', discount })}
          onClose={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'clear' ? (
        <Dialog title={t('cart.clearTitle')} onClose={closeDialog} className="dialog--confirm">
          <p className="dialog__text">{t('cart.clearText')}</p>
          <div className="entry__actions">
            <button type="button" className="button" onClick={closeDialog} autoFocus>
              {t('cart.keep')} <kbd>Esc</kbd>
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                onNewSale();
                closeDialog();
              }}
            >
              {t('cart.clearConfirm')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
