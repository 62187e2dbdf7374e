import { useCallback, useMemo, useRef, useState } from 'react';
import {
  applyCartAction,
  cartTotals,
  type CartAction,
  type CartState,
} from '../../../shared/cart/cart-state.ts';
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
import { kassa } from '../../shared/kassa.ts';
import { useManagerApproval } from '../payment/use-manager-approval.tsx';
import { errorText } from '../../../shared/i18n/errors.ts';
import type { KeptOrderView } from '../../../shared/ipc/kept-orders.ts';
import { KeepOpenDialog } from './keep-open-dialog.tsx';
import { AddingBar } from './kept-orders.tsx';

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
  /** A manager approved a discount with this PIN: the checkout sends it along. */
  onDiscountApproved: (managerPin: string) => void;
  onRemoveCustomer: () => void;
  /** Orders kept open (issue 13.3): the PIN that approved a discount, sent when the order is saved to be kept. */
  discountPin?: string | null;
  onKept?: (kept: KeptOrderView) => void;
  /** Items rung up now are added to this kept order instead of being paid. */
  adding?: KeptOrderView | null;
  onAddingDone?: (updated: KeptOrderView | null) => void;
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
  onDiscountApproved,
  discountPin = null,
  onKept,
  adding = null,
  onAddingDone,
}: SellScreenProps) {
  const { store } = useTillSetup();
  const [dialog, setDialog] = useState<CartDialog | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const totals = useMemo(() => cartTotals(cart, store.pricesIncludeTax), [cart, store.pricesIncludeTax]);
  const inCart = useMemo(() => new Map(cart.lines.map((l) => [l.product.id, l.quantity])), [cart.lines]);
  const closeDialog = useCallback(() => setDialog(null), []);
  const { withApproval, approvalDialog } = useManagerApproval();
  const [keeping, setKeeping] = useState(false);
  const [savingAdded, setSavingAdded] = useState(false);

  /** The items rung up go onto the kept order; a discount is given when it is paid, not here. */
  const addToKept = async () => {
    if (!adding) return;
    if (cart.orderDiscount || cart.lines.some((l) => l.discount !== null)) {
      onError(t('tabs.noDiscountWhenAdding'));
      return;
    }
    setSavingAdded(true);
    const result = await kassa.keptOrders.addLines({
      orderId: adding.orderId,
      lines: cart.lines.map((l) => ({ productId: l.product.id, quantity: l.quantity })),
    });
    setSavingAdded(false);
    if (!result.ok) onError(errorText(result.error));
    else onAddingDone?.(result.value);
  };

  /**
   * A discount over a cashier's limit is approved when it is given, with the rule the checkout applies (which
   * checks again): the manager's PIN goes with the sale, so the payment does not ask a second time.
   */
  const giveDiscount = async (
    action: Extract<CartAction, { type: 'lineDiscount' | 'orderDiscount' }>,
  ): Promise<KassaErrorShape | null> => {
    const outcome = applyCartAction(cart, action, store.pricesIncludeTax);
    if (!outcome.ok) return outcome.error.toShape();
    if (action.discount !== null) {
      const next = outcome.state;
      const priced = cartTotals(next, store.pricesIncludeTax).lines;
      const lines = next.lines.map((line, index) => ({
        name: line.product.name,
        gross: priced[index]?.gross ?? 0,
        discountTotal: priced[index]?.discountTotal ?? 0,
        ...(line.discount?.kind === 'percent' && next.orderDiscount === null
          ? { typedPercent: line.discount.basisPoints / 100 }
          : {}),
      }));
      let approvedWith: string | undefined;
      const checked = await withApproval((managerPin) => {
        approvedWith = managerPin;
        return kassa.approvals.checkDiscount({
          orderId: cart.orderId,
          lines,
          ...(managerPin ? { managerPin } : {}),
        });
      });
      if (!checked.ok) return checked.error;
      if (approvedWith !== undefined) onDiscountApproved(approvedWith);
    }
    return tryCart(action);
  };

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
        beforePay={
          onKept && !adding ? (
            <button
              type="button"
              className="button"
              disabled={cart.lines.length === 0}
              data-testid="keep-open-start"
              onClick={() => setKeeping(true)}
            >
              {t('tabs.keepOpen')}
            </button>
          ) : null
        }
        insteadOfPay={
          adding ? (
            <AddingBar
              adding={adding}
              lineCount={cart.lines.length}
              busy={savingAdded}
              onSave={() => void addToKept()}
              onStop={() => onAddingDone?.(null)}
            />
          ) : null
        }
      />
      {keeping && onKept ? (
        <KeepOpenDialog
          cart={cart}
          customer={customer}
          discountPin={discountPin}
          onAddCustomer={onAddCustomer}
          onClose={() => setKeeping(false)}
          onKept={(kept) => {
            setKeeping(false);
            onKept(kept);
          }}
        />
      ) : null}

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
          onApply={(discount) =>
            giveDiscount({ type: 'lineDiscount', productId: dialog.productId, discount })
          }
          onClose={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'orderDiscount' ? (
        <DiscountDialog
          title={t('discount.orderTitle')}
          current={cart.orderDiscount}
          onApply={(discount) => giveDiscount({ type: 'orderDiscount', discount })}
          onClose={closeDialog}
        />
      ) : null}
      {approvalDialog}
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
