import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, timestamp } from './common.ts';
import { countryCode, isoDate, knownCurrency, locale, pin, requiredText } from './fields.ts';
import { words } from './field-words.ts';
import { terminalSettingsSchema, type TerminalSettings } from '../settings/terminal-settings.ts';
import type { MessageKey } from '../i18n/en.ts';

const prefs = ['preferences'] as const;

export const storeSettingsForm = z
  .object({
    name: requiredText('label.storeName'),
    country: countryCode,
    currency: knownCurrency,
    locale,
    pricesIncludeTax: z.boolean({ error: words('check.sayWhetherPricesInclude') }),
    /**
     * Minor units cash is rounded to (5 = 0.05); 1 turns rounding off. Omit it to take the country's rule
     * (`suggestedCashRounding` in the answer of storeSettings.get).
     */
    cashRoundingIncrement: z
      .number({ error: words('check.cashRoundingStepWhole') })
      .int({ error: words('check.cashRoundingStepWhole') })
      .min(1, { error: words('check.cashRoundingStepLeast') })
      .max(10_000, { error: words('check.cashRoundingStepMost') })
      .optional(),
    /**
     * The owner has read what a new currency means (storeSettings.currencyChange) and goes ahead: needed to
     * change the currency of a store that has recorded orders or card payments still open.
     */
    currencyChangeConfirmed: z.literal(true).optional(),
  })
  .strict();

/** What changing the store's currency would touch (issue 15.2): shown to the owner before they save. */
export const currencyChangeView = z.object({
  from: z.string(),
  to: z.string(),
  /** Orders already recorded: they keep their own currency in History, receipts and exports. */
  recordedOrders: z.number().int(),
  /** Orders still open block the change: they are finished or voided first. */
  openOrders: z.number().int(),
  /** Card payments and refunds still running at a provider: they finish in their order's currency. */
  openCardPayments: z.number().int(),
  /** Whether saving needs `currencyChangeConfirmed`. */
  needsConfirmation: z.boolean(),
});
export type CurrencyChangeView = z.infer<typeof currencyChangeView>;

export const storeSettingsView = z.object({
  name: z.string(),
  country: z.string(),
  currency: z.string(),
  locale: z.string(),
  pricesIncludeTax: z.boolean(),
  cashRoundingIncrement: z.number().int(),
  /** What the country's coins call for in this currency: the default when the owner leaves it empty. */
  suggestedCashRounding: z.number().int(),
});
export type StoreSettingsView = z.infer<typeof storeSettingsView>;

export const terminalSettings = terminalSettingsSchema();
export type { TerminalSettings };

/** Where a provider's credentials come from: the preferences, the environment (IT scripts), or the demo simulator. */
export const credentialSource = z.enum(['saved', 'environment', 'demo', 'none']);

export const mercadoPagoSettingsView = z.object({
  source: credentialSource,
  /** `APP_USR-…1234` or `TEST-…1234`: the stored token is never shown again. Null when none is set. */
  accessTokenHint: z.string().nullable(),
  webhookSecretHint: z.string().nullable(),
  /** Production (APP_USR-) or test (TEST-) credentials. */
  production: z.boolean(),
  country: z.enum(['AR', 'BR', 'MX', 'CL']),
});
export type MercadoPagoSettingsView = z.infer<typeof mercadoPagoSettingsView>;

const secretInput = (label: MessageKey, paste: MessageKey) =>
  z
    .string({ error: words('check.labelText', { labelKey: label }) })
    .trim()
    .min(1, { error: words(paste) })
    .max(500, { error: words('check.labelMaxChars', { labelKey: label, max: 500 }) });

export const exchangeRate = z.object({
  currency: z.string(),
  /** Units of `currency` for one unit of the store currency, as an exact decimal ("1.0834"). */
  rate: z.string(),
  date: z.string(),
  updatedAt: timestamp,
});
export type ExchangeRate = z.infer<typeof exchangeRate>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: timestamp,
  /** The staff member's name, or `system` / `manager` for older entries. */
  actor: z.string().nullable(),
  action: z.string(),
  subject: z.string().nullable(),
  /** Old and new values of a change; secrets appear only as hints (`sk_live_…abcd`) or `[masked]`. */
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/**
 * The preferences window (PREF-1, PREF-4). It is opened from the till with an owner's PIN; its channels answer
 * `pin_required` ("open preferences again from the till") once it is locked. Every save is validated here,
 * changes nothing when anything is wrong, and is written to the audit log with old and new values.
 */
