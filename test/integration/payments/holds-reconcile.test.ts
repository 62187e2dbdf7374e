/**
 * Holds that no longer fit, and holds and card setups at Stripe that match nothing here (issue 13.8): a capture left
 * `capturing` while cash paid the order is decided by the rule (capture less, release, or the owner), audited and
 * raised; orphans at Stripe with this till's metadata are raised once.
 */
import { describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { newId } from '../../support/core.ts';
import { stripeMethodId } from '../../support/stripe.ts';
import {
  freshStripeTillEachTest,
  type StripeTill,
  type StripeWorld,
} from '../../support/stripe-each-test.ts';
import type { HoldView } from '../../../src/shared/ipc/holds.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!; // 8.99

let world: StripeWorld;
let kassa: StripeTill;
freshStripeTillEachTest((fresh) => ({ world, kassa } = fresh));

async function heldOrder(quantity: number, amount: number): Promise<{ orderId: string; hold: HoldView }> {
  const order = await kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: espresso.id, quantity }],
    payments: [],
  });
  const opened = await kassa.call('holds.openAtReader', {
    orderId: order.id,
    methodId: stripeMethodId,
    amount,
  });
  world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
  const hold = await kassa.call('holds.get', { holdId: opened.id });
  expect(hold.state).toBe('held');
  return { orderId: order.id, hold };
}

/** A capture whose key is written but whose call did not go out yet (Kassa stopped there). */
function leftCapturing(holdId: string, amount: number): void {
  kassa.core.services.tx.run(() =>
    kassa.core.services.holdStore.update(holdId, {
      state: 'capturing',
      capture_amount: amount,
      capture_key: `kassa-hold-${holdId}-capture`,
    }),
  );
}

const payCash = (orderId: string, amount: number) =>
  kassa.call('orders.addPayment', {
    orderId,
    payment: { id: newId(), methodId: 'cash', amount, tendered: amount },
  });

const auditActions = () => kassa.core.services.audit.list(200).entries.map((e) => e.action);

describe('a capture that no longer fits its order', () => {
  it('captures only what the order still owes when cash paid part meanwhile, and tells the owner', async () => {
    const { orderId, hold } = await heldOrder(3, 5_000); // 26.97
    leftCapturing(hold.id, 2_697);
    await payCash(orderId, 1_000);
    await kassa.core.payments.holds.recover();
    expect(await kassa.call('holds.get', { holdId: hold.id })).toMatchObject({
      state: 'captured',
      captured: 1_697,
    });
    expect(await kassa.call('orders.get', { orderId })).toMatchObject({ status: 'paid', remaining: 0 });
    const intent = world.sim.control.ledger().paymentIntents[0]!;
    expect(intent).toMatchObject({ status: 'succeeded', amount_received: 1_697 });
    const alerts = await kassa.call('alerts.list', {});
    expect(alerts).toEqual([expect.objectContaining({ kind: 'hold_capture_adjusted', severity: 'warning' })]);
    expect(alerts[0]!.message).toContain('€16.97');
    expect(auditActions()).toContain('hold.capture_adjusted');
  });

  it('releases the hold when cash paid it all meanwhile: nothing is taken from the card', async () => {
    const { orderId, hold } = await heldOrder(1, 2_000); // 8.99
    leftCapturing(hold.id, 899);
    expect((await payCash(orderId, 899)).status).toBe('paid');
    await kassa.core.payments.holds.recover();
    expect(await kassa.call('holds.get', { holdId: hold.id })).toMatchObject({ state: 'released' });
    expect(world.sim.control.ledger().paymentIntents[0]).toMatchObject({
      status: 'canceled',
      amount_received: 0,
    });
    const alerts = await kassa.call('alerts.list', {});
    expect(alerts.map((a) => a.kind)).toEqual(['hold_capture_released']);
    expect(auditActions()).toContain('hold.capture_released');
  });

  it('hands it to the owner when Stripe had already captured: no longer retried, a critical alert', async () => {
    const { orderId, hold } = await heldOrder(1, 2_000);
    leftCapturing(hold.id, 899);
    const intentId = world.sim.control.ledger().paymentIntents[0]!.id;
    // The capture went out and Stripe took it; its answer was lost. Then the customer paid cash too.
    await world.stripe.paymentIntents.capture(
      intentId,
      { amount_to_capture: 899 },
      { idempotencyKey: `kassa-hold-${hold.id}-capture` },
    );
    await payCash(orderId, 899);
    await kassa.core.payments.holds.recover();
    expect(await kassa.call('holds.get', { holdId: hold.id })).toMatchObject({
      state: 'failed',
      failure: 'capture_unrecorded',
    });
    expect(await kassa.call('holds.list', {})).toEqual([]);
    const alerts = await kassa.call('alerts.list', {});
    expect(alerts).toEqual([
      expect.objectContaining({ kind: 'hold_capture_unrecorded', severity: 'critical' }),
    ]);
    expect(alerts[0]!.message).toContain(intentId);
    // The order keeps its cash payment only; nothing is counted twice.
    expect(await kassa.call('orders.get', { orderId })).toMatchObject({ status: 'paid', paid: 899 });
    await kassa.core.payments.holds.recover();
    expect(await kassa.call('alerts.list', {})).toHaveLength(1);
  });
});

