import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { newId, tempDir } from '../../support/core.ts';
import { stripeMethodId, stripeTill, stripeWorld } from '../../support/stripe.ts';
import type { AutopilotRules } from '../../../src/shared/payments/autopilot-rules.ts';
import type { AutopilotTaskView } from '../../../src/shared/ipc/autopilot.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!; // 8.99
const hour = 60 * 60_000;

const captureRules: AutopilotRules = {
  holdsBeforeExpiry: { enabled: true, action: 'capture', hoursBefore: 6 },
  retryFailedCaptures: { enabled: true, maxAttempts: 5 },
  releaseValidationHolds: { enabled: false, afterMinutes: 10 },
};

type World = Awaited<ReturnType<typeof stripeWorld>>;
let world: World;
// Kassa's clock and the simulator's move together: both run `offset` ahead of the wall clock.
let offset = 0;
const now = () => Date.now() + offset;
beforeEach(async () => {
  world = await stripeWorld();
  offset = 0;
});
afterEach(async () => {
  await world.sim.close();
});

const till = (dataDir = tempDir()) => stripeTill(world, dataDir, { now });
type Till = ReturnType<typeof till>;

async function heldHold(kassa: Till, quantity = 1, amount = 5_000) {
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
  return { order, hold };
}

/** Both clocks move on by `ms` (the shop is closed, or the test does not wait hours). */
function timePasses(ms: number) {
  offset += ms;
  world.sim.control.advanceClock(ms);
}

