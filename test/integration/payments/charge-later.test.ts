/**
 * Charging a card on file later (the till's "Charge later"): main refuses a time that has passed and a card that
 * is not the customer's in words, and writes nothing; a time in the future makes one waiting task.
 */
import { describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { errorText } from '../../../src/shared/i18n/errors.ts';
import { newId } from '../../support/core.ts';
import {
  freshStripeTillEachTest,
  type StripeTill,
  type StripeWorld,
} from '../../support/stripe-each-test.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!; // 8.99
const hour = 60 * 60_000;

let world: StripeWorld;
let kassa: StripeTill;
freshStripeTillEachTest((fresh) => ({ world, kassa } = fresh));

async function savedCard(customerId: string): Promise<string> {
  const setup = await kassa.call('cards.saveAtReader', { customerId });
  world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
  for (let i = 0; ; i++) {
    const now = await kassa.call('cards.setup', { setupId: setup.id });
    if (now.state === 'saved') return now.card!.paymentMethod;
    if (i > 200) throw new Error(`the card was not saved: ${now.state} ${now.failure}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const tasks = () => kassa.core.db.prepare('SELECT count(*) FROM autopilot_tasks').pluck().get();

describe('charge later', () => {
  it('refuses a passed time or another customer’s card in words, then schedules one in the future', async () => {
    const erika = kassa.core.services.customers.create({ name: 'Erika Mustermann' });
    const lena = kassa.core.services.customers.create({ name: 'Lena Vogel' });
    const paymentMethod = await savedCard(erika.id);
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 1 }],
      payments: [],
      customerId: erika.id,
    });
    const ask = { orderId: order.id, paymentMethod, amount: order.total };

    const passed = await kassa.fail('autopilot.scheduleCharge', { ...ask, dueAt: Date.now() - hour });
    expect(passed.field).toBe('dueAt');
    expect(errorText(passed)).toBe('That time has already passed. Choose a date and time in the future.');

    const lenasOrder = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 1 }],
      payments: [],
      customerId: lena.id,
    });
    const other = await kassa.fail('autopilot.scheduleCharge', {
      ...ask,
      orderId: lenasOrder.id,
      dueAt: Date.now() + hour,
    });
    expect(other.messageKey).toBe('err.offsession.otherCustomer');
    expect(tasks()).toBe(0);

    const task = await kassa.call('autopilot.scheduleCharge', { ...ask, dueAt: Date.now() + hour });
    expect(task).toMatchObject({ kind: 'charge_card', status: 'pending', amount: 899, orderId: order.id });
    expect(tasks()).toBe(1);
  });
});
