import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../support/core.ts';
import {
  accountSettings,
  mercadoPagoTill,
  mercadoPagoWorld,
  mpMethodId,
  orderOnTerminal,
  prepareBrazilTill,
  waitForPayment,
  type MercadoPagoWorld,
} from '../../support/mercadopago.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { Logger } from '../../../src/main/core/logger.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!;
const secret = 'whsec-test-2b7e151628aed2a6abf7158809cf4f3c';
/** Far longer than any test here: whatever updates a payment in time came through a notification. */
const slowPolling = 60_000;

let world: MercadoPagoWorld;
let kassa: ReturnType<typeof mercadoPagoTill>;
let receiverUrl: string;

/**
 * The receiver's log, read by the tests: "notification received" is written as the notification is handed to
 * the core, which acts on it (or, for an order it does not follow, refuses it) on the next turn of the loop.
 */
let received: string[] = [];
const log: Logger = {
  info(event, fields = {}) {
    if (event !== 'Mercado Pago notification received') return;
    const orderId = String(fields.orderId);
    received.push(orderId);
    for (const w of waiting.filter((w) => w.orderId === orderId)) w.done();
    waiting = waiting.filter((w) => w.orderId !== orderId);
  },
  warn() {},
  error() {},
};
let waiting: { orderId: string; done: () => void }[] = [];

/**
 * Resolves once the core has processed a notification about `orderId`: the receiver took it in, and the turn
 * of the event loop on which the core handles it has run. Whatever the notification was going to change
 * (nothing, for an order this till does not follow) has been decided by then.
 */
async function notificationProcessed(orderId: string): Promise<void> {
  if (!received.includes(orderId)) await new Promise<void>((done) => waiting.push({ orderId, done }));
  // The receiver hands the notification over with setImmediate; this one runs after it.
  await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(async () => {
  received = [];
  waiting = [];
  world = await mercadoPagoWorld();
  const dir = await prepareBrazilTill();
  kassa = mercadoPagoTill(world, dir, {
    log,
    pollIntervalMs: slowPolling,
    settings: accountSettings(world, { webhookSecret: secret, receiver: { host: '127.0.0.1', port: 0 } }),
  });
  await kassa.core.payments.ready;
  receiverUrl = kassa.core.payments.mercadoPago()!.receiverUrl!;
  world.sim.control.setWebhook({ url: receiverUrl, secret });
});
afterEach(async () => {
  await kassa.close();
  await world.sim.close();
});

async function paymentOnTerminal() {
  const order = await kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: espresso.id, quantity: 1 }],
    payments: [],
  });
  const started = await kassa.call('payments.start', {
    orderId: order.id,
    methodId: mpMethodId,
    amount: order.total,
    paymentLineId: newId(),
  });
  await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
  return { attemptId: started.attemptId, orderId: await orderOnTerminal(world) };
}

describe('Mercado Pago notifications', () => {
  it('a genuine notification updates the till at once, long before the next poll', async () => {
    const { attemptId, orderId } = await paymentOnTerminal();
    world.sim.control.approve(orderId);
    // The next poll is a minute away, twice the test's time-out: the payment can only succeed by the notification.
    await waitForPayment(kassa, attemptId, (p) => p.state === 'succeeded');
    await world.sim.control.flushNotifications();
    expect(world.sim.control.notificationDeliveries()).toMatchObject([
      { kind: 'genuine', action: 'order.processed', status: 200 },
    ]);
  });

  it('accepts timestamps in milliseconds as well as seconds', async () => {
    world.sim.control.setNotificationTimestamps('ms');
    const { attemptId, orderId } = await paymentOnTerminal();
    world.sim.control.cancelOnTerminal(orderId);
    const canceled = await waitForPayment(kassa, attemptId, (p) => p.state === 'canceled');
    expect(canceled.failure?.message).toBe('The payment was canceled on the terminal.');
  });

  it('forged and stale notifications are refused and change nothing; a genuine one then does', async () => {
    const { attemptId, orderId } = await paymentOnTerminal();
    // Mercado Pago's own notification of the approval gets lost on the way.
    world.sim.control.setWebhook(null);
    world.sim.control.approve(orderId);
    world.sim.control.setWebhook({ url: receiverUrl, secret });
    const forged = await world.sim.control.sendForgedNotification(orderId);
    const stale = await world.sim.control.sendStaleNotification(orderId, { ageSeconds: 3600 });
    // Both were answered, and refused before anything was handed to the core: no notification got through.
    expect([forged.status, stale.status]).toEqual([401, 401]);
    expect(received).toEqual([]);
    expect((await kassa.call('payments.get', { attemptId })).state).toBe('waiting_for_card');

    const genuine = await world.sim.control.sendNotification(orderId, 'order.processed');
    expect(genuine.status).toBe(200);
    await waitForPayment(kassa, attemptId, (p) => p.state === 'succeeded');
    // Mercado Pago delivers again: the duplicate is acknowledged and ignored.
    expect((await world.sim.control.replayLastNotification()).status).toBe(200);
  });

  it('a notification about an order this till does not know changes nothing', async () => {
    const { attemptId } = await paymentOnTerminal();
    const other = await world.client.createOrder(
      {
        type: 'point',
        external_reference: 'other-pos-7',
        transactions: { payments: [{ amount: '3.00' }] },
        config: { point: { terminal_id: 'NEWLAND_N950__SBX0000001' } },
      },
      newId(),
    );
    expect(other.ok).toBe(true);
    if (!other.ok) return;
    world.sim.control.approve(other.value.id);
    await notificationProcessed(other.value.id);
    expect((await kassa.call('payments.get', { attemptId })).state).toBe('waiting_for_card');
    // Not made by Kassa, so reconciliation leaves it alone too.
    expect(await kassa.core.payments.reconciliation.reconcile('mercadopago', 0)).toBe(0);
  });

  it('a paid order made by Kassa that this till has no record of is raised at reconciliation', async () => {
    const lost = await world.client.createOrder(
      {
        type: 'point',
        external_reference: 'kassa-att_0123456789abcdef0123456789abcdef-1',
        transactions: { payments: [{ amount: '12.50' }] },
        config: { point: { terminal_id: 'NEWLAND_N950__SBX0000001' } },
      },
      newId(),
    );
    if (!lost.ok) throw new Error(lost.error.message);
    world.sim.control.approve(lost.value.id);
    await notificationProcessed(lost.value.id);
    expect(await kassa.core.payments.reconciliation.reconcile('mercadopago', 0)).toBe(1);
    const [alert] = await kassa.call('alerts.list', {});
    expect(alert).toMatchObject({ severity: 'critical', kind: 'unmatched_provider_payment' });
    expect(alert?.message).toMatch(/R\$\s12,50 \(paid\)/);
    // Raised once, not at every sweep.
    expect(await kassa.core.payments.reconciliation.reconcile('mercadopago', 0)).toBe(0);
  });
});
