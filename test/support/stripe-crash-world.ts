import { afterAll, beforeAll } from 'vitest';
import { stripeWorld } from './stripe.ts';
import type { StripeWorld } from './stripe-each-test.ts';

/**
 * One Stripe simulator for a whole crash-test file: started before its tests (and handed to `use`), closed after
 * them. Answers the environment of a till process started with `spawnCore`: the simulator to reach and the
 * failpoints (KASSA_FAILPOINTS) where that process should die.
 */
export function stripeWorldForCrashTests(
  use: (world: StripeWorld) => void,
): (failpoints?: string) => Record<string, string> {
  let world: StripeWorld;
  beforeAll(async () => {
    world = await stripeWorld();
    use(world);
  });
  afterAll(() => world.sim.close());
  return (failpoints = '') => ({
    KASSA_STRIPE_SECRET_KEY: world.sim.secretKey,
    KASSA_STRIPE_API_URL: world.sim.url,
    KASSA_FAILPOINTS: failpoints,
  });
}
