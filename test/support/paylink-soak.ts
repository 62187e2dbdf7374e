import Database from 'better-sqlite3';
import { join } from 'node:path';
import { seededRandom } from '../../src/sim/rng.ts';
import type { PaymentLink } from '../../src/shared/ipc/paylinks.ts';
import { newId, tempDir } from './core.ts';
import { spawnCore, type CoreProcess } from './core-process.ts';
import { sleep, type SoakOptions, type SoakResult } from './soak-driver.ts';
import { prepareStripeTill, stripeMethodId, stripeWorld } from './stripe.ts';

const faultKinds = ['http_500', 'http_429', 'drop_connection', 'lost_response', 'latency'] as const;
const sessionOf = (link: PaymentLink) => link.url!.split('/').pop()!;

/**
 * The pay-by-link fault soak: link payments through a core in its own process, with `faultRate` of all Stripe
 * requests failing (5xx, 429, dropped connections, lost answers, slow answers) and the core SIGKILLed at random
 * moments (after asking for a link, after the customer paid). The customer pays by card, or is declined first
 * and pays then; sometimes the cashier cancels the link and takes cash. At the end, per order, Kassa's books
 * and Stripe's must agree: every order Stripe took money for is paid in Kassa by that payment and no other, no
 * order is paid twice, and no session is left open at Stripe.
 */
export async function runPaylinkSoak(options: SoakOptions = {}): Promise<SoakResult> {
  const total = options.payments ?? 300;
  const seed = options.seed ?? 2026;
  const random = seededRandom(seed);
  const started = performance.now();
  const world = await stripeWorld({ seed });
  const dir = await prepareStripeTill(world, tempDir('kassa-link-soak-'));
  const env = {
    KASSA_STRIPE_SECRET_KEY: world.sim.secretKey,
    KASSA_STRIPE_API_URL: world.sim.url,
    KASSA_POLL_MS: '25',
    KASSA_SWEEP_MS: '300',
  };
  const { sim } = world;
  let core: CoreProcess = await spawnCore(dir, env);
  let kills = 0;
  const mismatches: string[] = [];
  const rate = options.faultRate ?? 0.2;
  for (const kind of faultKinds)
    sim.control.injectFault({
      kind,
      probability: rate / faultKinds.length,
      ...(kind === 'latency' ? { ms: 150 } : {}),
    });

  /** Calls the core; a killed core is started again, and a call lost to a fault is asked again. */
  async function call<T>(fn: (c: CoreProcess) => Promise<T>, retryOn: readonly string[] = []): Promise<T> {
    for (let i = 0; ; i++) {
      try {
        return await fn(core);
      } catch (error) {
        const code = (error as { kassa?: { code: string } }).kassa?.code;
        if (code !== undefined && retryOn.includes(code) && i < 200) {
          await sleep(25);
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
  async function maybeKill(): Promise<void> {
    if (random() < (options.killRate ?? 0.04)) {
      await core.kill();
      kills++;
      core = await spawnCore(dir, env);
    }
  }
  /** The order's newest link once it matches `ok`, or null after 30 s. */
  async function linkUntil(orderId: string, ok: (l: PaymentLink) => boolean): Promise<PaymentLink | null> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const links = await call((c) => c.call('paylinks.forOrder', { orderId }));
      const link = links.at(-1);
      if (link && ok(link)) return link;
      await sleep(20);
    }
    return null;
  }
  async function orderPaid(orderId: string): Promise<boolean> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const order = await call((c) => c.call('orders.get', { orderId }));
      if (order.status === 'paid') return true;
      await sleep(20);
    }
    return false;
  }

  try {
    for (let index = 0; index < total; index++) {
      const order = await call((c) =>
        c.call('orders.checkout', {
          orderId: newId(),
          lines: [{ productId: 1 + (index % 60), quantity: 1 + (index % 3) }],
          payments: [],
        }),
      );
      // A create answered with a fault is asked again: a link already made (or being made) is found instead.
      const made = await call(
        async (c) => {
          const existing = (await c.call('paylinks.forOrder', { orderId: order.id })).at(-1);
          if (existing) return existing;
          return c.call('paylinks.create', { orderId: order.id, methodId: stripeMethodId });
        },
        ['provider_unreachable', 'provider_rejected'],
      );
      await maybeKill();
      const link = await linkUntil(order.id, (l) => l.state === 'open' && l.url !== null);
      if (!link) {
        mismatches.push(`order ${index}: its link (${made.state}) never opened`);
        continue;
      }
      const roll = random();
      if (roll < 0.1) {
        // The customer changes their mind: the cashier cancels the link and takes cash.
        const ended = await call(
          (c) => c.call('paylinks.cancel', { linkId: link.id }),
          ['provider_unreachable', 'provider_rejected'],
        );
        // A cancel whose answer was lost finds the session ended at Stripe: canceled or expired, the amount is free.
        if (ended.state !== 'canceled' && ended.state !== 'expired')
          mismatches.push(`order ${index}: cancel left the link ${ended.state}`);
        const fresh = await call((c) => c.call('orders.get', { orderId: order.id }));
        await call((c) =>
          c.call('orders.addPayment', {
            orderId: order.id,
            payment: { id: newId(), methodId: 'cash', amount: fresh.remaining, tendered: fresh.remaining },
          }),
        );
      } else {
        if (roll < 0.25)
          sim.control.payCheckout(sessionOf(link), { method: 'card', number: '4000000000000002' });
        sim.control.payCheckout(sessionOf(link), { method: 'card', number: '4242424242424242' });
        await maybeKill();
      }
      if (!(await orderPaid(order.id))) mismatches.push(`order ${index} never turned paid`);
    }
    sim.control.clearFaults();
    await core.stop();
    mismatches.push(
      ...compareLinks(dir, sim.control.ledger().paymentIntents, sim.control.checkoutSessions()),
    );
  } finally {
    if (core.child.exitCode === null && core.child.signalCode === null) await core.kill();
    await sim.close();
  }
  return { payments: total, kills, mismatches, seconds: Math.round((performance.now() - started) / 1000) };
}

