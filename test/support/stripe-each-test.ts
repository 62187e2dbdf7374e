import { afterEach, beforeEach } from 'vitest';
import { stripeTill, stripeWorld } from './stripe.ts';

export type StripeWorld = Awaited<ReturnType<typeof stripeWorld>>;
export type StripeTill = ReturnType<typeof stripeTill>;

/**
 * Gives every test of the file its own Stripe simulator and a till on it, ready for card payments, and
 * closes both after the test, so no reader state or fault leaks from one test into the next.
 */
export function freshStripeTillEachTest(
  use: (fresh: { world: StripeWorld; kassa: StripeTill }) => void,
): void {
  let world: StripeWorld;
  let kassa: StripeTill;
  beforeEach(async () => {
    world = await stripeWorld();
    kassa = stripeTill(world);
    await kassa.core.payments.ready;
    use({ world, kassa });
  });
  afterEach(async () => {
    await kassa.close();
    await world.sim.close();
  });
}
