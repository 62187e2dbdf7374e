/*
 * The customer's view of the counter (TILL-10), built by one pure function from what the till shows, the saved
 * order and its card attempts. It is the only thing the customer display ever receives, so what it leaves out
 * is the point: no costs or margins, no other customer's name or data, no order notes, no card numbers, no staff
 * beyond the first name of the cashier serving.
 */
import { priceCart } from '../../../shared/cart/price-cart.ts';
import type {
  CustomerDisplayView,
  DisplayLine,
  DisplayPaymentStatus,
  TillScreen,
} from '../../../shared/ipc/customer-display.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import type { AttemptState } from '../../../shared/ipc/payments.ts';

export interface DisplayFacts {
  store: { name: string; locale: string; currency: string; pricesIncludeTax: boolean };
  /** The full name of the member signed in at the till, or null. */
  cashierName: string | null;
  screen: TillScreen;
  /** The saved order the screen is about, when there is one. */
  order: Order | null;
  /** The states of the order's card attempts, oldest first. */
  attempts: readonly AttemptState[];
  payByLink: string | null;
}

/** "Anna Maria Rossi" → "Anna": the customer is told who serves them, not the staff list. */
export function firstName(fullName: string | null): string | null {
  const first = fullName?.trim().split(/\s+/u)[0];
  return first ? first : null;
}

export function buildCustomerDisplayView(facts: DisplayFacts): CustomerDisplayView {
  const { store, screen, order } = facts;
  const base = {
    shopName: store.name,
    locale: store.locale,
    currency: order?.currency ?? store.currency,
    cashier: firstName(facts.cashierName),
    payByLink: facts.payByLink === null ? null : { url: facts.payByLink },
  };
  const welcome: CustomerDisplayView = {
    ...base,
    stage: 'welcome',
    lines: [],
    itemCount: 0,
    discount: 0,
    total: 0,
    payment: null,
    payByLink: null,
  };

  if (screen.stage === 'idle') return welcome;
  if (screen.stage === 'complete') {
    // Only a paid order is thanked for; a voided one (or none) leaves the display greeting the next customer.
    if (!order || order.status !== 'paid') return welcome;
    return { ...base, ...fromOrder(order), stage: 'thanks', payment: paymentOf(order, []), payByLink: null };
  }
  // A saved order is the truth about lines and totals (the core priced it); before checkout the cart is.
  const content =
    order && order.status !== 'voided' ? fromOrder(order) : fromCart(screen, store.pricesIncludeTax);
  if (content === null) return welcome;
  if (screen.stage === 'cart') {
    if (content.lines.length === 0) return welcome;
    return { ...base, ...content, stage: 'cart', payment: null, payByLink: null };
  }
  return {
    ...base,
    ...content,
    stage: 'payment',
    payment: order
      ? paymentOf(order, facts.attempts)
      : { status: 'due', paid: 0, remaining: content.total, change: 0 },
  };
}

type Content = Pick<CustomerDisplayView, 'lines' | 'itemCount' | 'discount' | 'total'>;

function fromOrder(order: Order): Content {
  const lines: DisplayLine[] = order.lines.map((l) => ({
    name: l.name,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    discount: l.discountTotal,
    total: l.total,
  }));
  return {
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    discount: order.discountTotal,
    total: order.total,
  };
}

/** The cart priced the way the till prices it; a cart the till could not price either shows as nothing. */
function fromCart(
  screen: Extract<TillScreen, { lines: unknown }>,
  pricesIncludeTax: boolean,
): Content | null {
  let totals;
  try {
    totals = priceCart({
      lines: screen.lines.map((l) => ({
        name: l.name,
        unitPrice: l.unitPrice,
        quantity: l.quantity,
        taxRateBp: l.taxRateBp,
        discount: l.discount,
      })),
      orderDiscount: screen.orderDiscount,
      pricesIncludeTax,
    });
  } catch {
    return null;
  }
  const lines: DisplayLine[] = screen.lines.map((l, i) => {
    const priced = totals.lines[i];
    return {
      name: l.name,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discount: priced?.discountTotal ?? 0,
      total: priced?.total ?? 0,
    };
  });
  return {
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    discount: totals.discountTotal,
    total: totals.total,
  };
}

function paymentOf(
  order: Order,
  attempts: readonly AttemptState[],
): NonNullable<CustomerDisplayView['payment']> {
  return {
    status: statusOf(order, attempts),
    paid: order.paid,
    remaining: Math.max(0, order.remaining),
    change: order.change,
  };
}

/** The latest card attempt decides while the order is not paid; a canceled one hands back to the cashier. */
export function statusOf(
  order: Pick<Order, 'status'>,
  attempts: readonly AttemptState[],
): DisplayPaymentStatus {
  if (order.status === 'paid') return 'paid';
  const latest = attempts.at(-1);
  switch (latest) {
    case 'created':
    case 'sending':
    case 'waiting_for_card':
      return 'waiting_for_card';
    // needs_check: the outcome is being checked with the provider; for the customer it is still being processed.
    case 'processing':
    case 'authorized':
    case 'needs_check':
      return 'processing';
    case 'declined':
    case 'failed':
      return 'declined';
    default:
      return 'due';
  }
}
