import { staffRoles } from './constants.ts';
import { z } from 'zod';
import { isKnownCurrency } from '../money/currencies.ts';
import { isCountryCode } from '../geo/countries.ts';
import { words } from './field-words.ts';
import type { MessageKey } from '../i18n/en.ts';

/**
 * Form fields shared by the preferences and staff channels. Every message is written for the owner filling in
 * the form, and zod's issue path names the field, so the window can show the message next to it.
 */
export const requiredText = (label: MessageKey, max = 80) =>
  z
    .string({ error: words('check.labelRequired', { labelKey: label }) })
    .trim()
    .min(1, { error: words('check.labelRequired', { labelKey: label }) })
    .max(max, { error: words('check.labelMaxChars', { labelKey: label, max }) });

/** Text the owner may leave empty: an empty or blank string means "not set" and arrives as undefined. */
export const optionalText = (label: MessageKey, max = 80) =>
  z
    .string({ error: words('check.labelText', { labelKey: label }) })
    .trim()
    .max(max, { error: words('check.labelMaxChars', { labelKey: label, max }) })
    .optional()
    .transform((s) => (s === undefined || s === '' ? undefined : s));

export const pin = z
  .string({ error: words('check.typePin48') })
  .regex(/^\d{4,8}$/, { error: words('check.pin48Digits') });

/** A manager's or owner's PIN sent with a request that needs their approval (force done, overrides). */
export const managerPin = z
  .string({ error: words('check.typeManagerPin4') })
  .regex(/^\d{4,8}$/, { error: words('check.pin48Digits') });

/** Ids of rows Kassa creates (UUIDs) and of seeded or imported ones (`cash`, `owner`): letters, digits, dashes. */
export const recordId = z
  .string({ error: words('check.idRequired') })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, { error: words('check.id164Letters') });

export const knownCurrency = z
  .string({ error: words('check.chooseCurrency') })
  .regex(/^[A-Z]{3}$/, { error: words('check.useThreeLetterIso') })
  .refine(isKnownCurrency, { error: words('check.kassaDoesNotKnow') });

/** A country from the list (a picker offers it by name); a code that is no country is refused, never guessed. */
export const countryCode = z
  .string({ error: words('check.chooseCountry') })
  .regex(/^[A-Z]{2}$/, { error: words('check.chooseCountryFromList') })
  .refine(isCountryCode, { error: words('check.chooseCountryFromList') });

/** BCP 47 tag such as `de-DE` or `pt-BR`; it decides how money and dates are written. */
export const locale = z
  .string({ error: words('check.chooseLanguageRegion') })
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: words('check.writeLocaleEnDe') })
  .max(35, { error: words('check.writeLocaleEnDe') });

/** `2025-01-31`: a calendar day in the store's time zone. */
export const isoDate = z
  .string({ error: words('check.giveDateYyyyMm') })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: words('check.giveDateYyyyMm') });

/** An account code in the owner's chart of accounts, such as 1360 or 1200.10. */
export const accountCode = optionalText('label.accountCode', 20).refine(
  (s) => s === undefined || /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(s),
  { error: words('check.accountCodeLettersDigits') },
);

export const staffRole = z.enum(staffRoles, {
  error: words('check.chooseRoleCashierManager'),
});
export type StaffRole = z.infer<typeof staffRole>;

/** A customer's e-mail address, which they may leave out. */
export const optionalEmail = optionalText('label.email', 254).refine(
  (s) => s === undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
  { error: words('check.writeEMailAddress') },
);

/** A customer's phone number, which they may leave out. */
export const optionalPhone = optionalText('label.phone', 30).refine(
  (s) => s === undefined || /^\+?[0-9 ()./-]{3,30}$/.test(s),
  { error: words('check.phoneNumberDigitsSpaces') },
);