describe('holds and card setups at Stripe that match nothing here', () => {
  it('raises an orphaned hold and an orphaned card setup of this till once each, and ignores other tills', async () => {
    const tillId = (await kassa.call('store.info', {})).till.id;
    const stray = await world.stripe.paymentIntents.create({
      amount: 4_000,
      currency: 'eur',
      allowed_payment_method_types: ['card_present'],
      capture_method: 'manual',
      metadata: { kassa_hold: newId(), kassa_order: newId(), kassa_hold_till: tillId },
    });
    await world.stripe.paymentIntents.create({
      amount: 999,
      currency: 'eur',
      allowed_payment_method_types: ['card_present'],
      capture_method: 'manual',
      metadata: { kassa_hold: newId(), kassa_hold_till: 'till-2' },
    });
    const setup = await world.stripe.setupIntents.create({
      allowed_payment_method_types: ['card_present'],
      metadata: { kassa_setup: newId(), kassa_till: tillId },
    });
    const since = Date.now() - 60_000;
    // The minute sweep may get there first (it runs as the till connects); either way each is raised once.
    const sweep = async () => {
      await kassa.core.payments.holds.reconcile('default', since);
      await kassa.core.payments.cards.reconcile('default', since);
      await kassa.core.payments.reconciliation.reconcile('stripe', since);
      return kassa.call('alerts.list', {});
    };
    const alerts = await sweep();
    expect(alerts.map((a) => a.kind).sort()).toEqual(['unmatched_hold', 'unmatched_setup']);
    expect(alerts.find((a) => a.kind === 'unmatched_hold')!.message).toContain(stray.id);
    expect(alerts.find((a) => a.kind === 'unmatched_hold')!.message).toContain('€40.00');
    expect(alerts.find((a) => a.kind === 'unmatched_setup')!.message).toContain(setup.id);
    // Once only; and the payments' own reconciliation leaves holds to the holds.
    expect(await sweep()).toHaveLength(2);
  });

  it('a hold and a card saved here raise nothing', async () => {
    const erika = kassa.core.services.customers.create({ name: 'Erika Mustermann' });
    const setup = await kassa.call('cards.saveAtReader', { customerId: erika.id });
    world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
    expect((await kassa.call('cards.setup', { setupId: setup.id })).state).toBe('saved');
    await heldOrder(1, 2_000);
    const since = Date.now() - 60_000;
    expect(await kassa.core.payments.holds.reconcile('default', since)).toBe(0);
    expect(await kassa.core.payments.cards.reconcile('default', since)).toBe(0);
    expect(await kassa.core.payments.reconciliation.reconcile('stripe', since)).toBe(0);
    expect(await kassa.call('alerts.list', {})).toEqual([]);
  });
});
