import { describe, expect, it } from 'vitest';
import { KassaError } from '../../../src/shared/errors.ts';
import { priceCart, type PricingLine } from '../../../src/shared/cart/price-cart.ts';

function errorOf(attempt: () => unknown): KassaError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof KassaError) return error;
    throw error;
  }
  throw new Error('expected a KassaError');
}

const bread: PricingLine = { name: 'Bread', unitPrice: 249, quantity: 2, taxRateBp: 700 };
const wine: PricingLine = { name: 'Wine', unitPrice: 899, quantity: 1, taxRateBp: 1900 };

describe('priceCart with tax-inclusive prices (a German bakery)', () => {
  it('takes the shelf prices as the total and finds the tax inside them, line by line', () => {
    const cart = priceCart({ lines: [bread, wine], pricesIncludeTax: true });
    expect(cart.lines).toEqual([
      { gross: 498, lineDiscount: 0, orderDiscountShare: 0, discountTotal: 0, net: 465, tax: 33, total: 498 },
      {
        gross: 899,
        lineDiscount: 0,
        orderDiscountShare: 0,
        discountTotal: 0,
        net: 755,
        tax: 144,
        total: 899,
      },
    ]);
    expect(cart).toMatchObject({ subtotal: 1397, discountTotal: 0, taxTotal: 177, total: 1397 });
    expect(cart.taxBreakdown).toEqual([
      { rateBp: 700, base: 465, tax: 33 },
      { rateBp: 1900, base: 755, tax: 144 },
    ]);
  });

  it('rounds a percent line discount half-up and shares an order discount by what each line is worth', () => {
    const cart = priceCart({
      pricesIncludeTax: true,
      lines: [
        {
          name: 'Scarf',
          unitPrice: 1235,
          quantity: 3,
          taxRateBp: 2100,
          discount: { kind: 'percent', basisPoints: 1000 },
        },
        { name: 'Card', unitPrice: 199, quantity: 1, taxRateBp: 900 },
      ],
      orderDiscount: { kind: 'amount', amount: 100 },
    });
    // 10 % of 37.05 is 3.705 → 3.71. The 1.00 order discount over 33.34 and 1.99 is 0.9436… and 0.0563…:
    // 0.94 and 0.05, and the cent left over goes to the larger remainder, the card.
    expect(cart.lines).toEqual([
      {
        gross: 3705,
        lineDiscount: 371,
        orderDiscountShare: 94,
        discountTotal: 465,
        net: 2678,
        tax: 562,
        total: 3240,
      },
      { gross: 199, lineDiscount: 0, orderDiscountShare: 6, discountTotal: 6, net: 177, tax: 16, total: 193 },
    ]);
    expect(cart).toMatchObject({ subtotal: 3904, discountTotal: 471, taxTotal: 578, total: 3433 });
    expect(cart.taxBreakdown).toEqual([
      { rateBp: 900, base: 177, tax: 16 },
      { rateBp: 2100, base: 2678, tax: 562 },
    ]);
  });

  it('computes a percent order discount on the lines after their own discounts', () => {
    const cart = priceCart({
      pricesIncludeTax: true,
      lines: [
        {
          name: 'Tea',
          unitPrice: 500,
          quantity: 1,
          taxRateBp: 700,
          discount: { kind: 'amount', amount: 100 },
        },
        { name: 'Cup', unitPrice: 1005, quantity: 1, taxRateBp: 1900 },
      ],
      orderDiscount: { kind: 'percent', basisPoints: 1000 },
    });
    // 10 % of 4.00 + 10.05 = 1.405 → 1.41, shared 0.4 : 1.005 → 0.40 and 1.01.
    expect(cart.lines.map((l) => l.orderDiscountShare)).toEqual([40, 101]);
    expect(cart.discountTotal).toBe(241);
    expect(cart.total).toBe(1264);
    expect(cart.subtotal - cart.discountTotal).toBe(cart.total);
  });

  it('makes a 100 % discount free, with no tax', () => {
    const cart = priceCart({
      pricesIncludeTax: true,
      lines: [bread, wine],
      orderDiscount: { kind: 'percent', basisPoints: 10_000 },
    });
    expect(cart).toMatchObject({ subtotal: 1397, discountTotal: 1397, taxTotal: 0, total: 0 });
    expect(cart.lines.every((l) => l.total === 0 && l.tax === 0 && l.net === 0)).toBe(true);
  });

  it('keeps zero-rated lines in the tax breakdown, lowest rate first', () => {
    const cart = priceCart({
      pricesIncludeTax: true,
      lines: [wine, { name: 'Stamp', unitPrice: 95, quantity: 2, taxRateBp: 0 }, bread],
    });
    expect(cart.taxBreakdown.map((r) => r.rateBp)).toEqual([0, 700, 1900]);
    expect(cart.taxBreakdown[0]).toEqual({ rateBp: 0, base: 190, tax: 0 });
  });
});

