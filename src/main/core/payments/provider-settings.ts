import { z } from 'zod';

/**
 * How this till reaches its card providers. `demo` runs the simulators in-process on loopback (DEMO-1);
 * `account` uses real keys (or, with apiUrl, a simulator started with `npm run sim`).
 */
export const stripeSettings = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('off') }),
  z.object({ mode: z.literal('demo') }),
  z.object({
    mode: z.literal('account'),
    secretKey: z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, {
      error: 'A Stripe secret key starts with sk_test_, sk_live_, rk_test_ or rk_live_.',
    }),
    apiUrl: z.url().optional(),
  }),
]);
export type StripeSettings = z.infer<typeof stripeSettings>;

export interface ProviderSettings {
  stripe: StripeSettings;
}

/** Reads the provider set-up from the environment (IT can script it; the preferences window comes later). */
export function providerSettingsFromEnv(env: NodeJS.ProcessEnv): ProviderSettings {
  const key = env.KASSA_STRIPE_SECRET_KEY?.trim();
  const stripe: StripeSettings =
    env.KASSA_DEMO === 'off' && !key
      ? { mode: 'off' }
      : key
        ? stripeSettings.parse({
            mode: 'account',
            secretKey: key,
            ...(env.KASSA_STRIPE_API_URL ? { apiUrl: env.KASSA_STRIPE_API_URL } : {}),
          })
        : { mode: 'demo' };
  return { stripe };
}
