import { z } from 'zod';
import { channel } from './channel.ts';
import { currencyCode, minorUnits, timestamp, uuid } from './common.ts';
import { optionalEmail, optionalPhone, optionalText, requiredText } from './fields.ts';
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
  /** Why it failed, as a failure code the window says in its language (`failureText`, failure-words.ts). */
  failure: z.string().nullable(),
  dispute: z.string().nullable(),
  refunded: minorUnits,
});
export type PaymentLink = z.infer<typeof paymentLink>;

export const payoutCheck = z.object({
  payoutsEnabled: z.boolean(),
  bankAccount: z.boolean().nullable(),
  currentlyDue: z.array(z.string()),
});

export const linkChoice = z.object({
  offered: z.array(linkMethod),
  notOffered: z.array(z.object({ method: linkMethod, reason: z.enum(['currency', 'publishable_key']) })),
  expiryMinutes: z.number().int(),
  /** Seed 004: whether Stripe pays the money out to the owner; null when Stripe could not be asked now. */
  payouts: payoutCheck.nullable(),
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

export const fulfilment = z.enum(['pickup', 'delivery', 'phone'], {
  error: words('check.chooseFulfilment'),
});
export type Fulfilment = z.infer<typeof fulfilment>;

/** Who a remote order is for and how it reaches them (seed 004: the customer is not at the counter). */
export const remoteContact = z
  .object({
    orderId: uuid,
    name: requiredText('label.customerName'),
    email: optionalEmail,
    phone: optionalPhone,
    fulfilment,
    note: optionalText('label.note', 200),
  })
  .strict();

/** A remote order as the till lists it: the contact, the order's amounts, and where its payment link stands. */
export const remoteOrder = z.object({
  orderId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  fulfilment,
  note: z.string().nullable(),
  createdAt: timestamp,
  status: z.enum(['open', 'paid', 'voided']),
  number: z.number().int().nullable(),
  total: minorUnits,
  remaining: minorUnits,
  currency: currencyCode,
  /** The order's newest payment link, if one was made. */
  link: paymentLink.nullable(),
});
export type RemoteOrder = z.infer<typeof remoteOrder>;

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
      .object({
        orderId: uuid,
        methodId: z.string().min(1).max(64),
        expiryMinutes: expiryMinutes.optional(),
        /** The cashier read what Stripe still needs before it pays out, and makes the first link anyway. */
        payoutsUnderstood: z.boolean().optional(),
      })
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
  /** Marks an open order as a remote order for a customer who is not at the counter, or changes its contact. */
  'paylinks.saveRemote': channel({
    request: remoteContact,
    response: remoteOrder,
    windows: ['till'],
    signedIn: true,
  }),
  /** Remote orders still open, and those paid or voided in the last day, newest first. */
  'paylinks.remoteOrders': channel({
    request: z.object({}).strict(),
    response: z.array(remoteOrder),
    windows: ['till'],
  }),
  /** Sends the order's open link to the customer's e-mail through the shop's mail server (SMTP). */
  'paylinks.mailLink': channel({
    request: z.object({ orderId: uuid }).strict(),
    response: z.object({ queued: z.boolean() }),
    windows: ['till'],
    signedIn: true,
  }),
  /** Preferences: whether Stripe pays out on an account (a profile id, or 'default'); null when not known now. */
  'paylinks.payouts': channel({
    request: z.object({ account: z.string().min(1).max(64) }).strict(),
    response: payoutCheck.nullable(),
    windows: ['preferences'],
  }),
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
  /** A remote order was paid by its link: the till says so once. */
  'paylinks.remotePaid': z.object({ orderId: z.string(), name: z.string(), fulfilment }),
};