describe('priceCart with tax-exclusive prices (a US store)', () => {
  it('adds sales tax on top of each line, half-up', () => {
    const cart = priceCart({
      pricesIncludeTax: false,
      lines: [{ name: 'Notebook', unitPrice: 499, quantity: 3, taxRateBp: 825 }],
    });
    // 8.25 % of 14.97 is 1.235…: 1.24.
    expect(cart.lines).toEqual([
      {
        gross: 1497,
        lineDiscount: 0,
        orderDiscountShare: 0,
        discountTotal: 0,
        net: 1497,
        tax: 124,
        total: 1621,
      },
    ]);
    expect(cart).toMatchObject({ subtotal: 1497, discountTotal: 0, taxTotal: 124, total: 1621 });
    expect(cart.taxBreakdown).toEqual([{ rateBp: 825, base: 1497, tax: 124 }]);
  });

  it('rounds an exact half cent of tax up', () => {
    const cart = priceCart({
      pricesIncludeTax: false,
      lines: [{ name: 'Gum', unitPrice: 10, quantity: 1, taxRateBp: 500 }],
    });
    expect(cart.lines[0]?.tax).toBe(1);
    expect(cart.total).toBe(11);
  });

  it('taxes the amount after discounts, and reports subtotal and discount before tax', () => {
    const cart = priceCart({
      pricesIncludeTax: false,
      lines: [
        {
          name: 'Lamp',
          unitPrice: 4000,
          quantity: 1,
          taxRateBp: 1000,
          discount: { kind: 'percent', basisPoints: 2500 },
        },
        { name: 'Bulb', unitPrice: 250, quantity: 4, taxRateBp: 1000 },
      ],
      orderDiscount: { kind: 'amount', amount: 500 },
    });
    // Lamp 40.00 − 10.00 = 30.00, bulbs 10.00; 5.00 off shared 3 : 1 → 3.75 and 1.25.
    expect(cart.lines).toEqual([
      {
        gross: 4000,
        lineDiscount: 1000,
        orderDiscountShare: 375,
        discountTotal: 1375,
        net: 2625,
        tax: 263,
        total: 2888,
      },
      {
        gross: 1000,
        lineDiscount: 0,
        orderDiscountShare: 125,
        discountTotal: 125,
        net: 875,
        tax: 88,
        total: 963,
      },
    ]);
    expect(cart).toMatchObject({ subtotal: 5000, discountTotal: 1500, taxTotal: 351, total: 3851 });
    expect(cart.subtotal - cart.discountTotal + cart.taxTotal).toBe(cart.total);
    expect(cart.taxBreakdown).toEqual([{ rateBp: 1000, base: 3500, tax: 351 }]);
  });
});

describe('priceCart in yen and dinars', () => {
  it('works in whole yen', () => {
    const cart = priceCart({
      pricesIncludeTax: true,
      lines: [
        { name: 'Onigiri', unitPrice: 150, quantity: 3, taxRateBp: 800 },
        { name: 'Umbrella', unitPrice: 1100, quantity: 1, taxRateBp: 1000 },
      ],
    });
    expect(cart.taxBreakdown).toEqual([
      { rateBp: 800, base: 417, tax: 33 },
      { rateBp: 1000, base: 1000, tax: 100 },
    ]);
    expect(cart.total).toBe(1550);
  });

  it('is exact for a 10^10 line, where a float would drift', () => {
    const cart = priceCart({
      pricesIncludeTax: false,
      lines: [{ name: 'Gold bar', unitPrice: 1_000_003, quantity: 9_999, taxRateBp: 2_100 }],
    });
    // 9,999,029,997 × 0.21 = 2,099,796,299.37 → …299.
    expect(cart.lines[0]).toMatchObject({ gross: 9_999_029_997, tax: 2_099_796_299, total: 12_098_826_296 });
  });
});

