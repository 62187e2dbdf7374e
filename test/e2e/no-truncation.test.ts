/**
 * Issue 15.7: what someone types is never changed into something else. The store's country is picked by
 * name (typing "Germany" once saved GE, Georgia); a 10-digit PIN is refused with a message, not cut to 8.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPreferencesForEachTest } from './support/open-till.ts';
import { section } from './support/staff.ts';

let prefs: Page;
openPreferencesForEachTest((opened) => ({ prefs } = opened), 'Store');

/** What main holds now, asked through the preferences window's own bridge. */
const savedCountry = () =>
  prefs.evaluate(async () => {
    const result = await (
      globalThis as unknown as {
        kassa: { storeSettings: { get(r: object): Promise<{ ok: boolean; value?: { country: string } }> } };
      }
    ).kassa.storeSettings.get({});
    return result.value?.country ?? null;
  });

describe('no silent truncation', () => {
  it('offers the store’s country by name and saves the one picked', async () => {
    const country = prefs.locator('#store-country');
    expect(await country.evaluate((el) => el.tagName)).toBe('SELECT');
    expect(await country.locator('option:checked').textContent()).toBe('Germany (DE)');
    expect(await country.locator('option[value="GE"]').textContent()).toBe('Georgia (GE)');
    await country.selectOption({ label: 'Austria (AT)' });
    await prefs.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => savedCountry()).toBe('AT');
  });

  it('refuses a 10-digit PIN with a message and keeps every digit typed', async () => {
    await section(prefs, 'Staff');
    await prefs.getByRole('button', { name: 'Add a staff member' }).click();
    const form = prefs.getByRole('form', { name: 'New staff member' });
    await form.getByLabel('Name').fill('Anna');
    await form.getByLabel('PIN').fill('1234567890');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.locator('#staff-pin-error').textContent()).toBe('A PIN is 4 to 8 digits.');
    expect(await form.getByLabel('PIN').inputValue()).toBe('1234567890');
    expect(await prefs.getByTestId('staff-row').filter({ hasText: 'Anna' }).count()).toBe(0);
  });
});
