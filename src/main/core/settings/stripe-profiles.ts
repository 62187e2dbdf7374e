import { randomUUID } from 'node:crypto';
import { KassaError } from '../../../shared/errors.ts';
import type { StripeProfile } from '../../../shared/ipc/stripe-profiles.ts';
import { builtInProfileId } from '../../../shared/ipc/constants.ts';
import type { RequestOf } from '../../../shared/ipc/contract.ts';
import type { Db } from '../db/connection.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { secretHint } from '../secrets/secret-box.ts';
import type { AuditLog } from '../system/audit-log.ts';
import { checkStripeKeys, type StripeAccountCheck } from './stripe-keys.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

interface ProfileRow {
  id: string;
  name: string;
  account_id: string | null;
  publishable_key: string | null;
  secret_name: string | null;
  settlement_currency: string;
  production: number;
  live: number;
  active: number;
  verified_at: number | null;
}

/** The till's own Stripe connection, when it has one: the demo simulator or the environment's key. */
export interface BuiltInStripe {
  name: string;
  secretKey: string | null;
  settlementCurrency: string;
}

export interface StripeProfileDeps {
  db: Db;
  secrets: SecretStore;
  audit: AuditLog;
  now: () => number;
  builtIn: () => BuiltInStripe | null;
  /** Asks Stripe about a key; the simulator's address in tests and demo mode. */
  check: (secretKey: string) => Promise<StripeAccountCheck>;
  onChanged: () => void;
}

const secretNameOf = (id: string) => `stripe_profile:${id}`;

/**
 * Stripe profiles (STO-1, STO-2): named accounts with their keys. The secret key is encrypted in the secret
 * store; the profile keeps its hint, what Stripe said about it (account, live) and whether it works (active).
 */