describe('priceCart refuses what a till cannot sell', () => {
  it('an empty cart costs nothing', () => {
    expect(priceCart({ lines: [], pricesIncludeTax: true })).toEqual({
      lines: [],
      subtotal: 0,
      discountTotal: 0,
      taxTotal: 0,
      total: 0,
      taxBreakdown: [],
    });
    expect(
      priceCart({ lines: [], pricesIncludeTax: true, orderDiscount: { kind: 'percent', basisPoints: 500 } })
        .total,
    ).toBe(0);
  });

  it('a line discount bigger than the line', () => {
    const error = errorOf(() =>
      priceCart({ pricesIncludeTax: true, lines: [{ ...bread, discount: { kind: 'amount', amount: 499 } }] }),
    );
    expect(error.toShape()).toEqual({
      code: 'invalid_request',
      message: 'The discount on "Bread" is more than the line is worth.',
      field: 'discount',
      messageKey: 'err.cart.lineDiscountTooLarge',
      params: { name: 'Bread' },
    });
    expect(
      priceCart({ pricesIncludeTax: true, lines: [{ ...bread, discount: { kind: 'amount', amount: 498 } }] })
        .total,
    ).toBe(0);
  });

  it('an order discount bigger than the order', () => {
    const error = errorOf(() =>
      priceCart({ pricesIncludeTax: true, lines: [bread], orderDiscount: { kind: 'amount', amount: 499 } }),
    );
    expect(error.code).toBe('invalid_request');
    expect(error.field).toBe('orderDiscount');
    expect(error.message).toBe('The order discount is more than the order is worth.');
    expect(
      errorOf(() =>
        priceCart({ pricesIncludeTax: true, lines: [], orderDiscount: { kind: 'amount', amount: 1 } }),
      ).field,
    ).toBe('orderDiscount');
  });

  it.each([
    [{ quantity: 0 }, 'quantity', 'The quantity of "Bread" must be a whole number from 1 to 9,999.'],
    [{ quantity: 10_000 }, 'quantity', 'The quantity of "Bread" must be a whole number from 1 to 9,999.'],
    [{ quantity: 1.5 }, 'quantity', 'The quantity of "Bread" must be a whole number from 1 to 9,999.'],
    [{ quantity: -1 }, 'quantity', 'The quantity of "Bread" must be a whole number from 1 to 9,999.'],
    [{ unitPrice: -1 }, 'unitPrice', 'The price of "Bread" must be a whole number of cents, zero or more.'],
    [{ unitPrice: 2.49 }, 'unitPrice', 'The price of "Bread" must be a whole number of cents, zero or more.'],
    [{ taxRateBp: -700 }, 'taxRateBp', undefined],
    [{ taxRateBp: 7.5 }, 'taxRateBp', undefined],
    [{ discount: { kind: 'percent', basisPoints: 10_001 } }, 'discount', undefined],
    [{ discount: { kind: 'percent', basisPoints: -1 } }, 'discount', undefined],
    [{ discount: { kind: 'amount', amount: -1 } }, 'discount', undefined],
    [{ discount: { kind: 'amount', amount: 0.5 } }, 'discount', undefined],
  ] as const)('a line with %j', (change, field, message) => {
    const error = errorOf(() => priceCart({ pricesIncludeTax: true, lines: [{ ...bread, ...change }] }));
    expect(error.code).toBe('invalid_request');
    expect(error.field).toBe(field);
    if (message !== undefined) expect(error.message).toBe(message);
  });

  it('an invalid order discount', () => {
    const error = errorOf(() =>
      priceCart({
        pricesIncludeTax: true,
        lines: [bread],
        orderDiscount: { kind: 'percent', basisPoints: 20_000 },
      }),
    );
    expect(error.field).toBe('orderDiscount');
  });

  it('a line worth more than Kassa can record', () => {
    const error = errorOf(() =>
      priceCart({
        pricesIncludeTax: true,
        lines: [{ name: 'Yacht', unitPrice: Number.MAX_SAFE_INTEGER, quantity: 2, taxRateBp: 0 }],
      }),
    );
    expect(error.code).toBe('amount_invalid');
    expect(error.field).toBe('quantity');
  });

  it('an order worth more than Kassa can record', () => {
    const yacht: PricingLine = {
      name: 'Yacht',
      unitPrice: Number.MAX_SAFE_INTEGER - 10,
      quantity: 1,
      taxRateBp: 0,
    };
    const error = errorOf(() => priceCart({ pricesIncludeTax: true, lines: [yacht, yacht] }));
    expect(error.code).toBe('amount_invalid');
  });
});
