/**
 * Orders kept open for later (issue 13.3) and guarantee policies (issue 13.6, STO-8), against the real core and the
 * Stripe simulator: a tab guaranteed by a hold grows and is paid from its hold; a pickup order that does not meet
 * the owner's policy is refused in words until a manager approves it with their PIN, and nothing is written before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { errorText } from '../../../src/shared/i18n/errors.ts';
import { newId } from '../../support/core.ts';
import { stripeMethodId } from '../../support/stripe.ts';
import {
  freshStripeTillEachTest,
  type StripeTill,
  type StripeWorld,
} from '../../support/stripe-each-test.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!; // 8.99

let world: StripeWorld;
let kassa: StripeTill;
freshStripeTillEachTest((fresh) => ({ world, kassa } = fresh));

const noRule = { holdAtLeast: null, cardOnFile: false, prepaymentPercent: null };

/** A cashier at the till, and a manager whose PIN approves. */
beforeEach(async () => {
  let cashier = '';
  for (const [name, role, pin] of [
    ['Anna', 'cashier', '2468'],
    ['Ben', 'manager', '1357'],
  ] as const) {
    const member = await kassa.call('staff.save', { name, role, pin, active: true, ownerPin: '1234' });
    if (role === 'cashier') cashier = member.id;
  }
  await kassa.call('session.login', { staffId: cashier, pin: '2468' });
});

