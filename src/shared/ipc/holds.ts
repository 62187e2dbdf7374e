import { z } from 'zod';
import { channel } from './channel.ts';
import { positiveMinorUnits, uuid } from './common.ts';

const methodId = z.string().min(1).max(64);
import { orderStatus } from './orders.ts';

/**
 * A hold on a card (STO-5): `opening` until Stripe answered, `waiting` for the card at the reader, `held` while the
 * money is authorized, `capturing`/`releasing` while Stripe is asked, then `captured` (a paid line on the order; the
 * rest was released), `released`, `expired` (the authorization ran out and Stripe released it) or `failed`.
 * `increaseBlocked` and `failure` are message keys and codes the window puts in words.
 */
export const holdView = z.object({
  id: z.string(),
  orderId: z.string(),
  orderNumber: z.number().int().nullable(),
  orderStatus,
  orderTotal: z.number().int(),
  orderRemaining: z.number().int(),
  customer: z.object({ id: z.string(), name: z.string() }).nullable(),
  channel: z.enum(['reader', 'card_on_file']),
  currency: z.string(),
  amount: z.number().int(),
  state: z.enum([
    'opening',
    'waiting',
    'held',
    'capturing',
    'captured',
    'releasing',
    'released',
    'expired',
    'failed',
  ]),
  cardBrand: z.string().nullable(),
  cardLast4: z.string().nullable(),
  /** When the authorization runs out, ms: Stripe's capture_before, else per network and channel. */
  expiresAt: z.number().nullable(),
  /** Close enough to its expiry that the till flags it. */
  expiresSoon: z.boolean(),
  increaseBlocked: z.string().nullable(),
  captured: z.number().int().nullable(),
  failure: z.string().nullable(),
  createdAt: z.number(),
  /** A reader hold on Stripe's test mode: the till offers buttons that present a test card (demo mode). */
  simulated: z.boolean().optional(),
});
export type HoldView = z.infer<typeof holdView>;

const holdId = z.object({ holdId: uuid }).strict();

export const holdChannels = {
  /** Holds with money authorized or a step under way, oldest first. */
  'holds.list': channel({
    request: z.object({}).strict(),
    response: z.array(holdView),
    windows: ['till'],
    signedIn: true,
  }),
  'holds.forOrder': channel({
    request: z.object({ orderId: uuid }).strict(),
    response: z.array(holdView),
    windows: ['till'],
    signedIn: true,
  }),
  /** Opens a hold at the Stripe reader of a card method: the customer presents their card there. */
  'holds.openAtReader': channel({
    request: z.object({ orderId: uuid, methodId, amount: positiveMinorUnits }).strict(),
    response: holdView,
    windows: ['till'],
    signedIn: true,
  }),
  /** Opens a hold on a customer's saved card, without the customer. */
  'holds.openOnCard': channel({
    request: z
      .object({
        orderId: uuid,
        methodId,
        amount: positiveMinorUnits,
        paymentMethod: z.string().min(1).max(255),
      })
      .strict(),
    response: holdView,
    windows: ['till'],
    signedIn: true,
  }),
  /** How a hold stands now: a hold waiting at the reader asks Stripe first. */
  'holds.get': channel({ request: holdId, response: holdView, windows: ['till'], signedIn: true }),
  /** Captures all of the hold, or `amount` of it, onto its order; the rest is released. */
  'holds.capture': channel({
    request: z.object({ holdId: uuid, amount: positiveMinorUnits.optional() }).strict(),
    response: holdView,
    windows: ['till'],
    signedIn: true,
  }),
  /** Raises the authorized amount to `amount` where Stripe allows it. */
  'holds.increase': channel({
    request: z.object({ holdId: uuid, amount: positiveMinorUnits }).strict(),
    response: holdView,
    windows: ['till'],
    signedIn: true,
  }),
  'holds.release': channel({ request: holdId, response: holdView, windows: ['till'], signedIn: true }),
  /** Demo and test mode: presents a Stripe test card on the simulated reader a hold waits at. */
  'holds.simulateCard': channel({
    request: z
      .object({ holdId: uuid, card: z.enum(['visa', 'mastercard', 'declined', 'insufficientFunds']) })
      .strict(),
    response: holdView,
    windows: ['till'],
    signedIn: true,
  }),
};

export const holdEvents = {
  /** A hold changed: opened, authorized, captured, increased, released or expired. */
  'holds.updated': holdView,
};
