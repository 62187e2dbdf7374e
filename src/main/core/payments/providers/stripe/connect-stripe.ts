import type StripeClient from 'stripe';
import type { PaymentMethodRepo } from '../../payment-methods.ts';
import type { Logger } from '../../../logger.ts';
import type { StripeSettings } from '../../provider-settings.ts';
import { demoRestarted, type TerminalProvider } from '../../terminal-provider.ts';
import { createStripeTerminal } from './stripe-terminal.ts';
import { createStripeReaders, type StripeReaders } from './stripe-readers.ts';
import { withoutHiddenRetries } from './stripe-http.ts';

export interface ConnectedProvider {
  provider: TerminalProvider;
  simulated: boolean;
  close(): Promise<void>;
  /** Stripe only: the account's locations and readers. */
  readers?: StripeReaders;
  /** Demo mode: where the in-process simulator listens, so profiles verify their keys against it. */
  apiUrl?: string;
  /** Stripe only: the account's client, for card-not-present work (payment links, the event sweep). */
  stripe?: StripeClient;
}

/** The demo shop's card method: a simulated WisePOS E reader at the counter. */
export const demoStripeMethod = { id: 'stripe-demo', name: 'Card (Stripe, demo)' };

export function stripeClient(Stripe: typeof StripeClient, key: string, apiUrl?: string): StripeClient {
  const url = apiUrl ? new URL(apiUrl) : null;
  return new Stripe(key, {
    ...(url
      ? {
          host: url.hostname,
          port: Number(url.port),
          protocol: url.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
    // Kassa retries by itself with the journal's idempotency keys; hidden SDK retries would bypass the journal
    // (the SDK re-sends once on a closed connection whatever this says: see stripe-http.ts).
    maxNetworkRetries: 0,
    httpClient: withoutHiddenRetries(Stripe),
    timeout: 10_000,
    telemetry: false,
  });
}

/**
 * The demo's simulator: one already running at `url` (started by whoever keeps it across Kassa's restarts, with
 * the default account, whose keys are the same on every run), or a new one in this process.
 */
async function demoSimulator(
  url: string | undefined,
): Promise<{ url: string; secretKey: string; close(): Promise<void> }> {
  if (url !== undefined) {
    const { resolveAccounts } = await import('../../../../../sim/stripe/accounts.ts');
    const [account] = resolveAccounts(undefined);
    return { url: url.replace(/\/$/, ''), secretKey: account!.keys.secretKey, close: async () => undefined };
  }
  const { startStripeSimulator } = await import('../../../../../sim/stripe/index.ts');
  // The demo's reader is polled every 120 ms per open payment, plus the intent reads and a cashier tapping test
  // cards: Stripe test mode's 25 requests a second is the simulator's own test, not something a demo should trip
  // over, so the demo runs at the live-mode figure (issue 15: a test card tap was refused as an internal error).
  return startStripeSimulator({ port: 0, rateLimitPerSecond: 100 });
}

/**
 * Connects to Stripe. The SDK (and in demo mode the simulator) is loaded only here, after the till is
 * ready, so cash sales never wait for it.
 */
export async function connectStripe(
  settings: StripeSettings,
  ctx: {
    methods: Pick<PaymentMethodRepo, 'idOfTerminal' | 'pointDemoMethodAt'>;
    log: Logger;
    pollIntervalMs?: number;
    /** Fails (with their lines) the attempts a terminal was busy with; the demo's terminal starts empty. */
    abandonOnTerminal: (failure: { code: string; message: string }) => number;
  },
): Promise<ConnectedProvider | null> {
  if (settings.mode === 'off') return null;
  const { default: Stripe } = await import('stripe');
  const readersOf = (stripe: StripeClient) =>
    createStripeReaders(stripe, (serial) => ctx.methods.idOfTerminal('stripe', serial));
  if (settings.mode === 'account') {
    const stripe = stripeClient(Stripe, settings.secretKey, settings.apiUrl);
    const simulated = settings.secretKey.includes('_test_');
    ctx.log.info('stripe.connected', {
      mode: simulated ? 'test' : 'live',
      apiUrl: settings.apiUrl ?? 'api.stripe.com',
    });
    return {
      provider: createStripeTerminal({
        stripe,
        simulated,
        ...(ctx.pollIntervalMs ? { pollIntervalMs: ctx.pollIntervalMs } : {}),
      }),
      simulated,
      close: async () => undefined,
      readers: readersOf(stripe),
      stripe,
    };
  }

  const sim = await demoSimulator(settings.simulatorUrl);
  const stripe = stripeClient(Stripe, sim.secretKey, sim.url);
  const location = await stripe.terminal.locations.create({
    display_name: 'Kassa Demo Shop',
    address: { line1: 'Demo Street 1', city: 'Berlin', postal_code: '10115', country: 'DE' },
  });
  const reader = await stripe.terminal.readers.create({
    registration_code: 'simulated-wpe',
    label: 'Counter (demo)',
    location: location.id,
  });
  // Each run registers its own reader (a simulator of its own starts empty), and the demo method points at it.
  ctx.methods.pointDemoMethodAt(demoStripeMethod, 'stripe', reader.serial_number);
  ctx.abandonOnTerminal(demoRestarted);
  ctx.log.info('stripe.demo_started', { url: sim.url, reader: reader.serial_number });
  return {
    provider: createStripeTerminal({
      stripe,
      simulated: true,
      ...(ctx.pollIntervalMs ? { pollIntervalMs: ctx.pollIntervalMs } : {}),
    }),
    simulated: true,
    close: () => sim.close(),
    readers: readersOf(stripe),
    apiUrl: sim.url,
    stripe,
  };
}
