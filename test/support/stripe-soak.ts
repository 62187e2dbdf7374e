import { newId, tempDir, testCore } from './core.ts';
import { spawnCore, type CoreProcess } from './core-process.ts';
import { compareWithStripe } from './ledger-check.ts';
import { stripeMethodId, stripeWorld } from './stripe.ts';
import { seededRandom } from '../../src/sim/rng.ts';
import type { CardPayment } from '../../src/shared/ipc/payments.ts';

export interface SoakResult {
  payments: number;
  kills: number;
  mismatches: string[];
  seconds: number;
}

const faultKinds = ['http_500', 'http_429', 'drop_connection', 'lost_response', 'latency'] as const;

/**
 * The fault soak: card payments through a core running in its own process, with `faultRate` of all
 * provider requests failing (spread over 5xx, 429, dropped connections, lost answers and slow answers) and
 * the core SIGKILLed at random moments. At the end Kassa's books and Stripe's must agree exactly.
 */
export async function runStripeSoak(
  options: { payments?: number; faultRate?: number; killRate?: number; seed?: number } = {},
): Promise<SoakResult> {
  const total = options.payments ?? 300;
  const random = seededRandom(options.seed ?? 2026);
  const started = performance.now();
  const world = await stripeWorld({ seed: options.seed ?? 2026 });
  const dir = tempDir('kassa-soak-');
  const setup = testCore(dir);
  setup.core.services.db
    .prepare(
      `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, position) VALUES (?, 'Card (Stripe)', 'bank', 'stripe', ?, 5)`,
    )
    .run(stripeMethodId, world.reader.serial_number);
  await setup.close();
  const env = {
    KASSA_STRIPE_SECRET_KEY: world.sim.secretKey,
    KASSA_STRIPE_API_URL: world.sim.url,
    KASSA_POLL_MS: '25',
    KASSA_SWEEP_MS: '300',
  };

  let core: CoreProcess = await spawnCore(dir, env);
  let kills = 0;
  const mismatches: string[] = [];
  const rate = options.faultRate ?? 0.2;
  for (const kind of faultKinds) {
    world.sim.control.injectFault({
      kind,
      probability: rate / faultKinds.length,
      ...(kind === 'latency' ? { ms: 150 } : {}),
    });
  }

  /** Calls the core, restarting it if it was killed, until the call is answered. */
  async function call<T>(fn: (c: CoreProcess) => Promise<T>): Promise<T> {
    for (let i = 0; ; i++) {
      try {
        return await fn(core);
      } catch (error) {
        // A cashier waits while Kassa finishes the previous payment on the reader.
        const code = (error as { kassa?: { code: string } }).kassa?.code;
        if (code === 'terminal_recovering' && i < 600) {
          await sleep(50);
          continue;
        }
        if (code !== undefined) throw error;
        if (core.child.exitCode === null && core.child.signalCode === null && i < 50) {
          await sleep(20);
          continue;
        }
        if (core.child.exitCode === null && core.child.signalCode === null) throw error;
        core = await spawnCore(dir, env);
      }
    }
  }
  const maybeKill = async () => {
    if (random() < (options.killRate ?? 0.04)) {
      await core.kill();
      kills++;
      core = await spawnCore(dir, env);
    }
  };
  async function until(attemptId: string, ok: (p: CardPayment) => boolean): Promise<CardPayment | null> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const p = await call((c) => c.call('payments.get', { attemptId }));
      if (ok(p)) return p;
      await sleep(15);
    }
    return null;
  }
  const present = async (number: string) => {
    for (let i = 0; i < 1000; i++) {
      const reader = world.sim.control.readers().find((r) => r.id === world.reader.id);
      if (reader?.action?.status === 'in_progress') {
        world.sim.control.presentCard(world.reader.id, { number });
        return;
      }
      await sleep(10);
    }
    throw new Error('the reader never asked for a card');
  };

  for (let i = 0; i < total; i++) {
    const order = await call((c) =>
      c.call('orders.checkout', {
        orderId: newId(),
        lines: [{ productId: 1 + (i % 60), quantity: 1 + (i % 3) }],
        payments: [],
      }),
    );
    const paymentLineId = newId();
    const attemptId = `att_${paymentLineId.replaceAll('-', '')}`;
    await call((c) =>
      c.call('payments.start', {
        orderId: order.id,
        methodId: stripeMethodId,
        amount: order.total,
        paymentLineId,
      }),
    );
    await maybeKill();
    const roll = random();
    if (!(await until(attemptId, (p) => p.state === 'waiting_for_card' || p.state === 'failed'))) {
      mismatches.push(`payment ${i} never reached the reader`);
      continue;
    }
    if (roll < 0.05) {
      await call((c) => c.call('payments.cancel', { attemptId }));
      if (!(await until(attemptId, (p) => p.state === 'canceled' || p.state === 'succeeded')))
        mismatches.push(`payment ${i} did not cancel`);
      continue;
    }
    if (roll < 0.15) {
      await present('4000000000000002');
      await maybeKill();
      if (!(await until(attemptId, (p) => p.state === 'declined'))) {
        mismatches.push(`payment ${i} was not declined`);
        continue;
      }
      await call((c) => c.call('payments.retry', { attemptId }));
      if (!(await until(attemptId, (p) => p.state === 'waiting_for_card'))) {
        mismatches.push(`payment ${i} retry never reached the reader`);
        continue;
      }
    }
    await present('4242424242424242');
    await maybeKill();
    if (!(await until(attemptId, (p) => p.state === 'succeeded')))
      mismatches.push(`payment ${i} never succeeded`);
  }

  world.sim.control.clearFaults();
  // Let recovery settle anything a last kill left open, then compare the books.
  await call(async (c) => {
    for (let i = 0; i < 200; i++) {
      const open = await c.call('orders.search', { status: 'open', limit: 200 });
      const pending = (
        await Promise.all(open.orders.map((o) => c.call('payments.forOrder', { orderId: o.id })))
      ).flat();
      if (pending.every((p) => ['succeeded', 'declined', 'canceled', 'failed'].includes(p.state))) return;
      await sleep(50);
    }
  });
  await core.stop();
  mismatches.push(...compareWithStripe(dir, world.sim.control.ledger()));
  await world.sim.close();
  return { payments: total, kills, mismatches, seconds: Math.round((performance.now() - started) / 1000) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
