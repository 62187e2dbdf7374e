import { z } from 'zod';
import type { SettingsRepo } from '../settings/store-settings.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { SmtpSettingsInput, SmtpSettingsView } from '../../../shared/ipc/mail.ts';
import { smtpSecurityValues } from '../../../shared/ipc/constants.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

const stored = z.object({
  host: z.string(),
  port: z.number().int(),
  security: z.enum(smtpSecurityValues),
  user: z.string(),
  from: z.string(),
});
export type SmtpSettings = z.infer<typeof stored> & { password: string | null };

const settingsKey = 'smtp';
export const smtpPasswordSecret = 'smtp:password';

/** Addresses that are this computer: the only ones a mail may be sent to without encryption. */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * The shop's SMTP server (PREF-1): host, port, protection and sender in the store settings (so they are in the
 * backups), the password as a secret like the API keys, encrypted by the till's secret box.
 */
export function createSmtpSettings(deps: { settings: SettingsRepo; secrets: SecretStore; audit: AuditLog }) {
  const read = () => deps.settings.get(settingsKey, stored);
  return {
    view(): SmtpSettingsView {
      const saved = read();
      return {
        configured: saved !== null,
        host: saved?.host ?? '',
        port: saved?.port ?? 587,
        security: saved?.security ?? 'starttls',
        user: saved?.user ?? '',
        passwordHint: deps.secrets.hint(smtpPasswordSecret),
        from: saved?.from ?? '',
      };
    },
    /** What the sender needs, password included (main only), or null before the owner set a server up. */
    current(): SmtpSettings | null {
      const saved = read();
      return saved ? { ...saved, password: deps.secrets.get(smtpPasswordSecret) } : null;
    },
    save(input: SmtpSettingsInput, actor: string): SmtpSettingsView {
      if (input.security === 'none' && !isLoopback(input.host)) {
        throw translatedError('invalid_request', 'mail.error.unencrypted', { host: input.host }, 'security');
      }
      deps.settings.set(settingsKey, {
        host: input.host,
        port: input.port,
        security: input.security,
        user: input.user,
        from: input.from,
      });
      if (input.password !== undefined) {
        if (input.password === '') deps.secrets.remove(smtpPasswordSecret);
        else deps.secrets.set(smtpPasswordSecret, input.password);
      }
      deps.audit.record({
        actor,
        action: 'smtp_settings_saved',
        subject: input.host,
        details: {
          port: input.port,
          security: input.security,
          credentialChanged: input.password !== undefined,
        },
      });
      return this.view();
    },
  };
}

export type SmtpSettingsService = ReturnType<typeof createSmtpSettings>;