async function until<T>(read: () => T | Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`never reached: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the payment autopilot', () => {
  it('captures a hold 6 h before it expires although Kassa was closed over the due time, once, before new card payments', async () => {
    const dataDir = tempDir();
    const first = till(dataDir);
    await first.core.payments.ready;
    first.core.payments.autopilot.saveRules(captureRules, 'Owner');
    const { order, hold } = await heldHold(first, 2); // 17.98 owed, 50.00 held
    const [task] = first.core.payments.autopilot.forOrder(order.id);
    expect(task).toMatchObject({
      kind: 'capture_hold',
      status: 'pending',
      dueAt: hold.expiresAt! - 6 * hour,
    });
    // The dry run shows it once it falls within 24 hours.
    expect(first.core.payments.autopilot.preview()).toEqual([]);
    timePasses(hold.expiresAt! - now() - 20 * hour);
    expect(first.core.payments.autopilot.preview()).toEqual([
      expect.objectContaining({ overdue: false, task: expect.objectContaining({ id: task!.id }) }),
    ]);
    await first.close();

    // Kassa is closed over the due time: the hold now expires in 2 hours.
    timePasses(18 * hour);
    const second = till(dataDir);
    try {
      // `ready` (which every new card payment waits for) resolves only after the overdue task ran.
      await second.core.payments.ready;
      const done = second.core.payments.autopilot.forOrder(order.id);
      expect(done).toEqual([
        expect.objectContaining({ id: task!.id, status: 'done', outcome: 'captured', attempts: 1 }),
      ]);
      expect(await second.call('holds.get', { holdId: hold.id })).toMatchObject({
        state: 'captured',
        captured: order.total,
      });
      const stored = await second.call('orders.get', { orderId: order.id });
      expect(stored).toMatchObject({ status: 'paid', remaining: 0 });
      expect(stored.payments.filter((p) => p.status === 'paid')).toHaveLength(1);
      // Stripe captured once what the order owed; the rest went back to the card.
      const intent = world.sim.control.ledger().paymentIntents.find((p) => p.id.length > 0)!;
      expect(intent).toMatchObject({ status: 'succeeded', amount_received: order.total });
      // The outcome is posted to the order's audit.
      const audit = second.core.services.audit
        .list(50)
        .entries.filter((e) => e.action === 'autopilot.capture_hold');
      expect(audit).toEqual([expect.objectContaining({ subject: order.id })]);
      // Another pass has nothing to do.
      expect(await second.core.payments.autopilot.pass()).toBe(0);
    } finally {
      await second.close();
    }
  });

  it('runs a task at its due time while Kassa is open, and releases a hold when the order owes nothing', async () => {
    const kassa = till();
    try {
      await kassa.core.payments.ready;
      kassa.core.payments.autopilot.saveRules(captureRules, 'Owner');
      const { order, hold } = await heldHold(kassa, 1, 2_000);
      await kassa.call('orders.addPayment', {
        orderId: order.id,
        payment: { id: newId(), methodId: 'cash', amount: order.total },
      });
      // The due time comes while Kassa runs: the scheduler takes it within a second, without a call.
      timePasses(hold.expiresAt! - now() - 6 * hour + 1);
      const [task] = await until(
        () => kassa.core.payments.autopilot.forOrder(order.id),
        (tasks) => tasks[0]?.status === 'done',
      );
      expect(task).toMatchObject({ outcome: 'released' });
      expect(await kassa.call('holds.get', { holdId: hold.id })).toMatchObject({ state: 'released' });
    } finally {
      await kassa.close();
    }
  });

  it('cancels the task of a hold captured by hand, and of a rule switched off', async () => {
    const kassa = till();
    try {
      await kassa.core.payments.ready;
      const autopilot = kassa.core.payments.autopilot;
      autopilot.saveRules(captureRules, 'Owner');
      const a = await heldHold(kassa);
      const b = await heldHold(kassa);
      await kassa.call('holds.capture', { holdId: a.hold.id, amount: a.order.total });
      expect(autopilot.forOrder(a.order.id)).toEqual([
        expect.objectContaining({ status: 'canceled', outcome: 'hold_captured' }),
      ]);
      autopilot.saveRules(
        { ...captureRules, holdsBeforeExpiry: { ...captureRules.holdsBeforeExpiry, enabled: false } },
        'Owner',
      );
      expect(autopilot.forOrder(b.order.id)).toEqual([expect.objectContaining({ status: 'canceled' })]);
      const saved = kassa.core.services.audit
        .list(50)
        .entries.filter((e) => e.action === 'settings.autopilot_saved');
      expect(saved).toHaveLength(2);
    } finally {
      await kassa.close();
    }
  });

  it('tries a capture again with growing pauses while Stripe fails, then captures once', async () => {
    const kassa = till();
    try {
      await kassa.core.payments.ready;
      const autopilot = kassa.core.payments.autopilot;
      autopilot.saveRules(captureRules, 'Owner');
      const { order, hold } = await heldHold(kassa);
      world.sim.control.injectFault({ kind: 'http_500', match: { path: /capture$/ }, times: 2 });
      timePasses(hold.expiresAt! - now() - 6 * hour + 1);
      // Each failed attempt is followed by a longer pause: 30 s, then 60 s.
      for (const pause of [30_000, 60_000]) {
        const attempts = autopilot.forOrder(order.id)[0]!.attempts;
        const retried = await until(
          () => autopilot.forOrder(order.id)[0]!,
          (t: AutopilotTaskView) => t.attempts > attempts && t.status === 'pending',
        );
        expect(retried.lastError).toBe('api_error');
        expect(retried.dueAt - now()).toBeGreaterThan(pause - 5_000);
        expect(retried.dueAt - now()).toBeLessThanOrEqual(pause);
        timePasses(pause);
      }
      const done = await until(
        () => autopilot.forOrder(order.id)[0]!,
        (t: AutopilotTaskView) => t.status === 'done',
      );
      expect(done).toMatchObject({ outcome: 'captured' });
      const intents = world.sim.control.ledger().paymentIntents;
      expect(intents.filter((p) => p.status === 'succeeded')).toHaveLength(1);
    } finally {
      await kassa.close();
    }
  });
});

describe('a later charge by the autopilot', () => {
  it('charges the card on file at its due time, once, and the order is paid', async () => {
    const kassa = till();
    try {
      await kassa.core.payments.ready;
      const customer = kassa.core.services.customers.create({ name: 'Erika Mustermann' });
      const setup = await kassa.call('cards.saveAtReader', { customerId: customer.id });
      world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
      const saved = await until(
        () => kassa.call('cards.setup', { setupId: setup.id }),
        (s) => s.state === 'saved',
      );
      const order = await kassa.call('orders.checkout', {
        orderId: newId(),
        lines: [{ productId: espresso.id, quantity: 1 }],
        payments: [],
        customerId: customer.id,
      });
      const task = await kassa.call('autopilot.scheduleCharge', {
        orderId: order.id,
        paymentMethod: saved.card!.paymentMethod,
        amount: order.total,
        dueAt: now() + hour,
      });
      expect(task).toMatchObject({ kind: 'charge_card', status: 'pending' });
      timePasses(hour);
      const done = await until(
        () => kassa.core.payments.autopilot.forOrder(order.id)[0]!,
        (t: AutopilotTaskView) => t.status === 'done' || t.status === 'failed',
      );
      expect(done).toMatchObject({ status: 'done', outcome: 'charged', attempts: 1 });
      expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({ status: 'paid' });
    } finally {
      await kassa.close();
    }
  });
});
