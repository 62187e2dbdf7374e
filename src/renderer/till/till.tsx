import { errorText } from '../../shared/i18n/errors.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  applyCartAction,
  cartFromOrder,
  emptyCart,
  type CartAction,
  type CartState,
} from '../../shared/cart/cart-state.ts';
import type { KassaErrorShape } from '../../shared/errors.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { Product } from '../../shared/ipc/catalog.ts';
import type { Order } from '../../shared/ipc/orders.ts';
import type { Session, SignedIn } from '../../shared/ipc/staff.ts';
import { useShortcuts } from '../shared/use-shortcuts.ts';
import { AlertBar } from './alert-bar.tsx';
import { CustomerDialog } from './customers/customer-dialog.tsx';
import type { OrderCustomerRef } from './customers/order-customer.tsx';
import { HeaderBar, type Place } from './header-bar.tsx';
import { HistoryScreen } from './history/history-screen.tsx';
import { NoticeStack, useNotices } from './notices.tsx';
import { PaymentScreen } from './payment/payment-screen.tsx';
import { ReadersScreen } from './readers/readers-screen.tsx';
import { fulfilmentText } from './remote/remote-order-form.tsx';
import { RemoteOrdersScreen } from './remote/remote-orders-screen.tsx';
import { HoldsScreen } from './holds/holds-screen.tsx';
import { SaleComplete } from './receipt/sale-complete.tsx';
import { startScanInput, takeScans } from './scanner/scan-input.ts';
import { SellScreen } from './sell/sell-screen.tsx';
import { ShiftBanner } from './shift/shift-banner.tsx';
import { ShiftScreen } from './shift/shift-screen.tsx';
import { useShift } from './shift/use-shift.ts';
import { UnfinishedSales } from './sell/unfinished-sales.tsx';
import { KeptOrders } from './sell/kept-orders.tsx';
import type { KeptOrderView } from '../../shared/ipc/kept-orders.ts';
import { DemoPinBanner } from './staff/demo-pin-banner.tsx';
import { PreferencesDialog } from './staff/preferences-dialog.tsx';
import { SwitchDialog } from './staff/switch-dialog.tsx';
import { useTillSetup } from './till-context.tsx';
import { kassa } from '../shared/kassa.ts';
import { tillScreenFor, useCustomerDisplayFeed } from './customer-display-feed.ts';

type Screen =
  | { kind: 'sell' }
  /** `resumed`: an order saved earlier and not finished, taken up again where it stopped. */
  | { kind: 'pay'; resumed?: Order }
  | { kind: 'done'; order: Order }
  | { kind: 'history' }
  | { kind: 'readers' }
  | { kind: 'shift' }
  | { kind: 'remote' }
  | { kind: 'holds' };

/** Each cart gets its order id when it starts, so a checkout sent twice is one order. */
const newCart = () => emptyCart(crypto.randomUUID());

export const toCartProduct = (p: Product) => ({
  id: p.id,
  name: p.name,
  price: p.price,
  taxRateBp: p.taxRateBp,
  categoryId: p.categoryId,
});

interface TillProps {
  /** Who is signed in: every sale is theirs until someone switches. */
  staff: SignedIn;
  /** The owner or a manager still signs in with the published demo PIN. */
  usingDemoPin: boolean;
  /** Someone else signed in, or the cashier signed out. */
  onSession: (session: Session) => void;
}

type TillDialog = 'customer' | 'switch' | 'preferences';

