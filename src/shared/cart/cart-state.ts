/*
 * The till's cart: a pure reducer over the lines the cashier has rung up. It lives in the window; the core
 * prices the order again from the catalog at checkout, so this state is what the cashier sees and edits, not
 * a figure anybody is charged.
 *
 * The order id is chosen when the cart starts (the window passes a fresh UUID): a checkout that is sent
 * twice, because the first answer was lost, names the same order and is recorded once.
 */
import { KassaError } from '../errors.ts';
import { translatedError } from '../i18n/errors.ts';
import type { Discount } from '../ipc/common.ts';
import type { CartLineInput, Order } from '../ipc/orders.ts';
import { maxQuantity, priceCart, type CartTotals, type PricingInput } from './price-cart.ts';

/** What the cart needs of a product: enough to show the line and preview its price. */
export interface CartProduct {
  id: number;
  name: string;
  price: number;
  taxRateBp: number;
  categoryId: string | null;
}

export interface CartLine {
  product: CartProduct;
  quantity: number;
  discount: Discount | null;
}

export interface CartState {
  orderId: string;
  /** One line per product, in the order they were first rung up. */
  lines: readonly CartLine[];
  orderDiscount: Discount | null;
  /** The product of the line the cashier tapped: + / − and Del act on it. */
  selected: number | null;
}

export type CartAction =
  | { type: 'add'; product: CartProduct }
  | { type: 'setQuantity'; productId: number; quantity: number }
  | { type: 'changeQuantity'; productId: number; by: number }
  | { type: 'remove'; productId: number }
  | { type: 'select'; productId: number | null }
  | { type: 'lineDiscount'; productId: number; discount: Discount | null }
  | { type: 'orderDiscount'; discount: Discount | null }
  | { type: 'clear'; orderId: string };

/** The order schema's limit: a longer order is refused at checkout, so the cart never grows past it. */
export const maxCartLines = 500;

export function emptyCart(orderId: string): CartState {
  return { orderId, lines: [], orderDiscount: null, selected: null };
}

export function isValidQuantity(quantity: number): boolean {
  return Number.isSafeInteger(quantity) && quantity >= 1 && quantity <= maxQuantity;
}

function replaceLine(state: CartState, productId: number, change: (line: CartLine) => CartLine): CartState {
  if (!state.lines.some((l) => l.product.id === productId)) return state;
  return { ...state, lines: state.lines.map((l) => (l.product.id === productId ? change(l) : l)) };
}

/**
 * The next cart. Input the cart cannot hold (a quantity outside 1–9,999, a line that is not there) leaves it
 * as it was; `applyCartAction` says why, for the window to show.
 */
export function cartReducer(state: CartState, action: CartAction): CartState {
  switch (action.type) {
    case 'add': {
      const existing = state.lines.find((l) => l.product.id === action.product.id);
      if (existing) {
        if (!isValidQuantity(existing.quantity + 1)) return state;
        return {
          ...replaceLine(state, action.product.id, (l) => ({ ...l, quantity: l.quantity + 1 })),
          selected: action.product.id,
        };
      }
      if (state.lines.length >= maxCartLines) return state;
      return {
        ...state,
        lines: [...state.lines, { product: action.product, quantity: 1, discount: null }],
        selected: action.product.id,
      };
    }
    case 'setQuantity':
      if (!isValidQuantity(action.quantity)) return state;
      return replaceLine(state, action.productId, (l) => ({ ...l, quantity: action.quantity }));
    case 'changeQuantity': {
      const line = state.lines.find((l) => l.product.id === action.productId);
      if (!line || !isValidQuantity(line.quantity + action.by)) return state;
      return replaceLine(state, action.productId, (l) => ({ ...l, quantity: l.quantity + action.by }));
    }
    case 'remove': {
      const index = state.lines.findIndex((l) => l.product.id === action.productId);
      if (index < 0) return state;
      const lines = state.lines.filter((_, i) => i !== index);
      // The selection moves to the neighbouring line, so Del pressed again keeps removing.
      const neighbour = lines[Math.min(index, lines.length - 1)];
      return {
        ...state,
        lines,
        // An empty cart has nothing to discount: a leftover order discount would block the next sale.
        orderDiscount: lines.length === 0 ? null : state.orderDiscount,
        selected: neighbour ? neighbour.product.id : null,
      };
    }
    case 'select':
      if (action.productId !== null && !state.lines.some((l) => l.product.id === action.productId))
        return state;
      return { ...state, selected: action.productId };
    case 'lineDiscount':
      return replaceLine(state, action.productId, (l) => ({ ...l, discount: action.discount }));
    case 'orderDiscount':
      if (state.lines.length === 0) return state;
      return { ...state, orderDiscount: action.discount };
    case 'clear':
      return emptyCart(action.orderId);
  }
}

