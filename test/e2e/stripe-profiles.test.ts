/**
 * Stripe profiles in the preferences (STO-1, STO-2): a profile with test keys is checked with Stripe (the demo's
 * in-process simulator) and comes back Live off, Active on; a production profile refuses a test key, with the
 * reason next to the key, and nothing is saved.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolveAccounts } from '../../src/sim/stripe/accounts.ts';
import type { StripeProfile } from '../../src/shared/ipc/stripe-profiles.ts';
import { launchKassa, type KassaApp } from './support/kassa-app.ts';
import { openPreferences, section } from './support/staff.ts';
import { kassa, waitForTill } from './support/till.ts';

/** The demo simulator's account: its keys are derived from its id, the same on every run. */
const demoKeys = resolveAccounts(undefined)[0]!.keys;

let app: KassaApp;
let prefs: Page;

beforeEach(async () => {
  app = await launchKassa();
  const till = await app.window('till');
  await waitForTill(till);
  prefs = await openPreferences(app, till);
  await section(prefs, 'Stripe profiles');
});

afterEach(async () => {
  await app?.close();
});

const editor = (name: string) => prefs.getByRole('form', { name });
const rows = () => prefs.getByTestId('profile-row');
const row = (name: string) => rows().filter({ hasText: name });

async function savedProfiles(): Promise<StripeProfile[]> {
  const result = await kassa<StripeProfile[]>(prefs, 'stripeProfiles.list', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value.filter((p) => !p.builtIn);
}

describe('Stripe profiles', () => {
  it('a profile with test keys is verified with Stripe: Live off, Active on; the key is never shown again', async () => {
    await prefs.getByRole('button', { name: 'Add a profile' }).click();
    const form = editor('New Stripe profile');
    await form.getByLabel('Profile name').fill('Shop (test)');
    await form.getByLabel('Secret or restricted key').fill(demoKeys.secretKey);
    await form.getByLabel('Publishable key').fill(demoKeys.publishableKey);
    await form.getByLabel('Production profile').uncheck();
    await form.getByRole('button', { name: 'Save and verify' }).click();

    await expect
      .poll(() => prefs.getByTestId('profile-verdict').textContent())
      .toBe('Shop (test): Stripe accepted the key. Live: no. Active: yes.');
    await expect.poll(() => row('Shop (test)').getByTestId('profile-live').textContent()).toBe('Off');
    expect(await row('Shop (test)').getByTestId('profile-active').textContent()).toBe('On');
    // Stripe named the account; the window shows only a hint of the key.
    const text = (await row('Shop (test)').textContent()) ?? '';
    expect(text).toContain('acct_1KassaSim0000000');
    expect(text).toContain(`sk_test_…${demoKeys.secretKey.slice(-4)}`);
    expect(text).not.toContain(demoKeys.secretKey);

    await row('Shop (test)').getByRole('button', { name: 'Verify Shop (test)' }).click();
    await expect
      .poll(() => prefs.getByTestId('profile-verdict').textContent())
      .toBe(
        'Shop (test): Stripe accepted the key. Live: no. Active: yes. Stripe pays out to the shop’s bank account.',
      );
    const [saved] = await savedProfiles();
    expect(saved).toMatchObject({ name: 'Shop (test)', live: false, active: true, production: false });
    expect(saved?.verifiedAt).not.toBeNull();

    // Editing keeps the stored key when the field is left empty.
    await row('Shop (test)').getByRole('button', { name: 'Edit Shop (test)' }).click();
    const edit = editor('Change Shop (test)');
    expect(await edit.getByLabel('Secret or restricted key').inputValue()).toBe('');
    await edit.getByLabel('Profile name').fill('Shop test account');
    await edit.getByRole('button', { name: 'Save and verify' }).click();
    await expect.poll(() => rows().filter({ hasText: 'Shop test account' }).count()).toBe(1);
    expect((await savedProfiles()).map((p) => p.secretKeyHint)).toEqual([
      `sk_test_…${demoKeys.secretKey.slice(-4)}`,
    ]);
  });

  it('a production profile refuses a test key, says so next to the key, and saves nothing', async () => {
    const before = await savedProfiles();
    await prefs.getByRole('button', { name: 'Add a profile' }).click();
    const form = editor('New Stripe profile');
    await form.getByLabel('Profile name').fill('Shop (live)');
    await form.getByLabel('Production profile').check();
    await form.getByLabel('Secret or restricted key').fill(demoKeys.secretKey);
    await form.getByRole('button', { name: 'Save and verify' }).click();

    const keyError = form.locator('#profile-secretKey-error');
    await expect.poll(() => keyError.textContent()).toMatch(/production profile takes only live keys/);
    expect(await form.getByLabel('Secret or restricted key').getAttribute('aria-invalid')).toBe('true');
    expect(await savedProfiles()).toEqual(before);

    // A publishable key pasted into the secret field is named as such.
    await form.getByLabel('Production profile').uncheck();
    await form.getByLabel('Secret or restricted key').fill(demoKeys.publishableKey);
    await form.getByRole('button', { name: 'Save and verify' }).click();
    await expect.poll(() => keyError.textContent()).toMatch(/This is a publishable key/);
    expect(await savedProfiles()).toEqual(before);

    await form.getByRole('button', { name: 'Cancel' }).click();
    await prefs.locator('#prefs-main').evaluate((main) => main.scrollTo(0, 0));
    await app.screenshot(prefs, 'preferences');
  });

  it('the audit log shows who changed the profile and what, with the key masked', async () => {
    // This test's own profile, created and renamed as the first test does it.
    await prefs.getByRole('button', { name: 'Add a profile' }).click();
    const form = editor('New Stripe profile');
    await form.getByLabel('Profile name').fill('Shop (test)');
    await form.getByLabel('Secret or restricted key').fill(demoKeys.secretKey);
    await form.getByLabel('Publishable key').fill(demoKeys.publishableKey);
    await form.getByLabel('Production profile').uncheck();
    await form.getByRole('button', { name: 'Save and verify' }).click();
    await expect.poll(() => row('Shop (test)').count()).toBe(1);
    await row('Shop (test)').getByRole('button', { name: 'Edit Shop (test)' }).click();
    const edit = editor('Change Shop (test)');
    await edit.getByLabel('Profile name').fill('Shop test account');
    await edit.getByRole('button', { name: 'Save and verify' }).click();
    await expect.poll(() => rows().filter({ hasText: 'Shop test account' }).count()).toBe(1);

    await section(prefs, 'Audit log');
    const created = prefs.getByTestId('audit-row').filter({ hasText: 'stripe_profile.created' });
    await expect.poll(() => created.count()).toBe(1);
    const text = (await created.textContent()) ?? '';
    expect(text).toContain('Demo Owner');
    expect(text).toContain('Shop (test)');
    expect(text).toContain(`sk_test_…${demoKeys.secretKey.slice(-4)}`);
    expect(await prefs.getByTestId('audit-table').textContent()).not.toContain(demoKeys.secretKey);
    expect(await prefs.getByTestId('audit-row').filter({ hasText: 'stripe_profile.changed' }).count()).toBe(
      1,
    );
  });
});
