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

const day = 24 * 60 * 60_000;

async function openOrder(quantity = 1, customerId?: string) {
  return kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: espresso.id, quantity }],
    payments: [],
    ...(customerId ? { customerId } : {}),
  });
}

/** A hold at the reader for an order; the customer taps the card and the till looks at Stripe. */
async function readerHold(orderId: string, amount: number, number = '4242424242424242'): Promise<HoldView> {
  const opened = await kassa.call('holds.openAtReader', { orderId, methodId: stripeMethodId, amount });
  expect(opened).toMatchObject({ state: 'waiting', amount, channel: 'reader' });
  world.sim.control.presentCard(world.reader.id, { number });
  return kassa.call('holds.get', { holdId: opened.id });
}

describe('holds at the reader', () => {
  it('opens a hold, captures part onto the order, and the rest is released', async () => {
    const order = await openOrder(3); // 26.97
    const held = await readerHold(order.id, 5_000);
    expect(held).toMatchObject({ state: 'held', amount: 5_000, cardBrand: 'visa', cardLast4: '4242' });
    expect(held.increaseBlocked).toBeNull();
    // Stripe's capture_before: Visa in person, 5 days.
    expect(held.expiresAt! - held.createdAt).toBeGreaterThan(5 * day - 60_000);
    expect(held.expiresSoon).toBe(false);
    expect((await kassa.call('holds.list', {})).map((h) => h.id)).toEqual([held.id]);

    const captured = await kassa.call('holds.capture', { holdId: held.id, amount: order.total });
    expect(captured).toMatchObject({ state: 'captured', captured: order.total });
    const paid = await kassa.call('orders.get', { orderId: order.id });
    expect(paid).toMatchObject({ status: 'paid', remaining: 0 });
    expect(paid.payments).toEqual([
      expect.objectContaining({ status: 'paid', amount: order.total, cardBrand: 'visa', cardLast4: '4242' }),
    ]);
    const intent = world.sim.control.ledger().paymentIntents.find((p) => p.amount_received > 0);
    expect(intent).toMatchObject({ amount_received: order.total });
    const charge = (await world.stripe.charges.list({ payment_intent: intent!.id })).data[0]!;
    expect(charge).toMatchObject({ amount_captured: order.total, amount_refunded: 5_000 - order.total });
    expect(await kassa.call('holds.list', {})).toEqual([]);
    // Capturing again is a repeat of the same capture, not a second one.
    expect(await kassa.call('holds.capture', { holdId: held.id, amount: order.total })).toMatchObject({
      state: 'captured',
    });
    expect(kassa.core.services.journal.forOrder(order.id)).toHaveLength(1);
  });

  it('two captures of the same hold at the same moment (the cashier and the sweep) record it once', async () => {
    const order = await openOrder(2); // 17.98
    const held = await readerHold(order.id, 3_000);
    const both = await Promise.allSettled([
      kassa.call('holds.capture', { holdId: held.id, amount: order.total }),
      kassa.call('holds.capture', { holdId: held.id, amount: order.total }),
    ]);
    expect(both.some((r) => r.status === 'fulfilled' && r.value.state === 'captured')).toBe(true);
    const paid = await kassa.call('orders.get', { orderId: order.id });
    expect(paid).toMatchObject({ status: 'paid', remaining: 0, paid: order.total });
    expect(paid.payments).toHaveLength(1);
    expect(kassa.core.services.journal.forOrder(order.id)).toHaveLength(1);
  });

  it('refuses to capture more than held or more than the order still owes, and changes nothing', async () => {
    const order = await openOrder(1); // 8.99
    const held = await readerHold(order.id, 2_000);
    const tooMuch = await kassa.fail('holds.capture', { holdId: held.id, amount: 2_001 });
    expect(tooMuch.messageKey).toBe('err.holds.captureMoreThanHeld');
    const moreThanDue = await kassa.fail('holds.capture', { holdId: held.id, amount: 1_500 });
    expect(moreThanDue.messageKey).toBe('err.holds.captureMoreThanDue');
    expect(await kassa.call('holds.get', { holdId: held.id })).toMatchObject({
      state: 'held',
      amount: 2_000,
    });
  });

  it('increases a reader hold, then captures the new amount', async () => {
    const order = await openOrder(6); // 53.94
    const held = await readerHold(order.id, 3_000);
    const notMore = await kassa.fail('holds.increase', { holdId: held.id, amount: 3_000 });
    expect(notMore.messageKey).toBe('err.holds.increaseNotMore');
    const grown = await kassa.call('holds.increase', { holdId: held.id, amount: 6_000 });
    expect(grown).toMatchObject({ state: 'held', amount: 6_000 });
    const captured = await kassa.call('holds.capture', { holdId: held.id, amount: order.total });
    expect(captured).toMatchObject({ state: 'captured', captured: order.total });
  });

  it('a declined card opens no hold, and the till says why', async () => {
    const order = await openOrder(2);
    const opened = await kassa.call('holds.openAtReader', {
      orderId: order.id,
      methodId: stripeMethodId,
      amount: 2_000,
    });
    world.sim.control.presentCard(world.reader.id, { number: '4000000000009995' });
    const failed = await kassa.call('holds.get', { holdId: opened.id });
    expect(failed).toMatchObject({ state: 'failed', failure: 'insufficient_funds' });
    expect(world.sim.control.ledger().paymentIntents[0]).toMatchObject({
      status: 'canceled',
      amount_received: 0,
    });
    expect(await kassa.call('holds.list', {})).toEqual([]);
  });

  it('releases a hold: nothing is taken, the order stays open', async () => {
    const order = await openOrder(1);
    const held = await readerHold(order.id, 2_000);
    const released = await kassa.call('holds.release', { holdId: held.id });
    expect(released).toMatchObject({ state: 'released', captured: null });
    const intent = world.sim.control.ledger().paymentIntents[0]!;
    expect(intent).toMatchObject({ status: 'canceled', amount_received: 0 });
    expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({ status: 'open' });
    const notHeld = await kassa.fail('holds.capture', { holdId: held.id });
    expect(notHeld.messageKey).toBe('err.holds.notHeld');
  });

  it('marks a hold expired when Stripe released it after its capture_before', async () => {
    const order = await openOrder(1);
    const held = await readerHold(order.id, 2_000, '5555555555554444'); // Mastercard in person: 2 days
    expect(held.expiresAt! - held.createdAt).toBeLessThan(2 * day + 60_000);
    world.sim.control.advanceClock(2 * day + 60_000);
    // The till's own clock has not moved; the capture meets Stripe's answer and records the expiry.
    const late = await kassa.call('holds.capture', { holdId: held.id, amount: order.total });
    expect(late).toMatchObject({ state: 'expired', failure: 'expired' });
    expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({ status: 'open', paid: 0 });
  });
});

