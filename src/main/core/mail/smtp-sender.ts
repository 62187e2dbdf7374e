import type { SmtpSettings } from './smtp-settings.ts';
import type { OutgoingMail } from './mail-outbox-store.ts';

export interface SmtpSender {
  send(settings: SmtpSettings, mail: OutgoingMail): Promise<void>;
}

/** How long one conversation with the mail server may take: the outbox tries again later, the till never waits. */
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Sends one message over SMTP with nodemailer: implicit TLS (usually port 465), STARTTLS that must succeed
 * (usually 587), or no encryption (only to a server on this computer, enforced when the settings are saved).
 * The Message-ID is the outbox's own, so a message sent again carries the same id.
 */
export function createSmtpSender(): SmtpSender {
  return {
    async send(settings, mail) {
      // Loaded on the first e-mail, not at start (its HTTP modules alone cost the till's start a fifth).
      const { default: nodemailer } = await import('nodemailer');
      const transport = nodemailer.createTransport({
        host: settings.host,
        port: settings.port,
        secure: settings.security === 'tls',
        requireTLS: settings.security === 'starttls',
        ignoreTLS: settings.security === 'none',
        ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
        ...timeouts,
      });
      try {
        await transport.sendMail({
          from: settings.from,
          to: mail.to,
          subject: mail.subject,
          messageId: mail.messageId,
          text: mail.text,
          ...(mail.html === null ? {} : { html: mail.html }),
          attachments: mail.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: a.content,
          })),
        });
      } finally {
        transport.close();
      }
    },
  };
}

/** The server's or the network's answer, in one line, for the outbox and the owner. */
export function smtpErrorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { code?: string; response?: string; responseCode?: number };
  const detail = e.response ?? e.message;
  return (e.code ? `${e.code}: ${detail}` : detail).replace(/\s+/g, ' ').slice(0, 500);
}