export function toPricingInput(state: CartState, pricesIncludeTax: boolean): PricingInput {
  return {
    lines: state.lines.map((l) => ({
      name: l.product.name,
      unitPrice: l.product.price,
      quantity: l.quantity,
      taxRateBp: l.product.taxRateBp,
      discount: l.discount ?? undefined,
    })),
    orderDiscount: state.orderDiscount ?? undefined,
    pricesIncludeTax,
  };
}

/** The cart's live totals, by the same rounding policy the core uses to price the order. */
export function cartTotals(state: CartState, pricesIncludeTax: boolean): CartTotals {
  return priceCart(toPricingInput(state, pricesIncludeTax));
}

/** The lines as `orders.checkout` takes them: products and quantities, never prices. */
export function toCheckoutLines(state: CartState): CartLineInput[] {
  return state.lines.map((l) =>
    l.discount === null
      ? { productId: l.product.id, quantity: l.quantity }
      : { productId: l.product.id, quantity: l.quantity, discount: l.discount },
  );
}

/**
 * The cart of a saved order, to carry on with it (an unfinished sale after the window was reloaded). Prices are
 * the ones the order was saved with; a line whose product has since left the catalog cannot be rung up again.
 */
export function cartFromOrder(order: Order): CartState {
  const lines: CartLine[] = [];
  for (const line of order.lines) {
    if (line.productId === null) continue;
    lines.push({
      product: {
        id: line.productId,
        name: line.name,
        price: line.unitPrice,
        taxRateBp: line.taxRateBp,
        categoryId: null,
      },
      quantity: line.quantity,
      discount: line.discount,
    });
  }
  return { orderId: order.id, lines, orderDiscount: order.orderDiscount, selected: null };
}

export type CartOutcome = { ok: true; state: CartState } | { ok: false; error: KassaError };

function refusal(action: CartAction, state: CartState): KassaError | null {
  switch (action.type) {
    case 'setQuantity':
      return isValidQuantity(action.quantity)
        ? null
        : translatedError('invalid_request', 'cart.quantityRange', { max: maxQuantity }, 'quantity');
    case 'changeQuantity':
    case 'add': {
      const productId = action.type === 'add' ? action.product.id : action.productId;
      const line = state.lines.find((l) => l.product.id === productId);
      const by = action.type === 'add' ? 1 : action.by;
      if (line && !isValidQuantity(line.quantity + by)) {
        return line.quantity + by < 1
          ? translatedError('invalid_request', 'cart.quantityAtLeastOne', undefined, 'quantity')
          : translatedError('invalid_request', 'cart.quantityRange', { max: maxQuantity }, 'quantity');
      }
      if (!line && action.type === 'add' && state.lines.length >= maxCartLines) {
        return translatedError('invalid_request', 'cart.tooManyLines', { max: maxCartLines }, 'lines');
      }
      return null;
    }
    default:
      return null;
  }
}

/**
 * Applies what the cashier did and checks the cart can still be priced; if not (a discount larger than the
 * line, a quantity of −2), the cart stays as it was and the error says what to do instead.
 */
export function applyCartAction(
  state: CartState,
  action: CartAction,
  pricesIncludeTax: boolean,
): CartOutcome {
  const refused = refusal(action, state);
  if (refused) return { ok: false, error: refused };
  const next = cartReducer(state, action);
  try {
    cartTotals(next, pricesIncludeTax);
  } catch (error) {
    if (error instanceof KassaError) return { ok: false, error };
    throw error;
  }
  return { ok: true, state: next };
}
