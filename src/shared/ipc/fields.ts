import { z } from 'zod';
import { isKnownCurrency } from '../money/currencies.ts';
import { isCountryCode } from '../geo/countries.ts';

/**
 * Form fields shared by the preferences and staff channels. Every message is written for the owner filling in
 * the form, and zod's issue path names the field, so the window can show the message next to it.
 */
export const requiredText = (label: string, max = 80) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} is at most ${max} characters.` });

/** Text the owner may leave empty: an empty or blank string means "not set" and arrives as undefined. */
export const optionalText = (label: string, max = 80) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} is at most ${max} characters.` })
    .optional()
    .transform((s) => (s === undefined || s === '' ? undefined : s));

export const pin = z
  .string({ error: 'Type the PIN: 4 to 8 digits.' })
  .regex(/^\d{4,8}$/, { error: 'A PIN is 4 to 8 digits.' });

/** A manager's or owner's PIN sent with a request that needs their approval (force done, overrides). */
export const managerPin = z
  .string({ error: 'Type the manager PIN: 4 to 8 digits.' })
  .regex(/^\d{4,8}$/, { error: 'A PIN is 4 to 8 digits.' });

/** Ids of rows Kassa creates (UUIDs) and of seeded or imported ones (`cash`, `owner`): letters, digits, dashes. */
export const recordId = z
  .string({ error: 'An id is required.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, { error: 'An id is 1 to 64 letters, digits, - or _.' });

export const knownCurrency = z
  .string({ error: 'Choose a currency.' })
  .regex(/^[A-Z]{3}$/, { error: 'Use a three-letter ISO 4217 code such as EUR.' })
  .refine(isKnownCurrency, { error: 'Kassa does not know this currency code: check it against ISO 4217.' });

/** A country from the list (a picker offers it by name); a code that is no country is refused, never guessed. */
export const countryCode = z
  .string({ error: 'Choose a country.' })
  .regex(/^[A-Z]{2}$/, { error: 'Choose the country from the list.' })
  .refine(isCountryCode, { error: 'Choose the country from the list.' });

/** BCP 47 tag such as `de-DE` or `pt-BR`; it decides how money and dates are written. */
export const locale = z
  .string({ error: 'Choose a language and region.' })
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'Write the locale like en-DE or pt-BR.' })
  .max(35, { error: 'Write the locale like en-DE or pt-BR.' });

/** `2025-01-31`: a calendar day in the store's time zone. */
export const isoDate = z
  .string({ error: 'Give the date as YYYY-MM-DD.' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'Give the date as YYYY-MM-DD.' });

/** An account code in the owner's chart of accounts, such as 1360 or 1200.10. */
export const accountCode = optionalText('An account code', 20).refine(
  (s) => s === undefined || /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(s),
  { error: 'An account code is letters, digits, dots or dashes, e.g. 1360.' },
);

export const staffRole = z.enum(['cashier', 'manager', 'owner'], {
  error: 'Choose a role: cashier, manager or owner.',
});
export type StaffRole = z.infer<typeof staffRole>;

/** A customer's e-mail address, which they may leave out. */
export const optionalEmail = optionalText('The e-mail address', 254).refine(
  (s) => s === undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
  { error: 'Write the e-mail address like name@example.com.' },
);

/** A customer's phone number, which they may leave out. */
export const optionalPhone = optionalText('The phone number', 30).refine(
  (s) => s === undefined || /^\+?[0-9 ()./-]{3,30}$/.test(s),
  { error: 'A phone number is digits, spaces and + ( ) - / . only.' },
);
