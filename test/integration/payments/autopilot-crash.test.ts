import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { databaseFileName } from '../../../src/main/core/kassa-core.ts';
import { autopilotCrashPoints } from '../../../src/main/core/payments/crash-points.ts';
import type { AutopilotRules } from '../../../src/shared/payments/autopilot-rules.ts';
import { newId, tempDir } from '../../support/core.ts';
import { spawnCore, type CoreProcess } from '../../support/core-process.ts';
import { stripeMethodId, stripeTill, stripeWorld } from '../../support/stripe.ts';
import type { HoldView } from '../../../src/shared/ipc/holds.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!; // 8.99

let world: Awaited<ReturnType<typeof stripeWorld>>;
beforeAll(async () => {
  world = await stripeWorld();
});
afterAll(() => world.sim.close());

const env = (failpoints = '') => ({
  KASSA_STRIPE_SECRET_KEY: world.sim.secretKey,
  KASSA_STRIPE_API_URL: world.sim.url,
  KASSA_FAILPOINTS: failpoints,
});

/** Capture as soon as a hold is held: 120 hours before a reader hold's 5-day expiry is now. */
const captureAtOnce: AutopilotRules = {
  holdsBeforeExpiry: { enabled: true, action: 'capture', hoursBefore: 120 },
  retryFailedCaptures: { enabled: false, maxAttempts: 5 },
  releaseValidationHolds: { enabled: false, afterMinutes: 10 },
};

/** A data folder whose till has the Stripe reader method and the autopilot's rule on. */
async function prepare(): Promise<string> {
  const dataDir = tempDir('kassa-autopilot-crash-');
  const kassa = stripeTill(world, dataDir);
  await kassa.core.payments.ready;
  kassa.core.payments.autopilot.saveRules(captureAtOnce, 'Owner');
  await kassa.close();
  return dataDir;
}

async function captured(core: CoreProcess, orderId: string): Promise<HoldView> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const holds = await core.call('holds.forOrder', { orderId });
    if (holds[0]?.state === 'captured') return holds[0];
    if (Date.now() > deadline) throw new Error(`the capture was never finished: ${JSON.stringify(holds)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface TaskFacts {
  status: string;
  outcome: string | null;
  attempts: number;
}

/**
 * Kassa is killed at each step of an autopilot task that captures a hold: after the task claimed its attempt and
 * key, at each step of the capture it drives, and inside the transaction that records the task's end. After a
 * restart the task runs on (same key) or its hold's recovery finishes: the hold is captured once, the task is done
 * with one outcome posted to the order, and Kassa's books and Stripe's agree.
 */
describe('a crash while the autopilot runs a task', { timeout: 90_000 }, () => {
  it.each([
    ['after the task claimed its key, before the call', 'autopilot.claimed:before_call'],
    ['after the capture key was written, before it was sent', 'holds.before_send:capture'],
    ['after Stripe captured, before the answer was recorded', 'holds.after_send:capture'],
    ['inside the transaction that records the capture', 'holds.captured:after_line'],
    ["inside the transaction that records the task's end", 'autopilot.finished:after_task'],
  ])('%s: the task happened exactly once', async (_, failpoint) => {
    expect(autopilotCrashPoints).toContain(failpoint);
    const dataDir = await prepare();
    const intentsBefore = world.sim.control.ledger().paymentIntents.length;
    const first = await spawnCore(dataDir, env(failpoint));
    const order = await first.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 2 }],
      payments: [],
    });
    const opened = await first.call('holds.openAtReader', {
      orderId: order.id,
      methodId: stripeMethodId,
      amount: 5_000,
    });
    world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
    // Once Kassa sees the hold held, the rule's task is due at once and the scheduler runs it: Kassa dies inside.
    await first.tryCall('holds.get', { holdId: opened.id });
    await first.exited;

    const second = await spawnCore(dataDir, env());
    try {
      const hold = await captured(second, order.id);
      expect(hold).toMatchObject({ captured: order.total, amount: 5_000 });
      const stored = await second.call('orders.get', { orderId: order.id });
      expect(stored).toMatchObject({ status: 'paid', paid: order.total, remaining: 0 });
      const cardLines = stored.payments.filter((p) => p.status === 'paid');
      expect(cardLines).toHaveLength(1);
      // Stripe: one PaymentIntent, captured once; the rest released.
      const intents = world.sim.control.ledger().paymentIntents.slice(intentsBefore);
      expect(intents).toHaveLength(1);
      expect(intents[0]).toMatchObject({ status: 'succeeded', amount_received: order.total });
      const charges = await world.stripe.charges.list({ payment_intent: intents[0]!.id });
      expect(charges.data).toHaveLength(1);
      expect(charges.data[0]).toMatchObject({ amount_captured: order.total });
      // Kassa's ledger and Stripe's agree.
      expect(cardLines.reduce((sum, l) => sum + l.amount, 0)).toBe(intents[0]!.amount_received);
      // The task ends done once: wait for it (the restarted scheduler may finish it after the hold's recovery).
      const file = join(dataDir, databaseFileName);
      const deadline = Date.now() + 20_000;
      let tasks: TaskFacts[] = [];
      for (;;) {
        const db = new Database(file, { readonly: true });
        try {
          tasks = db.prepare<[], TaskFacts>('SELECT status, outcome, attempts FROM autopilot_tasks').all();
        } finally {
          db.close();
        }
        if (tasks[0]?.status === 'done' || Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(tasks).toEqual([{ status: 'done', outcome: 'captured', attempts: 1 }]);
    } finally {
      await second.stop();
    }
    const db = new Database(join(dataDir, databaseFileName), { readonly: true });
    try {
      const posted = db
        .prepare(`SELECT count(*) FROM audit_log WHERE action = 'autopilot.capture_hold' AND subject = ?`)
        .pluck()
        .get(order.id);
      expect(posted).toBe(1);
    } finally {
      db.close();
    }
  });
});
