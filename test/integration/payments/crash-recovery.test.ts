import { describe, expect, it } from 'vitest';
import { newId, tempDir, testCore } from '../../support/core.ts';
import { spawnCore, type CoreProcess } from '../../support/core-process.ts';
import { compareWithStripe } from '../../support/ledger-check.ts';
import { prepareStripeTill, stripeMethodId } from '../../support/stripe.ts';
import type { StripeWorld } from '../../support/stripe-each-test.ts';
import { stripeWorldForCrashTests } from '../../support/stripe-crash-world.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { CardPayment } from '../../../src/shared/ipc/payments.ts';
import { waitForPayment } from '../../support/wait-for-payment.ts';

const pretzel = demoProducts.find((p) => p.name === 'Strawberries 500 g')!; // 3.99

let world: StripeWorld;
const env = stripeWorldForCrashTests((started) => (world = started));

const prepareTill = () => prepareStripeTill(world, tempDir('kassa-crash-'));

/** A restarted core may need a few sweeps to recover the payment. */
const until = (core: CoreProcess, attemptId: string, ok: (p: CardPayment) => boolean) =>
  waitForPayment(core, attemptId, ok, 15_000);

const presentCard = () => world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });

/**
 * Each case kills the core at one point of the payment, restarts it on the same data folder, and checks
 * that the result is what it would have been without the crash: one captured payment, the order paid.
 */
// Each case starts Kassa twice in its own process: on a busy two-core machine that alone can take seconds.
describe('a crash mid-payment leads to the same outcome as no crash', { timeout: 90_000 }, () => {
  const cases: { name: string; failpoint: string; cardWhile: 'before_crash' | 'dead' | 'after_restart' }[] = [
    {
      name: 'after the journal write, before the PaymentIntent is created',
      failpoint: 'journal.before_send:create_intent',
      cardWhile: 'after_restart',
    },
    {
      name: 'after the PaymentIntent is created, before its answer is recorded',
      failpoint: 'journal.after_send:create_intent',
      cardWhile: 'after_restart',
    },
    {
      name: 'after the reader took the payment, before that answer is recorded',
      failpoint: 'journal.after_send:process_1',
      cardWhile: 'dead',
    },
    {
      name: 'while waiting for the card (the card is tapped while Kassa is down)',
      failpoint: '',
      cardWhile: 'dead',
    },
    {
      name: 'after the authorization, before the capture is sent',
      failpoint: 'journal.before_send:capture',
      cardWhile: 'before_crash',
    },
    {
      name: 'after the capture, before its answer is recorded',
      failpoint: 'journal.after_send:capture',
      cardWhile: 'before_crash',
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const dir = await prepareTill();
      let core = await spawnCore(dir, env(c.failpoint));
      const order = await core.call('orders.checkout', {
        orderId: newId(),
        lines: [{ productId: pretzel.id, quantity: 2 }],
        payments: [],
      });
      const paymentLineId = newId();
      // With a failpoint on the first request the core may die before its answer leaves: the till would
      // then see no answer, and the attempt id is derived from the line id it chose.
      await core.tryCall('payments.start', {
        orderId: order.id,
        methodId: stripeMethodId,
        amount: order.total,
        paymentLineId,
      });
      const started = { attemptId: `att_${paymentLineId.replaceAll('-', '')}` };

      if (c.cardWhile === 'before_crash') {
        await until(core, started.attemptId, (p) => p.state === 'waiting_for_card');
        presentCard();
      } else if (c.failpoint === '') {
        await until(core, started.attemptId, (p) => p.state === 'waiting_for_card');
        await core.kill();
      }
      const code = await core.exited;
      expect(code).not.toBe(0); // it really died
      if (c.cardWhile === 'dead') {
        await expect
          .poll(() => world.sim.control.readers().find((r) => r.id === world.reader.id)?.action?.status)
          .toBe('in_progress');
        presentCard();
      }

      core = await spawnCore(dir, env());
      if (c.cardWhile === 'after_restart') {
        await until(core, started.attemptId, (p) => p.state === 'waiting_for_card');
        presentCard();
      }
      const done = await until(core, started.attemptId, (p) => p.state === 'succeeded');
      expect(done.card?.last4).toBe('4242');
      const paid = await core.call('orders.get', { orderId: order.id });
      expect(paid).toMatchObject({ status: 'paid', number: 1, remaining: 0 });
      await core.stop();

      const mine = world.sim.control
        .ledger()
        .paymentIntents.filter((pi) => pi.metadata.kassa_order === order.id);
      expect(mine.map((pi) => [pi.status, pi.amount_received])).toEqual([['succeeded', order.total]]);
      expect(compareWithStripe(dir, { ...world.sim.control.ledger(), paymentIntents: mine })).toEqual([]);
    });
  }

  it('a payment abandoned before it reached the terminal is canceled at restart, not sent late', async () => {
    const dir = await prepareTill();
    let now = Date.now();
    const kassa = testCore(dir, () => now);
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: pretzel.id, quantity: 1 }],
      payments: [],
    });
    // The journal entry is written, then the power goes: simulate by writing it as the orchestrator would.
    kassa.core.payments.orchestrator.stop();
    kassa.core.db
      .exec(`INSERT INTO payment_lines (id, order_id, method_id, method_name, journal, amount, status, created_at,
        outstanding_account, outstanding_default, intermediary_account, intermediary_default)
      VALUES ('line-x', '${order.id}', '${stripeMethodId}', 'Card (Stripe)', 'bank', ${order.total}, 'pending', ${now},
        '1360', 1, '1361', 1)`);
    kassa.core.db
      .exec(`INSERT INTO payment_attempts (id, order_id, payment_line_id, method_id, provider, terminal_ref, amount, currency, state, created_at, updated_at)
      VALUES ('att_stale', '${order.id}', 'line-x', '${stripeMethodId}', 'stripe', '${world.reader.serial_number}', ${order.total}, 'EUR', 'sending', ${now - 3_600_000}, ${now})`);
    await kassa.close();
    now = Date.now();
    const core = await spawnCore(dir, env());
    const settled = await until(core, 'att_stale', (p) => p.state === 'canceled');
    expect(settled.state).toBe('canceled');
    const after = await core.call('orders.get', { orderId: order.id });
    expect(after.status).toBe('open');
    await core.stop();
    const mine = world.sim.control
      .ledger()
      .paymentIntents.filter((pi) => pi.metadata.kassa_order === order.id);
    expect(mine.every((pi) => pi.status === 'canceled')).toBe(true);
  });
});
