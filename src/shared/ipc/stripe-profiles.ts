import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, timestamp } from './common.ts';
import { knownCurrency, recordId, requiredText } from './fields.ts';
import { words } from './field-words.ts';
import type { MessageKey } from '../i18n/en.ts';

/** The id of the built-in profile: the demo simulator, or the key IT put in KASSA_STRIPE_SECRET_KEY. */
export { builtInProfileId } from './constants.ts';

export const stripeProfile = z.object({
  id: z.string(),
  name: z.string(),
  /** `acct_…`, as Stripe reported it when the key was verified. */
  accountId: z.string().nullable(),
  publishableKey: z.string().nullable(),
  /** `sk_live_…abcd`: the stored key is never shown again. */
  secretKeyHint: z.string().nullable(),
  settlementCurrency: z.string(),
  /** The owner's intent: only live keys are accepted. */
  production: z.boolean(),
  /** Stripe said the key is a live-mode key (balance livemode). */
  live: z.boolean(),
  /** The key worked the last time it was verified. */
  active: z.boolean(),
  verifiedAt: timestamp.nullable(),
  /** The built-in profile (demo simulator or environment key) cannot be edited or removed here. */
  builtIn: z.boolean(),
  /** How many payment methods use this profile (removal is refused while any does). */
  methodCount: z.number().int(),
});
export type StripeProfile = z.infer<typeof stripeProfile>;

const keyField = (label: MessageKey) =>
  z
    .string({ error: words('check.labelText', { labelKey: label }) })
    .trim()
    .max(255, { error: words('check.labelMaxChars', { labelKey: label, max: 255 }) });

const prefs = ['preferences'] as const;

/**
 * Stripe profiles (STO-1, STO-2, STT-2). Every save checks the key with Stripe (account and balance) and sets
 * Live and Active from the answer; a rejected key is an error on `secretKey` and nothing is saved. Rules, each
 * reported on its field: a production profile takes only live keys (pk_live_, sk_live_, rk_live_); test and live
 * keys are never mixed; a publishable key in the secret field (or the reverse) is named as such.
 */
export const stripeProfileChannels = {
  /** Saved profiles by name, then the built-in one when this till has it. */
  'stripeProfiles.list': channel({
    request: empty,
    response: z.array(stripeProfile),
    windows: ['preferences', 'till'],
  }),
  'stripeProfiles.save': channel({
    request: z
      .object({
        id: recordId.optional(),
        name: requiredText('label.profileName', 60),
        /** Optional: taken from Stripe on verification; if given, it must match the key's account. */
        accountId: keyField('label.accountId')
          .regex(/^(acct_[A-Za-z0-9]+)?$/, { error: words('check.stripeAccountIdStarts') })
          .optional(),
        /** Optional for terminal use (STT-2); empty removes it. */
        publishableKey: keyField('label.publishableKey').optional(),
        /** A secret (sk_) or restricted (rk_) key. Omit it to keep the stored one; required for a new profile. */
        secretKey: keyField('label.secretKey')
          .min(1, { error: words('check.pasteSecretKeyLeave') })
          .optional(),
        settlementCurrency: knownCurrency,
        production: z.boolean({ error: words('check.sayWhetherProductionProfile') }),
      })
      .strict(),
    response: stripeProfile,
    windows: prefs,
  }),
  /** Checks the stored key again and updates Live, Active and the account id. */
  'stripeProfiles.verify': channel({
    request: z.object({ id: recordId }).strict(),
    response: stripeProfile,
    windows: prefs,
  }),
  'stripeProfiles.remove': channel({
    request: z.object({ id: recordId }).strict(),
    response: z.object({}),
    windows: prefs,
  }),
};