/** The counter: selling, paying, the receipt and the order history, and the scanner that feeds them. */
export function Till({ staff, usingDemoPin, onSession }: TillProps) {
  const { store, format } = useTillSetup();
  const [cart, setCart] = useState<CartState>(newCart);
  const [screen, setScreen] = useState<Screen>({ kind: 'sell' });
  /** Who the order is for (TILL-5); it goes with the cart, and is sent with the checkout. */
  const [customer, setCustomer] = useState<OrderCustomerRef | null>(null);
  const [dialog, setDialog] = useState<TillDialog | null>(null);
  /** A manager's PIN that approved a discount on this sale: the checkout sends it, so nobody is asked twice. */
  const [discountPin, setDiscountPin] = useState<string | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  /** A kept order (tab, pickup) the items now rung up are added to, instead of being paid. */
  const [adding, setAdding] = useState<KeptOrderView | null>(null);
  const { notices, notify, dismiss } = useNotices();
  const shift = useShift();

  // The scanner and shortcuts are window listeners: they read the latest cart and screen through refs.
  const cartRef = useRef(cart);
  const screenRef = useRef(screen);
  useEffect(() => {
    screenRef.current = screen;
  }, [screen]);

  /** Applies a cart change; a refused one leaves the cart as it was and returns why. */
  const tryCart = useCallback(
    (action: CartAction): KassaErrorShape | null => {
      const outcome = applyCartAction(cartRef.current, action, store.pricesIncludeTax);
      if (!outcome.ok) return outcome.error.toShape();
      cartRef.current = outcome.state;
      setCart(outcome.state);
      return null;
    },
    [store.pricesIncludeTax],
  );

  /** A cart change from a button or key: a refusal is shown as a message that does not block selling. */
  const act = useCallback(
    (action: CartAction): boolean => {
      const error = tryCart(action);
      if (error) notify(errorText(error), 'error');
      return error === null;
    },
    [tryCart, notify],
  );

  const addProduct = useCallback(
    (product: Product) => act({ type: 'add', product: toCartProduct(product) }),
    [act],
  );

  const startNewSale = useCallback(() => {
    setAdding(null);
    const fresh = newCart();
    cartRef.current = fresh;
    setCart(fresh);
    setCustomer(null);
    setDiscountPin(null);
    setScreen({ kind: 'sell' });
  }, []);

  const onScan = useCallback(
    async (code: string) => {
      const duringPayment = () => screenRef.current.kind === 'pay';
      if (duringPayment()) {
        notify(t('scan.duringPayment', { code }), 'error');
        return;
      }
      const result = await kassa.catalog.byBarcode({ barcode: code });
      if (!result.ok) {
        notify(errorText(result.error), 'error');
        return;
      }
      // The cashier may have pressed Pay while the lookup was under way: the total must not change now.
      if (duringPayment()) {
        notify(t('scan.duringPayment', { code }), 'error');
        return;
      }
      if (screenRef.current.kind !== 'sell') setScreen({ kind: 'sell' });
      addProduct(result.value);
    },
    [addProduct, notify],
  );

  // One listener for the window's life (scan-input.ts): a new onScan reaches it through a ref, so a render in the
  // middle of a scan does not drop the keys already received.
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);
  useEffect(() => {
    startScanInput(window);
    return takeScans((code) => void onScanRef.current(code));
  }, []);

  const showError = useCallback((message: string) => notify(message, 'error'), [notify]);

  const navigate = useCallback((place: Place) => setScreen({ kind: place }), []);

  useShortcuts((event) => {
    if (event.key === 'F8' && screen.kind !== 'pay') {
      setScreen({ kind: screen.kind === 'history' ? 'sell' : 'history' });
      return true;
    }
    return false;
  });

  /** The saved order was voided: its lines come back as a new order the cashier can take payment for again. */
  const keepLinesAsNewOrder = useCallback(() => {
    const again = { ...cartRef.current, orderId: crypto.randomUUID() };
    cartRef.current = again;
    setCart(again);
    setScreen({ kind: 'sell' });
  }, []);

  const completed = useCallback((order: Order) => {
    // The sale is recorded: the next cart is a new order, whatever happens on the receipt screen.
    const fresh = newCart();
    cartRef.current = fresh;
    setCart(fresh);
    setCustomer(null);
    setDiscountPin(null);
    setScreen({ kind: 'done', order });
  }, []);

  const resume = useCallback((order: Order) => {
    const carried = cartFromOrder(order);
    cartRef.current = carried;
    setCart(carried);
    setCustomer(order.customer);
    setScreen({ kind: 'pay', resumed: order });
  }, []);

  // A remote order paid by its link is said on the till once, whatever the till is doing (seed 004).
  useEffect(
    () =>
      kassa.on('paylinks.remotePaid', (paid) =>
        notify(
          t('remote.paidNotice', { name: paid.name, fulfilment: fulfilmentText[paid.fulfilment]() }),
          'success',
        ),
      ),
    [notify],
  );

  useCustomerDisplayFeed(tillScreenFor(screen, cart));

  const place: Place =
    screen.kind === 'history' ||
    screen.kind === 'readers' ||
    screen.kind === 'shift' ||
    screen.kind === 'remote' ||
    screen.kind === 'holds'
      ? screen.kind
      : 'sell';
  return (
    <div className="till">
      <HeaderBar
        place={place}
        onNavigate={navigate}
        navigationLocked={screen.kind === 'pay'}
        staff={staff}
        onSwitch={() => setDialog('switch')}
        onPreferences={() => setDialog('preferences')}
      />
      <AlertBar />
      {usingDemoPin ? <DemoPinBanner onChange={() => setDialog('preferences')} /> : null}
      {screen.kind === 'sell' ? (
        <ShiftBanner state={shift.state} onOpenShift={() => setScreen({ kind: 'shift' })} />
      ) : null}
      {screen.kind === 'sell' ? (
        <div className="till__notes">
          <UnfinishedSales cartEmpty={cart.lines.length === 0} onResume={resume} />
          <KeptOrders
            cartEmpty={cart.lines.length === 0}
            onPay={resume}
            onNotice={notify}
            onAddItems={(kept) => {
              setAdding(kept);
              setCustomer(kept.customer);
            }}
          />
        </div>
      ) : null}
      <main className="till__main">
        {screen.kind === 'sell' ? (
          <SellScreen
            cart={cart}
            act={act}
            tryCart={tryCart}
            onAdd={addProduct}
            onPay={() => {
              if (!adding) setScreen({ kind: 'pay' });
            }}
            onNewSale={startNewSale}
            onError={showError}
            customer={customer}
            onAddCustomer={() => setDialog('customer')}
            onRemoveCustomer={() => setCustomer(null)}
            onDiscountApproved={setDiscountPin}
            discountPin={discountPin}
            adding={adding}
            onKept={(kept) => {
              notify(
                t(kept.kind === 'tab' ? 'tabs.keptTab' : 'tabs.keptPickup', {
                  name: kept.customer?.name ?? '',
                }),
                'success',
              );
              startNewSale();
            }}
            onAddingDone={(updated) => {
              if (updated)
                notify(
                  t('tabs.added', {
                    name: updated.customer?.name ?? '',
                    total: format.money(updated.total, updated.currency),
                  }),
                  'success',
                );
              startNewSale();
            }}
          />
        ) : null}
        {screen.kind === 'pay' ? (
          <PaymentScreen
            cart={cart}
            resumed={screen.resumed ?? null}
            discountPin={discountPin}
            onBack={() => setScreen({ kind: 'sell' })}
            onPaid={completed}
            onVoided={keepLinesAsNewOrder}
            onPark={startNewSale}
            customer={customer}
            onAddCustomer={() => setDialog('customer')}
            onRemoveCustomer={() => setCustomer(null)}
          />
        ) : null}
        {screen.kind === 'done' ? <SaleComplete order={screen.order} onNewSale={startNewSale} /> : null}
        {screen.kind === 'history' ? <HistoryScreen onBack={() => setScreen({ kind: 'sell' })} /> : null}
        {screen.kind === 'readers' ? <ReadersScreen onBack={() => setScreen({ kind: 'sell' })} /> : null}
        {screen.kind === 'remote' ? (
          <RemoteOrdersScreen
            onBack={() => setScreen({ kind: 'sell' })}
            onResume={cart.lines.length === 0 ? resume : null}
          />
        ) : null}
        {screen.kind === 'holds' ? <HoldsScreen onBack={() => setScreen({ kind: 'sell' })} /> : null}
        {screen.kind === 'shift' ? (
          <ShiftScreen onBack={() => setScreen({ kind: 'sell' })} onNotice={notify} />
        ) : null}
      </main>
      <NoticeStack notices={notices} onDismiss={dismiss} />
      {dialog === 'customer' ? (
        <CustomerDialog
          onClose={closeDialog}
          onPick={(picked) => {
            setCustomer({ id: picked.id, name: picked.name });
            closeDialog();
          }}
        />
      ) : null}
      {dialog === 'switch' ? (
        <SwitchDialog current={staff} onClose={closeDialog} onSession={onSession} />
      ) : null}
      {dialog === 'preferences' ? (
        <PreferencesDialog
          onClose={closeDialog}
          onOpened={() => {
            closeDialog();
            notify(t('prefsOpen.opened'), 'success');
          }}
        />
      ) : null}
    </div>
  );
}
