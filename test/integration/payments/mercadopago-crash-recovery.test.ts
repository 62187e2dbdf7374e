import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../support/core.ts';
import { spawnCore, type CoreProcess } from '../../support/core-process.ts';
import { compareWithMercadoPago } from '../../support/mercadopago-ledger.ts';
import {
  counterTerminal,
  mercadoPagoWorld,
  mpMethodId,
  orderOnTerminal,
  prepareBrazilTill,
  type MercadoPagoWorld,
} from '../../support/mercadopago.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { CardPayment } from '../../../src/shared/ipc/payments.ts';
import { waitForPayment } from '../../support/wait-for-payment.ts';

const strawberries = demoProducts.find((p) => p.name === 'Strawberries 500 g')!; // 3.99

let world: MercadoPagoWorld;
beforeAll(async () => {
  world = await mercadoPagoWorld();
});
afterAll(() => world.sim.close());

/** Every core a test started; one a failed test left running is killed after it. */
const cores: CoreProcess[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) {
    if (core.child.exitCode === null && core.child.signalCode === null) await core.kill();
  }
});
async function spawn(dir: string, environment: Record<string, string>): Promise<CoreProcess> {
  const core = await spawnCore(dir, environment);
  cores.push(core);
  return core;
}

const env = (failpoints = '') => ({
  KASSA_DEMO: 'off',
  KASSA_STRIPE_SECRET_KEY: '',
  KASSA_MP_ACCESS_TOKEN: world.sim.accessToken,
  KASSA_MP_API_URL: world.sim.url,
  KASSA_FAILPOINTS: failpoints,
});

/** A restarted core may need a few sweeps to recover the payment. */
const until = (core: CoreProcess, attemptId: string, ok: (p: CardPayment) => boolean) =>
  waitForPayment(core, attemptId, ok, 15_000);

const ordersOf = (attemptId: string) =>
  world.sim.control.ledger().filter((o) => o.externalReference.startsWith(`kassa-${attemptId}-`));

/** Starts a card payment; with a failpoint on its first request the core may die before it answers. */
async function startPayment(core: CoreProcess) {
  const order = await core.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: strawberries.id, quantity: 2 }],
    payments: [],
  });
  const paymentLineId = newId();
  await core.tryCall('payments.start', {
    orderId: order.id,
    methodId: mpMethodId,
    amount: order.total,
    paymentLineId,
  });
  return { order, attemptId: `att_${paymentLineId.replaceAll('-', '')}` };
}

/**
 * Each case kills the core at one point of a Mercado Pago payment, restarts it on the same data folder, and
 * checks that the outcome is the one without the crash: one paid order at Mercado Pago, the sale paid.
 */
