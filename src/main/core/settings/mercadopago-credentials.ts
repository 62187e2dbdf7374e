import { z } from 'zod';
import type { RequestOf } from '../../../shared/ipc/contract.ts';
import type { MercadoPagoSettingsView } from '../../../shared/ipc/preferences.ts';
import type { UnitOfWork } from '../db/unit-of-work.ts';
import type { RefundStore } from '../payments/refunds.ts';
import type { PaymentJournal } from '../payments/payment-journal.ts';
import { secretHint } from '../secrets/secret-box.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { SettingsRepo } from './store-settings.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

const tokenName = 'mercadopago:access_token';
const webhookName = 'mercadopago:webhook_secret';
const countries = ['AR', 'BR', 'MX', 'CL'] as const;
type Country = (typeof countries)[number];
const stored = z.object({ country: z.enum(countries) });

export interface MercadoPagoCredentialDeps {
  tx: UnitOfWork;
  refunds: Pick<RefundStore, 'pendingCount'>;
  journal: Pick<PaymentJournal, 'onTerminalOf'>;
  settings: SettingsRepo;
  secrets: SecretStore;
  audit: AuditLog;
  storeCountry: () => string;
  /** What the till was started with when nothing is saved: IT's environment, the demo, or nothing. */
  fallback: () => {
    source: 'environment' | 'demo' | 'none';
    accessToken: string | null;
    webhookSecret: string | null;
  };
  /** Resolves once card payments have moved to the credentials saved last (a save waits for the one before). */
  settled: () => Promise<void>;
  /** Called after every save: card payments reconnect Mercado Pago with what was saved, without a restart. */
  onChanged: () => void;
}

/**
 * Mercado Pago credentials (MP-2): the access token and webhook secret are write-only secrets; the window
 * sees hints. Saved credentials take precedence over the environment, and take effect as soon as they are
 * saved; removing the saved token goes back to the environment's, or to the demo.
 */
export function createMercadoPagoCredentials(deps: MercadoPagoCredentialDeps) {
  const { settings, secrets, audit } = deps;
  // The journal's own idea of an attempt still on a terminal, so both agree on what "in progress" means.
  const { journal } = deps;
  const pendingRefunds = { get: () => deps.refunds.pendingCount('mercadopago') };
  /**
   * A new or removed token moves Kassa to another account, where an open payment or a refund still being sent
   * could no longer be followed: its order lives at the old one.
   */
  const refuseWhileBusy = () => {
    // A payment recorded on a manager's word (force done) waits for reconciliation, not for the terminal: it
    // must not keep the owner from replacing a token that no longer works.
    const inProgress = journal.onTerminalOf('mercadopago').filter((attempt) => attempt.forced !== 1);
    if (inProgress.length > 0) {
      throw translatedError('conflict', 'err.mp.paymentInProgress', undefined, 'accessToken');
    }
    if (pendingRefunds.get()! > 0) {
      throw translatedError('conflict', 'err.mp.refundBeingSent', undefined, 'accessToken');
    }
  };
  const country = (): Country => {
    const saved = settings.get('mercadoPago', stored)?.country;
    if (saved) return saved;
    const store = deps.storeCountry();
    return (countries as readonly string[]).includes(store) ? (store as Country) : 'BR';
  };
  const view = (): MercadoPagoSettingsView => {
    const tokenHint = secrets.hint(tokenName);
    if (tokenHint !== null)
      return {
        source: 'saved',
        accessTokenHint: tokenHint,
        webhookSecretHint: secrets.hint(webhookName),
        production: tokenHint.startsWith('APP_USR-'),
        country: country(),
      };
    const f = deps.fallback();
    return {
      source: f.source,
      accessTokenHint: f.accessToken ? secretHint(f.accessToken) : null,
      webhookSecretHint: secrets.hint(webhookName) ?? (f.webhookSecret ? secretHint(f.webhookSecret) : null),
      production: f.accessToken?.startsWith('APP_USR-') ?? false,
      country: country(),
    };
  };
  return {
    view,
    /** The saved credentials, decrypted for the provider; null when none are saved. */
    saved(): { accessToken: string; webhookSecret: string | null; country: Country } | null {
      const accessToken = secrets.get(tokenName);
      return accessToken
        ? { accessToken, webhookSecret: secrets.get(webhookName), country: country() }
        : null;
    },
    async save(
      input: RequestOf<'mercadoPagoSettings.save'>,
      actor: string,
    ): Promise<MercadoPagoSettingsView> {
      // One move between accounts at a time: a payment sent during the last one has started (and is seen
      // below) by the time it is over.
      await deps.settled();
      if (input.accessToken !== undefined) refuseWhileBusy();
      const before = view();
      deps.tx.run(() => {
        if (input.accessToken === null) secrets.remove(tokenName);
        else if (input.accessToken !== undefined) secrets.set(tokenName, input.accessToken);
        if (input.webhookSecret === null) secrets.remove(webhookName);
        else if (input.webhookSecret !== undefined) secrets.set(webhookName, input.webhookSecret);
        settings.set('mercadoPago', { country: input.country });
        const after = view();
        audit.record({
          action: 'settings.mercadopago_changed',
          actor,
          details: {
            old: {
              accessToken: before.accessTokenHint,
              webhookSecret: before.webhookSecretHint,
              country: before.country,
            },
            new: {
              accessToken: after.accessTokenHint,
              webhookSecret: after.webhookSecretHint,
              country: after.country,
            },
          },
        });
      });
      deps.onChanged();
      return view();
    },
  };
}

export type MercadoPagoCredentials = ReturnType<typeof createMercadoPagoCredentials>;
