import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, timestamp, uuid } from './common.ts';

/*
 * E-mail receipts (issue 11.4): the shop's SMTP server in the preferences, and receipts sent to a customer's
 * address through a durable outbox, so a mail server that is down never blocks the till or loses a receipt.
 */

/** An address a person typed: trimmed, and checked for the shape name@domain.tld before anything is queued. */
export const emailAddress = z
  .string()
  .trim()
  .min(1, { error: 'Type the customer’s e-mail address.' })
  .max(254, { error: 'An e-mail address is at most 254 characters.' })
  .pipe(
    z.email({ error: 'That is not an e-mail address: check it and type it again, like name@example.com.' }),
  );

/** How the connection to the SMTP server is protected. `none` is allowed only for a server on this computer. */
export const smtpSecurity = z.enum(['tls', 'starttls', 'none']);
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
      .min(1, { error: 'Type the mail server’s address, like smtp.example.com.' })
      .max(253, { error: 'A server address is at most 253 characters.' })
      .regex(/^[A-Za-z0-9.-]+$|^\[?[0-9a-fA-F:.]+\]?$/, {
        error: 'A server address has only letters, digits, dots and dashes, like smtp.example.com.',
      }),
    port: z
      .number({ error: 'The port is a number, usually 465 or 587.' })
      .int({ error: 'The port is a whole number, usually 465 or 587.' })
      .min(1, { error: 'The port is between 1 and 65535, usually 465 or 587.' })
      .max(65_535, { error: 'The port is between 1 and 65535, usually 465 or 587.' }),
    security: smtpSecurity,
    user: z.string().trim().max(254, { error: 'A user name is at most 254 characters.' }),
    /** Omitted: keep the stored password. An empty string removes it. */
    password: z.string().max(512, { error: 'A password is at most 512 characters.' }).optional(),
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
