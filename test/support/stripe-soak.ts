import { tempDir } from './core.ts';
import { compareWithStripe } from './ledger-check.ts';
import { openSalesPayments, runSoak, sleep, type SoakOptions, type SoakResult } from './soak-driver.ts';
import { prepareStripeTill, stripeMethodId, stripeWorld } from './stripe.ts';

export type { SoakResult } from './soak-driver.ts';

/**
 * The Stripe fault soak (see runSoak): the customer taps a good card, or first a declined one and then the
 * cashier retries, or the cashier cancels. At the end Kassa's books and Stripe's must agree exactly.
 */
export function runStripeSoak(options: SoakOptions = {}): Promise<SoakResult> {
  return runSoak(options, async (seed) => {
    const world = await stripeWorld({ seed });
    const dir = await prepareStripeTill(world, tempDir('kassa-soak-'));
    const present = async (number: string) => {
      for (let i = 0; i < 1000; i++) {
        const reader = world.sim.control.readers().find((r) => r.id === world.reader.id);
        if (reader?.action?.status === 'in_progress') {
          world.sim.control.presentCard(world.reader.id, { number });
          return;
        }
        await sleep(10);
      }
      throw new Error('the reader never asked for a card');
    };
    return {
      sim: world.sim,
      dir,
      env: {
        KASSA_STRIPE_SECRET_KEY: world.sim.secretKey,
        KASSA_STRIPE_API_URL: world.sim.url,
        KASSA_POLL_MS: '25',
        KASSA_SWEEP_MS: '300',
      },
      methodId: stripeMethodId,
      device: 'reader',
      quantity: (i) => 1 + (i % 3),
      async play({ index: i, attemptId, roll }, { call, maybeKill, until }) {
        if (roll < 0.05) {
          await call((c) => c.call('payments.cancel', { attemptId }));
          if (!(await until(attemptId, (p) => p.state === 'canceled' || p.state === 'succeeded')))
            return `payment ${i} did not cancel`;
          return null;
        }
        if (roll < 0.15) {
          await present('4000000000000002');
          await maybeKill();
          if (!(await until(attemptId, (p) => p.state === 'declined')))
            return `payment ${i} was not declined`;
          await call((c) => c.call('payments.retry', { attemptId }));
          if (!(await until(attemptId, (p) => p.state === 'waiting_for_card')))
            return `payment ${i} retry never reached the reader`;
        }
        await present('4242424242424242');
        await maybeKill();
        if (!(await until(attemptId, (p) => p.state === 'succeeded'))) return `payment ${i} never succeeded`;
        return null;
      },
      settled: async (core) =>
        (await openSalesPayments(core)).every((p) =>
          ['succeeded', 'declined', 'canceled', 'failed'].includes(p.state),
        ),
      settleChecks: 200,
      compare: () => compareWithStripe(dir, world.sim.control.ledger()),
    };
  });
}
