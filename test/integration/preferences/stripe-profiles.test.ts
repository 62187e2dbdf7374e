import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStripeSimulator, type StripeSimulator } from '../../../src/sim/stripe/index.ts';
import { preferencesTill, type PreferencesTill } from './preferences-till.ts';

let sim: StripeSimulator;
let kassa: PreferencesTill;
beforeAll(async () => {
  sim = await startStripeSimulator({
    accounts: [{ id: 'acct_1KassaShop', liveKeys: true, defaultCurrency: 'eur' }, { id: 'acct_1Other' }],
    rateLimitPerSecond: 1000,
  });
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  await kassa.close();
});

async function openTill() {
  kassa = preferencesTill({ stripeApiUrl: sim.url });
  await kassa.openPreferences();
  return kassa;
}

const keys = () => {
  const k = sim.accounts[0]!.keys;
  return {
    test: { secret: k.secretKey, restricted: k.restrictedKey, publishable: k.publishableKey },
    live: { secret: k.liveSecretKey!, restricted: k.liveRestrictedKey!, publishable: k.livePublishableKey! },
  };
};

const savedProfiles = () => kassa.core.db.prepare('SELECT count(*) FROM stripe_profiles').pluck().get();
const savedSecrets = () => kassa.core.db.prepare('SELECT count(*) FROM secrets').pluck().get();