export function createStripeProfiles(deps: StripeProfileDeps) {
  const { db, secrets, audit, now } = deps;
  // Read by every event sweep (once a minute): prepared once.
  const idsWithKey = db
    .prepare<[], string>(
      `SELECT p.id FROM stripe_profiles p WHERE p.secret_name IS NOT NULL
       ORDER BY (SELECT count(*) FROM payment_methods m WHERE m.profile_id = p.id AND m.active = 1) DESC, p.name`,
    )
    .pluck();
  const byId = db.prepare<[string], ProfileRow>('SELECT * FROM stripe_profiles WHERE id = ?');
  const all = db.prepare<[], ProfileRow>('SELECT * FROM stripe_profiles ORDER BY name COLLATE NOCASE');
  const methodCount = db
    .prepare<[string], number>(
      `SELECT count(*) FROM payment_methods WHERE terminal = 'stripe' AND profile_id = ?`,
    )
    .pluck();
  const builtInMethodCount = db
    .prepare<[], number>(
      `SELECT count(*) FROM payment_methods WHERE terminal = 'stripe' AND (profile_id IS NULL OR profile_id = '${builtInProfileId}')`,
    )
    .pluck();

  const toProfile = (r: ProfileRow): StripeProfile => ({
    id: r.id,
    name: r.name,
    accountId: r.account_id,
    publishableKey: r.publishable_key,
    secretKeyHint: r.secret_name ? secrets.hint(r.secret_name) : null,
    settlementCurrency: r.settlement_currency,
    production: r.production === 1,
    live: r.live === 1,
    active: r.active === 1,
    verifiedAt: r.verified_at,
    builtIn: false,
    methodCount: methodCount.get(r.id) ?? 0,
  });

  const builtInProfile = (check?: StripeAccountCheck): StripeProfile | null => {
    const b = deps.builtIn();
    if (!b) return null;
    const live = check?.livemode ?? b.secretKey?.includes('_live_') ?? false;
    return {
      id: builtInProfileId,
      name: b.name,
      accountId: check?.accountId ?? null,
      publishableKey: null,
      secretKeyHint: b.secretKey ? secretHint(b.secretKey) : null,
      settlementCurrency: check?.defaultCurrency ?? b.settlementCurrency,
      production: live,
      live,
      active: check ? check.chargesEnabled : true,
      verifiedAt: check ? now() : null,
      builtIn: true,
      methodCount: builtInMethodCount.get() ?? 0,
    };
  };

  const view = (p: StripeProfile) => ({
    name: p.name,
    accountId: p.accountId,
    publishableKey: p.publishableKey,
    secretKey: p.secretKeyHint,
    settlementCurrency: p.settlementCurrency,
    production: p.production,
    live: p.live,
    active: p.active,
  });

  function get(id: string): StripeProfile {
    const row = byId.get(id);
    if (!row) throw translatedError('not_found', 'err.profiles.gone', undefined, 'id');
    return toProfile(row);
  }

  function secretKeyOf(id: string): string | null {
    const row = byId.get(id);
    return row?.secret_name ? secrets.get(row.secret_name) : null;
  }

  return {
    list(): StripeProfile[] {
      const saved = all.all().map(toProfile);
      const builtIn = builtInProfile();
      return builtIn ? [...saved, builtIn] : saved;
    },
    /** Whether payment methods may name this profile id. */
    exists: (id: string): boolean =>
      id === builtInProfileId ? deps.builtIn() !== null : byId.get(id) !== undefined,
    savedCount: (): number => db.prepare('SELECT count(*) FROM stripe_profiles').pluck().get() as number,
    get,
    /** The key Kassa uses for payments with this profile: decrypted only in main, only when needed. */
    secretKeyOf,
    /** Changes whenever the profile's key is replaced; null while it has none. */
    keyVersion: (id: string): number | null => {
      const name = byId.get(id)?.secret_name;
      return name ? secrets.version(name) : null;
    },
    /** Profiles with a key, those used by payment methods first. */
    idsWithKey: (): string[] => idsWithKey.all(),

    async save(input: RequestOf<'stripeProfiles.save'>, actor: string): Promise<StripeProfile> {
      if (input.id === builtInProfileId)
        throw translatedError('invalid_request', 'err.profiles.builtInReadOnly', undefined, 'id');
      const before = input.id === undefined ? null : (byId.get(input.id) ?? null);
      if (input.id !== undefined && !before)
        throw translatedError('not_found', 'err.profiles.gone', undefined, 'id');
      const clash = all
        .all()
        .find((r) => r.id !== before?.id && r.name.toLowerCase() === input.name.toLowerCase());
      if (clash) throw translatedError('conflict', 'err.profiles.nameTaken', { name: clash.name }, 'name');
      const secretKey = input.secretKey ?? (before?.secret_name ? secrets.get(before.secret_name) : null);
      if (secretKey === null)
        throw translatedError('invalid_request', 'err.profiles.pasteSecret', undefined, 'secretKey');
      const publishableKey =
        input.publishableKey === undefined ? (before?.publishable_key ?? null) : input.publishableKey || null;
      checkStripeKeys({ production: input.production, secretKey, publishableKey });

      const check = await deps.check(secretKey);
      if (input.production && !check.livemode)
        throw translatedError('invalid_request', 'err.profiles.testKey', undefined, 'secretKey');
      const accountId = input.accountId || null;
      if (accountId && check.accountId && accountId !== check.accountId)
        throw translatedError(
          'invalid_request',
          'err.profiles.otherAccount',
          { found: check.accountId, expected: accountId },
          'accountId',
        );

      const id = before?.id ?? randomUUID();
      const old = before ? toProfile(before) : null;
      const saved = db.transaction(() => {
        const secretName = secretNameOf(id);
        if (input.secretKey !== undefined || !before?.secret_name) secrets.set(secretName, secretKey);
        db.prepare(
          `INSERT INTO stripe_profiles (id, name, account_id, publishable_key, secret_name, settlement_currency,
             production, live, active, verified_at, created_at)
           VALUES (@id, @name, @accountId, @publishableKey, @secretName, @settlementCurrency, @production, @live,
             @active, @at, @at)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, account_id = excluded.account_id,
             publishable_key = excluded.publishable_key, secret_name = excluded.secret_name,
             settlement_currency = excluded.settlement_currency, production = excluded.production,
             live = excluded.live, active = excluded.active, verified_at = excluded.verified_at`,
        ).run({
          id,
          name: input.name,
          accountId: check.accountId ?? accountId,
          publishableKey,
          secretName,
          settlementCurrency: input.settlementCurrency,
          production: input.production ? 1 : 0,
          live: check.livemode ? 1 : 0,
          active: check.chargesEnabled ? 1 : 0,
          at: now(),
        });
        const profile = get(id);
        audit.record({
          action: before ? 'stripe_profile.changed' : 'stripe_profile.created',
          subject: input.name,
          actor,
          details: {
            old: old ? view(old) : null,
            new: view(profile),
            keyReplaced: input.secretKey !== undefined,
          },
        });
        return profile;
      })();
      deps.onChanged();
      return saved;
    },

    async verify(id: string, actor: string): Promise<StripeProfile> {
      if (id === builtInProfileId) {
        const b = deps.builtIn();
        if (!b) throw translatedError('not_found', 'err.profiles.noBuiltIn', undefined, 'id');
        return builtInProfile(b.secretKey ? await deps.check(b.secretKey) : undefined)!;
      }
      const before = get(id);
      const key = secretKeyOf(id);
      if (!key) throw translatedError('invalid_request', 'err.profiles.noSecretYet', undefined, 'secretKey');
      let check: StripeAccountCheck | null = null;
      let failure: KassaError | null = null;
      try {
        check = await deps.check(key);
      } catch (error) {
        if (!(error instanceof KassaError) || error.code !== 'provider_rejected') throw error;
        failure = error; // a key Stripe now refuses (rolled or deleted) leaves the profile inactive
      }
      db.prepare(
        `UPDATE stripe_profiles SET account_id = coalesce(?, account_id), live = ?, active = ?, verified_at = ? WHERE id = ?`,
      ).run(
        check?.accountId ?? null,
        check ? (check.livemode ? 1 : 0) : before.live ? 1 : 0,
        check?.chargesEnabled ? 1 : 0,
        now(),
        id,
      );
      const after = get(id);
      audit.record({
        action: 'stripe_profile.verified',
        subject: after.name,
        actor,
        details: { old: view(before), new: view(after), refused: failure !== null },
      });
      deps.onChanged();
      if (failure)
        throw translatedError('provider_rejected', 'err.profiles.keyRevoked', undefined, 'secretKey');
      return after;
    },

    remove(id: string, actor: string): void {
      if (id === builtInProfileId)
        throw translatedError('invalid_request', 'err.profiles.builtInStays', undefined, 'id');
      const profile = get(id);
      const user = db
        .prepare<[string], { name: string }>(
          `SELECT name FROM payment_methods WHERE terminal = 'stripe' AND profile_id = ? ORDER BY position LIMIT 1`,
        )
        .get(id);
      if (user) throw translatedError('conflict', 'err.profiles.inUse', { method: user.name }, 'id');
      db.transaction(() => {
        db.prepare('DELETE FROM stripe_profiles WHERE id = ?').run(id);
        secrets.remove(secretNameOf(id));
        audit.record({
          action: 'stripe_profile.removed',
          subject: profile.name,
          actor,
          details: { old: view(profile) },
        });
      })();
      deps.onChanged();
    },
  };
}

export type StripeProfiles = ReturnType<typeof createStripeProfiles>;

/** Provisioning: a profile without keys, inactive until the owner pastes the key in preferences. */
export function importProfileWithoutKey(
  db: Db,
  p: {
    id: string;
    name: string;
    accountId?: string | undefined;
    publishableKey?: string | undefined;
    settlementCurrency: string;
    production: boolean;
  },
  at: number,
): void {
  db.prepare(
    `INSERT INTO stripe_profiles (id, name, account_id, publishable_key, settlement_currency, production, created_at)
     VALUES (@id, @name, @accountId, @publishableKey, @settlementCurrency, @production, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, account_id = coalesce(excluded.account_id, account_id),
       publishable_key = coalesce(excluded.publishable_key, publishable_key),
       settlement_currency = excluded.settlement_currency, production = excluded.production`,
  ).run({
    id: p.id,
    name: p.name,
    accountId: p.accountId ?? null,
    publishableKey: p.publishableKey ?? null,
    settlementCurrency: p.settlementCurrency,
    production: p.production ? 1 : 0,
    at,
  });
}
