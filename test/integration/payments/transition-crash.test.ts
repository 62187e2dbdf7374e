import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId, tempDir } from '../../support/core.ts';
import { spawnCore, type CoreProcess } from '../../support/core-process.ts';
import { compareWithStripe } from '../../support/ledger-check.ts';
import { prepareStripeTill, stripeMethodId, stripeWorld } from '../../support/stripe.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { CardPayment } from '../../../src/shared/ipc/payments.ts';
import type { TransitionCrashPoint } from '../../../src/main/core/payments/crash-points.ts';
import { waitForPayment } from '../../support/wait-for-payment.ts';

const strawberries = demoProducts.find((p) => p.name === 'Strawberries 500 g')!; // 3.99

let world: Awaited<ReturnType<typeof stripeWorld>>;
beforeAll(async () => {
  world = await stripeWorld();
});
afterAll(() => world.sim.close());

/** Every core a test started; one a failed test left running is killed after it. */
const cores: CoreProcess[] = [];
afterEach(async () => {
  world.sim.control.clearFaults();
  for (const core of cores.splice(0)) {
    if (core.child.exitCode === null && core.child.signalCode === null) await core.kill();
  }
});
async function spawn(dir: string, failpoint: TransitionCrashPoint | '' = ''): Promise<CoreProcess> {
  const core = await spawnCore(dir, {
    KASSA_STRIPE_SECRET_KEY: world.sim.secretKey,
    KASSA_STRIPE_API_URL: world.sim.url,
    KASSA_FAILPOINTS: failpoint,
  });
  cores.push(core);
  return core;
}

const until = (core: CoreProcess, attemptId: string, ok: (p: CardPayment) => boolean) =>
  waitForPayment(core, attemptId, ok, 15_000);
const presentCard = (number = '4242424242424242') =>
  world.sim.control.presentCard(world.reader.id, { number });

async function startPayment(core: CoreProcess) {
  const order = await core.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: strawberries.id, quantity: 2 }],
    payments: [],
  });
  const started = await core.call('payments.start', {
    orderId: order.id,
    methodId: stripeMethodId,
    amount: order.total,
    paymentLineId: newId(),
  });
  return { order, attemptId: started.attemptId, lineId: started.paymentLineId };
}

function auditCount(dir: string, action: string): number {
  const db = new Database(join(dir, 'kassa.sqlite3'), { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action) as number;
  } finally {
    db.close();
  }
}

function stateOnDisk(dir: string, orderId: string, attemptId: string) {
  const db = new Database(join(dir, 'kassa.sqlite3'), { readonly: true });
  try {
    const order = db.prepare('SELECT status, paid FROM orders WHERE id = ?').get(orderId) as {
      status: string;
      paid: number;
    };
    const line = db
      .prepare(
        'SELECT l.status, l.reconcile FROM payment_lines l JOIN payment_attempts a ON a.payment_line_id = l.id WHERE a.id = ?',
      )
      .get(attemptId) as { status: string; reconcile: number };
    const attempt = db.prepare('SELECT state, forced FROM payment_attempts WHERE id = ?').get(attemptId) as {
      state: string;
      forced: number;
    };
    return { order, line, attempt };
  } finally {
    db.close();
  }
}

const mineAtStripe = (orderId: string) =>
  world.sim.control.ledger().paymentIntents.filter((pi) => pi.metadata.kassa_order === orderId);

async function expectBooksAgree(dir: string, orderId: string) {
  const ledger = world.sim.control.ledger();
  expect(compareWithStripe(dir, { ...ledger, paymentIntents: mineAtStripe(orderId) })).toEqual([]);
}

/**
 * A transition and its effects on the order commit together: killed between two of its writes, Kassa keeps
 * none of them, and after a restart the same outcome is reached as without the crash.
 */