describe('Stripe profiles (STO-1, STO-2)', () => {
  it('verifies test keys with Stripe on save: Live off, Active on, account id from Stripe, key shown as a hint', async () => {
    await openTill();
    const profile = await kassa.prefs('stripeProfiles.save', {
      name: 'Shop (test)',
      secretKey: keys().test.secret,
      publishableKey: keys().test.publishable,
      settlementCurrency: 'EUR',
      production: false,
    });
    expect(profile).toMatchObject({
      name: 'Shop (test)',
      accountId: 'acct_1KassaShop',
      live: false,
      active: true,
      production: false,
      builtIn: false,
      secretKeyHint: `sk_test_…${keys().test.secret.slice(-4)}`,
    });
    expect(profile.verifiedAt).not.toBeNull();
    const listed = await kassa.prefs('stripeProfiles.list', {});
    expect(listed).toEqual([profile]);
    expect(JSON.stringify(listed)).not.toContain(keys().test.secret);

    // Saving again without the secret key keeps the stored one (and verifies it again).
    const renamed = await kassa.prefs('stripeProfiles.save', {
      id: profile.id,
      name: 'Shop',
      settlementCurrency: 'EUR',
      production: false,
    });
    expect(renamed).toMatchObject({ name: 'Shop', active: true, secretKeyHint: profile.secretKeyHint });
    const audit = kassa.audit('stripe_profile.changed')[0]!;
    expect(audit.actor).toBe('Demo Owner');
    expect(JSON.parse(audit.details!)).toMatchObject({
      old: { name: 'Shop (test)' },
      new: { name: 'Shop' },
      keyReplaced: false,
    });
  });

  it('accepts live keys (secret or restricted) in a production profile and marks it Live', async () => {
    await openTill();
    const profile = await kassa.prefs('stripeProfiles.save', {
      name: 'Shop',
      secretKey: keys().live.restricted,
      publishableKey: keys().live.publishable,
      settlementCurrency: 'EUR',
      production: true,
    });
    expect(profile).toMatchObject({
      live: true,
      active: true,
      production: true,
      accountId: 'acct_1KassaShop',
    });
    expect(profile.secretKeyHint).toMatch(/^rk_live_…/);
  });

  it('refuses a test key in a production profile, and saves nothing', async () => {
    await openTill();
    const refused = await kassa.prefsFail('stripeProfiles.save', {
      name: 'Shop',
      secretKey: keys().test.secret,
      settlementCurrency: 'EUR',
      production: true,
    });
    expect(refused).toMatchObject({ code: 'invalid_request', field: 'secretKey' });
    expect(refused.message).toContain('only live keys');
    const testPublishable = await kassa.prefsFail('stripeProfiles.save', {
      name: 'Shop',
      secretKey: keys().live.secret,
      publishableKey: keys().test.publishable,
      settlementCurrency: 'EUR',
      production: true,
    });
    expect(testPublishable).toMatchObject({ field: 'publishableKey' });
    expect(savedProfiles()).toBe(0);
    expect(savedSecrets()).toBe(0);
  });

  it('catches a publishable key in the secret field, a secret key in the publishable field, and mixed modes', async () => {
    await openTill();
    const swappedSecret = await kassa.prefsFail('stripeProfiles.save', {
      name: 'Shop',
      secretKey: keys().test.publishable,
      settlementCurrency: 'EUR',
      production: false,
    });
    expect(swappedSecret).toMatchObject({ field: 'secretKey' });
    expect(swappedSecret.message).toContain('publishable key');

    const swappedPublishable = await kassa.prefsFail('stripeProfiles.save', {
      name: 'Shop',
      secretKey: keys().test.secret,
      publishableKey: keys().test.restricted,
      settlementCurrency: 'EUR',
      production: false,
    });
    expect(swappedPublishable).toMatchObject({ field: 'publishableKey' });
    expect(swappedPublishable.message).toContain('secret key');
    expect(swappedPublishable.message).not.toContain(keys().test.restricted);

    const mixed = await kassa.prefsFail('stripeProfiles.save', {
      name: 'Shop',
      secretKey: keys().test.secret,
      publishableKey: keys().live.publishable,
      settlementCurrency: 'EUR',
      production: false,
    });
    expect(mixed).toMatchObject({ field: 'publishableKey' });
    expect(mixed.message).toContain('cannot be mixed');
    expect(savedProfiles()).toBe(0);
  });

  it('refuses a key Stripe rejects with a clear message on the secret key field, and saves nothing', async () => {
    await openTill();
    const rejected = await kassa.prefsFail('stripeProfiles.save', {
      name: 'Shop',
      secretKey: 'sk_test_51ThisKeyWasRolledLongAgo0000000000000',
      settlementCurrency: 'EUR',
      production: false,
    });
    expect(rejected).toMatchObject({ code: 'provider_rejected', field: 'secretKey' });
    expect(rejected.message).toContain('Nothing was saved');
    expect(savedProfiles()).toBe(0);
    expect(savedSecrets()).toBe(0);
    expect(kassa.audit('stripe_profile.created')).toHaveLength(0);
  });

  it("refuses an account id that is not the key's account", async () => {
    await openTill();
    const wrong = await kassa.prefsFail('stripeProfiles.save', {
      name: 'Shop',
      accountId: 'acct_1Other',
      secretKey: keys().test.secret,
      settlementCurrency: 'EUR',
      production: false,
    });
    expect(wrong).toMatchObject({ field: 'accountId' });
    expect(savedProfiles()).toBe(0);
  });

  it('is removed only when no payment method uses it', async () => {
    await openTill();
    const profile = await kassa.prefs('stripeProfiles.save', {
      name: 'Shop',
      secretKey: keys().test.secret,
      settlementCurrency: 'USD',
      production: false,
    });
    const method = await kassa.prefs('paymentMethods.save', {
      name: 'Card (counter)',
      journal: 'bank',
      terminal: 'stripe',
      terminalRef: 'WSC513105011295',
      profileId: profile.id,
      identifyCustomer: false,
      active: true,
    });
    expect((await kassa.prefs('stripeProfiles.list', {}))[0]?.methodCount).toBe(1);
    expect(await kassa.prefsFail('stripeProfiles.remove', { id: profile.id })).toMatchObject({
      code: 'conflict',
    });
    await kassa.prefs('paymentMethods.save', {
      id: method.id,
      name: 'Card (counter)',
      journal: 'bank',
      terminal: 'none',
      identifyCustomer: false,
      active: false,
    });
    await kassa.prefs('stripeProfiles.remove', { id: profile.id });
    expect(await kassa.prefs('stripeProfiles.list', {})).toEqual([]);
    expect(savedSecrets()).toBe(0);
  });

  it('lists the demo connection as the built-in profile, which cannot be edited', async () => {
    kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } }, stripeApiUrl: sim.url });
    await kassa.openPreferences();
    const [builtIn] = await kassa.prefs('stripeProfiles.list', {});
    expect(builtIn).toMatchObject({ id: 'default', builtIn: true, live: false, active: true });
    expect(
      await kassa.prefsFail('stripeProfiles.save', {
        id: 'default',
        name: 'Mine',
        settlementCurrency: 'EUR',
        production: false,
      }),
    ).toMatchObject({ field: 'id' });
  });

  it('keeps a profile as it was while Stripe is unreachable, and marks it inactive once Stripe refuses its key', async () => {
    const first = await startStripeSimulator({ accounts: [{ id: 'acct_1KassaShop', liveKeys: true }] });
    kassa = preferencesTill({ stripeApiUrl: first.url });
    await kassa.openPreferences();
    const profile = await kassa.prefs('stripeProfiles.save', {
      name: 'Shop',
      secretKey: keys().test.secret,
      settlementCurrency: 'EUR',
      production: false,
    });
    expect(profile.active).toBe(true);
    await first.close();
    expect((await kassa.prefsFail('stripeProfiles.verify', { id: profile.id })).code).toBe(
      'provider_unreachable',
    );
    expect((await kassa.prefs('stripeProfiles.list', {}))[0]?.active).toBe(true);

    // The owner rolled the key in the Stripe dashboard: the old one is refused from now on.
    const rolled = await startStripeSimulator({
      port: first.port,
      accounts: [
        { id: 'acct_1KassaShop', keys: { secretKey: 'sk_test_51RolledKeyForTheKassaShop0000000000' } },
      ],
    });
    try {
      const refused = await kassa.prefsFail('stripeProfiles.verify', { id: profile.id });
      expect(refused).toMatchObject({ code: 'provider_rejected', field: 'secretKey' });
      expect((await kassa.prefs('stripeProfiles.list', {}))[0]).toMatchObject({ active: false });
    } finally {
      await rolled.close();
    }
  });
});
