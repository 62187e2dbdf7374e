import { z } from 'zod';
import { channel } from './channel.ts';
import { managerPin } from './fields.ts';
import { empty, timestamp } from './common.ts';
import { countryCode } from './fields.ts';

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

const text = (label: string, max = 80) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} is at most ${max} characters.` });

const windows = ['till', 'preferences'] as const;

/** Readers and locations of the connected Stripe account (STT-6). Changes need a manager PIN. */
export const stripeTerminalChannels = {
  'stripeTerminal.locations': channel({ request: empty, response: z.array(stripeLocation), windows }),
  'stripeTerminal.createLocation': channel({
    request: z
      .object({
        displayName: text('A name'),
        line1: text('The street and number'),
        city: text('The city'),
        postalCode: text('The postal code', 20),
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
        registrationCode: text('The registration code', 100),
        label: text('A label', 60),
        locationId: text('A location', 64),
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
        methodName: text('A method name', 40),
        serialNumber: text('The serial number', 64),
        managerPin,
      })
      .strict(),
    response: z.object({ methodId: z.string() }),
    windows,
  }),
};
