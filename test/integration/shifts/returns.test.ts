/**
 * Returns by line (TILL-6): chosen lines and quantities of an order come back, each euro to the method it was
 * paid with — the card through the provider, cash from the drawer — never more than was sold, and in the X report.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { demoStripeMethod } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import { newId } from '../../support/core.ts';
import { waitForPayment } from '../../support/stripe.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';

const sourdough = demoProducts.find((p) => p.name === 'Sourdough Loaf')!; // 3.89, 7 %
const cola = demoProducts.find((p) => p.name === 'Cola 0.33 l')!; // 1.19, 19 %

let kassa: PreferencesTill;
beforeEach(async () => {
  kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } } });
  await kassa.core.payments.ready;
  await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 10000 });
});
afterEach(async () => kassa.close());

/** 2 × sourdough (7.78) + 3 × cola (3.57) = 11.35: 5.00 by card, 6.35 in cash. */
async function cardAndCashOrder() {
  const order = await kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [
      { productId: sourdough.id, quantity: 2 },
      { productId: cola.id, quantity: 3 },
    ],
    payments: [],
  });
  const started = await kassa.call('payments.start', {
    orderId: order.id,
    methodId: demoStripeMethod.id,
    amount: 500,
    paymentLineId: newId(),
  });
  await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
  await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
  await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
  return kassa.call('orders.addPayment', {
    orderId: order.id,
    payment: { id: newId(), methodId: 'cash', amount: 635 },
  });
}

async function addCashier() {
  const anna = await kassa.call('staff.save', {
    name: 'Anna',
    role: 'cashier',
    pin: '2468',
    active: true,
    ownerPin: '1234',
  });
  await kassa.call('session.login', { staffId: anna.id, pin: '2468' });
}

describe('a return by line', () => {
  it('gives the card part back through the provider and the rest from the drawer, and shows in the next X', async () => {
    const order = await cardAndCashOrder();
    expect(order.status).toBe('paid');
    const heard: unknown[] = [];
    kassa.core.subscribe((name, payload) => {
      if (name === 'returns.given') heard.push(payload);
    });
    const returnId = newId();
    const returned = await kassa.call('returns.create', {
      returnId,
      orderId: order.id,
      lines: [{ position: 1, quantity: 2 }], // both loaves: 7.78
      reason: 'Stale bread',
    });
    expect(returned.total).toBe(778);
    expect(returned.lines).toEqual([
      { position: 1, name: 'Sourdough Loaf', quantity: 2, taxRateBp: 700, amount: 778, tax: 51 },
    ]);
    expect(returned.payments.map((p) => [p.route, p.amount])).toEqual([
      ['card', 500],
      ['cash', 278],
    ]);
    const refunds = await kassa.call('payments.refundsForOrder', { orderId: order.id });
    expect(refunds).toEqual([expect.objectContaining({ amount: 500, state: 'succeeded' })]);

    const x = await kassa.call('shifts.xReport', {});
    expect(x.returns).toEqual({
      count: 1,
      total: 778,
      taxes: [{ rateBp: 700, name: 'VAT 7 %', net: 727, tax: 51, gross: 778 }],
    });
    expect(x.payments.find((p) => p.methodId === demoStripeMethod.id)).toMatchObject({
      taken: 500,
      refunded: 500,
    });
    expect(x.cash).toMatchObject({ sales: 635, refunds: 278, expected: 10000 + 635 - 278 });
    expect(kassa.audit('return.given')).toHaveLength(1);
    // Other windows hear of it (the history's order, the shift's X), once, after it was written.
    expect(heard).toEqual([{ returnId, orderId: order.id, shiftId: x.shiftId, total: 778 }]);
  });

  it('never returns more than was sold, across several returns; the last item takes exactly what is left', async () => {
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 3 }],
      orderDiscount: { kind: 'amount', amount: 10 }, // 3.57 − 0.10 = 3.47: 1.16 a can, not evenly
      payments: [{ id: newId(), methodId: 'cash', amount: 347 }],
    });
    const give = (quantity: number) =>
      kassa.call('returns.create', {
        returnId: newId(),
        orderId: order.id,
        lines: [{ position: 1, quantity }],
        reason: 'Not wanted',
      });
    const heard: string[] = [];
    kassa.core.subscribe((name) => {
      if (name === 'returns.given') heard.push(name);
    });
    expect((await give(1)).total).toBe(116);
    expect((await give(1)).total).toBe(116);
    const tooMany = await kassa.fail('returns.create', {
      returnId: newId(),
      orderId: order.id,
      lines: [{ position: 1, quantity: 2 }],
      reason: 'Not wanted',
    });
    expect(tooMany).toMatchObject({
      code: 'amount_invalid',
      field: 'lines.0.quantity',
      message: 'Only 1 of the 3 × "Cola 0.33 l" sold can still come back.',
    });
    expect((await give(1)).total).toBe(115);
    const none = await kassa.fail('returns.create', {
      returnId: newId(),
      orderId: order.id,
      lines: [{ position: 1, quantity: 1 }],
      reason: 'Not wanted',
    });
    expect(none.message).toBe('All 3 × "Cola 0.33 l" have already been returned.');
    expect(heard).toHaveLength(3); // the three returns given; the refused ones said nothing
    const state = await kassa.call('returns.forOrder', { orderId: order.id });
    expect(state.lines).toEqual([expect.objectContaining({ sold: 3, returned: 3, left: 0 })]);
    expect(state.returns.reduce((sum, r) => sum + r.total, 0)).toBe(347);
  });

  it('cash for a card payment, and a return without the order, need a manager’s PIN', async () => {
    const order = await cardAndCashOrder();
    await addCashier();
    const cashForCard = {
      returnId: newId(),
      orderId: order.id,
      lines: [{ position: 1, quantity: 2 }],
      reason: 'Stale bread',
      cardToCash: true,
    };
    const refused = await kassa.fail('returns.create', cashForCard);
    expect(refused).toMatchObject({
      code: 'pin_required',
      message: 'Giving €7.78 of a card payment back in cash: a manager or owner approves it with their PIN.',
    });
    expect(kassa.core.db.prepare('SELECT count(*) FROM returns').pluck().get()).toBe(0);
    const approved = await kassa.call('returns.create', { ...cashForCard, managerPin: '1234' });
    expect(approved.approvedBy).toBe('Demo Owner');
    expect(approved.payments.map((p) => [p.route, p.amount])).toEqual([
      ['cash', 500],
      ['cash', 278],
    ]);
    expect(await kassa.call('payments.refundsForOrder', { orderId: order.id })).toEqual([]);

    const withoutOrder = {
      returnId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      reason: 'No receipt',
    };
    expect((await kassa.fail('returns.create', withoutOrder)).code).toBe('pin_required');
    const given = await kassa.call('returns.create', { ...withoutOrder, managerPin: '1234' });
    expect(given).toMatchObject({ orderId: null, total: 119, approvedBy: 'Demo Owner' });
    expect(given.payments).toEqual([expect.objectContaining({ route: 'cash', amount: 119 })]);
    const x = await kassa.call('shifts.xReport', {});
    expect(x.cash.refunds).toBe(778 + 119);
  });
});

