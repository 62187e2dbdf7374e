import { randomUUID } from 'node:crypto';
import type { HoldView } from '../../src/shared/ipc/holds.ts';
import { measurePairs, median, round } from '../stats.ts';
import { till, world } from './stripe.ts';

/**
 * Capturing part of a hold through Kassa (IPC handler, the capture key written first, Stripe's capture, and the paid
 * card line, its journal attempt and the hold recorded in one transaction) against the bare SDK capture of a hold
 * alike, both with 100 ms of simulated latency per request. Each side opens its hold first, untimed; the pairs are
 * interleaved and the figure is the median of their ratios.
 */
export async function holdSuite(pairs = 25): Promise<Record<string, number>> {
  const latencyMs = 100;
  const w = await world(latencyMs);
  const kassa = till(w, 120);
  await kassa.core.payments.ready;
  const { call } = kassa;
  let sales = 0;
  const throughKassa = async () => {
    const order = await kassa.sale(sales++);
    const opened = await call<HoldView>('holds.openAtReader', {
      orderId: order.id,
      methodId: 'stripe-bench',
      amount: order.total + 1_000,
    });
    w.sim.control.presentCard(w.reader.id);
    const held = await call<HoldView>('holds.get', { holdId: opened.id });
    if (held.state !== 'held') throw new Error(`the hold is ${held.state}`);
    const began = performance.now();
    const done = await call<HoldView>('holds.capture', { holdId: held.id, amount: order.total });
    const took = performance.now() - began;
    if (done.state !== 'captured') throw new Error(`the capture ended ${done.state}`);
    return took;
  };
  const bare = async () => {
    const intent = await w.stripe.paymentIntents.create(
      {
        amount: 3_000,
        currency: 'eur',
        allowed_payment_method_types: ['card_present'],
        capture_method: 'manual',
        payment_method_options: { card_present: { request_incremental_authorization_support: true } },
        metadata: { kassa_hold: randomUUID() },
      },
      { idempotencyKey: randomUUID() },
    );
    await w.stripe.terminal.readers.processPaymentIntent(
      w.reader.id,
      { payment_intent: intent.id },
      { idempotencyKey: randomUUID() },
    );
    w.sim.control.presentCard(w.reader.id);
    const began = performance.now();
    await w.stripe.paymentIntents.capture(
      intent.id,
      { amount_to_capture: 2_000, expand: ['latest_charge'] },
      { idempotencyKey: randomUUID() },
    );
    return performance.now() - began;
  };
  const measured = await measurePairs({ pairs, warmup: 2 }, throughKassa, bare);
  await kassa.core.close();
  await w.sim.close();
  return {
    hold_capture_overhead_ratio: round(median(measured.ratios), 3),
    hold_capture_added_ms_p50: round(median(measured.differences), 1),
  };
}
