import { randomUUID } from 'node:crypto';
import { startCore, type KassaCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { startStripeSimulator, type StripeSimulator } from '../../src/sim/stripe/index.ts';
import type { Order } from '../../src/shared/ipc/orders.ts';
import type { PaymentLink } from '../../src/shared/ipc/paylinks.ts';
import { percentile, round } from '../stats.ts';
import { benchDir } from './bench-dir.ts';
import { runPaylinkSoak } from '../../test/support/paylink-soak.ts';
import { startStripeSimThread } from '../support/stripe-sim-thread.ts';

const methodId = 'stripe-links';

/** A core with a Stripe method on the simulator (links need no reader); the link watcher runs as in the shop. */
function till(sim: Pick<StripeSimulator, 'secretKey' | 'url'>): KassaCore {
  const core = startCore({
    dataDir: benchDir('paylinks'),
    log: silentLogger,
    providers: { stripe: { mode: 'account', secretKey: sim.secretKey, apiUrl: sim.url } },
  });
  core.db
    .prepare(
      `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, position) VALUES (?, 'Card', 'bank', 'stripe', 'links', 9)`,
    )
    .run(methodId);
  return core;
}

async function call<T>(core: KassaCore, channel: string, request: unknown): Promise<T> {
  const result = await core.dispatch(channel, request, { window: 'till' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

const sale = (core: KassaCore, i: number) =>
  call<Order>(core, 'orders.checkout', {
    orderId: randomUUID(),
    lines: [{ productId: 1 + (i % 50), quantity: 2 }],
    payments: [],
  });

const sessionOf = (link: PaymentLink) => link.url!.split('/').pop()!;

/**
 * paylink_detection_p95_ms: from the customer's payment on the hosted page to the order paid on the till, with
 * the till's own watcher polling inside Stripe's test-mode rate limit (25 requests a second) and 20 ms of
 * latency per request. The order's change event marks the moment; nothing is added to the polling.
 */
async function detection(samples: number): Promise<number> {
  const sim = await startStripeSimulator({ latencyMs: 20 });
  const core = till(sim);
  await core.payments.ready;
  const paidAt = new Map<string, (at: number) => void>();
  core.subscribe((name, payload) => {
    const change = payload as { orderId: string; status: string };
    if (name === 'orders.changed' && change.status === 'paid')
      paidAt.get(change.orderId)?.(performance.now());
  });
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const order = await sale(core, i);
    const link = await call<PaymentLink>(core, 'paylinks.create', { orderId: order.id, methodId });
    // The customer reads the QR code and pays a moment later, as at the counter.
    await new Promise((resolve) => setTimeout(resolve, 300 + ((i * 137) % 700)));
    const done = new Promise<number>((resolve) => paidAt.set(order.id, resolve));
    const began = performance.now();
    sim.control.payCheckout(sessionOf(link), { method: 'card', number: '4242424242424242' });
    times.push((await done) - began);
  }
  await core.close();
  await sim.close();
  return round(percentile(times, 95), 1);
}

/**
 * event_sweep_ms_1k: one sweep over 1,000 new events (250 link payments by card, four events each) with 100 ms
 * of simulated latency per page, from a cursor set by the sweep before them. The simulator runs on its own
 * thread, as Stripe runs on its own servers: what is timed is Kassa's side (its pages' commits and the paging).
 */
async function sweep(): Promise<number> {
  const sim = await startStripeSimThread({ rateLimitPerSecond: 10_000 });
  const core = till(sim);
  await core.payments.ready;
  const { links } = core.payments;
  await links.stop(); // the sweep is timed alone, not raced by the watcher
  const made: PaymentLink[] = [];
  for (let i = 0; i < 250; i++) {
    const order = await sale(core, i);
    made.push(await links.links.create(order.id, methodId));
  }
  await links.sweepAll(); // the cursor now stands after the creations
  await Promise.all(
    made.map((link) => sim.payCheckout(sessionOf(link), { method: 'card', number: '4242424242424242' })),
  );
  await sim.setLatency(Number(process.env.SWEEP_LATENCY ?? 100));
  const began = performance.now();
  await links.sweepAll();
  const ms = performance.now() - began;
  const paid = made.filter((l) => links.links.get(l.id)?.state === 'paid').length;
  if (paid !== made.length) throw new Error(`The sweep posted ${paid} of ${made.length} link payments.`);
  await core.close();
  await sim.close();
  return round(ms, 0);
}

export async function paylinkSuite(): Promise<Record<string, number>> {
  return {
    paylink_detection_p95_ms: await detection(30),
    event_sweep_ms_1k: await sweep(),
  };
}

/** paylink_soak_mismatches: the pay-by-link fault soak of the tests (300 link payments, 20 % faults, kills). */
export async function paylinkSoakSuite(payments = 300): Promise<Record<string, number>> {
  const soak = await runPaylinkSoak({ payments });
  return {
    paylink_soak_payments: soak.payments,
    paylink_soak_kills: soak.kills,
    paylink_soak_mismatches: soak.mismatches.length,
  };
}
