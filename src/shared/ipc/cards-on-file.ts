import { cardBrands } from './constants.ts';
import { z } from 'zod';
import { channel } from './channel.ts';
import { uuid } from './common.ts';
import { words } from './field-words.ts';

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
  /** The validating hold authorized (and released) on this card, in minor units of `currency`; null: none. */
  validatingAmount: z.number().int().nullable(),
  currency: z.string(),
  /** Demo or test mode: the till offers buttons that present a test card on the simulated reader. */
  simulated: z.boolean(),
});
export type CardSetup = z.infer<typeof cardSetup>;

export { cardBrands, type CardBrand } from './constants.ts';

/** The largest validating hold the owner may set, in minor units: a check, not a deposit. */
export const maxValidatingAmount = 100_000;

/**
 * The owner's card settings on one Stripe account. `requireCvc`: Stripe's hosted page always asks for the
 * security code, so this keeps a card saved there only when the bank confirmed the code; at the reader (chip or
 * tap) there is no code and it changes nothing.
 */
export const cardSettingsInput = z
  .object({
    /** A Stripe profile id, or 'default' for the till's own Stripe connection. */
    account: z.string().min(1).max(64),
    /** Minor units of the currency the hold is made in; 0 saves cards without a validating hold. */
    validatingAmount: z
      .number({ error: words('check.cardsValidatingAmount') })
      .int({ error: words('check.cardsValidatingAmount') })
      .min(0, { error: words('check.cardsValidatingAmount') })
      .max(maxValidatingAmount, { error: words('check.cardsValidatingAmountMax') }),
    requireCvc: z.boolean(),
    billingAddress: z.boolean(),
    brands: z
      .array(z.enum(cardBrands, { error: words('check.cardsBrands') }))
      .min(1, { error: words('check.cardsBrands') }),
  })
  .strict();
export type CardSettingsInput = z.infer<typeof cardSettingsInput>;

/** As saved, with the currency the validating hold is made in. */
export const cardSettings = cardSettingsInput.extend({ currency: z.string() });
export type CardSettings = z.infer<typeof cardSettings>;

export const cardOnFileChannels = {
  'cards.forCustomer': channel({
    request: z.object({ customerId: uuid }).strict(),
    response: z.array(savedCard),
    windows: ['till'],
    signedIn: true,
  }),
  /**
   * The customer taps or inserts their card on the reader, which saves it for later charges. The reader is that
   * of a Stripe card method (`methodId`), by default the till's first one, as on the payment screen; the
   * method's Stripe profile is the account the card is saved on.
   */
  'cards.saveAtReader': channel({
    request: z.object({ customerId: uuid, methodId: z.string().min(1).max(64).optional() }).strict(),
    response: cardSetup,
    windows: ['till'],
    signedIn: true,
  }),
  /** A Stripe-hosted page where the customer saves their card, offered as a link and a QR code. */
  'cards.saveByLink': channel({
    request: z
      .object({
        customerId: uuid,
        /** A Stripe profile id, or 'default' (the till's own Stripe connection, also when left out). */
        account: z.string().min(1).max(64).optional(),
      })
      .strict(),
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
  /** Stops saving a card at the reader: the reader's prompt is cleared and the setup canceled. */
  'cards.cancelSetup': channel({
    request: z.object({ setupId: z.string().min(1).max(64) }).strict(),
    response: cardSetup,
    windows: ['till'],
    signedIn: true,
  }),
  /** Demo and test mode: presents a Stripe test card on the simulated reader a setup waits at. */
  'cards.simulateCard': channel({
    request: z
      .object({
        setupId: z.string().min(1).max(64),
        card: z.enum(['visa', 'mastercard', 'chargeDeclined', 'insufficientFunds']),
      })
      .strict(),
    response: cardSetup,
    windows: ['till'],
  }),
  /** Preferences → Card settings (owner only, audited): per Stripe profile ('default': the till's own). */
  'cards.settings': channel({
    request: z.object({ account: z.string().min(1).max(64) }).strict(),
    response: cardSettings,
    windows: ['preferences'],
  }),
  'cards.saveSettings': channel({
    request: cardSettingsInput,
    response: cardSettings,
    windows: ['preferences'],
  }),
  /** Removes a saved card: it is detached at Stripe and can no longer be charged. */
  'cards.remove': channel({
    request: z.object({ paymentMethod: z.string().min(1).max(255) }).strict(),
    response: z.null(),
    windows: ['till'],
    signedIn: true,
  }),
};

export const cardOnFileEvents = {
  /** A customer's saved cards changed (a card saved or removed, here or by the customer on the hosted page). */
  'cards.changed': z.object({ customerId: z.string() }),
};
