import type * as Tls from 'node:tls';
import type { SmtpSettings } from './smtp-settings.ts';
import type { OutgoingMail } from './mail-outbox-store.ts';
import { onFirstUse } from '../system/on-first-use.ts';

/** Importing node:tls reads Node's bundled root certificates at once: only worth it when mail is sent. */
const nodeTls = onFirstUse<typeof Tls>('node:tls');

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
export function createSmtpSender(options: { trustedCertificates?: string[] } = {}): SmtpSender {
  // Node checks the server's certificate and name against these plus its own authorities: never switched off.
  const tls = {
    minVersion: 'TLSv1.2' as const,
    ...(options.trustedCertificates
      ? { ca: [...nodeTls().rootCertificates, ...options.trustedCertificates] }
      : {}),
  };
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
        tls,
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

/** Node's codes for a server certificate it refused (untrusted, expired, or made out for another name). */
const certificateCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** When the connection failed because the server's certificate was refused: Node's code for why, else null. */
export function refusedCertificate(error: unknown): string | null {
  type Coded = { code?: unknown; originalCode?: unknown; cause?: unknown };
  // nodemailer replaces Node's code with its own (ESOCKET) and keeps Node's as originalCode.
  for (let e = error as Coded | undefined, depth = 0; e && depth < 4; depth++) {
    for (const code of [e.originalCode, e.code])
      if (typeof code === 'string' && certificateCodes.has(code)) return code;
    e = e.cause as Coded | undefined;
  }
  return null;
}

/** The server's or the network's answer, in one line, for the outbox and the owner. */
export function smtpErrorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { code?: string; response?: string; responseCode?: number };
  const detail = e.response ?? e.message;
  return (e.code ? `${e.code}: ${detail}` : detail).replace(/\s+/g, ' ').slice(0, 500);
}