// Each case starts Kassa twice in its own process: on a busy two-core machine that alone can take seconds.
describe(
  'a crash mid-payment with Mercado Pago leads to the same outcome as no crash',
  { timeout: 90_000 },
  () => {
    const cases: { name: string; failpoint: string; cardWhile: 'dead' | 'after_restart' }[] = [
      {
        name: 'after the journal write, before the order is created',
        failpoint: 'journal.before_send:create_order_1',
        cardWhile: 'after_restart',
      },
      {
        name: 'after the order is created, before its answer is recorded',
        failpoint: 'journal.after_send:create_order_1',
        cardWhile: 'after_restart',
      },
      {
        name: 'while the order waits at the terminal (approved while Kassa is down)',
        failpoint: '',
        cardWhile: 'dead',
      },
    ];

    for (const c of cases) {
      it(c.name, async () => {
        const dir = await prepareBrazilTill();
        let core = await spawn(dir, env(c.failpoint));
        const { order, attemptId } = await startPayment(core);
        if (c.failpoint === '') {
          await until(core, attemptId, (p) => p.state === 'waiting_for_card');
          await core.kill();
        }
        expect(await core.exited).not.toBe(0); // it really died
        if (c.cardWhile === 'dead') world.sim.control.approve(await orderOnTerminal(world));

        core = await spawn(dir, env());
        if (c.cardWhile === 'after_restart') {
          await until(core, attemptId, (p) => p.state === 'waiting_for_card');
          world.sim.control.approve(await orderOnTerminal(world));
        }
        await until(core, attemptId, (p) => p.state === 'succeeded');
        expect(await core.call('orders.get', { orderId: order.id })).toMatchObject({
          status: 'paid',
          remaining: 0,
        });
        await core.stop();

        expect(ordersOf(attemptId).map((o) => [o.status, o.amountMinor])).toEqual([
          ['processed', order.total],
        ]);
        expect(compareWithMercadoPago(dir, ordersOf(attemptId))).toEqual([]);
      });
    }

    it('after a cancel was sent, before its answer is recorded: the payment ends canceled', async () => {
      const dir = await prepareBrazilTill();
      let core = await spawn(dir, env('journal.after_send:cancel_1'));
      const { order, attemptId } = await startPayment(core);
      await until(core, attemptId, (p) => p.state === 'waiting_for_card');
      await core.tryCall('payments.cancel', { attemptId });
      expect(await core.exited).not.toBe(0);
      core = await spawn(dir, env());
      await until(core, attemptId, (p) => p.state === 'canceled');
      expect((await core.call('orders.get', { orderId: order.id })).status).toBe('open');
      await core.stop();
      expect(ordersOf(attemptId).map((o) => o.status)).toEqual(['canceled']);
      expect(compareWithMercadoPago(dir, ordersOf(attemptId))).toEqual([]);
    });

    it('an order left queued on the terminal by a crash is resolved before the next payment, with no 409 for the cashier', async () => {
      const dir = await prepareBrazilTill();
      let core = await spawn(dir, env('journal.after_send:create_order_1'));
      const { order, attemptId } = await startPayment(core);
      expect(await core.exited).not.toBe(0);
      // The order is on the terminal, and Kassa never learned its id.
      expect(world.sim.control.openOrder(counterTerminal)?.external_reference).toBe(`kassa-${attemptId}-1`);
      // Kassa stays down for a while: at restart the payment is too old to send to a customer who left.
      const db = new Database(join(dir, 'kassa.sqlite3'));
      db.prepare('UPDATE payment_attempts SET created_at = created_at - 3600000 WHERE id = ?').run(attemptId);
      db.close();

      core = await spawn(dir, env());
      // The next customer's sale, at once.
      const nextSale = await core.call('orders.checkout', {
        orderId: newId(),
        lines: [{ productId: strawberries.id, quantity: 1 }],
        payments: [],
      });
      const sendNext = () =>
        core.call('payments.start', {
          orderId: nextSale.id,
          methodId: mpMethodId,
          amount: nextSale.total,
          paymentLineId: newId(),
        });
      const started = await sendNext().catch((error: { kassa?: { code: string } }) => error.kassa);
      // Either the earlier payment was already resolved, or the till is asked to wait a moment: never a 409.
      if (started && 'code' in started) expect(started.code).toBe('terminal_recovering');
      await until(core, attemptId, (p) => p.state === 'canceled');
      expect(ordersOf(attemptId).map((o) => o.status)).toEqual(['canceled']);
      expect((await core.call('orders.get', { orderId: order.id })).status).toBe('open');

      const retried = started && 'attemptId' in started ? started : await sendNext();
      await until(core, retried.attemptId, (p) => p.state === 'waiting_for_card');
      world.sim.control.approve(await orderOnTerminal(world));
      await until(core, retried.attemptId, (p) => p.state === 'succeeded');
      await core.stop();

      const check = new Database(join(dir, 'kassa.sqlite3'), { readonly: true });
      const conflicts = check
        .prepare(
          `SELECT count(*) FROM provider_requests WHERE error_code = 'already_queued_order_for_terminal'`,
        )
        .pluck()
        .get();
      check.close();
      expect(conflicts).toBe(0);
      const mine = world.sim.control
        .ledger()
        .filter(
          (o) => o.externalReference.includes(attemptId) || o.externalReference.includes(retried.attemptId),
        );
      expect(compareWithMercadoPago(dir, mine)).toEqual([]);
    });
  },
);
