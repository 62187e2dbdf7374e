import { z } from 'zod';
import { printerInput } from './printing.ts';
import { channel } from './channel.ts';
import { minorUnits } from './common.ts';
import {
  accountCode,
  countryCode,
  isoDate,
  knownCurrency,
  locale,
  recordId,
  requiredText,
  staffRole,
} from './fields.ts';

const unique = <T>(items: readonly T[], key: (item: T) => string) =>
  new Set(items.map(key)).size === items.length;

const taxRateConfig = z
  .object({
    id: recordId,
    name: requiredText('A tax rate name', 40),
    /** Hundredths of a percent: 1900 is 19 %. */
    rateBp: z
      .number({ error: 'A tax rate is a whole number of hundredths of a percent (1900 = 19 %).' })
      .int({ error: 'A tax rate is a whole number of hundredths of a percent (1900 = 19 %).' })
      .min(0, { error: 'A tax rate cannot be negative.' })
      .max(10_000, { error: 'A tax rate is at most 100 % (10000).' }),
  })
  .strict();

const methodConfig = z
  .object({
    id: recordId,
    name: requiredText('A method name', 40),
    journal: z.enum(['cash', 'bank'], { error: 'Choose the journal: cash or bank.' }),
    terminal: z.enum(['none', 'stripe', 'mercadopago']).default('none'),
    /** Reader or terminal serial; can also be set later in preferences. */
    terminalRef: requiredText('The serial number', 100).optional(),
    /** A Stripe method's profile: one of `stripeProfiles[].id`, or `default` (demo or the environment's key). */
    profileId: recordId.optional(),
    identifyCustomer: z.boolean().default(false),
    /** Paid with a voucher (gift card): a return gives this money back as a voucher credit. */
    voucher: z.boolean().default(false),
    outstandingAccount: accountCode,
    intermediaryAccount: accountCode,
    active: z.boolean().default(true),
  })
  .strict();

const stripeProfileConfig = z
  .object({
    id: recordId,
    name: requiredText('A profile name', 60),
    accountId: z
      .string()
      .regex(/^acct_[A-Za-z0-9]+$/, { error: 'A Stripe account id starts with acct_.' })
      .optional(),
    /** Publishable keys are not secret; secret keys never go in this file (paste them in preferences). */
    publishableKey: z
      .string()
      .regex(/^pk_(test|live)_[A-Za-z0-9]+$/, {
        error: 'A publishable key starts with pk_test_ or pk_live_.',
      })
      .optional(),
    settlementCurrency: knownCurrency,
    production: z.boolean().default(true),
  })
  .strict();

/**
 * A store configuration file (PREF-5): what IT prepares for a new shop. It holds no secrets and no PINs;
 * API keys are pasted in preferences, and the owner chooses a PIN at first start. Publish its JSON Schema at
 * resources/store-config.schema.json (`node scripts/store-config-schema.ts`).
 */
