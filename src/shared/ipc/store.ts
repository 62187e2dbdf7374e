import { z } from 'zod';
import { approvalLimits } from './approvals.ts';
import { channel } from './channel.ts';
import { currencyCode, empty } from './common.ts';

export const taxRate = z.object({ id: z.string(), name: z.string(), rateBp: z.number().int() });
export type TaxRate = z.infer<typeof taxRate>;

export const storeInfo = z.object({
  name: z.string(),
  country: z.string().length(2),
  currency: currencyCode,
  locale: z.string(),
  pricesIncludeTax: z.boolean(),
  /** Smallest cash amount in minor units where the country rounds cash (5 for CHF 0.05); 1 means none. */
  cashRoundingIncrement: z.number().int().positive(),
  taxRates: z.array(taxRate),
  till: z.object({ id: z.string(), name: z.string() }),
  /** What a cashier may do without a manager's PIN: the till warns before it asks. */
  approvals: approvalLimits,
  /** True when no provider credentials are configured and simulated terminals stand in. */
  demo: z.boolean(),
});
export type StoreInfo = z.infer<typeof storeInfo>;

export const paymentMethod = z.object({
  id: z.string(),
  name: z.string(),
  journal: z.enum(['cash', 'bank']),
  terminal: z.enum(['none', 'stripe', 'mercadopago']),
  identifyCustomer: z.boolean(),
  position: z.number().int(),
});
export type PaymentMethod = z.infer<typeof paymentMethod>;

export const storeChannels = {
  'store.info': channel({
    request: empty,
    response: storeInfo,
    windows: ['till', 'preferences', 'customer-display'],
  }),
  'paymentMethods.list': channel({
    request: empty,
    response: z.array(paymentMethod),
    windows: ['till', 'preferences'],
  }),
};
