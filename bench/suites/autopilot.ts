import { randomUUID } from 'node:crypto';
import { startCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import type { AutopilotTaskView } from '../../src/shared/ipc/autopilot.ts';
import type { CardSetup } from '../../src/shared/ipc/cards-on-file.ts';
import type { Order } from '../../src/shared/ipc/orders.ts';
import { median, percentile, round } from '../stats.ts';
import { benchDir } from './bench-dir.ts';
import { world } from './stripe.ts';
import { benchTill } from '../support/till.ts';
import { runAutopilotSoak } from '../../test/support/autopilot-soak.ts';

/**
 * `autopilot_tick_ms_10k`: one scheduler pass (what is due now, and when the next is) over 10,000 tasks waiting for
 * later, none due: the p95 of 300 passes, with the same pass over no tasks at all measured alongside.
 */
async function tick(): Promise<Record<string, number>> {
  const core = startCore({ dataDir: benchDir('autopilot'), log: silentLogger });
  const autopilot = core.payments.autopilot;
  const store = core.services.autopilotStore;
  const passes = async (n: number) => {
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const began = performance.now();
      const ran = await autopilot.pass();
      samples.push(performance.now() - began);
      if (ran !== 0) throw new Error(`a pass ran ${ran} tasks`);
    }
    return samples;
  };
  await passes(20);
  const empty = await passes(300);
  const later = Date.now() + 24 * 60 * 60_000;
  core.services.tx.run(() => {
    for (let i = 0; i < 10_000; i++)
      store.insert({
        id: randomUUID(),
        kind: i % 2 ? 'capture_hold' : 'release_hold',
        subject: randomUUID(),
        order_id: null,
        account: 'default',
        amount: null,
        payment_method: null,
        rule: 'holds_before_expiry',
        dedupe: `hold:${i}`,
        due_at: later + i * 1000,
      });
  });
  await passes(20);
  const full = await passes(300);
  await core.close();
  return {
    autopilot_tick_ms_10k: round(percentile(full, 95), 3),
    autopilot_tick_ms_10k_p50: round(median(full), 3),
    autopilot_tick_ms_empty_p95: round(percentile(empty, 95), 3),
  };
}

/**
 * `autopilot_due_lag_p95_ms`: 40 charges of a card on file, each scheduled 0.3–0.7 s after it is written, while the scheduler runs by
 * itself; the lag is from each task's due time to the moment it claimed its key and made its provider call.
 */
async function dueLag(): Promise<Record<string, number>> {
  const w = await world(0);
  const core = startCore({
    dataDir: benchDir('autopilot-lag'),
    log: silentLogger,
    providers: { stripe: { mode: 'account', secretKey: w.sim.secretKey, apiUrl: w.sim.url } },
    pollIntervalMs: 50,
  });
  core.db
    .prepare(
      `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, position) VALUES ('stripe-bench', 'Card', 'bank', 'stripe', ?, 9)`,
    )
    .run(w.reader.serial_number);
  await core.payments.ready;
  const { call } = benchTill(core, 'stripe-bench');
  const customer = core.services.customers.create({ name: 'Bench Customer' });
  const setup = await call<CardSetup>('cards.saveAtReader', { customerId: customer.id });
  w.sim.control.presentCard(w.reader.id, { number: '4242424242424242' });
  let saved: CardSetup = setup;
  for (let i = 0; saved.state !== 'saved'; i++) {
    if (i > 500) throw new Error(`the card was not saved: ${saved.state}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    saved = await call<CardSetup>('cards.setup', { setupId: setup.id });
  }
  const lags: number[] = [];
  const seen = new Set<string>();
  let pending = 0;
  let allDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allDone = resolve));
  core.subscribe((name, payload) => {
    if (name !== 'autopilot.updated') return;
    const task = payload as AutopilotTaskView;
    // The first `running` of a task is its claim, just before its provider call (later ones are re-polls).
    if (task.status === 'running' && task.kind === 'charge_card' && !seen.has(task.id)) {
      seen.add(task.id);
      lags.push(Date.now() - task.dueAt);
      if (--pending === 0) allDone();
    }
  });
  const count = 40;
  pending = count;
  for (let i = 0; i < count; i++) {
    const order = await call<Order>('orders.checkout', {
      orderId: randomUUID(),
      lines: [{ productId: 1 + (i % 50), quantity: 1 }],
      payments: [],
      customerId: customer.id,
    });
    await call('autopilot.scheduleCharge', {
      orderId: order.id,
      paymentMethod: saved.card!.paymentMethod,
      amount: order.total,
      // Due a moment after it is written, so the lag measured is the scheduler's, not the set-up's.
      dueAt: Date.now() + 300 + (i % 5) * 100,
    });
  }
  await done;
  await core.close();
  await w.sim.close();
  return {
    autopilot_due_lag_p95_ms: round(percentile(lags, 95), 1),
    autopilot_due_lag_p50_ms: round(median(lags), 1),
  };
}

export async function autopilotSuite(): Promise<Record<string, number>> {
  return { ...(await tick()), ...(await dueLag()) };
}

/** The card-not-present soak (test/support/autopilot-soak.ts): 300 tasks, 20 % faults, random kills. */
export async function autopilotSoakSuite(tasks = 300): Promise<Record<string, number>> {
  const soak = await runAutopilotSoak({ tasks, faultRate: 0.2 });
  return {
    cnp_soak_tasks: soak.tasks,
    cnp_soak_kills: soak.kills,
    cnp_soak_mismatches: soak.mismatches.length,
  };
}
