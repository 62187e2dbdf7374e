import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { demoProducts } from '../../src/main/core/catalog/demo-catalog.ts';
import { databaseFileName } from '../../src/main/core/kassa-core.ts';
import { SeededRandom } from '../../src/sim/rng.ts';
import type { AutopilotRules } from '../../src/shared/payments/autopilot-rules.ts';
import { newId, tempDir } from './core.ts';
import { stripeTill, stripeWorld } from './stripe.ts';

export interface AutopilotSoakResult {
  tasks: number;
  kills: number;
  mismatches: string[];
}

/** Capture every held hold at once (168 hours before its expiry), so each hold's task is due when Kassa starts. */
const captureAtOnce: AutopilotRules = {
  holdsBeforeExpiry: { enabled: true, action: 'capture', hoursBefore: 168 },
  retryFailedCaptures: { enabled: true, maxAttempts: 10 },
  releaseValidationHolds: { enabled: false, afterMinutes: 10 },
};

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface TaskRow {
  id: string;
  kind: string;
  order_id: string;
  status: string;
  outcome: string | null;
}

function read<T>(dir: string, query: (db: Database.Database) => T): T {
  const db = new Database(join(dir, databaseFileName), { readonly: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

/**
 * The card-not-present soak: `tasks` autopilot tasks (half captures of holds on a card on file, half charges of the
 * card at a due time), all due, run by a Kassa that Stripe fails `faultRate` of the time (a 500 it keeps under the
 * key, a dropped connection, a lost answer) and that is SIGKILLed at random moments and started again, until every
 * task ended. Then: each task done once, each order paid once by one card line, and Stripe captured exactly that.
 */
export async function runAutopilotSoak(
  options: { tasks?: number; faultRate?: number; seed?: number } = {},
): Promise<AutopilotSoakResult> {
  const total = options.tasks ?? 300;
  const faultRate = options.faultRate ?? 0.2;
  const random = new SeededRandom(options.seed ?? 2026);
  const world = await stripeWorld({ seed: options.seed ?? 2026 });
  const dir = tempDir('kassa-cnp-soak-');
  const t0 = Date.now();
  try {
    // Set-up, without faults: a customer's card saved at the reader, the orders, the holds on the card, the tasks.
    const kassa = stripeTill(world, dir);
    await kassa.core.payments.ready;
    const autopilot = kassa.core.payments.autopilot;
    autopilot.stop(); // the tasks must run in the killed Kassa, not here
    const customer = kassa.core.services.customers.create({ name: 'Soak Customer' });
    const setup = await kassa.call('cards.saveAtReader', { customerId: customer.id });
    world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
    let card = null;
    for (let i = 0; card === null; i++) {
      const now = await kassa.call('cards.setup', { setupId: setup.id });
      if (now.state === 'saved') card = now.card!;
      else if (i > 500) throw new Error(`the card was not saved: ${now.state}`);
      else await sleep(10);
    }
    const holds = Math.floor(total / 2);
    for (let i = 0; i < total; i++) {
      const product = demoProducts[i % demoProducts.length]!;
      const order = await kassa.call('orders.checkout', {
        orderId: newId(),
        // At least €1: Stripe charges no less than €0.50 (a cheaper order would be refused, not a fault).
        lines: [{ productId: product.id, quantity: Math.ceil(100 / product.price) }],
        payments: [],
        customerId: customer.id,
      });
      if (i < holds) {
        const hold = await kassa.call('holds.openOnCard', {
          orderId: order.id,
          methodId: 'stripe-counter',
          amount: order.total + 500,
          paymentMethod: card.paymentMethod,
        });
        if (hold.state !== 'held') throw new Error(`hold ${i} is ${hold.state}`);
      } else {
        autopilot.scheduleCharge({
          orderId: order.id,
          paymentMethod: card.paymentMethod,
          amount: order.total,
          dueAt: Date.now(),
        });
      }
    }
    if (process.env.SOAK_TRACE) console.error('setup done', Date.now() - t0);
    autopilot.saveRules(captureAtOnce, 'Owner'); // one capture task per held hold, due now
    await kassa.close();
    const tasks = read(dir, (db) => db.prepare<[], TaskRow>('SELECT * FROM autopilot_tasks').all());
    if (tasks.length !== total) throw new Error(`${tasks.length} tasks were made, not ${total}`);

    // Stripe fails a fifth of the requests; Kassa is killed at random moments and started again.
    world.sim.control.injectFault({ kind: 'http_500', probability: faultRate * 0.4 });
    world.sim.control.injectFault({ kind: 'drop_connection', probability: faultRate * 0.3 });
    world.sim.control.injectFault({ kind: 'lost_response', probability: faultRate * 0.3 });
    const env = {
      ...process.env,
      KASSA_STRIPE_SECRET_KEY: world.sim.secretKey,
      KASSA_STRIPE_API_URL: world.sim.url,
      KASSA_POLL_MS: '25',
      KASSA_SWEEP_MS: '300',
      KASSA_AUTOPILOT_BACKOFF_MS: '100',
      ...(process.env.SOAK_TRACE ? { KASSA_CHILD_LOG: '1' } : {}),
    };
    const child = resolve(import.meta.dirname, 'core-child.ts');
    const ended = () =>
      read(
        dir,
        (db) =>
          db
            .prepare(`SELECT count(*) FROM autopilot_tasks WHERE status IN ('done', 'failed', 'canceled')`)
            .pluck()
            .get() as number,
      );
    let kills = 0;
    let clean = false;
    for (let round = 0; round < 300; round++) {
      if (ended() === total) {
        // Every task ended: one last Kassa without faults or kills finishes what its charges left open.
        world.sim.control.clearFaults();
        clean = true;
      }
      const core = spawn(process.execPath, [child, dir], {
        env,
        stdio: ['ignore', 'pipe', process.env.SOAK_TRACE ? 'inherit' : 'ignore'],
      });
      const exited = new Promise((done) => core.once('exit', done));
      if (clean) {
        await new Promise<void>((done) => core.stdout!.once('data', () => done()));
        await sleep(1500);
        core.kill('SIGTERM');
        await exited;
        break;
      }
      // Killed at a random moment of its work: once a few more tasks ended. A Kassa started on a loaded machine
      // can take longer than 10 s to start, so the wait counts from its work, not from its start: a kill timed
      // from the start killed every Kassa before it ran anything, for ever. Only a Kassa that ends no task for
      // 30 s is killed anyway (every task left is pausing before another attempt).
      const before = ended();
      if (process.env.SOAK_TRACE) console.error('round', round, before, Date.now() - t0);
      const more = 5 + Math.floor(random.next() * 30);
      let seen = before;
      let seenAt = Date.now();
      for (let now = before; now < Math.min(total, before + more); now = ended()) {
        if (now !== seen) [seen, seenAt] = [now, Date.now()];
        else if (Date.now() - seenAt > 30_000) break;
        await sleep(20);
      }
      await sleep(Math.floor(random.next() * 50));
      core.kill('SIGKILL');
      kills++;
      await exited;
    }
    return { tasks: total, kills, mismatches: check(dir, world.sim.control.ledger(), clean) };
  } finally {
    await world.sim.close();
  }
}

function check(
  dir: string,
  ledger: ReturnType<Awaited<ReturnType<typeof stripeWorld>>['sim']['control']['ledger']>,
  clean: boolean,
): string[] {
  const problems: string[] = [];
  if (!clean) problems.push('the tasks never all ended');
  const { tasks, audits, paidLines, orders } = read(dir, (db) => ({
    tasks: db.prepare<[], TaskRow>('SELECT * FROM autopilot_tasks').all(),
    audits: db
      .prepare<[], { subject: string; n: number }>(
        `SELECT subject, count(*) AS n FROM audit_log WHERE action IN ('autopilot.capture_hold', 'autopilot.charge_card')
         GROUP BY subject`,
      )
      .all(),
    paidLines: db
      .prepare<[], { order_id: string; amount: number }>(
        `SELECT order_id, amount FROM payment_lines WHERE status = 'paid'`,
      )
      .all(),
    orders: db
      .prepare<[], { id: string; status: string; total: number }>('SELECT id, status, total FROM orders')
      .all(),
  }));
  const auditOf = new Map(audits.map((a) => [a.subject, a.n]));
  const linesOf = new Map<string, number[]>();
  for (const line of paidLines)
    linesOf.set(line.order_id, [...(linesOf.get(line.order_id) ?? []), line.amount]);
  const orderOf = new Map(orders.map((o) => [o.id, o]));
  // What Stripe captured, per Kassa order (a hold's PaymentIntent and a charge's carry the order in metadata).
  const capturedOf = new Map<string, number[]>();
  for (const pi of ledger.paymentIntents) {
    const order = pi.metadata['kassa_order'];
    if (!order || pi.status !== 'succeeded' || pi.metadata['kassa_validation']) continue;
    capturedOf.set(order, [...(capturedOf.get(order) ?? []), pi.amount_received]);
  }
  for (const task of tasks) {
    const where = `${task.kind} task ${task.id} (order ${task.order_id})`;
    if (task.status !== 'done') problems.push(`${where} ended ${task.status} (${task.outcome})`);
    else if (!['captured', 'charged'].includes(task.outcome ?? ''))
      problems.push(`${where} ended with ${task.outcome}`);
    if (auditOf.get(task.order_id) !== 1)
      problems.push(`${where} posted ${auditOf.get(task.order_id) ?? 0} outcomes to its order`);
    const order = orderOf.get(task.order_id);
    const lines = linesOf.get(task.order_id) ?? [];
    const captured = capturedOf.get(task.order_id) ?? [];
    if (order?.status !== 'paid') problems.push(`${where}: the order is ${order?.status}`);
    if (lines.length !== 1 || lines[0] !== order?.total)
      problems.push(`${where}: the order has paid lines ${JSON.stringify(lines)} for ${order?.total}`);
    if (captured.length !== 1 || captured[0] !== lines[0])
      problems.push(
        `${where}: Stripe captured ${JSON.stringify(captured)}, Kassa booked ${JSON.stringify(lines)}`,
      );
  }
  return problems;
}
