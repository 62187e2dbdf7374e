import { z } from 'zod';
import { smtpSecurityValues } from './constants.ts';
import { channel } from './channel.ts';
import { empty, timestamp, uuid } from './common.ts';
import { words } from './field-words.ts';

/*
 * E-mail receipts (issue 11.4): the shop's SMTP server in the preferences, and receipts sent to a customer's
 * address through a durable outbox, so a mail server that is down never blocks the till or loses a receipt.
 */

/** An address a person typed: trimmed, and checked for the shape name@domain.tld before anything is queued. */
export const emailAddress = z
  .string()
  .trim()
  .min(1, { error: words('check.typeCustomerSE') })
  .max(254, { error: words('check.eMailAddressMost') })
  .pipe(z.email({ error: words('check.notEMailAddress') }));

/** How the connection to the SMTP server is protected. `none` is allowed only for a server on this computer. */
export const smtpSecurity = z.enum(smtpSecurityValues);
export type SmtpSecurity = z.infer<typeof smtpSecurity>;

export const smtpSettingsView = z.object({
  configured: z.boolean(),
  host: z.string(),
  port: z.number().int(),
  security: smtpSecurity,
  user: z.string(),
  /** The last characters of the stored password, never the password. */
  passwordHint: z.string().nullable(),
  from: z.string(),
});
export type SmtpSettingsView = z.infer<typeof smtpSettingsView>;

export const smtpSettingsInput = z
  .object({
    host: z
      .string()
      .trim()
      .min(1, { error: words('check.typeMailServerS') })
      .max(253, { error: words('check.serverAddressMost253') })
      .regex(/^[A-Za-z0-9.-]+$|^\[?[0-9a-fA-F:.]+\]?$/, {
        error: words('check.serverAddressHasOnly'),
      }),
    port: z
      .number({ error: words('check.portNumberUsually465') })
      .int({ error: words('check.portWholeNumberUsually') })
      .min(1, { error: words('check.portBetween165535') })
      .max(65_535, { error: words('check.portBetween165535') }),
    security: smtpSecurity,
    user: z
      .string()
      .trim()
      .max(254, { error: words('check.userNameMost254') }),
    /** Omitted: keep the stored password. An empty string removes it. */
    password: z
      .string()
      .max(512, { error: words('check.passwordMost512Characters') })
      .optional(),
    from: emailAddress,
  })
  .strict();
export type SmtpSettingsInput = z.infer<typeof smtpSettingsInput>;

export const mailStatus = z.enum(['waiting', 'sending', 'sent', 'failed', 'unsure']);
export type MailStatus = z.infer<typeof mailStatus>;

export const outboxEntry = z.object({
  id: z.string(),
  orderId: z.string().nullable(),
  to: z.string(),
  subject: z.string(),
  status: mailStatus,
  attempts: z.number().int(),
  nextAttemptAt: timestamp.nullable(),
  /** Why the last try failed, in the mail server's or the network's words. */
  lastError: z.string().nullable(),
  createdAt: timestamp,
  sentAt: timestamp.nullable(),
});
export type OutboxEntry = z.infer<typeof outboxEntry>;

export const mailChannels = {
  'mail.settings': channel({ request: empty, response: smtpSettingsView, windows: ['preferences'] }),
  'mail.saveSettings': channel({
    request: smtpSettingsInput,
    response: smtpSettingsView,
    windows: ['preferences'],
  }),
  /** Sends a test message at once (not through the outbox), so the owner sees the server's answer. */
  'mail.sendTest': channel({
    request: z.object({ to: emailAddress }).strict(),
    response: z.object({ sentTo: z.string() }),
    windows: ['preferences'],
  }),
  /** Queues the order's receipt to the address; the till goes on at once, the outbox sends it. */
  'mail.sendReceipt': channel({
    request: z.object({ orderId: uuid, to: emailAddress }).strict(),
    response: outboxEntry,
    windows: ['till'],
    signedIn: true,
  }),
  /** The order's e-mails, and the customer's address on record to offer. */
  'mail.forOrder': channel({
    request: z.object({ orderId: uuid }).strict(),
    response: z.object({ suggested: z.string().nullable(), entries: z.array(outboxEntry) }),
    windows: ['till'],
  }),
  /** Sends again a mail that failed, or whose sending was interrupted (`unsure`: it may have arrived). */
  'mail.retry': channel({
    request: z.object({ id: uuid }).strict(),
    response: outboxEntry,
    windows: ['till'],
    signedIn: true,
  }),
};

export const mailEvents = {
  'mail.changed': z.object({ id: z.string(), orderId: z.string().nullable(), status: mailStatus }),
};
