import { randomUUID } from 'node:crypto';
import { startCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import type { MercadoPagoSettings } from '../../src/main/core/payments/provider-settings.ts';
import { toMercadoPagoAmount } from '../../src/main/core/payments/providers/mercadopago/amounts.ts';
import {
  counterTerminal,
  mercadoPagoWorld,
  mpMethodId,
  prepareBrazilTill,
  type MercadoPagoWorld,
} from '../../test/support/mercadopago.ts';
import { runMercadoPagoSoak } from '../../test/support/mercadopago-soak.ts';
import { measurePairs, median, percentile, round } from '../stats.ts';
import { benchDir } from './bench-dir.ts';
import { benchTill } from '../support/till.ts';

const webhookSecret = 'bench-webhook-secret';

/**
 * A core whose Brazilian till sells with a Mercado Pago method on the world's counter terminal, polling at
 * Kassa's production interval (2.5 s); with `notifications` its receiver listens on loopback and the
 * simulated account posts signed notifications to it. Events resolve waiters.
 */
async function till(world: MercadoPagoWorld, notifications: boolean) {
  const dir = await prepareBrazilTill([], benchDir('mercadopago'));
  const settings: MercadoPagoSettings = {
    mode: 'account',
    accessToken: world.sim.accessToken,
    apiUrl: world.sim.url,
    ...(notifications ? { webhookSecret, receiver: { host: '127.0.0.1', port: 0 } } : {}),
  };
  const core = startCore({
    dataDir: dir,
    log: silentLogger,
    providers: { stripe: { mode: 'off' }, mercadopago: settings },
  });
  await core.payments.ready;
  const receiverUrl = core.payments.mercadoPago()?.receiverUrl;
  world.sim.control.setWebhook(
    notifications && receiverUrl ? { url: receiverUrl, secret: webhookSecret } : null,
  );
  const { when, sale, send } = benchTill(core, mpMethodId);
  const onTerminal = () => world.sim.control.openOrder(counterTerminal)!.id;
  return { core, when, sale, send, onTerminal };
}

/**
 * One approved card payment through Kassa (IPC handler to paid, journal included) against the bare sequence
 * of the same Mercado Pago calls made directly with the client (create the order, read it until processed),
 * both with `latencyMs` per request. The customer pays as soon as the order is on the terminal; Kassa hears of
 * it through a notification, the bare sequence reads at once. The two run as interleaved pairs; the figures
 * are the medians of the pairs' ratios and differences.
 */
async function overhead(latencyMs: number, pairs: number) {
  const world = await mercadoPagoWorld({ latencyMs });
  const kassa = await till(world, true);
  let sales = 0;
  const throughKassa = async () => {
    const order = await kassa.sale(sales++);
    const began = performance.now();
    const started = await kassa.send(order);
    await kassa.when(started.attemptId, (p) => p.state === 'waiting_for_card');
    world.sim.control.approve(kassa.onTerminal()); // the customer pays at once (not an API request)
    await kassa.when(started.attemptId, (p) => p.state === 'succeeded');
    return performance.now() - began;
  };
  const bare = async () => {
    const bareBegan = performance.now();
    const created = await world.client.createOrder(
      {
        type: 'point',
        external_reference: `bench-${randomUUID()}`,
        transactions: { payments: [{ amount: toMercadoPagoAmount(1990, 'BRL') }] },
        config: { point: { terminal_id: counterTerminal } },
        description: 'bench',
      },
      randomUUID(),
    );
    if (!created.ok) throw new Error(created.error.message);
    world.sim.control.approve(created.value.id);
    for (;;) {
      const seen = await world.client.getOrder(created.value.id);
      if (seen.ok && seen.value.status === 'processed') break;
    }
    return performance.now() - bareBegan;
  };
  const measured = await measurePairs({ pairs, warmup: 2 }, throughKassa, bare);
  await kassa.core.close();
  await world.sim.close();
  return { ratio: median(measured.ratios), addedMs: median(measured.differences) };
}

/**
 * From the customer's approval on the terminal to the till's state becoming paid. The customer takes a random
 * moment (within one poll interval) to pay, so polling alone is sampled across its whole cycle.
 */
async function detection(runs: number, notifications: boolean) {
  const world = await mercadoPagoWorld();
  const kassa = await till(world, notifications);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order = await kassa.sale(i);
    const started = await kassa.send(order);
    await kassa.when(started.attemptId, (p) => p.state === 'waiting_for_card');
    await new Promise((r) => setTimeout(r, Math.random() * 2500));
    const paid = kassa.when(started.attemptId, (p) => p.state === 'succeeded');
    const approved = performance.now();
    world.sim.control.approve(kassa.onTerminal());
    await paid;
    samples.push(performance.now() - approved);
  }
  if (process.env.KASSA_BENCH_DEBUG) console.error(samples.map((x) => Math.round(x)).join(' '));
  await kassa.core.close();
  await world.sim.close();
  return percentile(samples, 95);
}

export async function mercadoPagoSuite(): Promise<Record<string, number>> {
  const { ratio, addedMs } = await overhead(100, 25);
  const polling = await detection(20, false);
  const notified = await detection(30, true);
  return {
    mp_payment_overhead_ratio: round(ratio, 3),
    mp_payment_added_ms_p50: round(addedMs, 1),
    mp_detection_p95_ms_polling: round(polling, 1),
    mp_detection_p95_ms_notified: round(notified, 1),
  };
}

/** The Mercado Pago fault soak of the tests (300 payments, 20 % faults, random kills): both books agree. */
export async function mercadoPagoSoakSuite(payments = 300): Promise<Record<string, number>> {
  const soak = await runMercadoPagoSoak({ payments });
  return {
    mp_soak_payments: soak.payments,
    mp_soak_kills: soak.kills,
    mp_soak_mismatches: soak.mismatches.length,
  };
}
