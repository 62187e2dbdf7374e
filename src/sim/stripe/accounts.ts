import { createHash } from 'node:crypto';

/** A Stripe account the simulator serves. Everything is optional; the defaults are a German test account. */
export interface SimAccount {
  /** `acct_…`; generated from the position in the list when absent, so keys stay the same between runs. */
  id?: string;
  /** ISO 3166 country of the business, such as `DE`. */
  country?: string;
  /** Settlement currency, such as `eur`. */
  defaultCurrency?: string;
  businessName?: string;
  email?: string;
  /** False models an account that has not finished onboarding. */
  chargesEnabled?: boolean;
  /** Seed 004's warning: without a bank account (or with details still due) payments are never paid out. */
  payouts?: { bankAccount?: boolean; currentlyDue?: string[] };
  /** Also issue `sk_live_…`, `rk_live_…` and `pk_live_…` keys, whose data is kept apart from test mode. */
  liveKeys?: boolean;
  /** Fixed keys, for tests that need to know them in advance. */
  keys?: Partial<SimAccountKeys>;
}

export interface SimAccountKeys {
  secretKey: string;
  restrictedKey: string;
  publishableKey: string;
  liveSecretKey?: string;
  liveRestrictedKey?: string;
  livePublishableKey?: string;
}

export interface ResolvedAccount {
  id: string;
  country: string;
  defaultCurrency: string;
  businessName: string;
  email: string;
  chargesEnabled: boolean;
  bankAccount: boolean;
  currentlyDue: string[];
  keys: SimAccountKeys;
}

export type KeyKind = 'secret' | 'restricted' | 'publishable';

/** What a presented API key unlocks. */
export interface KeyGrant {
  account: ResolvedAccount;
  livemode: boolean;
  kind: KeyKind;
  key: string;
}

export function resolveAccounts(accounts: readonly SimAccount[] | undefined): ResolvedAccount[] {
  const list = accounts === undefined || accounts.length === 0 ? [{}] : accounts;
  return list.map((account, index) => {
    const id = account.id ?? `acct_1KassaSim${String(index).padStart(7, '0')}`;
    if (!/^acct_[A-Za-z0-9]+$/.test(id)) throw new Error(`Account ids look like acct_…; got ${id}.`);
    const keys: SimAccountKeys = {
      secretKey: account.keys?.secretKey ?? derivedKey('sk_test_', id),
      restrictedKey: account.keys?.restrictedKey ?? derivedKey('rk_test_', id),
      publishableKey: account.keys?.publishableKey ?? derivedKey('pk_test_', id),
    };
    if (account.liveKeys === true) {
      keys.liveSecretKey = account.keys?.liveSecretKey ?? derivedKey('sk_live_', id);
      keys.liveRestrictedKey = account.keys?.liveRestrictedKey ?? derivedKey('rk_live_', id);
      keys.livePublishableKey = account.keys?.livePublishableKey ?? derivedKey('pk_live_', id);
    }
    for (const [role, key] of Object.entries(keys)) checkKeyShape(role, key as string | undefined);
    return {
      id,
      country: (account.country ?? 'DE').toUpperCase(),
      defaultCurrency: (account.defaultCurrency ?? 'eur').toLowerCase(),
      businessName: account.businessName ?? 'Kassa Test Shop',
      email: account.email ?? 'owner@example.com',
      chargesEnabled: account.chargesEnabled ?? true,
      bankAccount: account.payouts?.bankAccount ?? true,
      currentlyDue: account.payouts?.currentlyDue ?? [],
      keys,
    };
  });
}

// Keys are derived from the account id so that a key pasted into Kassa's settings keeps working after a restart.
function derivedKey(prefix: string, accountId: string): string {
  const digest = createHash('sha256')
    .update(`${prefix}${accountId}`)
    .digest('base64url')
    .replace(/[-_]/g, '');
  return `${prefix}51${digest.slice(0, 40)}`;
}

const expectedPrefix: Record<string, string> = {
  secretKey: 'sk_test_',
  restrictedKey: 'rk_test_',
  publishableKey: 'pk_test_',
  liveSecretKey: 'sk_live_',
  liveRestrictedKey: 'rk_live_',
  livePublishableKey: 'pk_live_',
};

function checkKeyShape(role: string, key: string | undefined): void {
  if (key === undefined) return;
  const prefix = expectedPrefix[role] ?? '';
  if (!key.startsWith(prefix) || !/^[a-z]{2}_(test|live)_[A-Za-z0-9]+$/.test(key)) {
    throw new Error(`The ${role} must look like ${prefix}…; got ${key}.`);
  }
}

/** Finds the account and mode a key belongs to. */
export function grantFor(accounts: readonly ResolvedAccount[], key: string): KeyGrant | undefined {
  for (const account of accounts) {
    const k = account.keys;
    const table: [string | undefined, boolean, KeyKind][] = [
      [k.secretKey, false, 'secret'],
      [k.restrictedKey, false, 'restricted'],
      [k.publishableKey, false, 'publishable'],
      [k.liveSecretKey, true, 'secret'],
      [k.liveRestrictedKey, true, 'restricted'],
      [k.livePublishableKey, true, 'publishable'],
    ];
    for (const [candidate, livemode, kind] of table) {
      if (candidate === key) return { account, livemode, kind, key };
    }
  }
  return undefined;
}

/** Stripe shows only a key's prefix and last four characters in error messages. */
export function maskKey(key: string): string {
  const prefix = /^[a-z]{2}_(test|live)_/.exec(key)?.[0] ?? '';
  return `${prefix}****${key.slice(-4)}`;
}
