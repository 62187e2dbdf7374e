import { z } from 'zod';
import { channel } from './channel.ts';
import { currencyCode, minorUnits, timestamp, uuid } from './common.ts';
import { linkMethods, type LinkMethod } from '../payments/link-methods.ts';
import { words } from './field-words.ts';

export const linkMethod = z.enum(linkMethods as [LinkMethod, ...LinkMethod[]]);

/**
 * A payment link (Stripe Checkout Session) for part of an order: `creating` until Stripe answered, `open` while
 * the customer can pay, `awaiting_settlement` for a bank debit that is paid but not yet settled, then `paid`,
 * `failed`, `expired` or `canceled`.
 */
export const paymentLink = z.object({
  id: z.string(),
  orderId: z.string(),
  /** The pending payment line on the order that holds the link's amount. */
  paymentLineId: z.string(),
  amount: minorUnits,
  currency: currencyCode,
  state: z.enum(['creating', 'open', 'awaiting_settlement', 'paid', 'failed', 'expired', 'canceled']),
  url: z.string().nullable(),
  expiresAt: timestamp,
  methods: z.array(linkMethod),
  paidWith: z.string().nullable(),
  failure: z.string().nullable(),
  dispute: z.string().nullable(),
  refunded: minorUnits,
});
export type PaymentLink = z.infer<typeof paymentLink>;

export const linkChoice = z.object({
  offered: z.array(linkMethod),
  notOffered: z.array(z.object({ method: linkMethod, reason: z.enum(['currency', 'publishable_key']) })),
  expiryMinutes: z.number().int(),
  /** Seed 004: whether Stripe pays the money out to the owner; null when Stripe could not be asked now. */
  payouts: z
    .object({
      payoutsEnabled: z.boolean(),
      bankAccount: z.boolean().nullable(),
      currentlyDue: z.array(z.string()),
    })
    .nullable(),
});

export type LinkChoice = z.infer<typeof linkChoice>;

const expiryMinutes = z
  .number({ error: words('check.enterMinutesWholeNumber') })
  .int({ error: words('check.enterMinutesWholeNumber') })
  .min(30, { error: words('check.paymentLinkStaysOpen') })
  .max(1440, { error: words('check.paymentLinkStaysOpen2') });

/** What an account offers by link and for how long a link stays open (the owner's choice, PREF). */
export const linkSettings = z
  .object({
    /** A Stripe profile id, or 'default' for the till's own Stripe connection. */
    account: z.string().min(1).max(64),
    methods: z.array(linkMethod).min(1, { error: words('check.chooseLeastOneWay') }),
    expiryMinutes,
  })
  .strict();
export type LinkSettings = z.infer<typeof linkSettings>;

const linkRef = z.object({ linkId: z.string().min(1).max(64) }).strict();

export const paylinkChannels = {
  /** Which ways to pay a link on this method would offer for the order, and why the others are not. */
  'paylinks.choice': channel({
    request: z.object({ orderId: uuid, methodId: z.string().min(1).max(64) }).strict(),
    response: linkChoice,
    windows: ['till'],
  }),
  'paylinks.create': channel({
    request: z
      .object({ orderId: uuid, methodId: z.string().min(1).max(64), expiryMinutes: expiryMinutes.optional() })
      .strict(),
    response: paymentLink,
    windows: ['till'],
    signedIn: true,
  }),
  'paylinks.forOrder': channel({
    request: z.object({ orderId: uuid }).strict(),
    response: z.array(paymentLink),
    windows: ['till', 'customer-display'],
  }),
  'paylinks.cancel': channel({ request: linkRef, response: paymentLink, windows: ['till'], signedIn: true }),
  'paylinks.renew': channel({ request: linkRef, response: paymentLink, windows: ['till'], signedIn: true }),
  'paylinks.settings': channel({
    request: z.object({ account: z.string().min(1).max(64) }).strict(),
    response: linkSettings,
    windows: ['preferences'],
  }),
  'paylinks.saveSettings': channel({
    request: linkSettings,
    response: linkSettings,
    windows: ['preferences'],
  }),
};

export const paylinkEvents = {
  'paylinks.updated': paymentLink,
};
