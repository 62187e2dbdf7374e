/**
 * Manager approval of discounts and refunds over a cashier's limit (TILL-9): refused without a manager's PIN,
 * nothing saved and nothing refunded until then; a wrong PIN counts towards the lockout; every approval audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { demoStripeMethod } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import { newId } from '../../support/core.ts';
import { waitForPayment } from '../../support/stripe.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';

const sourdough = demoProducts.find((p) => p.name === 'Sourdough Loaf')!; // 3.89
const cola = demoProducts.find((p) => p.name === 'Cola 0.33 l')!; // 1.19

let kassa: PreferencesTill;
let anna: string;
let ben: string;

beforeEach(async () => {
  kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } } });
  await kassa.core.payments.ready;
  for (const [name, role, pin] of [
    ['Anna', 'cashier', '2468'],
    ['Ben', 'manager', '1357'],
  ] as const) {
    const member = await kassa.call('staff.save', { name, role, pin, active: true, ownerPin: '1234' });
    if (role === 'cashier') anna = member.id;
    else ben = member.id;
  }
  await kassa.call('session.login', { staffId: anna, pin: '2468' });
});
afterEach(async () => kassa.close());

const orderCount = () => kassa.core.db.prepare('SELECT count(*) FROM orders').pluck().get();

function discountedSale(percent: number, managerPin?: string) {
  return {
    orderId: newId(),
    lines: [
      {
        productId: sourdough.id,
        quantity: 1,
        discount: { kind: 'percent' as const, basisPoints: percent * 100 },
      },
      { productId: cola.id, quantity: 1 },
    ],
    payments: [],
    ...(managerPin ? { managerPin } : {}),
  };
}

describe('discounts over the limit (default: 20 % off an item)', () => {
  it('lets a cashier give 20 % alone, and asks for a manager above it without saving the order', async () => {
    const within = await kassa.call('orders.checkout', discountedSale(20));
    expect(within.status).toBe('open');
    expect(kassa.audit('override.approved')).toHaveLength(0);

    const request = discountedSale(35);
    const refused = await kassa.fail('orders.checkout', request);
    expect(refused).toMatchObject({ code: 'pin_required', field: 'managerPin' });
    expect(refused.message).toBe(
      '35 % off Sourdough Loaf is more than the 20 % a cashier may give: a manager or owner approves it with their PIN.',
    );
    expect(orderCount()).toBe(1);

    const cashierPin = await kassa.fail('orders.checkout', { ...request, managerPin: '2468' });
    expect(cashierPin).toMatchObject({ code: 'pin_invalid', field: 'managerPin' });
    expect(orderCount()).toBe(1);

    const approved = await kassa.call('orders.checkout', { ...request, managerPin: '1357' });
    expect(approved.lines[0]!.discountTotal).toBe(Math.round(389 * 0.35));
    expect(kassa.audit('override.approved')).toEqual([
      expect.objectContaining({ subject: 'order.discount', actor: 'Ben' }),
    ]);
    expect(JSON.parse(kassa.audit('override.approved')[0]!.details!)).toMatchObject({
      orderId: request.orderId,
      item: 'Sourdough Loaf',
      percent: 35,
      cashier: 'Anna',
    });
  });

  it('counts an order discount on every item, and a wrong PIN counts towards the lockout', async () => {
    const request = {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 2 }],
      orderDiscount: { kind: 'amount' as const, amount: 100 },
      payments: [],
    };
    expect((await kassa.fail('orders.checkout', request)).message).toMatch(/^42 % off Cola 0\.33 l/);
    for (let i = 1; i <= 4; i++)
      expect((await kassa.fail('orders.checkout', { ...request, managerPin: '9999' })).code).toBe(
        'pin_invalid',
      );
    const fifth = await kassa.fail('orders.checkout', { ...request, managerPin: '9999' });
    expect(fifth).toMatchObject({ code: 'pin_locked', field: 'managerPin' });
    expect((await kassa.fail('orders.checkout', { ...request, managerPin: '1357' })).code).toBe('pin_locked');
    expect(orderCount()).toBe(0);
  });

  it('asks no manager to approve a sale that cannot be saved anyway', async () => {
    const request = {
      ...discountedSale(35, '1357'),
      payments: [{ id: newId(), methodId: 'no-such-method', amount: 100 }],
    };
    expect(await kassa.fail('orders.checkout', request)).toMatchObject({
      code: 'not_found',
      field: 'methodId',
    });
    expect(kassa.audit('override.approved')).toEqual([]);
    expect(orderCount()).toBe(0);
  });

  it('needs no PIN from a manager signed in at the till, and still audits the approval', async () => {
    await kassa.call('session.login', { staffId: ben, pin: '1357' });
    const order = await kassa.call('orders.checkout', discountedSale(50));
    expect(order.discountTotal).toBeGreaterThan(0);
    expect(kassa.audit('override.approved').map((e) => [e.subject, e.actor])).toEqual([
      ['order.discount', 'Ben'],
    ]);
  });

  it('follows the limits the owner saves in preferences, and refuses a bad limit without changing it', async () => {
    await kassa.openPreferences();
    expect(await kassa.prefs('approvals.get', {})).toEqual({ discountPercent: 20, refundLimit: 0 });
    const bad = await kassa.prefsFail('approvals.save', { discountPercent: 120, refundLimit: 0 });
    expect(bad).toMatchObject({ code: 'invalid_request', field: 'discountPercent' });
    expect(bad.message).toMatch(/at most 100 %/);
    await kassa.prefs('approvals.save', { discountPercent: 50, refundLimit: 2000 });
    expect((await kassa.call('store.info', {})).approvals).toEqual({
      discountPercent: 50,
      refundLimit: 2000,
    });
    expect((await kassa.call('orders.checkout', discountedSale(50))).status).toBe('open');
    expect(kassa.audit('settings.approvals_changed')).toEqual([
      expect.objectContaining({ actor: 'Demo Owner' }),
    ]);
  });
});

describe('refunds over the limit (default: every refund)', () => {
  async function paidByCard() {
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: sourdough.id, quantity: 10 }],
      payments: [],
    });
    const started = await kassa.call('payments.start', {
      orderId: order.id,
      methodId: demoStripeMethod.id,
      amount: order.total,
      paymentLineId: newId(),
    });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    const paid = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    return { order, line: paid.paymentLineId };
  }

  it('asks for a manager before anything reaches the provider, then refunds once with the approval', async () => {
    const { order, line } = await paidByCard();
    const request = { refundId: newId(), orderId: order.id, paymentLineId: line, amount: 500 };
    const refused = await kassa.fail('payments.refund', request);
    expect(refused).toMatchObject({ code: 'pin_required', field: 'managerPin' });
    expect(refused.message).toMatch(/every refund does in this shop/);
    expect(await kassa.call('payments.refundsForOrder', { orderId: order.id })).toEqual([]);

    const refund = await kassa.call('payments.refund', { ...request, managerPin: '1357' });
    expect(refund).toMatchObject({ state: 'succeeded', amount: 500 });
    // The till retries with the same id after a lost answer: no second refund, no second question.
    expect(await kassa.call('payments.refund', request)).toMatchObject({ id: refund.id });
    expect(await kassa.call('payments.refundsForOrder', { orderId: order.id })).toHaveLength(1);
    expect(kassa.audit('override.approved').map((e) => [e.subject, e.actor])).toEqual([
      ['payment.refund', 'Ben'],
    ]);
  });

  it('lets a cashier refund up to the owner’s limit alone, counting the order’s earlier refunds', async () => {
    await kassa.openPreferences();
    await kassa.prefs('approvals.save', { discountPercent: 20, refundLimit: 1000 });
    const { order, line } = await paidByCard();
    const refund = (amount: number) => ({
      refundId: newId(),
      orderId: order.id,
      paymentLineId: line,
      amount,
    });
    const large = await kassa.fail('payments.refund', refund(1001));
    expect(large.message).toMatch(/^A refund of €10\.01 is more than the €10\.00 a cashier may give/);

    expect((await kassa.call('payments.refund', refund(600))).state).toBe('succeeded');
    expect((await kassa.call('payments.refund', refund(400))).state).toBe('succeeded');
    // A third small one would take the order past the limit: two small refunds are one large one.
    const third = await kassa.fail('payments.refund', refund(1));
    expect(third).toMatchObject({ code: 'pin_required', field: 'managerPin' });
    expect(third.message).toMatch(
      /^With this one, refunds on this order come to €10\.01, more than the €10\.00 a cashier may give/,
    );
  });

  it('asks a manager only for a refund that can be given, and says what is wrong with one that cannot', async () => {
    const { order, line } = await paidByCard();
    const tooMuch = await kassa.fail('payments.refund', {
      refundId: newId(),
      orderId: order.id,
      paymentLineId: line,
      amount: order.total + 1,
    });
    expect(tooMuch).toMatchObject({ code: 'amount_invalid', field: 'amount' });
    expect(kassa.audit('override.approved')).toEqual([]);
  });
});
