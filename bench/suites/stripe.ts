import Stripe from 'stripe';
import { randomUUID } from 'node:crypto';
import { startCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { startStripeSimulator } from '../../src/sim/stripe/index.ts';
import { stripeClient } from '../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import { runStripeSoak } from '../../test/support/stripe-soak.ts';
import { measurePairs, median, percentile, round } from '../stats.ts';
import { benchDir } from './bench-dir.ts';
import { benchTill } from '../support/till.ts';

const methodId = 'stripe-bench';

export async function world(latencyMs: number, rateLimitPerSecond?: number) {
  const sim = await startStripeSimulator({
    latencyMs,
    ...(rateLimitPerSecond ? { rateLimitPerSecond } : {}),
  });
  const stripe = stripeClient(Stripe, sim.secretKey, sim.url);
  sim.control.setLatency(0);
  const location = await stripe.terminal.locations.create({
    display_name: 'Bench',
    address: { line1: 'A 1', city: 'Berlin', postal_code: '10115', country: 'DE' },
  });
  const reader = await stripe.terminal.readers.create({
    registration_code: 'simulated-wpe',
    location: location.id,
  });
  sim.control.setLatency(latencyMs);
  return { sim, stripe, reader };
}

/** A core whose till sells with a Stripe method on the simulator's reader; events resolve waiters. */
export function till(w: Awaited<ReturnType<typeof world>>, pollIntervalMs: number) {
  const core = startCore({
    dataDir: benchDir('stripe'),
    log: silentLogger,
    providers: { stripe: { mode: 'account', secretKey: w.sim.secretKey, apiUrl: w.sim.url } },
    pollIntervalMs,
  });
  core.db
    .prepare(
      `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, position) VALUES (?, 'Card', 'bank', 'stripe', ?, 9)`,
    )
    .run(methodId, w.reader.serial_number);
  return { core, ...benchTill(core, methodId) };
}

/**
 * One approved card payment through Kassa (IPC handler to paid, journal included) against the bare
 * sequence of the same Stripe calls made directly with the SDK, both with `latencyMs` per request. In both,
 * the customer taps as soon as the reader asks, and the first look at the reader follows at once. The two
 * run as interleaved pairs; the figures are the medians of the pairs' ratios and differences.
 */
async function overhead(latencyMs: number, pairs: number) {
  const w = await world(latencyMs);
  const kassa = till(w, 120);
  await kassa.core.payments.ready;
  let sales = 0;
  const throughKassa = async () => {
    const order = await kassa.sale(sales++);
    const began = performance.now();
    const started = await kassa.send(order);
    await kassa.when(started.attemptId, (p) => p.state === 'waiting_for_card');
    w.sim.control.presentCard(w.reader.id); // the customer taps at once (not an API request)
    await kassa.when(started.attemptId, (p) => p.state === 'succeeded');
    return performance.now() - began;
  };
  const bare = async () => {
    const bareBegan = performance.now();
    const intent = await w.stripe.paymentIntents.create(
      {
        amount: 1990,
        currency: 'eur',
        allowed_payment_method_types: ['card_present'],
        capture_method: 'manual',
        metadata: { kassa_attempt: randomUUID() },
      },
      { idempotencyKey: randomUUID() },
    );
    await w.stripe.terminal.readers.processPaymentIntent(
      w.reader.id,
      { payment_intent: intent.id },
      { idempotencyKey: randomUUID() },
    );
    w.sim.control.presentCard(w.reader.id);
    let reader = await w.stripe.terminal.readers.retrieve(w.reader.id);
    while ('action' in reader && reader.action?.status === 'in_progress')
      reader = await w.stripe.terminal.readers.retrieve(w.reader.id);
    await w.stripe.paymentIntents.capture(
      intent.id,
      { expand: ['latest_charge'] },
      { idempotencyKey: randomUUID() },
    );
    return performance.now() - bareBegan;
  };
  const measured = await measurePairs({ pairs, warmup: 2 }, throughKassa, bare);
  await kassa.core.close();
  await w.sim.close();
  return { ratio: median(measured.ratios), addedMs: median(measured.differences) };
}

/** From the card tap on the reader to the till's state becoming paid, polling inside Stripe's 25 req/s. */
async function detection(runs: number) {
  const w = await world(0, 25);
  const kassa = till(w, 120);
  await kassa.core.payments.ready;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order = await kassa.sale(i);
    const started = await kassa.send(order);
    await kassa.when(started.attemptId, (p) => p.state === 'waiting_for_card');
    // The customer takes a moment to find their card; detection is measured from the tap.
    await new Promise((r) => setTimeout(r, 50 + Math.random() * 400));
    const paid = kassa.when(started.attemptId, (p) => p.state === 'succeeded');
    const tapped = performance.now();
    w.sim.control.presentCard(w.reader.id);
    await paid;
    samples.push(performance.now() - tapped);
  }
  if (process.env.KASSA_BENCH_DEBUG) console.error(samples.map((x) => Math.round(x)).join(' '));
  await kassa.core.close();
  await w.sim.close();
  return percentile(samples, 95);
}

export async function stripeSuite(): Promise<Record<string, number>> {
  const { ratio, addedMs } = await overhead(100, 25);
  const detectionP95 = await detection(40);
  return {
    stripe_payment_overhead_ratio: round(ratio, 3),
    stripe_payment_added_ms_p50: round(addedMs, 1),
    stripe_detection_p95_ms: round(detectionP95, 1),
  };
}

/** The Stripe fault soak of the tests (300 payments, 20 % faults, random kills): Kassa's and Stripe's books. */
export async function stripeSoakSuite(payments = 300): Promise<Record<string, number>> {
  const soak = await runStripeSoak({ payments });
  return {
    stripe_soak_payments: soak.payments,
    stripe_soak_kills: soak.kills,
    stripe_soak_mismatches: soak.mismatches.length,
  };
}
