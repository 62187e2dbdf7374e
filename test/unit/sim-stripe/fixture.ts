import Stripe from 'stripe';
import {
  startStripeSimulator,
  type StripeSimulator,
  type StripeSimulatorOptions,
} from '../../../src/sim/stripe/index.ts';

/** The official SDK pointed at the simulator, as Kassa will configure it: no hidden retries. */
export function clientFor(sim: StripeSimulator, key: string = sim.secretKey): Stripe {
  return new Stripe(key, {
    host: sim.host,
    port: sim.port,
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
  });
}

/** A simulator with a generous rate limit, so only the tests about rate limits meet one. */
export async function startSimulator(
  options: StripeSimulatorOptions = {},
): Promise<{ sim: StripeSimulator; stripe: Stripe }> {
  const sim = await startStripeSimulator({ rateLimitPerSecond: 10_000, ...options });
  return { sim, stripe: clientFor(sim) };
}

export async function registerReader(
  stripe: Stripe,
  code = 'simulated-wpe',
): Promise<Stripe.Terminal.Reader> {
  const location = await stripe.terminal.locations.create({
    display_name: 'Bäckerei am Markt',
    address: { line1: 'Marktplatz 1', city: 'Leipzig', postal_code: '04109', country: 'DE' },
  });
  return stripe.terminal.readers.create({ registration_code: code, location: location.id, label: 'Till 1' });
}

/** A PaymentIntent for the counter: card_present, captured by Kassa after it records the result. */
export function counterPayment(
  stripe: Stripe,
  amount: number,
  extra: Partial<Stripe.PaymentIntentCreateParams> = {},
): Promise<Stripe.PaymentIntent> {
  return stripe.paymentIntents.create({
    amount,
    currency: 'eur',
    allowed_payment_method_types: ['card_present'],
    capture_method: 'manual',
    ...extra,
  });
}

export async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) return error;
    throw error;
  }
  throw new Error('Expected the Stripe call to fail, but it succeeded.');
}
