/**
 * Issue 15.2: changing the store's currency in a shop that has sold says what it means and what it does not
 * change, and goes ahead only once the owner confirms; the earlier order keeps its euros.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPreferencesForEachTest } from './support/open-till.ts';
import { recordedOrders, tapProduct } from './support/till.ts';

let till: Page;
let prefs: Page;
openPreferencesForEachTest((opened) => ({ till, prefs } = opened), 'Store');

describe('changing the store currency', () => {
  it('warns what it means, needs a confirmation, and leaves the earlier order in euros', async () => {
    await tapProduct(till, 'Sourdough Loaf');
    await till.keyboard.press('F4');
    await till.keyboard.type('10');
    await till.keyboard.press('Enter');
    await expect.poll(() => till.getByTestId('receipt-number').textContent()).toBe('Order 1');
    await till.keyboard.press('Enter');

    await prefs.locator('#store-currency').selectOption('BRL');
    const note = prefs.getByTestId('currency-change');
    await expect.poll(() => note.textContent()).toContain('from EUR to BRL');
    expect(await note.textContent()).toContain('orders already recorded (1) stay in EUR');
    await prefs.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => note.locator('.field__error').textContent()).toContain('confirm it');
    await prefs.getByLabel('I have read this: change the store’s currency to BRL').check();
    await prefs.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => note.count()).toBe(0);
    const [order] = await recordedOrders(till);
    expect(order).toMatchObject({ number: 1, currency: 'EUR' });
  });
});