describe('holds on a card on file', () => {
  it('holds off-session, cannot be increased (online), and captures part', async () => {
    const erika = kassa.core.services.customers.create({ name: 'Erika Mustermann' });
    const setup = await kassa.call('cards.saveAtReader', { customerId: erika.id });
    world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
    const saved = await kassa.call('cards.setup', { setupId: setup.id });
    expect(saved.state).toBe('saved');
    const order = await openOrder(2, erika.id); // 17.98
    const held = await kassa.call('holds.openOnCard', {
      orderId: order.id,
      methodId: stripeMethodId,
      amount: 3_000,
      paymentMethod: saved.card!.paymentMethod,
    });
    expect(held).toMatchObject({
      state: 'held',
      channel: 'card_on_file',
      increaseBlocked: 'err.holds.increaseOnline',
      customer: { id: erika.id },
    });
    // Merchant-initiated on Visa: 4 days 18 hours.
    expect(held.expiresAt! - held.createdAt).toBeLessThan(5 * day);
    const refused = await kassa.fail('holds.increase', { holdId: held.id, amount: 4_000 });
    expect(refused.messageKey).toBe('err.holds.increaseOnline');
    const captured = await kassa.call('holds.capture', { holdId: held.id, amount: 1_000 });
    expect(captured).toMatchObject({ state: 'captured', captured: 1_000 });
    const order2 = await kassa.call('orders.get', { orderId: order.id });
    expect(order2).toMatchObject({ status: 'open', paid: 1_000, remaining: order.total - 1_000 });
  });
});
