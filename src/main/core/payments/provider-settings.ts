import { z } from 'zod';
import { words } from '../../../shared/ipc/field-words.ts';
import { fromZod } from '../ipc/dispatcher.ts';

/**
 * How this till reaches its card providers. `demo` runs the simulators in-process on loopback (DEMO-1);
 * `account` uses real keys (or, with apiUrl, a simulator started with `npm run sim`).
 */
export const stripeSettings = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('off') }),
  z.object({
    mode: z.literal('demo'),
    /**
     * The demo's simulator already running on loopback (KASSA_DEMO_STRIPE_URL): one that outlives Kassa, so a
     * payment still settling when Kassa closes settles while it is closed, as at Stripe. By default the demo
     * starts its own, which begins empty with each run.
     */
    simulatorUrl: z.url().optional(),
  }),
  z.object({
    mode: z.literal('account'),
    secretKey: z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, {
      error: words('check.stripeSecretKeyStarts'),
    }),
    apiUrl: z.url().optional(),
  }),
]);
export type StripeSettings = z.infer<typeof stripeSettings>;

/**
 * Mercado Pago Point. The notification receiver is off unless an address is given; it needs the webhook
 * secret to check signatures, and binds exactly to the address given (exposing it is the owner's choice).
 */
export const mercadoPagoSettings = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('off') }),
  z.object({ mode: z.literal('demo') }),
  z
    .object({
      mode: z.literal('account'),
      accessToken: z.string().regex(/^(APP_USR|TEST)-[A-Za-z0-9_-]+$/, {
        error: words('check.mercadoPagoAccessToken'),
      }),
      apiUrl: z.url().optional(),
      webhookSecret: z.string().min(1).optional(),
      /** The account's country, as the owner saved it with the token; without it the store's country decides. */
      country: z.enum(['AR', 'BR', 'MX', 'CL']).optional(),
      receiver: z.object({ host: z.string().min(1), port: z.number().int().min(0).max(65_535) }).optional(),
    })
    .refine((s) => !s.receiver || s.webhookSecret, {
      error: words('check.receiverNeedsSecret'),
    }),
]);
export type MercadoPagoSettings = z.infer<typeof mercadoPagoSettings>;

/**
 * Whether two Mercado Pago set-ups reach the same account the same way: when they do, saving the preferences
 * leaves the running connection (and any payment on it) alone.
 */
export function sameMercadoPagoSettings(a: MercadoPagoSettings, b: MercadoPagoSettings): boolean {
  if (a.mode !== 'account' || b.mode !== 'account') return a.mode === b.mode;
  return (
    a.accessToken === b.accessToken &&
    a.apiUrl === b.apiUrl &&
    a.webhookSecret === b.webhookSecret &&
    a.country === b.country &&
    a.receiver?.host === b.receiver?.host &&
    a.receiver?.port === b.receiver?.port
  );
}

export interface ProviderSettings {
  stripe: StripeSettings;
  /** Missing means off. */
  mercadopago?: MercadoPagoSettings;
}

/** `127.0.0.1:8088` or `[::1]:8088` → host and port. */
function receiverAddress(value: string): { host: string; port: number } {
  const match = /^\[?([^\]]*?)\]?:(\d{1,5})$/.exec(value.trim());
  if (!match) {
    throw new Error(
      `KASSA_MP_RECEIVER is "${value}": write the address and port to listen on, for example 127.0.0.1:8088.`,
    );
  }
  return { host: match[1]!, port: Number(match[2]) };
}

/** A set-up read from the environment, or IT's error in words (the schema's own sentence, not zod's JSON). */
function parseFromEnv<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZod(parsed.error);
  return parsed.data;
}

/**
 * Reads the provider set-up from the environment (IT can script it). Mercado Pago credentials saved in the
 * preferences take precedence over these; without saved ones the till falls back to what is read here.
 */
export function providerSettingsFromEnv(env: NodeJS.ProcessEnv): ProviderSettings {
  const key = env.KASSA_STRIPE_SECRET_KEY?.trim();
  const stripe: StripeSettings =
    env.KASSA_DEMO === 'off' && !key
      ? { mode: 'off' }
      : key
        ? parseFromEnv(stripeSettings, {
            mode: 'account',
            secretKey: key,
            ...(env.KASSA_STRIPE_API_URL ? { apiUrl: env.KASSA_STRIPE_API_URL } : {}),
          })
        : {
            mode: 'demo',
            ...(env.KASSA_DEMO_STRIPE_URL
              ? parseFromEnv(stripeSettings, { mode: 'demo', simulatorUrl: env.KASSA_DEMO_STRIPE_URL })
              : {}),
          };
  // A till with real Stripe keys is a real shop: it gets no Mercado Pago demo terminal.
  const token = env.KASSA_MP_ACCESS_TOKEN?.trim();
  const receiver = env.KASSA_MP_RECEIVER?.trim();
  const mercadopago: MercadoPagoSettings = token
    ? parseFromEnv(mercadoPagoSettings, {
        mode: 'account',
        accessToken: token,
        ...(env.KASSA_MP_API_URL ? { apiUrl: env.KASSA_MP_API_URL } : {}),
        ...(env.KASSA_MP_WEBHOOK_SECRET ? { webhookSecret: env.KASSA_MP_WEBHOOK_SECRET } : {}),
        ...(receiver ? { receiver: receiverAddress(receiver) } : {}),
      })
    : env.KASSA_DEMO === 'off' || key
      ? { mode: 'off' }
      : { mode: 'demo' };
  return { stripe, mercadopago };
}