export const preferenceChannels = {
  /**
   * Checks an owner's PIN (lockout as for sign-in) and opens the preferences window. In the app the window
   * opens by itself and `url` is null; the headless host answers the address to open in a new tab.
   */
  'preferences.open': channel({
    request: z.object({ pin }).strict(),
    response: z.object({ url: z.string().nullable() }),
    windows: ['till'],
  }),
  /** Locks the preferences again (the window calls it when it closes). */
  'preferences.close': channel({ request: empty, response: z.object({}), windows: prefs }),

  'storeSettings.get': channel({ request: empty, response: storeSettingsView, windows: prefs }),
  /** Changing the currency is refused while orders are open. */
  'storeSettings.save': channel({ request: storeSettingsForm, response: storeSettingsView, windows: prefs }),
  /** What a change to this currency would mean for the store's orders and card payments (issue 15.2). */
  'storeSettings.currencyChange': channel({
    request: z.object({ currency: knownCurrency }).strict(),
    response: currencyChangeView,
    windows: prefs,
  }),

  'terminalSettings.get': channel({ request: empty, response: terminalSettings, windows: prefs }),
  'terminalSettings.save': channel({ request: terminalSettings, response: terminalSettings, windows: prefs }),

  'mercadoPagoSettings.get': channel({ request: empty, response: mercadoPagoSettingsView, windows: prefs }),
  /**
   * Secrets are write-only: omit a field to keep the stored value, send null to remove it. The access token
   * starts with APP_USR- (production) or TEST- (test credentials). Takes effect at once: the next Mercado Pago
   * payment goes to the account saved last. A new or removed token is refused (`conflict`, field accessToken)
   * while a Mercado Pago payment or refund is still open at the old account.
   */
  'mercadoPagoSettings.save': channel({
    request: z
      .object({
        accessToken: secretInput('label.accessToken', 'check.pasteAccessToken')
          .regex(/^(APP_USR|TEST)-[A-Za-z0-9_-]+$/, {
            error: words('check.mercadoPagoAccessToken'),
          })
          .nullable()
          .optional(),
        webhookSecret: secretInput('label.webhookSecret', 'check.pasteWebhookSecret').nullable().optional(),
        country: z.enum(['AR', 'BR', 'MX', 'CL'], {
          error: words('check.mercadoPagoPointWorks'),
        }),
      })
      .strict(),
    response: mercadoPagoSettingsView,
    windows: prefs,
  }),

  /** Exchange rates (STO-3), one per currency, newest first. */
  'exchangeRates.list': channel({ request: empty, response: z.array(exchangeRate), windows: prefs }),
  'exchangeRates.save': channel({
    request: z
      .object({
        currency: knownCurrency,
        rate: z
          .string({ error: words('check.typeRateDecimalNumber') })
          .trim()
          .regex(/^\d{1,9}(\.\d{1,10})?$/, {
            error: words('check.typeRateDecimalNumber2'),
          })
          .refine((s) => /[1-9]/.test(s), { error: words('check.rateMoreThanZero') }),
        date: isoDate,
      })
      .strict(),
    response: exchangeRate,
    windows: prefs,
  }),
  'exchangeRates.remove': channel({
    request: z.object({ currency: knownCurrency }).strict(),
    response: z.object({}),
    windows: prefs,
  }),

  /** Newest first; page with `before` (the smallest id seen). */
  'audit.list': channel({
    request: z
      .object({
        limit: z.number().int().min(1).max(200).default(50),
        before: z.number().int().positive().optional(),
      })
      .strict(),
    response: z.object({ entries: z.array(auditEntry), nextBefore: z.number().int().nullable() }),
    windows: prefs,
  }),
};

export const settingsSection = z.enum([
  'store',
  'terminals',
  'stripeProfiles',
  'mercadoPago',
  'paymentMethods',
  'exchangeRates',
  'staff',
  'provisioning',
]);

export const preferenceEvents = {
  /** A section was saved: the till reloads what it shows from it (payment methods, store info, staff). */
  'settings.changed': z.object({ section: settingsSection }),
  /** The till's sign-in changed (login, logout, switch) or the preferences were locked or unlocked. */
  'session.changed': z.object({ tillStaffId: z.string().nullable(), preferencesOpen: z.boolean() }),
};
