import { describe, expect, it } from 'vitest';
import {
  applyCartAction,
  cartReducer,
  cartTotals,
  emptyCart,
  maxCartLines,
  toCheckoutLines,
  type CartProduct,
  type CartState,
} from '../../../src/shared/cart/cart-state.ts';

const orderId = '6f1c2a47-3b0e-4b8a-9a51-2f6d3c1e8b90';
const bread: CartProduct = {
  id: 1,
  name: 'Sourdough Loaf',
  price: 389,
  taxRateBp: 700,
  categoryId: 'bakery',
};
const cola: CartProduct = { id: 35, name: 'Cola 0.33 l', price: 119, taxRateBp: 1900, categoryId: 'drinks' };
const wine: CartProduct = {
  id: 40,
  name: 'Riesling 0.75 l',
  price: 799,
  taxRateBp: 1900,
  categoryId: 'drinks',
};

function ring(...products: CartProduct[]): CartState {
  return products.reduce((cart, product) => cartReducer(cart, { type: 'add', product }), emptyCart(orderId));
}

describe('ringing up items', () => {
  it('a new product gets its own line, selected, with quantity 1', () => {
    const cart = ring(bread, cola);
    expect(cart.lines.map((l) => [l.product.name, l.quantity])).toEqual([
      ['Sourdough Loaf', 1],
      ['Cola 0.33 l', 1],
    ]);
    expect(cart.selected).toBe(cola.id);
    expect(cart.orderId).toBe(orderId);
  });

  it('the same product again adds one to its line instead of a second line', () => {
    const cart = ring(bread, cola, bread);
    expect(cart.lines).toHaveLength(2);
    expect(cart.lines[0]?.quantity).toBe(2);
    expect(cart.selected).toBe(bread.id);
  });

  it('the checkout sends products and quantities, never prices', () => {
    const cart = cartReducer(ring(bread, bread, cola), {
      type: 'lineDiscount',
      productId: cola.id,
      discount: { kind: 'percent', basisPoints: 1000 },
    });
    expect(toCheckoutLines(cart)).toEqual([
      { productId: bread.id, quantity: 2 },
      { productId: cola.id, quantity: 1, discount: { kind: 'percent', basisPoints: 1000 } },
    ]);
  });
});

describe('changing quantities', () => {
  it('sets a typed quantity', () => {
    const cart = cartReducer(ring(bread), { type: 'setQuantity', productId: bread.id, quantity: 12 });
    expect(cart.lines[0]?.quantity).toBe(12);
  });

  it('+ and − step the quantity, and − stops at 1 (removing is its own action)', () => {
    let cart = ring(bread);
    cart = cartReducer(cart, { type: 'changeQuantity', productId: bread.id, by: 1 });
    expect(cart.lines[0]?.quantity).toBe(2);
    cart = cartReducer(cart, { type: 'changeQuantity', productId: bread.id, by: -1 });
    cart = cartReducer(cart, { type: 'changeQuantity', productId: bread.id, by: -1 });
    expect(cart.lines[0]?.quantity).toBe(1);
  });

  it.each([0, -2, 1.5, 10_000, Number.NaN])(
    'refuses the quantity %s with a message and keeps the cart',
    (quantity) => {
      const cart = ring(bread);
      const outcome = applyCartAction(cart, { type: 'setQuantity', productId: bread.id, quantity }, true);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.error.code).toBe('invalid_request');
        expect(outcome.error.message).toBe('The quantity must be a whole number from 1 to 9,999.');
      }
      expect(cartReducer(cart, { type: 'setQuantity', productId: bread.id, quantity })).toBe(cart);
    },
  );

  it('− on a single item says how to remove it instead', () => {
    const outcome = applyCartAction(
      ring(bread),
      { type: 'changeQuantity', productId: bread.id, by: -1 },
      true,
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toMatch(/Remove \(Del\)/);
  });
});

describe('removing lines', () => {
  it('removes the line and selects its neighbour, so Del keeps removing', () => {
    let cart = ring(bread, cola, wine);
    cart = cartReducer(cart, { type: 'remove', productId: cola.id });
    expect(cart.lines.map((l) => l.product.id)).toEqual([bread.id, wine.id]);
    expect(cart.selected).toBe(wine.id);
    cart = cartReducer(cart, { type: 'remove', productId: wine.id });
    expect(cart.selected).toBe(bread.id);
    cart = cartReducer(cart, { type: 'remove', productId: bread.id });
    expect(cart.lines).toEqual([]);
    expect(cart.selected).toBeNull();
  });

  it('an emptied cart drops its order discount, so the next item is not blocked by it', () => {
    let cart = cartReducer(ring(bread), { type: 'orderDiscount', discount: { kind: 'amount', amount: 100 } });
    cart = cartReducer(cart, { type: 'remove', productId: bread.id });
    expect(cart.orderDiscount).toBeNull();
    const outcome = applyCartAction(cart, { type: 'add', product: cola }, true);
    expect(outcome.ok).toBe(true);
  });

  it('removing a product that is not in the cart changes nothing', () => {
    const cart = ring(bread);
    expect(cartReducer(cart, { type: 'remove', productId: 999 })).toBe(cart);
  });
});