/** A customer with a card saved at the reader. */
async function customerWithCard() {
  const customer = kassa.core.services.customers.create({ name: 'Erika Mustermann' });
  const setup = await kassa.call('cards.saveAtReader', { customerId: customer.id });
  world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
  for (let i = 0; ; i++) {
    const now = await kassa.call('cards.setup', { setupId: setup.id });
    if (now.state === 'saved') return { customerId: customer.id, paymentMethod: now.card!.paymentMethod };
    if (i > 200) throw new Error(`the card was not saved: ${now.state} ${now.failure}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const openOrder = (customerId: string | undefined, quantity = 1, cash = 0) =>
  kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: espresso.id, quantity }],
    payments: cash > 0 ? [{ id: newId(), methodId: 'cash', amount: cash }] : [],
    ...(customerId ? { customerId } : {}),
  });

const keptRows = () => kassa.core.db.prepare('SELECT order_id, kind, approved_by FROM kept_orders').all();

describe('a tab guaranteed by a hold', () => {
  it('is refused without its hold, kept with it, grows, and is paid from the hold with the rest released', async () => {
    kassa.core.services.keptOrders.savePolicies(
      { tab: { ...noRule, holdAtLeast: 5_000 }, pickup: noRule },
      'Owner',
    );
    const { customerId, paymentMethod } = await customerWithCard();
    const order = await openOrder(customerId); // 8.99

    const refused = await kassa.fail('keptOrders.keep', { orderId: order.id, kind: 'tab' });
    expect(refused).toMatchObject({
      code: 'pin_required',
      field: 'managerPin',
      messageKey: 'err.tabs.tabNeeds',
    });
    expect(errorText(refused)).toBe(
      'A tab needs a card hold of at least €50.00. This order has €0.00 held, €0.00 paid and one card on file. A manager can keep it open anyway with their PIN.',
    );
    expect(keptRows()).toEqual([]);

    const hold = await kassa.call('holds.openOnCard', {
      orderId: order.id,
      methodId: stripeMethodId,
      amount: 5_000,
      paymentMethod,
    });
    expect(hold.state).toBe('held');
    const kept = await kassa.call('keptOrders.keep', { orderId: order.id, kind: 'tab' });
    expect(kept).toMatchObject({
      kind: 'tab',
      customer: { id: customerId, name: 'Erika Mustermann' },
      total: 899,
      remaining: 899,
      held: 5_000,
      holdId: hold.id,
      keptBy: 'Anna',
      approvedBy: null,
    });
    // A kept order is not an unfinished sale.
    const unfinished = await kassa.call('orders.search', { status: 'open', kept: false, limit: 20 });
    expect(unfinished.orders).toEqual([]);
    const again = await kassa.fail('keptOrders.keep', { orderId: order.id, kind: 'pickup' });
    expect(again.messageKey).toBe('err.tabs.alreadyKept');

    // Later: two more bags; the lines already on it keep their price and the total grows.
    const grown = await kassa.call('keptOrders.addLines', {
      orderId: order.id,
      lines: [{ productId: espresso.id, quantity: 2 }],
    });
    expect(grown).toMatchObject({ total: 2_697, remaining: 2_697, lineCount: 2 });
    const stored = await kassa.call('orders.get', { orderId: order.id });
    expect(stored.lines.map((l) => [l.position, l.quantity, l.total])).toEqual([
      [1, 1, 899],
      [2, 2, 1_798],
    ]);

    // Paid from the hold: what is due is captured, the rest of the hold goes back to the card.
    const captured = await kassa.call('holds.capture', { holdId: hold.id, amount: grown.remaining });
    expect(captured).toMatchObject({ state: 'captured', captured: 2_697 });
    const paid = await kassa.call('orders.get', { orderId: order.id });
    expect(paid).toMatchObject({ status: 'paid', remaining: 0, total: 2_697 });
    const charges = (await world.stripe.charges.list({ limit: 100 })).data;
    expect(charges.some((c) => c.amount_captured === 2_697 && c.amount_refunded === 5_000 - 2_697)).toBe(
      true,
    );
    expect(await kassa.call('keptOrders.list', {})).toEqual([]);

    const closed = await kassa.fail('keptOrders.addLines', {
      orderId: order.id,
      lines: [{ productId: espresso.id, quantity: 1 }],
    });
    expect(closed.messageKey).toBe('err.tabs.closed');
    expect((await kassa.call('orders.get', { orderId: order.id })).total).toBe(2_697);
  });
});

describe('a pickup order and its guarantee policy', () => {
  beforeEach(() => {
    kassa.core.services.keptOrders.savePolicies(
      { tab: noRule, pickup: { ...noRule, cardOnFile: true, prepaymentPercent: 50 } },
      'Owner',
    );
  });

  it('says what is missing, refuses a wrong PIN, and a manager keeps it open anyway (audited)', async () => {
    const customer = kassa.core.services.customers.create({ name: 'Lena Vogel' });
    const order = await openOrder(customer.id); // 8.99
    const refused = await kassa.fail('keptOrders.keep', { orderId: order.id, kind: 'pickup' });
    expect(refused.code).toBe('pin_required');
    expect(errorText(refused)).toBe(
      'An order for later pickup needs a card on file or a prepayment of 50 % (€4.50). This order has €0.00 held, €0.00 paid and no card on file. A manager can keep it open anyway with their PIN.',
    );
    const wrong = await kassa.fail('keptOrders.keep', {
      orderId: order.id,
      kind: 'pickup',
      managerPin: '0000',
    });
    expect(wrong.code).toBe('pin_invalid');
    expect(keptRows()).toEqual([]);

    const kept = await kassa.call('keptOrders.keep', {
      orderId: order.id,
      kind: 'pickup',
      managerPin: '1357',
    });
    expect(kept).toMatchObject({ kind: 'pickup', approvedBy: 'Ben', keptBy: 'Anna' });
    const approvals = kassa.core.db
      .prepare(`SELECT actor, subject FROM audit_log WHERE action = 'override.approved'`)
      .all();
    expect(approvals).toEqual([{ actor: 'Ben', subject: 'order.keep_open' }]);
    const keptAudit = kassa.core.db
      .prepare(`SELECT details FROM audit_log WHERE action = 'order.kept'`)
      .pluck()
      .get();
    expect(JSON.parse(keptAudit as string)).toMatchObject({ kind: 'pickup', approvedBy: 'Ben' });
  });

  it('is checked before the order is saved: what is missing in words, a wrong PIN refused, nothing written', async () => {
    const customer = kassa.core.services.customers.create({ name: 'Lena Vogel' });
    const orderId = newId();
    const ordersBefore = kassa.core.db.prepare('SELECT count(*) FROM orders').pluck().get();
    const asked = { orderId, kind: 'pickup' as const, customerId: customer.id, total: 899 };
    const refused = await kassa.fail('keptOrders.check', asked);
    expect(refused.code).toBe('pin_required');
    expect(errorText(refused)).toBe(
      'An order for later pickup needs a card on file or a prepayment of 50 % (€4.50). This order has €0.00 held, €0.00 paid and no card on file. A manager can keep it open anyway with their PIN.',
    );
    expect((await kassa.fail('keptOrders.check', { ...asked, managerPin: '0000' })).code).toBe('pin_invalid');
    expect(await kassa.call('keptOrders.check', { ...asked, managerPin: '1357' })).toEqual({ met: false });
    // Nothing saved, nothing kept, no approval recorded yet: keeping the order records it.
    expect(kassa.core.db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(ordersBefore);
    expect(keptRows()).toEqual([]);
    expect(
      kassa.core.db
        .prepare(`SELECT count(*) FROM audit_log WHERE action = 'override.approved'`)
        .pluck()
        .get(),
    ).toBe(0);
    // A tab asks for nothing here.
    expect(await kassa.call('keptOrders.check', { ...asked, kind: 'tab' })).toEqual({ met: true });
  });

  it('is kept without asking when the prepayment covers the policy; an order without a customer is refused', async () => {
    const customer = kassa.core.services.customers.create({ name: 'Lena Vogel' });
    const prepaid = await openOrder(customer.id, 1, 450); // half of 8.99, rounded up
    expect(await kassa.call('keptOrders.keep', { orderId: prepaid.id, kind: 'pickup' })).toMatchObject({
      paid: 450,
      remaining: 449,
      approvedBy: null,
    });

    const anonymous = await openOrder(undefined);
    const refused = await kassa.fail('keptOrders.keep', { orderId: anonymous.id, kind: 'tab' });
    expect(refused).toMatchObject({ messageKey: 'err.tabs.needsCustomer', field: 'customerId' });
    expect(keptRows()).toHaveLength(1);
  });

  it('keeps the policies only for the owner in the preferences window', async () => {
    const fromTill = await kassa.fail('guaranteePolicies.save', { tab: noRule, pickup: noRule });
    expect(fromTill.code).toBe('forbidden');
    const bad = await kassa.core.dispatch(
      'guaranteePolicies.save',
      { tab: { ...noRule, prepaymentPercent: 150 }, pickup: noRule },
      { window: 'preferences' },
    );
    expect(bad.ok).toBe(false);
    expect(kassa.core.services.keptOrders.policies().pickup.prepaymentPercent).toBe(50);
    const saved = kassa.core.db
      .prepare(`SELECT actor FROM audit_log WHERE action = 'settings.guarantee_changed'`)
      .pluck()
      .all();
    expect(saved).toEqual(['Owner']);
  });
});
