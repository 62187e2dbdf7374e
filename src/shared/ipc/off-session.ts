import { z } from 'zod';
import { channel } from './channel.ts';
import { positiveMinorUnits, uuid } from './common.ts';
import { cardPayment } from './payments.ts';

/** Later charges on a card on file (issue 13.4): the card is charged without the customer at the counter. */
export const offSessionChannels = {
  /**
   * Charges a saved card of the order's customer for `amount`, as a card payment line. Its progress comes as
   * `payments.updated` like any card payment; `waiting_for_card` means the bank wants the customer to confirm.
   */
  'cards.charge': channel({
    request: z
      .object({
        orderId: uuid,
        paymentMethod: z.string().min(1).max(255),
        amount: positiveMinorUnits,
        /** Chosen by the till so that a retried request never charges twice. */
        paymentLineId: uuid,
      })
      .strict(),
    response: cardPayment,
    windows: ['till'],
    signedIn: true,
  }),
  /** The Stripe-hosted page where the customer confirms a charge their bank held back (null when none waits). */
  'cards.chargeLink': channel({
    request: z.object({ attemptId: z.string().min(1).max(64) }).strict(),
    response: z.object({ url: z.string().nullable() }),
    windows: ['till'],
    signedIn: true,
  }),
};