/** Kassa's link payments next to Stripe's, order by order. */
function compareLinks(
  dir: string,
  intents: readonly {
    id: string;
    status: string;
    amount_received: number;
    metadata: Record<string, string>;
  }[],
  sessions: readonly { id: string; status: string | null; metadata: Record<string, string> | null }[],
): string[] {
  const db = new Database(join(dir, 'kassa.sqlite3'), { readonly: true });
  try {
    const problems: string[] = [];
    const paidLinks = db
      .prepare(
        `SELECT l.order_id, l.amount, l.payment_intent, o.status, o.paid, o.total
           FROM payment_links l JOIN orders o ON o.id = l.order_id WHERE l.state = 'paid'`,
      )
      .all() as {
      order_id: string;
      amount: number;
      payment_intent: string;
      status: string;
      paid: number;
      total: number;
    }[];
    const byOrder = new Map(paidLinks.map((l) => [l.order_id, l]));
    if (byOrder.size !== paidLinks.length) problems.push('an order has two paid links');
    const taken = intents.filter((pi) => pi.status === 'succeeded' && pi.metadata['kassa_link']);
    const takenOrders = new Set<string>();
    for (const pi of taken) {
      const orderId = pi.metadata['kassa_order']!;
      if (takenOrders.has(orderId)) problems.push(`Stripe took two payments for order ${orderId}`);
      takenOrders.add(orderId);
      const link = byOrder.get(orderId);
      if (!link)
        problems.push(`Stripe took ${pi.amount_received} for order ${orderId}; Kassa has no paid link`);
      else if (link.payment_intent !== pi.id || link.amount !== pi.amount_received)
        problems.push(
          `order ${orderId}: Kassa has ${link.payment_intent}/${link.amount}, Stripe ${pi.id}/${pi.amount_received}`,
        );
    }
    for (const link of paidLinks) {
      if (!takenOrders.has(link.order_id))
        problems.push(`order ${link.order_id} is paid by link in Kassa only`);
      if (link.status !== 'paid' || link.paid !== link.total)
        problems.push(`order ${link.order_id} is ${link.status} with ${link.paid} of ${link.total} paid`);
    }
    const attempts = db
      .prepare(
        `SELECT count(*) FROM payment_attempts WHERE terminal_ref = 'checkout' AND state = 'succeeded'`,
      )
      .pluck()
      .get() as number;
    if (attempts !== paidLinks.length)
      problems.push(`${attempts} journal attempts for ${paidLinks.length} paid links`);
    const open = sessions.filter((s) => s.status === 'open');
    for (const s of open)
      problems.push(`session ${s.id} of order ${s.metadata?.['kassa_order']} is still open`);
    const unpaid = db.prepare(`SELECT count(*) FROM orders WHERE status = 'open'`).pluck().get() as number;
    if (unpaid > 0) problems.push(`${unpaid} orders are still open`);
    return problems;
  } finally {
    db.close();
  }
}
