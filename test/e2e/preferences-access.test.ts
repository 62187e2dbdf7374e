/**
 * The way into the preferences (PREF-1, SEC-2): only an owner's PIN opens them; wrong PINs are refused, and
 * after five in a row nobody gets in for a while, not even with the right PIN.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchKassa, type KassaApp } from './support/kassa-app.ts';
import { askForPreferences, demoOwner, openPreferences, section } from './support/staff.ts';
import { kassa, waitForTill } from './support/till.ts';

let app: KassaApp;
let till: Page;

beforeEach(async () => {
  app = await launchKassa();
  till = await app.window('till');
  await waitForTill(till);
});

afterEach(async () => {
  await app?.close();
});

const pinDialog = () => till.getByRole('dialog', { name: 'Open the preferences' });
const pinError = () => pinDialog().locator('#preferences-pin-error');

describe('opening the preferences', () => {
  it('the owner PIN opens them in a window of their own; locking them closes them again', async () => {
    const prefs = await openPreferences(app, till, demoOwner.pin);
    expect(await prefs.getByRole('heading', { level: 1 }).textContent()).toBe('Store');
    expect(await prefs.getByLabel('Store name').inputValue()).toBe('Kassa Demo Shop');
    expect(await prefs.getByText('Unlocked by Demo Owner').count()).toBe(1);

    // The search box narrows the sections and leads to a field.
    await prefs.getByRole('searchbox', { name: 'Search the preferences' }).fill('webhook');
    const nav = prefs.getByRole('navigation', { name: 'Sections' });
    await expect
      .poll(() => nav.getByRole('button').allTextContents())
      .toEqual(['Mercado Pago', 'Webhook secret keyMercado Pago']);
    await nav.getByRole('button', { name: /Webhook secret key/ }).click();
    await expect.poll(() => prefs.locator('#mp-webhookSecret:focus').count()).toBe(1);
    await prefs.getByRole('searchbox', { name: 'Search the preferences' }).fill('');
    await section(prefs, 'Store');

    await prefs.getByRole('button', { name: 'Lock' }).click();
    await expect.poll(() => prefs.getByTestId('preferences-locked').count()).toBe(1);
    // Locked means locked for every caller, not only for this screen.
    const refused = await kassa(prefs, 'storeSettings.get', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'pin_required' } });
    await prefs.close();
  });

  it('a wrong PIN is refused with a message; after five wrong PINs even the right one must wait', async () => {
    await askForPreferences(till, '9999');
    await expect.poll(() => pinError().textContent()).toMatch(/not the PIN of an? owner/);
    expect(till.context().pages()).toHaveLength(1);

    for (const wrong of ['1111', '2222', '3333']) {
      await askForPreferences(till, wrong);
      await expect.poll(() => pinError().textContent()).toMatch(/not the PIN/);
    }
    await askForPreferences(till, '4444');
    await expect.poll(() => pinError().textContent()).toMatch(/Too many wrong PINs\. Try again in \d+ s\./);

    await askForPreferences(till, demoOwner.pin);
    await expect.poll(() => pinError().textContent()).toMatch(/Too many wrong PINs\. Try again in \d+ s\./);
    expect(till.context().pages()).toHaveLength(1);
    await pinDialog()
      .getByRole('button', { name: /Cancel/ })
      .click();
  });
});
