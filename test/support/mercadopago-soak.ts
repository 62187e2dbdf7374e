import { createServer } from 'node:net';
import { newId, tempDir } from './core.ts';
import { spawnCore, type CoreProcess } from './core-process.ts';
import { compareWithMercadoPago } from './mercadopago-ledger.ts';
import { counterTerminal, mercadoPagoWorld, mpMethodId, prepareBrazilTill } from './mercadopago.ts';
import { seededRandom } from '../../src/sim/rng.ts';
import type { CardPayment } from '../../src/shared/ipc/payments.ts';

export interface MercadoPagoSoakResult {
  payments: number;
  kills: number;
  mismatches: string[];
  seconds: number;
}

const faultKinds = ['http_500', 'http_429', 'drop_connection', 'lost_response', 'latency'] as const;
const finalStates: CardPayment['state'][] = ['succeeded', 'declined', 'canceled', 'failed', 'needs_check'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A port nobody listens on now, so every restarted core can take the same notification address. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The Mercado Pago fault soak: card payments through a core in its own process, with `faultRate` of all
 * requests to Mercado Pago failing (spread over 5xx, 429, dropped connections, lost answers and slow answers),
 * notifications arriving (or not, while the core is down), and the core SIGKILLed at random moments. The
 * customer approves, declines, cancels on the terminal or walks away (action_required); the cashier cancels,
 * retries and refunds. At the end Kassa's books and Mercado Pago's must agree exactly.
 */
export async function runMercadoPagoSoak(
  options: { payments?: number; faultRate?: number; killRate?: number; seed?: number } = {},
): Promise<MercadoPagoSoakResult> {
  const total = options.payments ?? 300;
  const seed = options.seed ?? 2026;
  const random = seededRandom(seed);
  const started = performance.now();
  const world = await mercadoPagoWorld({ seed, autoPickUpMs: 15, cancelAtTerminalDelayMs: 30 });
  const dir = await prepareBrazilTill([], tempDir('kassa-mp-soak-'));
  const secret = 'soak-webhook-secret';
  const port = await freePort();
  world.sim.control.setWebhook({ url: `http://127.0.0.1:${port}/`, secret });
  const env = {
    KASSA_DEMO: 'off',
    KASSA_STRIPE_SECRET_KEY: '',
    KASSA_MP_ACCESS_TOKEN: world.sim.accessToken,
    KASSA_MP_API_URL: world.sim.url,
    KASSA_MP_WEBHOOK_SECRET: secret,
    KASSA_MP_RECEIVER: `127.0.0.1:${port}`,
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
        // A cashier waits while Kassa finishes the previous payment on the terminal.
        const code = (error as { kassa?: { code: string } }).kassa?.code;
        if (code === 'terminal_recovering' && i < 600) {
          await sleep(50);
          continue;
        }
        if (code !== undefined) throw error;
        const alive = core.child.exitCode === null && core.child.signalCode === null;
        if (alive && i < 50) {
          await sleep(20);
          continue;
        }
        if (alive) throw error;
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
  /** The customer acts on the order of this try once it is on the terminal; false if it never gets there. */
  const onTerminal = async (attemptId: string, tryNumber: number, act: (orderId: string) => void) => {
    for (let i = 0; i < 300; i++) {
      const open = world.sim.control.openOrder(counterTerminal);
      if (open?.external_reference === `kassa-${attemptId}-${tryNumber}`) {
        act(open.id);
        return true;
      }
      await sleep(10);
    }
    return false;
  };

  try {
    const refundedSales: string[] = [];
    for (let i = 0; i < total; i++) {
      const order = await call((c) =>
        c.call('orders.checkout', {
          orderId: newId(),
          lines: [{ productId: 1 + (i % 60), quantity: 3 + (i % 3) }],
          payments: [],
        }),
      );
      const paymentLineId = newId();
      const attemptId = `att_${paymentLineId.replaceAll('-', '')}`;
      await call((c) =>
        c.call('payments.start', {
          orderId: order.id,
          methodId: mpMethodId,
          amount: order.total,
          paymentLineId,
        }),
      );
      await maybeKill();
      const roll = random();
      if (!(await until(attemptId, (p) => p.state === 'waiting_for_card' || p.state === 'failed'))) {
        mismatches.push(`payment ${i} never reached the terminal`);
        continue;
      }
      if (roll < 0.05) {
        await call((c) => c.call('payments.cancel', { attemptId }));
        if (!(await until(attemptId, (p) => p.state === 'canceled')))
          mismatches.push(`payment ${i} did not cancel`);
        continue;
      }
      if (roll < 0.1) {
        if (!(await onTerminal(attemptId, 1, (id) => world.sim.control.cancelOnTerminal(id)))) {
          mismatches.push(`payment ${i}: no order on the terminal to cancel`);
          continue;
        }
        await maybeKill();
        if (!(await until(attemptId, (p) => p.state === 'canceled')))
          mismatches.push(`payment ${i} was not canceled on the terminal`);
        continue;
      }
      if (roll < 0.13) {
        if (!(await onTerminal(attemptId, 1, (id) => world.sim.control.neverAnswer(id)))) {
          mismatches.push(`payment ${i}: no order on the terminal to leave unanswered`);
          continue;
        }
        if (!(await until(attemptId, (p) => p.state === 'needs_check')))
          mismatches.push(`payment ${i} did not ask for a check`);
        continue;
      }
      let tryNumber = 1;
      if (roll < 0.23) {
        if (!(await onTerminal(attemptId, 1, (id) => world.sim.control.decline(id, 'rejected_by_issuer')))) {
          mismatches.push(`payment ${i}: no order on the terminal to decline`);
          continue;
        }
        await maybeKill();
        if (!(await until(attemptId, (p) => p.state === 'declined'))) {
          mismatches.push(`payment ${i} was not declined`);
          continue;
        }
        await call((c) => c.call('payments.retry', { attemptId }));
        tryNumber = 2;
        if (!(await until(attemptId, (p) => p.state === 'waiting_for_card' && p.tryNumber === 2))) {
          mismatches.push(`payment ${i} retry never reached the terminal`);
          continue;
        }
      }
      if (!(await onTerminal(attemptId, tryNumber, (id) => world.sim.control.approve(id)))) {
        mismatches.push(`payment ${i}: no order on the terminal to approve`);
        continue;
      }
      await maybeKill();
      if (!(await until(attemptId, (p) => p.state === 'succeeded'))) {
        mismatches.push(`payment ${i} never succeeded`);
        continue;
      }
      if (random() < 0.08) {
        const refundId = newId();
        refundedSales.push(order.id);
        await call((c) =>
          c.call('payments.refund', { refundId, orderId: order.id, paymentLineId, amount: 100 }),
        );
        await maybeKill();
      }
    }

    world.sim.control.clearFaults();
    // Let recovery settle anything a last kill left open (payments and refunds), then compare the books.
    await call(async (c) => {
      for (let i = 0; i < 400; i++) {
        const open = await c.call('orders.search', { status: 'open', limit: 200 });
        const payments = (
          await Promise.all(open.orders.map((o) => c.call('payments.forOrder', { orderId: o.id })))
        ).flat();
        const refunds = (
          await Promise.all(refundedSales.map((orderId) => c.call('payments.refundsForOrder', { orderId })))
        ).flat();
        if (
          payments.every((p) => finalStates.includes(p.state)) &&
          refunds.every((r) => r.state !== 'pending')
        )
          return;
        await sleep(50);
      }
    });
    await core.stop();
    mismatches.push(...compareWithMercadoPago(dir, world.sim.control.ledger()));
  } finally {
    // Whatever happened, no core is left running and the simulator stops.
    if (core.child.exitCode === null && core.child.signalCode === null) await core.kill();
    await world.sim.close();
  }
  return { payments: total, kills, mismatches, seconds: Math.round((performance.now() - started) / 1000) };
}
