import { newId } from './core.ts';
import { spawnCore, type CoreProcess } from './core-process.ts';
import { seededRandom } from '../../src/sim/rng.ts';
import type { SimFault } from '../../src/sim/faults.ts';
import type { CardPayment } from '../../src/shared/ipc/payments.ts';
import type { Order } from '../../src/shared/ipc/orders.ts';

export interface SoakOptions {
  payments?: number;
  faultRate?: number;
  killRate?: number;
  seed?: number;
}

export interface SoakResult {
  payments: number;
  kills: number;
  mismatches: string[];
  seconds: number;
}

/** What the soak needs of a provider's simulator: faults to inject and clear, and a way to stop it. */
export interface SoakSimulator {
  control: { injectFault(fault: SimFault): void; clearFaults(): void };
  close(): Promise<void>;
}

/** The core of a soak as the provider's part of it sees it: calls survive kills, waits poll the payment. */
export interface SoakDriver {
  /** Calls the core, restarting it if it was killed, until the call is answered. */
  call<T>(fn: (c: CoreProcess) => Promise<T>): Promise<T>;
  /** SIGKILLs the core (and starts it again) with the soak's kill rate. */
  maybeKill(): Promise<void>;
  /** The payment once it matches `ok`, or null if it did not within 30 s. */
  until(attemptId: string, ok: (p: CardPayment) => boolean): Promise<CardPayment | null>;
  /** The soak's seeded draws, so that one seed always plays the same soak. */
  random(): number;
}

/** One card payment of the soak, sent to the provider and on its reader or terminal (or failed). */
export interface SoakPayment {
  index: number;
  order: Order;
  paymentLineId: string;
  attemptId: string;
  /** A draw in [0, 1) that picks what the customer and the cashier do with this payment. */
  roll: number;
}

/** A till on one provider's simulator, set up for the soak, and what its customers and cashier do. */
export interface SoakTill {
  sim: SoakSimulator;
  dir: string;
  env: Record<string, string>;
  methodId: string;
  /** How the card device is called in the mismatch messages ("reader", "terminal"). */
  device: string;
  quantity(index: number): number;
  /** Plays one payment to its end; returns the mismatch if it did not end as the customer and cashier meant. */
  play(payment: SoakPayment, driver: SoakDriver): Promise<string | null>;
  /** Whether recovery has settled everything a last kill left open. */
  settled(core: CoreProcess): Promise<boolean>;
  /** How many times (50 ms apart) `settled` is asked before the books are compared anyway. */
  settleChecks: number;
  /** The differences between Kassa's books in `dir` and the provider's. */
  compare(): string[];
}

const faultKinds = ['http_500', 'http_429', 'drop_connection', 'lost_response', 'latency'] as const;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The fault soak, whichever the provider: card payments through a core running in its own process, with
 * `faultRate` of all provider requests failing (spread over 5xx, 429, dropped connections, lost answers and
 * slow answers) and the core SIGKILLed at random moments. At the end Kassa's books and the provider's must
 * agree exactly.
 */
export async function runSoak(
  options: SoakOptions,
  openTill: (seed: number) => Promise<SoakTill>,
): Promise<SoakResult> {
  const total = options.payments ?? 300;
  const seed = options.seed ?? 2026;
  const random = seededRandom(seed);
  const started = performance.now();
  const till = await openTill(seed);
  const { sim, dir, env } = till;

  let core: CoreProcess = await spawnCore(dir, env);
  let kills = 0;
  const mismatches: string[] = [];
  const rate = options.faultRate ?? 0.2;
  for (const kind of faultKinds) {
    sim.control.injectFault({
      kind,
      probability: rate / faultKinds.length,
      ...(kind === 'latency' ? { ms: 150 } : {}),
    });
  }

  const driver: SoakDriver = {
    random,
    async call<T>(fn: (c: CoreProcess) => Promise<T>): Promise<T> {
      for (let i = 0; ; i++) {
        try {
          return await fn(core);
        } catch (error) {
          // A cashier waits while Kassa finishes the previous payment on the card device.
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
    },
    async maybeKill() {
      if (random() < (options.killRate ?? 0.04)) {
        await core.kill();
        kills++;
        core = await spawnCore(dir, env);
      }
    },
    async until(attemptId, ok) {
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const p = await driver.call((c) => c.call('payments.get', { attemptId }));
        if (ok(p)) return p;
        await sleep(15);
      }
      return null;
    },
  };

  try {
    for (let index = 0; index < total; index++) {
      const order = await driver.call((c) =>
        c.call('orders.checkout', {
          orderId: newId(),
          lines: [{ productId: 1 + (index % 60), quantity: till.quantity(index) }],
          payments: [],
        }),
      );
      const paymentLineId = newId();
      const attemptId = `att_${paymentLineId.replaceAll('-', '')}`;
      await driver.call((c) =>
        c.call('payments.start', {
          orderId: order.id,
          methodId: till.methodId,
          amount: order.total,
          paymentLineId,
        }),
      );
      await driver.maybeKill();
      const roll = random();
      if (!(await driver.until(attemptId, (p) => p.state === 'waiting_for_card' || p.state === 'failed'))) {
        mismatches.push(`payment ${index} never reached the ${till.device}`);
        continue;
      }
      const mismatch = await till.play({ index, order, paymentLineId, attemptId, roll }, driver);
      if (mismatch !== null) mismatches.push(mismatch);
    }

    sim.control.clearFaults();
    // Let recovery settle anything a last kill left open, then compare the books.
    await driver.call(async (c) => {
      for (let i = 0; i < till.settleChecks; i++) {
        if (await till.settled(c)) return;
        await sleep(50);
      }
    });
    await core.stop();
    mismatches.push(...till.compare());
  } finally {
    // Whatever happened, no core is left running and the simulator stops.
    if (core.child.exitCode === null && core.child.signalCode === null) await core.kill();
    await sim.close();
  }
  return { payments: total, kills, mismatches, seconds: Math.round((performance.now() - started) / 1000) };
}

/** The card payments of every sale still open, as recovery leaves them. */
export async function openSalesPayments(core: CoreProcess): Promise<CardPayment[]> {
  const open = await core.call('orders.search', { status: 'open', limit: 200 });
  return (
    await Promise.all(open.orders.map((o) => core.call('payments.forOrder', { orderId: o.id })))
  ).flat();
}