export const storeConfig = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1, { error: 'This Kassa reads store files of version 1.' }),
    store: z
      .object({
        name: requiredText('The store name'),
        country: countryCode,
        currency: knownCurrency,
        locale,
        pricesIncludeTax: z.boolean({ error: 'Say whether prices include tax.' }),
        /** Omit it to take the country's cash rounding rule. */
        cashRoundingIncrement: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
    till: z
      .object({ name: requiredText('The till name', 40) })
      .strict()
      .optional(),
    providers: z
      .object({ stripe: z.boolean().default(false), mercadoPago: z.boolean().default(false) })
      .strict()
      .default({ stripe: false, mercadoPago: false }),
    taxRates: z
      .array(taxRateConfig)
      .min(1, { error: 'A store needs at least one tax rate.' })
      .refine((list) => unique(list, (t) => t.id), { error: 'Two tax rates have the same id.' }),
    paymentMethods: z
      .array(methodConfig)
      .min(1, { error: 'A store needs at least one payment method.' })
      .refine((list) => unique(list, (m) => m.id), { error: 'Two payment methods have the same id.' })
      .refine(
        (list) =>
          unique(
            list.filter((m) => m.terminalRef),
            (m) => m.terminalRef ?? '',
          ),
        { error: 'Two payment methods use the same terminal serial number.' },
      ),
    stripeProfiles: z
      .array(stripeProfileConfig)
      .refine((list) => unique(list, (p) => p.id), { error: 'Two Stripe profiles have the same id.' })
      .optional(),
    /** Receipt printers (issue 11): type, address, paper, columns, code page, drawer; at most one prints receipts. */
    printers: z
      .array(printerInput)
      .refine((list) => unique(list, (p) => p.id), { error: 'Two printers have the same id.' })
      .refine((list) => list.filter((p) => p.receipts).length <= 1, {
        error: 'Only one printer can print the receipts: set "receipts": true on one of them.',
      })
      .optional(),
    staff: z
      .array(z.object({ name: requiredText('A name', 60), role: staffRole }).strict())
      .refine((list) => unique(list, (s) => s.name.toLowerCase()), {
        error: 'Two staff members have the same name.',
      })
      .optional(),
    categories: z
      .array(
        z
          .object({
            id: recordId,
            name: requiredText('A category name', 40),
            color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'A color is written like #3b82f6.' }),
          })
          .strict(),
      )
      .refine((list) => unique(list, (c) => c.id), { error: 'Two categories have the same id.' })
      .optional(),
    products: z
      .array(
        z
          .object({
            name: requiredText('A product name', 80),
            categoryId: recordId.optional(),
            price: minorUnits.refine((n) => n >= 0, { error: 'A price cannot be negative.' }),
            taxRateId: recordId,
            barcodes: z
              .array(
                z
                  .string()
                  .regex(/^[0-9A-Za-z-]{4,64}$/, { error: 'A barcode is 4 to 64 letters or digits.' }),
              )
              .optional(),
          })
          .strict(),
      )
      .optional(),
    exchangeRates: z
      .array(
        z
          .object({
            currency: knownCurrency,
            rate: z.string().regex(/^\d{1,9}(\.\d{1,10})?$/, { error: 'Write a rate like 1.0834.' }),
            date: isoDate,
          })
          .strict(),
      )
      .optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const taxIds = new Set(config.taxRates.map((t) => t.id));
    const categoryIds = new Set((config.categories ?? []).map((c) => c.id));
    const profileIds = new Set(['default', ...(config.stripeProfiles ?? []).map((p) => p.id)]);
    config.products?.forEach((p, i) => {
      if (!taxIds.has(p.taxRateId))
        ctx.addIssue({
          code: 'custom',
          path: ['products', i, 'taxRateId'],
          message: `No tax rate has the id "${p.taxRateId}": use one of taxRates[].id.`,
        });
      if (p.categoryId !== undefined && !categoryIds.has(p.categoryId))
        ctx.addIssue({
          code: 'custom',
          path: ['products', i, 'categoryId'],
          message: `No category has the id "${p.categoryId}": use one of categories[].id.`,
        });
    });
    config.paymentMethods.forEach((m, i) => {
      if (m.terminal !== 'none' && m.journal !== 'bank')
        ctx.addIssue({
          code: 'custom',
          path: ['paymentMethods', i, 'journal'],
          message: 'A payment terminal method posts to a bank journal: set journal to "bank".',
        });
      if (m.terminal === 'none' && m.terminalRef !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['paymentMethods', i, 'terminalRef'],
          message: 'Only a terminal method has a serial number: remove it or choose the terminal.',
        });
      if (m.profileId !== undefined && m.terminal !== 'stripe')
        ctx.addIssue({
          code: 'custom',
          path: ['paymentMethods', i, 'profileId'],
          message: 'Only a Stripe method has a Stripe profile.',
        });
      if (m.profileId !== undefined && !profileIds.has(m.profileId))
        ctx.addIssue({
          code: 'custom',
          path: ['paymentMethods', i, 'profileId'],
          message: `No Stripe profile has the id "${m.profileId}": use one of stripeProfiles[].id.`,
        });
    });
    config.exchangeRates?.forEach((r, i) => {
      if (r.currency === config.store.currency)
        ctx.addIssue({
          code: 'custom',
          path: ['exchangeRates', i, 'currency'],
          message: 'The store currency needs no exchange rate.',
        });
    });
  });
export type StoreConfig = z.output<typeof storeConfig>;
export type StoreConfigFile = z.input<typeof storeConfig>;

export const provisioningChannels = {
  /**
   * Applies a store file to this till, all or nothing: store settings, providers, tax rates, methods (upserted
   * by id; methods missing from the file are deactivated), Stripe profiles (without keys), staff missing by
   * name (without PINs), categories, products and rates. Secrets and PINs already set are kept.
   */
  'provisioning.import': channel({
    request: z.object({ config: storeConfig }).strict(),
    response: z.object({
      paymentMethods: z.number().int(),
      taxRates: z.number().int(),
      staffAdded: z.number().int(),
      categories: z.number().int(),
      products: z.number().int(),
    }),
    windows: ['preferences'],
  }),
};
