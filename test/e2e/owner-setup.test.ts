/**
 * First start of a store set up from IT's file (PREF-5, TILL-9): the file carries no PINs, so the till asks the
 * owner for their name and a PIN before anybody can sell, and that PIN then opens the preferences.
 */
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchKassa, type KassaApp } from './support/kassa-app.ts';
import { currentStaff, openPreferences } from './support/staff.ts';

let app: KassaApp;
let till: Page;

beforeEach(async () => {
  app = await launchKassa({ storeConfigFile: resolve('resources/store-config.example.json') });
  till = await app.window('till');
  // The store file's shop is Portuguese, so the till starts in Portuguese; this till was last used in English.
  await till.evaluate(() => localStorage.setItem('kassa.language', 'en'));
  await till.reload();
});

afterEach(async () => {
  await app?.close();
});

describe("the owner's PIN at first start", () => {
  it('asks for the owner and a PIN typed twice, then signs them in; no demo PIN banner', async () => {
    const setup = till.getByRole('form', { name: 'Set up the owner' });
    await setup.waitFor();
    expect(await setup.textContent()).toContain('Café Lisboa');
    expect(await till.locator('.tile').count()).toBe(0);

    await setup.getByLabel('Your name').fill('Inês');
    await setup.getByLabel('Choose a PIN').fill('2580');
    await setup.getByLabel('Type the PIN again').fill('2581');
    await setup.getByRole('button', { name: 'Save and sign in' }).click();
    await expect
      .poll(() => setup.locator('#setup-repeat-error').textContent())
      .toBe('The two PINs are not the same. Type the PIN again.');

    await setup.getByLabel('Type the PIN again').fill('2580');
    await setup.getByRole('button', { name: 'Save and sign in' }).click();
    await till.locator('.tile').first().waitFor();
    expect(await currentStaff(till).textContent()).toContain('Inês');
    expect(await currentStaff(till).textContent()).toContain('Owner');
    expect(await till.getByTestId('demo-pin-banner').count()).toBe(0);

    const prefs = await openPreferences(app, till, '2580');
    expect(await prefs.getByText('Unlocked by Inês').count()).toBe(1);
  });
});
