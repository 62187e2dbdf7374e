/**
 * The Mercado Pago section of the preferences (MP-2, MP-3, PREF-3): credentials are write-only and checked for
 * their shape, and Verify lists the account's terminals with their operating mode, offering to switch a
 * standalone terminal to integrated mode (the demo's simulated account has one of each). Saved credentials
 * take effect at once, and removing them brings the demo back without a restart.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchKassa, type KassaApp } from './support/kassa-app.ts';
import { openPreferences, section } from './support/staff.ts';
import { waitForTill } from './support/till.ts';

let app: KassaApp;
let prefs: Page;

beforeEach(async () => {
  app = await launchKassa({ providers: { stripe: { mode: 'demo' }, mercadopago: { mode: 'demo' } } });
  const till = await app.window('till');
  await waitForTill(till);
  prefs = await openPreferences(app, till);
  await section(prefs, 'Mercado Pago');
});

afterEach(async () => {
  await app?.close();
});

const token = 'TEST-1234567890123456-112233-abcdef0123456789abcdef0123456789-987654321';

/** Saves a test token for a Brazilian account through the form. */
async function saveToken(): Promise<void> {
  const form = prefs.getByRole('form', { name: 'Credentials' });
  await form.getByLabel('Access token', { exact: true }).fill(token);
  await form.getByLabel('Webhook secret key').fill('whsec-0123456789abcdef');
  await form.getByLabel('Country of the account').selectOption('BR');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => form.textContent()).toContain('Kassa uses the credentials saved here.');
}

describe('Mercado Pago in the preferences', () => {
  it('lists the terminals with their mode and switches a standalone one to integrated mode', async () => {
    await prefs.getByRole('button', { name: 'Verify and list terminals' }).click();
    const table = prefs.getByTestId('mp-terminals');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBe(3);
    const standalone = table.locator('tbody tr', { hasText: 'SMARTPOS1234345545' });
    expect(await standalone.textContent()).toContain('Standalone');

    await standalone.getByRole('button', { name: 'Switch to integrated mode' }).click();
    await expect.poll(() => prefs.getByRole('status').first().textContent()).toMatch(/restart/i);
    await expect.poll(() => standalone.textContent()).toContain('Integrated (PDV)');
    expect(await standalone.getByRole('button', { name: 'Switch to integrated mode' }).count()).toBe(0);
  });

  it('refuses a token of the wrong shape next to its field, and keeps a saved one only as a hint', async () => {
    const form = prefs.getByRole('form', { name: 'Credentials' });
    await form.getByLabel('Access token', { exact: true }).fill('sk_live_not_a_mercado_pago_token');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => form.locator('#mp-accessToken-error').textContent())
      .toContain('starts with APP_USR- (production) or TEST- (test credentials)');

    await saveToken();
    const saved = prefs.getByRole('form', { name: 'Credentials' });
    await expect.poll(() => saved.textContent()).toContain('Kassa uses the credentials saved here.');
    expect(await saved.getByLabel('Access token', { exact: true }).inputValue()).toBe('');
    expect(await prefs.getByTestId('mp-applied').textContent()).toContain('no restart needed');
    const hints = (await saved.textContent()) ?? '';
    expect(hints).toContain('test credentials');
    expect(hints).not.toContain(token);
    expect(await prefs.content()).not.toContain(token);
  });

  it('goes back to a fresh demo account at once when the saved token is removed', async () => {
    await saveToken();
    const form = prefs.getByRole('form', { name: 'Credentials' });
    await form.getByLabel('Remove the stored access token').check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.textContent()).toContain('Demo mode: a simulated Mercado Pago account');

    // The terminal switched to integrated mode above belonged to the demo account that was replaced.
    await prefs.getByRole('button', { name: 'Verify and list terminals' }).click();
    const standalone = prefs
      .getByTestId('mp-terminals')
      .locator('tbody tr', { hasText: 'SMARTPOS1234345545' });
    await expect.poll(() => standalone.textContent(), { timeout: 15_000 }).toContain('Standalone');
  });
});
