import { z } from 'zod';
import { channel } from './channel.ts';
import { managerPin } from './fields.ts';
import { empty, timestamp } from './common.ts';
import { countryCode } from './fields.ts';
import { words } from './field-words.ts';
import type { MessageKey } from '../i18n/en.ts';

export const stripeLocation = z.object({
  id: z.string(),
  displayName: z.string(),
  address: z.object({ line1: z.string(), city: z.string(), postalCode: z.string(), country: z.string() }),
});
export type StripeLocation = z.infer<typeof stripeLocation>;

export const stripeReader = z.object({
  id: z.string(),
  serialNumber: z.string(),
  label: z.string(),
  deviceType: z.string(),
  /** Stripe counts a reader offline after about two minutes without a signal; do not block payments on it. */
  status: z.enum(['online', 'offline', 'unknown']),
  lastSeenAt: timestamp.nullable(),
  locationId: z.string().nullable(),
  /** The payment method that uses this reader, if any. */
  methodId: z.string().nullable(),
});
export type StripeReader = z.infer<typeof stripeReader>;

const text = (label: MessageKey, max = 80) =>
  z
    .string()
    .trim()
    .min(1, { error: words('check.labelRequired', { labelKey: label }) })
    .max(max, { error: words('check.labelMaxChars', { labelKey: label, max }) });

const windows = ['till', 'preferences'] as const;

/** Readers and locations of the connected Stripe account (STT-6). Changes need a manager PIN. */
export const stripeTerminalChannels = {
  'stripeTerminal.locations': channel({ request: empty, response: z.array(stripeLocation), windows }),
  'stripeTerminal.createLocation': channel({
    request: z
      .object({
        displayName: text('label.name'),
        line1: text('label.street'),
        city: text('label.city'),
        postalCode: text('label.postalCode', 20),
        country: countryCode,
        managerPin,
      })
      .strict(),
    response: stripeLocation,
    windows,
  }),
  'stripeTerminal.readers': channel({ request: empty, response: z.array(stripeReader), windows }),
  'stripeTerminal.registerReader': channel({
    request: z
      .object({
        /** Shown on the reader (three words), or simulated-wpe / simulated-s700 in test mode. */
        registrationCode: text('label.registrationCode', 100),
        label: text('label.label', 60),
        locationId: text('label.location', 64),
        managerPin,
      })
      .strict(),
    response: stripeReader,
    windows,
  }),
  'stripeTerminal.assignReader': channel({
    request: z
      .object({
        /** The payment method's name on the payment screen, e.g. "Card (counter 1)". */
        methodName: text('label.methodName', 40),
        serialNumber: text('label.serialNumber', 64),
        managerPin,
      })
      .strict(),
    response: z.object({ methodId: z.string() }),
    windows,
  }),
};
