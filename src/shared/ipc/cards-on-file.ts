import { z } from 'zod';
import { channel } from './channel.ts';
import { uuid } from './common.ts';

/** A customer's saved card: never more than brand, last four digits and expiry (raw numbers stay with Stripe). */
export const savedCard = z.object({
  paymentMethod: z.string(),
  customerId: z.string(),
  brand: z.string(),
  last4: z.string(),
  expMonth: z.number().int(),
  expYear: z.number().int(),
});
export type SavedCard = z.infer<typeof savedCard>;

/**
 * Saving one card: `creating` until Stripe answered, `waiting` for the customer (at the reader or on the page at
 * `url`), `validating`/`releasing` during the validating hold, then `saved`, `refused` (its brand is not accepted,
 * or it failed the validating hold: it was detached again), `failed` or `canceled`. `failure` is a code the
 * window puts in words.
 */
export const cardSetup = z.object({
  id: z.string(),
  customerId: z.string(),
  channel: z.enum(['reader', 'link']),
  state: z.enum(['creating', 'waiting', 'validating', 'releasing', 'saved', 'refused', 'failed', 'canceled']),
  url: z.string().nullable(),
  card: savedCard.nullable(),
  failure: z.string().nullable(),
  failureBrand: z.string().nullable(),
});
export type CardSetup = z.infer<typeof cardSetup>;

/** A Stripe profile id, or 'default' for the till's own Stripe connection. */
const account = z.string().min(1).max(64).optional();

export const cardOnFileChannels = {
  'cards.forCustomer': channel({
    request: z.object({ customerId: uuid }).strict(),
    response: z.array(savedCard),
    windows: ['till'],
    signedIn: true,
  }),
  /** The customer taps or inserts their card on the reader, which saves it for later charges. */
  'cards.saveAtReader': channel({
    request: z.object({ customerId: uuid, readerId: z.string().min(1).max(64), account }).strict(),
    response: cardSetup,
    windows: ['till'],
    signedIn: true,
  }),
  /** A Stripe-hosted page where the customer saves their card, offered as a link and a QR code. */
  'cards.saveByLink': channel({
    request: z.object({ customerId: uuid, account }).strict(),
    response: cardSetup,
    windows: ['till'],
    signedIn: true,
  }),
  /** How a setup stands now: the till asks Stripe and takes the setup as far as the answer allows. */
  'cards.setup': channel({
    request: z.object({ setupId: z.string().min(1).max(64) }).strict(),
    response: cardSetup,
    windows: ['till'],
    signedIn: true,
  }),
  /** Removes a saved card: it is detached at Stripe and can no longer be charged. */
  'cards.remove': channel({
    request: z.object({ paymentMethod: z.string().min(1).max(255) }).strict(),
    response: z.null(),
    windows: ['till'],
    signedIn: true,
  }),
};
