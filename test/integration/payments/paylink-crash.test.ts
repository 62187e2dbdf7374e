import { describe, expect, it } from 'vitest';
import { newId, tempDir } from '../../support/core.ts';
import { spawnCore, type CoreProcess } from '../../support/core-process.ts';
import { prepareStripeTill, stripeMethodId } from '../../support/stripe.ts';
import type { StripeWorld } from '../../support/stripe-each-test.ts';
import { stripeWorldForCrashTests } from '../../support/stripe-crash-world.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { PaymentLink } from '../../../src/shared/ipc/paylinks.ts';

const strawberries = demoProducts.find((p) => p.name === 'Strawberries 500 g')!; // 3.99

let world: StripeWorld;
const env = stripeWorldForCrashTests((started) => (world = started));

const liveSessionsOf = (orderId: string) =>
  world.sim.control
    .checkoutSessions()
    .filter((s) => s.client_reference_id === orderId && s.status === 'open');

/** Waits for the order's link to reach `state`, as the restarted till's watcher moves it (no sleeping blind). */
async function linkReaches(
  core: CoreProcess,
  orderId: string,
  state: PaymentLink['state'],
): Promise<PaymentLink> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const links = await core.call('paylinks.forOrder', { orderId });
    const link = links.find((l) => l.state === state);
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no link in ${state}: ${JSON.stringify(links)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The core is killed between journaling a payment link and recording Stripe's answer, at each step; after the
 * restart the same idempotency key finds (or makes) the one session, and exactly one live session exists.
 */
describe('a crash while a payment link is made', { timeout: 90_000 }, () => {
  it.each([
    ['after the link is journaled, before Stripe is asked', 'paylink.before_send'],
    ['after Stripe made the session, before its answer is recorded', 'paylink.after_send'],
  ])('%s: one live session after the restart, and the order is paid from it', async (_, failpoint) => {
    const dataDir = await prepareStripeTill(world, tempDir('kassa-paylink-crash-'));
    const first = await spawnCore(dataDir, env(failpoint));
    const order = await first.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: strawberries.id, quantity: 1 }],
      payments: [],
    });
    expect(
      await first.tryCall('paylinks.create', { orderId: order.id, methodId: stripeMethodId }),
    ).toBeNull();
    await first.exited;
    expect(liveSessionsOf(order.id)).toHaveLength(failpoint === 'paylink.after_send' ? 1 : 0);

    const second = await spawnCore(dataDir, env());
    try {
      const open = await linkReaches(second, order.id, 'open');
      expect(liveSessionsOf(order.id)).toHaveLength(1);
      expect(open.url).toBe(liveSessionsOf(order.id)[0]!.url);
      // A second link is refused while this one is open.
      const again = await second.tryCall('paylinks.create', { orderId: order.id, methodId: stripeMethodId });
      expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });

      world.sim.control.payCheckout(open.url!.split('/').pop()!, {
        method: 'card',
        number: '4242424242424242',
      });
      await linkReaches(second, order.id, 'paid');
      const paid = await second.call('orders.get', { orderId: order.id });
      expect(paid).toMatchObject({ status: 'paid', paid: order.total });
      const intents = world.sim.control
        .ledger()
        .paymentIntents.filter((pi) => pi.metadata['kassa_order'] === order.id);
      expect(intents).toHaveLength(1);
      expect(intents[0]).toMatchObject({ status: 'succeeded', amount_received: order.total });
    } finally {
      await second.stop();
    }
  });
});
