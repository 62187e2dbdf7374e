import type { ProviderSettings } from '../payments/provider-settings.ts';
import type { SecretBox } from '../secrets/secret-box.ts';
import { createSecretStore } from '../secrets/secret-store.ts';
import type { Services } from '../services.ts';
import type { Db } from '../db/connection.ts';
import type { EventBus } from '../events.ts';
import { createExchangeRates } from './exchange-rates.ts';
import { createMercadoPagoCredentials } from './mercadopago-credentials.ts';
import { createPaymentMethodSettings } from './payment-method-settings.ts';
import { checkStripeKeyWithStripe } from './stripe-keys.ts';
import { createStripeProfiles, type BuiltInStripe } from './stripe-profiles.ts';

import type { Signal } from '../signal.ts';

export interface PreferenceServiceOptions {
  services: Services;
  /**
   * The connection, for the stores this module is the one writer of (secrets, stripe_profiles, exchange_rates),
   * made from it here once; the composition root passes it, and nothing built here hands it on.
   */
  db: Db;
  events: EventBus;
  secretBox: SecretBox;
  /** The connections the till was started with (environment or demo): the built-in profile and fallbacks. */
  providers: ProviderSettings;
  /** Where Stripe is asked about keys: api.stripe.com unless a simulator is given. */
  stripeApiUrl: () => string | undefined;
  /** Told (after the commit) whenever the owner saved the Mercado Pago preferences; card payments reconnect. */
  mercadoPagoSaved?: Signal;
  /** Resolves once card payments have moved to the Mercado Pago credentials saved last. */
  mercadoPagoSettled?: () => Promise<void>;
  /** Opens the preferences window; the host answers the address to open instead. */
  openPreferences: () => { url: string | null };
}

/** The services behind the preferences window: secrets, Stripe profiles, Mercado Pago, methods, rates. */
export function createPreferenceServices(options: PreferenceServiceOptions) {
  const { services: s, events, providers } = options;
  const changed = (section: Parameters<typeof events.emit<'settings.changed'>>[1]['section']) => () =>
    events.emit('settings.changed', { section });
  const secrets = createSecretStore(options.db, options.secretBox, s.now);

  const builtIn = (): BuiltInStripe | null => {
    const stripe = providers.stripe;
    const currency = s.store().currency;
    if (stripe.mode === 'demo')
      return { name: 'Demo (simulated reader)', secretKey: null, settlementCurrency: currency };
    if (stripe.mode === 'account')
      return {
        name: 'From the environment (KASSA_STRIPE_SECRET_KEY)',
        secretKey: stripe.secretKey,
        settlementCurrency: currency,
      };
    return null;
  };
  const profiles = createStripeProfiles({
    db: options.db,
    secrets,
    audit: s.audit,
    now: s.now,
    builtIn,
    check: (key) => checkStripeKeyWithStripe(key, options.stripeApiUrl()),
    onChanged: changed('stripeProfiles'),
  });
  const mercadoPago = createMercadoPagoCredentials({
    tx: s.tx,
    refunds: s.refundStore,
    journal: s.journal,
    settings: s.settings,
    secrets,
    audit: s.audit,
    storeCountry: () => s.store().country,
    fallback: () => {
      const mp = providers.mercadopago ?? { mode: 'off' as const };
      if (mp.mode === 'account')
        return {
          source: 'environment',
          accessToken: mp.accessToken,
          webhookSecret: mp.webhookSecret ?? null,
        };
      return { source: mp.mode === 'demo' ? 'demo' : 'none', accessToken: null, webhookSecret: null };
    },
    settled: options.mercadoPagoSettled ?? (() => Promise.resolve()),
    onChanged: () => {
      changed('mercadoPago')();
      s.tx.afterCommit(() => options.mercadoPagoSaved?.emit());
    },
  });
  const exchangeRates = createExchangeRates(options.db, s.audit, s.now, () => s.store().currency);
  const methods = createPaymentMethodSettings({
    tx: s.tx,
    journal: s.journal,
    methods: s.methods,
    profiles,
    audit: s.audit,
    onChanged: changed('paymentMethods'),
  });
  return {
    secrets,
    profiles,
    mercadoPago,
    exchangeRates,
    methods,
    changed,
    openPreferences: options.openPreferences,
    secretBoxDescription: options.secretBox.description,
  };
}

export type PreferenceServices = ReturnType<typeof createPreferenceServices>;
