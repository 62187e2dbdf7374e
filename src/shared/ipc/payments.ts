import { z } from 'zod';
import { channel } from './channel.ts';
import { managerPin } from './fields.ts';
import { currencyCode, minorUnits, positiveMinorUnits, timestamp, uuid } from './common.ts';

/**
 * One state machine for every card payment, whichever provider is behind it:
 * created → sending → waiting_for_card → processing → authorized → succeeded | declined | canceled | failed | needs_check
 * (`authorized` is a card hold about to be captured; Mercado Pago payments skip it.)
 */
export const attemptState = z.enum([
  'created',
  'sending',
  'waiting_for_card',
  'processing',
  'authorized',
  'succeeded',
  'declined',
  'canceled',
  'failed',
  'needs_check',
]);
export type AttemptState = z.infer<typeof attemptState>;

export const cardPayment = z.object({
  attemptId: z.string(),
  orderId: z.string(),
  paymentLineId: z.string(),
  methodId: z.string(),
  methodName: z.string(),
  provider: z.enum(['stripe', 'mercadopago']),
  terminal: z.string(),
  /** What is charged on the card, in the provider's (settlement) currency. */
  amount: minorUnits,
  currency: currencyCode,
  /** Set when the payment method's Stripe profile settles in another currency than the order (STO-3). */
  conversion: z.object({ orderAmount: minorUnits, orderCurrency: currencyCode, rate: z.string() }).nullable(),
  state: attemptState,
  tryNumber: z.number().int(),
  /** The provider could not be reached or answered with an error mid-payment: the outcome is not known yet. */
  connectionProblem: z.boolean(),
  cancelRequested: z.boolean(),
  forced: z.boolean(),
  failure: z.object({ code: z.string(), message: z.string() }).nullable(),
  card: z.object({ brand: z.string(), last4: z.string() }).nullable(),
  /** What the cashier may do now. */
  actions: z.object({
    cancel: z.boolean(),
    retry: z.boolean(),
    checkAgain: z.boolean(),
    forceDone: z.boolean(),
  }),
  /** Demo mode: the screen offers buttons that present a test card on the simulated terminal. */
  simulated: z.boolean(),
  updatedAt: timestamp,
});
export type CardPayment = z.infer<typeof cardPayment>;

const attemptRef = z.object({ attemptId: z.string().min(1).max(64) }).strict();

export const refund = z.object({
  id: z.string(),
  orderId: z.string(),
  paymentLineId: z.string(),
  amount: minorUnits,
  kind: z.enum(['refund', 'release']),
  state: z.enum(['pending', 'succeeded', 'failed']),
  reason: z.string().nullable(),
  /** In English, for the log; the window says `failureCode` in its language (none before migration 24). */
  failureMessage: z.string().nullable(),
  failureCode: z.string().nullable().optional(),
  createdAt: timestamp,
});
export type Refund = z.infer<typeof refund>;

export const paymentChannels = {
  'payments.start': channel({
    request: z
      .object({
        orderId: uuid,
        methodId: z.string().min(1).max(64),
        amount: positiveMinorUnits,
        /** Chosen by the till so that a retried Send never starts a second payment. */
        paymentLineId: uuid,
      })
      .strict(),
    response: cardPayment,
    windows: ['till'],
    signedIn: true,
  }),
  'payments.get': channel({
    request: attemptRef,
    response: cardPayment,
    windows: ['till', 'customer-display'],
  }),
  'payments.forOrder': channel({
    request: z.object({ orderId: uuid }).strict(),
    response: z.array(cardPayment),
    windows: ['till', 'customer-display'],
  }),
  'payments.cancel': channel({ request: attemptRef, response: cardPayment, windows: ['till'] }),
  'payments.retry': channel({
    request: attemptRef,
    response: cardPayment,
    windows: ['till'],
    signedIn: true,
  }),
  'payments.checkAgain': channel({ request: attemptRef, response: cardPayment, windows: ['till'] }),
  'payments.forceDone': channel({
    request: z.object({ attemptId: z.string().min(1).max(64), managerPin }).strict(),
    response: cardPayment,
    windows: ['till'],
    signedIn: true,
  }),
  'payments.simulateCard': channel({
    request: z
      .object({
        attemptId: z.string().min(1).max(64),
        card: z.enum(['approve', 'decline', 'insufficient_funds']),
      })
      .strict(),
    response: cardPayment,
    windows: ['till'],
  }),
  'payments.refund': channel({
    request: z
      .object({
        refundId: uuid,
        orderId: uuid,
        paymentLineId: z.string().min(1).max(64),
        amount: positiveMinorUnits,
        reason: z.enum(['requested_by_customer', 'duplicate', 'fraudulent']).default('requested_by_customer'),
        /** A manager's approval of a refund over the cashier's limit (TILL-9); asked for with `pin_required`. */
        managerPin: managerPin.optional(),
      })
      .strict(),
    response: refund,
    windows: ['till'],
    signedIn: true,
  }),
  'payments.refundsForOrder': channel({
    request: z.object({ orderId: uuid }).strict(),
    response: z.array(refund),
    windows: ['till'],
  }),
};

export const paymentEvents = {
  'payments.updated': cardPayment,
  'refunds.updated': refund,
};
