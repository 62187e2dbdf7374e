import { z } from 'zod';
import { printerInput } from './printing.ts';
import { channel } from './channel.ts';
import { minorUnits } from './common.ts';
import { words } from './field-words.ts';
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
    name: requiredText('label.taxRateName', 40),
    /** Hundredths of a percent: 1900 is 19 %. */
    rateBp: z
      .number({ error: words('check.taxRateWholeNumber') })
      .int({ error: words('check.taxRateWholeNumber') })
      .min(0, { error: words('check.taxRateNegative') })
      .max(10_000, { error: words('check.taxRateMost100') }),
  })
  .strict();

const methodConfig = z
  .object({
    id: recordId,
    name: requiredText('label.methodName', 40),
    journal: z.enum(['cash', 'bank'], { error: words('check.chooseJournalCashBank') }),
    terminal: z.enum(['none', 'stripe', 'mercadopago']).default('none'),
    /** Reader or terminal serial; can also be set later in preferences. */
    terminalRef: requiredText('label.serialNumber', 100).optional(),
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
    name: requiredText('label.profileName', 60),
    accountId: z
      .string()
      .regex(/^acct_[A-Za-z0-9]+$/, { error: words('check.stripeAccountIdStarts') })
      .optional(),
    /** Publishable keys are not secret; secret keys never go in this file (paste them in preferences). */
    publishableKey: z
      .string()
      .regex(/^pk_(test|live)_[A-Za-z0-9]+$/, {
        error: words('check.publishableKeyStartsPk'),
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
    version: z.literal(1, { error: words('check.kassaReadsStoreFiles') }),
    store: z
      .object({
        name: requiredText('label.storeName'),
        country: countryCode,
        currency: knownCurrency,
        locale,
        pricesIncludeTax: z.boolean({ error: words('check.sayWhetherPricesInclude') }),
        /** Omit it to take the country's cash rounding rule. */
        cashRoundingIncrement: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
    till: z
      .object({ name: requiredText('label.tillName', 40) })
      .strict()
      .optional(),
    providers: z
      .object({ stripe: z.boolean().default(false), mercadoPago: z.boolean().default(false) })
      .strict()
      .default({ stripe: false, mercadoPago: false }),
    taxRates: z
      .array(taxRateConfig)
      .min(1, { error: words('check.storeNeedsLeastOne') })
      .refine((list) => unique(list, (t) => t.id), { error: words('check.twoTaxRatesHave') }),
    paymentMethods: z
      .array(methodConfig)
      .min(1, { error: words('check.storeNeedsLeastOne2') })
      .refine((list) => unique(list, (m) => m.id), { error: words('check.twoPaymentMethodsHave') })
      .refine(
        (list) =>
          unique(
            list.filter((m) => m.terminalRef),
            (m) => m.terminalRef ?? '',
          ),
        { error: words('check.twoPaymentMethodsUse') },
      ),
    stripeProfiles: z
      .array(stripeProfileConfig)
      .refine((list) => unique(list, (p) => p.id), { error: words('check.twoStripeProfilesHave') })
      .optional(),
    /** Receipt printers (issue 11): type, address, paper, columns, code page, drawer; at most one prints receipts. */
    printers: z
      .array(printerInput)
      .refine((list) => unique(list, (p) => p.id), { error: words('check.twoPrintersHaveSame') })
      .refine((list) => list.filter((p) => p.receipts).length <= 1, {
        error: words('check.onlyOnePrinterPrint'),
      })
      .optional(),
    staff: z
      .array(z.object({ name: requiredText('label.name', 60), role: staffRole }).strict())
      .refine((list) => unique(list, (s) => s.name.toLowerCase()), {
        error: words('check.twoStaffMembersHave'),
      })
      .optional(),
    categories: z
      .array(
        z
          .object({
            id: recordId,
            name: requiredText('label.categoryName', 40),
            color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: words('check.colorWritten3b82f6') }),
          })
          .strict(),
      )
      .refine((list) => unique(list, (c) => c.id), { error: words('check.twoCategoriesHaveSame') })
      .optional(),
    products: z
      .array(
        z
          .object({
            name: requiredText('label.productName', 80),
            categoryId: recordId.optional(),
            price: minorUnits.refine((n) => n >= 0, { error: words('check.priceNegative') }),
            taxRateId: recordId,
            barcodes: z
              .array(z.string().regex(/^[0-9A-Za-z-]{4,64}$/, { error: words('check.barcode464Letters') }))
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
            rate: z.string().regex(/^\d{1,9}(\.\d{1,10})?$/, { error: words('check.writeRate10834') }),
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
          message: words('check.noSuchTaxRate', { id: p.taxRateId }),
        });
      if (p.categoryId !== undefined && !categoryIds.has(p.categoryId))
        ctx.addIssue({
          code: 'custom',
          path: ['products', i, 'categoryId'],
          message: words('check.noSuchCategory', { id: p.categoryId }),
        });
    });
    config.paymentMethods.forEach((m, i) => {
      if (m.terminal !== 'none' && m.journal !== 'bank')
        ctx.addIssue({
          code: 'custom',
          path: ['paymentMethods', i, 'journal'],
          message: words('check.paymentTerminalMethodPosts'),
        });
      if (m.terminal === 'none' && m.terminalRef !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['paymentMethods', i, 'terminalRef'],
          message: words('check.onlyTerminalMethodHas'),
        });
      if (m.profileId !== undefined && m.terminal !== 'stripe')
        ctx.addIssue({
          code: 'custom',
          path: ['paymentMethods', i, 'profileId'],
          message: words('check.onlyStripeMethodHas'),
        });
      if (m.profileId !== undefined && !profileIds.has(m.profileId))
        ctx.addIssue({
          code: 'custom',
          path: ['paymentMethods', i, 'profileId'],
          message: words('check.noSuchStripeProfile', { id: m.profileId }),
        });
    });
    config.exchangeRates?.forEach((r, i) => {
      if (r.currency === config.store.currency)
        ctx.addIssue({
          code: 'custom',
          path: ['exchangeRates', i, 'currency'],
          message: words('check.storeCurrencyNeedsNo'),
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
