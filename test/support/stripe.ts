import Stripe from 'stripe';
import { startStripeSimulator, type StripeSimulator } from '../../src/sim/stripe/index.ts';
import { stripeClient } from '../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import { testCore, tempDir } from './core.ts';
import type { CoreOptions } from '../../src/main/core/kassa-core.ts';

export { waitForPayment } from './wait-for-payment.ts';

export const stripeMethodId = 'stripe-counter';

/** A simulator with a location and one simulated WisePOS E, and the SDK pointed at it (the test's own view). */
export async function stripeWorld(
  options: { latencyMs?: number; rateLimitPerSecond?: number; seed?: number } = {},
) {
  const sim: StripeSimulator = await startStripeSimulator({ rateLimitPerSecond: 1000, ...options });
  const stripe = stripeClient(Stripe, sim.secretKey, sim.url);
  const location = await stripe.terminal.locations.create({
    display_name: 'Test shop',
    address: { line1: 'Main St 1', city: 'Berlin', postal_code: '10115', country: 'DE' },
  });
  const reader = await stripe.terminal.readers.create({
    registration_code: 'simulated-wpe',
    label: 'Counter',
    location: location.id,
  });
  return { sim, stripe, reader };
}

/** A core on a fresh (or given) data folder with a "Card (Stripe)" method on the world's reader. */
export function stripeTill(
  world: Awaited<ReturnType<typeof stripeWorld>>,
  dataDir = tempDir(),
  extra: Partial<CoreOptions> = {},
) {
  const kassa = testCore(dataDir, undefined, {
    providers: { stripe: { mode: 'account', secretKey: world.sim.secretKey, apiUrl: world.sim.url } },
    pollIntervalMs: 20,
    sweepIntervalMs: 60_000,
    ...extra,
  });
  kassa.core.db
    .prepare(
      `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, position) VALUES (?, 'Card (Stripe)', 'bank', 'stripe', ?, 5)
       ON CONFLICT (id) DO NOTHING`,
    )
    .run(stripeMethodId, world.reader.serial_number);
  return kassa;
}

/** A data folder whose till has the "Card (Stripe)" method on the world's reader, for a core started later. */
export async function prepareStripeTill(
  world: Awaited<ReturnType<typeof stripeWorld>>,
  dir = tempDir(),
): Promise<string> {
  const kassa = testCore(dir);
  kassa.core.db
    .prepare(
      `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, position) VALUES (?, 'Card (Stripe)', 'bank', 'stripe', ?, 5)`,
    )
    .run(stripeMethodId, world.reader.serial_number);
  await kassa.close();
  return dir;
}
