import { useEffect, useMemo } from 'react';
import type { CartState } from '../../shared/cart/cart-state.ts';
import type { TillScreen } from '../../shared/ipc/customer-display.ts';
import { kassa } from '../shared/kassa.ts';

/** What the customer display should show for the till's screen: the cart, the payment, the thank-you, or a greeting. */
export function tillScreenFor(screen: { kind: string; order?: { id: string } }, cart: CartState): TillScreen {
  const lines = cart.lines.map((l) => ({
    productId: l.product.id,
    name: l.product.name,
    unitPrice: l.product.price,
    taxRateBp: l.product.taxRateBp,
    quantity: l.quantity,
    ...(l.discount ? { discount: l.discount } : {}),
  }));
  const discount = cart.orderDiscount ? { orderDiscount: cart.orderDiscount } : {};
  if (screen.kind === 'done' && screen.order) return { stage: 'complete', orderId: screen.order.id };
  if (screen.kind === 'pay') return { stage: 'payment', orderId: cart.orderId, lines, ...discount };
  if (screen.kind === 'sell' && lines.length > 0)
    return { stage: 'cart', orderId: cart.orderId, lines, ...discount };
  return { stage: 'idle' };
}

// One call at a time, in order: a quick run of scans must not reach main out of order and leave an old cart up.
let queue: Promise<unknown> = Promise.resolve();
function send(screen: TillScreen): void {
  // The display is a courtesy to the customer: a failure to update it never stops or interrupts the sale.
  queue = queue.then(() => kassa.customerDisplay.show({ screen })).catch(() => undefined);
}

/** Tells main what the till shows whenever it changes, and that nobody is served once the till closes. */
export function useCustomerDisplayFeed(screen: TillScreen): void {
  const key = useMemo(() => JSON.stringify(screen), [screen]);
  useEffect(() => {
    send(JSON.parse(key) as TillScreen);
  }, [key]);
  useEffect(() => () => send({ stage: 'idle' }), []);
}
