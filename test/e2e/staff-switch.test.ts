/**
 * Staff at the till (TILL-9, SEC-2): members added in the preferences sign in with their PIN, hand the till
 * over to each other without losing the sale, are locked out after five wrong PINs, and the demo PIN banner
 * stays until the owner chooses a PIN of their own.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openPreferencesForEachTest } from './support/open-till.ts';
import { currentStaff, demoOwner, signInAs, signInForm, switchTo } from './support/staff.ts';
import { cartLineTexts, tapProduct } from './support/till.ts';

let app: KassaApp;
let till: Page;
let prefs: Page;
openPreferencesForEachTest((opened) => ({ app, till, prefs } = opened), 'Staff');

async function addMember(name: string, role: string, pin: string): Promise<void> {
  await prefs.getByRole('button', { name: 'Add a staff member' }).click();
  const form = prefs.getByRole('form', { name: 'New staff member' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Role').selectOption(role);
  await form.getByLabel('PIN').fill(pin);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => prefs.getByTestId('staff-row').filter({ hasText: name }).count()).toBe(1);
}

const pinError = () => signInForm(till).locator('#signin-pin-error');

describe('staff at the till', () => {
  it('switches to a cashier by PIN and back, keeping the sale on screen', async () => {
    await addMember('Cem Yilmaz', 'cashier', '4321');
    await addMember('Dana', 'manager', '5678');

    await tapProduct(till, 'Pretzel');
    await expect.poll(() => cartLineTexts(till)).toEqual(['Pretzel']);
    expect(await currentStaff(till).textContent()).toContain('Demo Owner');

    await switchTo(till, 'Cem Yilmaz', '0000');
    await expect.poll(() => pinError().textContent()).toBe('That PIN is not right. Try again.');
    await signInAs(till, 'Cem Yilmaz', '4321');
    await expect.poll(() => currentStaff(till).textContent()).toContain('Cem Yilmaz');
    expect(await currentStaff(till).textContent()).toContain('Cashier');
    expect(await till.getByRole('dialog').count()).toBe(0);
    expect(await cartLineTexts(till)).toEqual(['Pretzel']);

    await switchTo(till, demoOwner.name, demoOwner.pin);
    await expect.poll(() => currentStaff(till).textContent()).toContain('Demo Owner');
    expect(await cartLineTexts(till)).toEqual(['Pretzel']);
  });

  it('signing out shows who may sign in; five wrong PINs lock that member out', async () => {
    await addMember('Cem Yilmaz', 'cashier', '4321');
    await addMember('Dana', 'manager', '5678');
    await currentStaff(till).click();
    await till.getByRole('button', { name: 'Sign Demo Owner out' }).click();
    await till.getByRole('heading', { name: 'Who is at the till?' }).waitFor();
    expect(await till.locator('.tile').count()).toBe(0);
    await expect
      .poll(() => signInForm(till).getByRole('radio').allInnerTexts())
      .toEqual([
        expect.stringContaining('Cem Yilmaz'),
        expect.stringContaining('Dana'),
        expect.stringContaining('Demo Owner'),
      ]);
    expect(await signInForm(till).getByRole('radio', { checked: true }).getAttribute('aria-label')).toBe(
      'Demo Owner (Owner)',
    );
    await app.screenshot(till, 'login');

    for (const wrong of ['1111', '2222', '3333', '4444']) {
      await signInAs(till, 'Dana', wrong);
      await expect.poll(() => pinError().textContent()).toBe('That PIN is not right. Try again.');
    }
    await signInAs(till, 'Dana', '9999');
    await expect
      .poll(() => pinError().textContent())
      .toMatch(/Too many wrong PINs for Dana\. Try again in \d+ s\./);
    expect(
      await signInForm(till)
        .getByRole('radio', { name: /^Dana \(Locked · \d+ s\)$/ })
        .count(),
    ).toBe(1);
    expect(
      await signInForm(till)
        .getByRole('button', { name: /Sign in/ })
        .isDisabled(),
    ).toBe(true);

    // Another member is not held up by Dana's lockout.
    await signInAs(till, 'Cem Yilmaz', '4321');
    await till.locator('.tile').first().waitFor();
    expect(await currentStaff(till).textContent()).toContain('Cem Yilmaz');
  });

  it('the demo PIN banner shows to the owner only, and stays until they choose a PIN of their own', async () => {
    // Cem, a cashier, is at the till: the owner's banner is not his business (issue 15.6).
    await addMember('Cem Yilmaz', 'cashier', '4321');
    await switchTo(till, 'Cem Yilmaz', '4321');
    await expect.poll(() => currentStaff(till).textContent()).toContain('Cem Yilmaz');
    expect(await till.getByTestId('demo-pin-banner').count()).toBe(0);
    await switchTo(till, demoOwner.name, demoOwner.pin);
    await expect.poll(() => till.getByTestId('demo-pin-banner').count()).toBe(1);
    await prefs.getByRole('button', { name: 'Edit Demo Owner' }).click();
    const form = prefs.getByRole('form', { name: 'Change Demo Owner' });
    await form.getByLabel('New PIN').fill('12');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.locator('#staff-pin-error').textContent()).toBe('A PIN is 4 to 8 digits.');
    await form.getByLabel('New PIN').fill('2468');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => till.getByTestId('demo-pin-banner').count()).toBe(0);

    await switchTo(till, demoOwner.name, demoOwner.pin);
    await expect.poll(() => pinError().textContent()).toBe('That PIN is not right. Try again.');
    await signInAs(till, demoOwner.name, '2468');
    await expect.poll(() => currentStaff(till).textContent()).toContain('Demo Owner');
  });
});