// Each case starts Kassa twice in its own process: on a busy two-core machine that alone can take seconds.
describe('a crash inside a payment transition leaves all of it or none of it', { timeout: 90_000 }, () => {
  it('between the attempt turning succeeded and its line being paid: the restart pays the order once', async () => {
    const dir = await prepareStripeTill(world, tempDir('kassa-tx-crash-'));
    let core = await spawn(dir, 'payments.succeeded:after_attempt');
    const { order, attemptId } = await startPayment(core);
    await until(core, attemptId, (p) => p.state === 'waiting_for_card');
    presentCard();
    expect(await core.exited).not.toBe(0);
    const killed = stateOnDisk(dir, order.id, attemptId);
    expect(killed.attempt.state).not.toBe('succeeded'); // the half-done transition did not reach the disk
    expect(killed).toMatchObject({ line: { status: 'pending' }, order: { status: 'open', paid: 0 } });

    core = await spawn(dir);
    await until(core, attemptId, (p) => p.state === 'succeeded');
    expect(await core.call('orders.get', { orderId: order.id })).toMatchObject({
      status: 'paid',
      paid: order.total,
      remaining: 0,
    });
    await core.stop();
    expect(mineAtStripe(order.id).map((pi) => [pi.status, pi.amount_received])).toEqual([
      ['succeeded', order.total],
    ]);
    await expectBooksAgree(dir, order.id);
  });

  it('between a declined attempt and its line failing: after the restart the line is failed and a retry pays', async () => {
    const dir = await prepareStripeTill(world, tempDir('kassa-tx-crash-'));
    let core = await spawn(dir, 'payments.failed:after_attempt');
    const { order, attemptId } = await startPayment(core);
    await until(core, attemptId, (p) => p.state === 'waiting_for_card');
    presentCard('4000000000000002');
    expect(await core.exited).not.toBe(0);
    expect(stateOnDisk(dir, order.id, attemptId)).toMatchObject({
      attempt: { state: 'waiting_for_card' },
      line: { status: 'pending' },
    });

    core = await spawn(dir);
    const declined = await until(core, attemptId, (p) => p.state === 'declined');
    expect(declined.actions.retry).toBe(true);
    const afterDecline = await core.call('orders.get', { orderId: order.id });
    expect(afterDecline).toMatchObject({ status: 'open', paid: 0 });
    expect(afterDecline.payments[0]!.status).toBe('failed');
    await core.call('payments.retry', { attemptId });
    await until(core, attemptId, (p) => p.state === 'waiting_for_card');
    presentCard();
    await until(core, attemptId, (p) => p.state === 'succeeded');
    expect(await core.call('orders.get', { orderId: order.id })).toMatchObject({ status: 'paid' });
    await core.stop();
    await expectBooksAgree(dir, order.id);
  });

  it('between a retry reopening the line and the attempt being sent again: neither happened', async () => {
    const dir = await prepareStripeTill(world, tempDir('kassa-tx-crash-'));
    let core = await spawn(dir, 'payments.retry:after_line');
    const { order, attemptId } = await startPayment(core);
    await until(core, attemptId, (p) => p.state === 'waiting_for_card');
    presentCard('4000000000000002');
    await until(core, attemptId, (p) => p.state === 'declined');
    await core.tryCall('payments.retry', { attemptId });
    expect(await core.exited).not.toBe(0);
    expect(stateOnDisk(dir, order.id, attemptId)).toMatchObject({
      attempt: { state: 'declined' },
      line: { status: 'failed' },
    });

    core = await spawn(dir);
    await core.call('payments.retry', { attemptId });
    await until(core, attemptId, (p) => p.state === 'waiting_for_card');
    presentCard();
    await until(core, attemptId, (p) => p.state === 'succeeded');
    expect(await core.call('orders.get', { orderId: order.id })).toMatchObject({ status: 'paid' });
    await core.stop();
    await expectBooksAgree(dir, order.id);
  });

  for (const point of ['payments.force_done:after_attempt', 'payments.force_done:after_line'] as const) {
    it(`inside force done (${point}): nothing is forced, and the payment still settles with Stripe`, async () => {
      const dir = await prepareStripeTill(world, tempDir('kassa-tx-crash-'));
      let core = await spawn(dir, point);
      const { order, attemptId } = await startPayment(core);
      await until(core, attemptId, (p) => p.state === 'waiting_for_card');
      world.sim.control.injectFault({ kind: 'drop_connection', match: { method: 'GET' } });
      await until(core, attemptId, (p) => p.actions.forceDone);
      await core.tryCall('payments.forceDone', { attemptId, managerPin: '1234' });
      expect(await core.exited).not.toBe(0);
      const killed = stateOnDisk(dir, order.id, attemptId);
      expect(killed).toMatchObject({
        attempt: { forced: 0 },
        line: { status: 'pending', reconcile: 0 },
        order: { status: 'open', paid: 0 },
      });
      expect(auditCount(dir, 'payment.force_done')).toBe(0);

      world.sim.control.clearFaults();
      core = await spawn(dir);
      presentCard();
      await until(core, attemptId, (p) => p.state === 'succeeded');
      expect(await core.call('orders.get', { orderId: order.id })).toMatchObject({ status: 'paid' });
      await core.stop();
      await expectBooksAgree(dir, order.id);
    });
  }

  it('between a forced payment being confirmed and its audit entry: confirmed once, audited once', async () => {
    const dir = await prepareStripeTill(world, tempDir('kassa-tx-crash-'));
    let core = await spawn(dir, 'payments.force_done_confirmed:after_line');
    const { order, attemptId } = await startPayment(core);
    await until(core, attemptId, (p) => p.state === 'waiting_for_card');
    world.sim.control.injectFault({ kind: 'drop_connection', match: { method: 'GET' } });
    await until(core, attemptId, (p) => p.actions.forceDone);
    await core.call('payments.forceDone', { attemptId, managerPin: '1234' });
    presentCard();
    world.sim.control.clearFaults();
    await core.tryCall('payments.checkAgain', { attemptId });
    expect(await core.exited).not.toBe(0);
    // The force done stands; its confirmation did not reach the disk.
    const killed = stateOnDisk(dir, order.id, attemptId);
    expect(killed.attempt.state).not.toBe('succeeded');
    expect(killed).toMatchObject({
      attempt: { forced: 1 },
      line: { status: 'paid', reconcile: 1 },
      order: { status: 'paid' },
    });
    expect(auditCount(dir, 'payment.force_done_confirmed')).toBe(0);

    core = await spawn(dir);
    const confirmed = await until(core, attemptId, (p) => p.state === 'succeeded');
    expect(confirmed.forced).toBe(false);
    const paid = await core.call('orders.get', { orderId: order.id });
    expect(paid.payments[0]).toMatchObject({ status: 'paid', needsReconciliation: false, cardLast4: '4242' });
    await core.stop();
    expect(auditCount(dir, 'payment.force_done_confirmed')).toBe(1);
    await expectBooksAgree(dir, order.id);
  });

  it('between a refund being recorded and its audit entry: refunded once, audited once', async () => {
    const dir = await prepareStripeTill(world, tempDir('kassa-tx-crash-'));
    let core = await spawn(dir, 'refunds.finished:after_refund');
    const { order, attemptId, lineId } = await startPayment(core);
    await until(core, attemptId, (p) => p.state === 'waiting_for_card');
    presentCard();
    await until(core, attemptId, (p) => p.state === 'succeeded');
    const refundId = newId();
    await core.tryCall('payments.refund', {
      refundId,
      orderId: order.id,
      paymentLineId: lineId,
      amount: 100,
      reason: 'requested_by_customer',
      managerPin: '1234',
    });
    expect(await core.exited).not.toBe(0);
    expect(auditCount(dir, 'refund.succeeded')).toBe(0);

    core = await spawn(dir);
    await expect
      .poll(async () => (await core.call('payments.refundsForOrder', { orderId: order.id }))[0]?.state, {
        timeout: 15_000,
      })
      .toBe('succeeded');
    await core.stop();
    expect(auditCount(dir, 'refund.succeeded')).toBe(1);
    const [intent] = mineAtStripe(order.id);
    expect(world.sim.control.ledger().refunds.filter((r) => r.payment_intent === intent!.id)).toEqual([
      expect.objectContaining({ amount: 100, kind: 'refund' }),
    ]);
    await expectBooksAgree(dir, order.id);
  });
});