describe('a voucher method', () => {
  it('is what its flag in the payment-method settings says, not what its name says', async () => {
    await kassa.openPreferences();
    const credit = await kassa.prefs('paymentMethods.save', {
      name: 'Store credit',
      journal: 'bank',
      terminal: 'none',
      identifyCustomer: false,
      voucher: true,
      active: true,
    });
    expect(credit.voucher).toBe(true);
    // A voucher has no terminal and is no cash.
    const refused = await kassa.prefsFail('paymentMethods.save', {
      id: 'cash',
      name: 'Cash',
      journal: 'cash',
      terminal: 'none',
      identifyCustomer: false,
      voucher: true,
      active: true,
    });
    expect(refused.field).toBe('voucher');
    // The demo's Voucher is flagged; switched off, its money goes back as that method, not as credit.
    await kassa.prefs('paymentMethods.save', {
      id: 'voucher',
      name: 'Voucher',
      journal: 'bank',
      terminal: 'none',
      identifyCustomer: false,
      voucher: false,
      active: true,
    });

    const sellAndReturn = async (methodId: string) => {
      const order = await kassa.call('orders.checkout', {
        orderId: newId(),
        lines: [{ productId: sourdough.id, quantity: 1 }],
        payments: [{ id: newId(), methodId, amount: sourdough.price }],
      });
      return kassa.call('returns.create', {
        returnId: newId(),
        orderId: order.id,
        lines: [{ position: 1, quantity: 1 }],
        reason: 'Changed mind',
      });
    };
    const byCredit = await sellAndReturn(credit.id);
    expect(byCredit.payments).toEqual([
      expect.objectContaining({
        methodName: 'Store credit',
        route: 'voucher',
        voucherCode: expect.any(String),
      }),
    ]);
    const byVoucher = await sellAndReturn('voucher');
    expect(byVoucher.payments).toEqual([
      expect.objectContaining({ methodName: 'Voucher', route: 'other', voucherCode: null }),
    ]);
  });
});