describe('discounts', () => {
  it('a line discount lowers the live total by the same rounding policy the core uses', () => {
    const cart = cartReducer(ring(bread, cola), {
      type: 'lineDiscount',
      productId: bread.id,
      discount: { kind: 'percent', basisPoints: 1000 },
    });
    const totals = cartTotals(cart, true);
    // 10 % of 3.89 is 0.389, rounded half-up to 0.39.
    expect(totals.discountTotal).toBe(39);
    expect(totals.total).toBe(389 - 39 + 119);
  });

  it('an order discount is shared over the lines', () => {
    const cart = cartReducer(ring(bread, cola), {
      type: 'orderDiscount',
      discount: { kind: 'amount', amount: 100 },
    });
    const totals = cartTotals(cart, true);
    expect(totals.total).toBe(389 + 119 - 100);
    expect(totals.lines.reduce((sum, l) => sum + l.orderDiscountShare, 0)).toBe(100);
  });

  it('a discount larger than the line is refused and the cart stays as it was', () => {
    const cart = ring(cola);
    const outcome = applyCartAction(
      cart,
      { type: 'lineDiscount', productId: cola.id, discount: { kind: 'amount', amount: 500 } },
      true,
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.error.message).toBe('The discount on "Cola 0.33 l" is more than the line is worth.');
  });

  it('a discount over 100 % is refused', () => {
    const outcome = applyCartAction(
      ring(cola),
      { type: 'orderDiscount', discount: { kind: 'percent', basisPoints: 15_000 } },
      true,
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.field).toBe('orderDiscount');
  });

  it('lowering a quantity below what an amount discount needs is refused, not silently repriced', () => {
    let cart = ring(cola, cola);
    cart = cartReducer(cart, {
      type: 'lineDiscount',
      productId: cola.id,
      discount: { kind: 'amount', amount: 200 },
    });
    const outcome = applyCartAction(cart, { type: 'changeQuantity', productId: cola.id, by: -1 }, true);
    expect(outcome.ok).toBe(false);
  });

  it('removing a discount restores the full price', () => {
    let cart = cartReducer(ring(bread), {
      type: 'lineDiscount',
      productId: bread.id,
      discount: { kind: 'percent', basisPoints: 5000 },
    });
    cart = cartReducer(cart, { type: 'lineDiscount', productId: bread.id, discount: null });
    expect(cartTotals(cart, true).total).toBe(389);
  });

  it('an empty cart takes no order discount', () => {
    const cart = emptyCart(orderId);
    expect(
      cartReducer(cart, { type: 'orderDiscount', discount: { kind: 'percent', basisPoints: 1000 } }),
    ).toBe(cart);
  });
});

describe('selection, clearing and limits', () => {
  it('selects and deselects a line, but never a product that is not in the cart', () => {
    const cart = ring(bread, cola);
    expect(cartReducer(cart, { type: 'select', productId: bread.id }).selected).toBe(bread.id);
    expect(cartReducer(cart, { type: 'select', productId: null }).selected).toBeNull();
    expect(cartReducer(cart, { type: 'select', productId: 999 })).toBe(cart);
  });

  it('clearing starts a new order with a new id', () => {
    const next = '0b8e6f7a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    const cart = cartReducer(ring(bread, cola), { type: 'clear', orderId: next });
    expect(cart).toEqual(emptyCart(next));
  });

  it(`a cart holds at most ${maxCartLines} different products, as an order does`, () => {
    let cart = emptyCart(orderId);
    for (let id = 1; id <= maxCartLines; id++) {
      cart = cartReducer(cart, { type: 'add', product: { ...cola, id, name: `Item ${id}` } });
    }
    const outcome = applyCartAction(
      cart,
      { type: 'add', product: { ...cola, id: 9999, name: 'One too many' } },
      true,
    );
    expect(outcome.ok).toBe(false);
    expect(cart.lines).toHaveLength(maxCartLines);
  });

  it('prices tax-exclusive stores by adding tax on top', () => {
    const totals = cartTotals(ring(wine), false);
    // 19 % on 7.99 is 1.5181, rounded to 1.52.
    expect(totals.taxTotal).toBe(152);
    expect(totals.total).toBe(799 + 152);
  });
});
