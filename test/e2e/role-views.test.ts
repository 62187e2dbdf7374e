/**
 * Issue 15.6: what the till shows depends on who is signed in. The demo PIN banner and its Change the PIN
 * button are for the owner; the accounts a payment was booked to are for managers and owners.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPreferencesForEachTest } from './support/open-till.ts';
import { currentStaff, demoOwner, switchTo } from './support/staff.ts';
import { tapProduct } from './support/till.ts';

let till: Page;
let prefs: Page;
openPreferencesForEachTest((opened) => ({ till, prefs } = opened), 'Staff');

async function addMember(name: string, role: string, pin: string): Promise<void> {
  await prefs.getByRole('button', { name: 'Add a staff member' }).click();
  const form = prefs.getByRole('form', { name: 'New staff member' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Role').selectOption(role);
  await form.getByLabel('PIN').fill(pin);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => prefs.getByTestId('staff-row').filter({ hasText: name }).count()).toBe(1);
}

async function openFirstOrder(): Promise<void> {
  await till.keyboard.press('F8');
  await till.getByTestId('history-row').first().click();
  await expect.poll(() => till.getByTestId('receipt-number').textContent()).toBe('Order 1');
}

/** Escape closes the order, then History. */
async function backToSale(): Promise<void> {
  await till.keyboard.press('Escape');
  await till.keyboard.press('Escape');
  await till.locator('.tile').first().waitFor();
}

/** Each test's own staff (Anna, cashier; Ben, manager) and its own cash sale, Order 1, sold by the owner. */
async function staffAndASale(): Promise<void> {
  await addMember('Anna', 'cashier', '2468');
  await addMember('Ben', 'manager', '1357');
  await tapProduct(till, 'Sourdough Loaf');
  await till.keyboard.press('F4');
  await till.keyboard.type('10');
  await till.keyboard.press('Enter');
  await expect.poll(() => till.getByTestId('receipt-number').textContent()).toBe('Order 1');
  await till.keyboard.press('Enter');
}

describe('each role sees what concerns it', () => {
  it('the owner sees the demo PIN banner and the account codes in History', async () => {
    await staffAndASale();
    await expect.poll(() => till.getByTestId('demo-pin-banner').count()).toBe(1);
    await openFirstOrder();
    await expect.poll(() => till.getByTestId('payment-accounts').count()).toBe(1);
    await backToSale();
  });

  it('a cashier sees neither the banner nor the account codes', async () => {
    await staffAndASale();
    await switchTo(till, 'Anna', '2468');
    await expect.poll(() => currentStaff(till).textContent()).toContain('Anna');
    expect(await till.getByTestId('demo-pin-banner').count()).toBe(0);
    expect(await till.getByRole('button', { name: 'Change the PIN' }).count()).toBe(0);
    await openFirstOrder();
    expect(await till.getByTestId('payment-accounts').count()).toBe(0);
    expect(await till.getByTestId('receipt').textContent()).not.toContain('1361');
    await backToSale();
  });

  it('a manager sees the account codes but not the owner’s banner', async () => {
    await staffAndASale();
    await switchTo(till, 'Ben', '1357');
    await expect.poll(() => currentStaff(till).textContent()).toContain('Ben');
    expect(await till.getByTestId('demo-pin-banner').count()).toBe(0);
    await openFirstOrder();
    await expect.poll(() => till.getByTestId('payment-accounts').count()).toBe(1);
    await switchTo(till, demoOwner.name, demoOwner.pin);
    await expect.poll(() => till.getByTestId('demo-pin-banner').count()).toBe(1);
  });
});
