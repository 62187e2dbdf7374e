import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { openPreferences } from './support/staff.ts';
import { cartLineTexts, euro, kassa, tapProduct, waitForTill } from './support/till.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened));

describe('a past order keeps its own currency', () => {
  it('after the store changes from EUR to BRL, History and the receipt still show the euro order in euros', async () => {
    await tapProduct(page, 'Sourdough Loaf'); // 3.89
    await expect.poll(() => cartLineTexts(page)).toEqual(['Sourdough Loaf']);
    await page.keyboard.press('F4');
    await page.locator('#pay-received').fill('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('done-change').textContent()).toBe(euro(111));
    await page.keyboard.press('Enter');

    const prefs = await openPreferences(app, page);
    const current = await kassa<Record<string, unknown>>(prefs, 'storeSettings.get', {});
    if (!current.ok) throw new Error(current.error.message);
    const { name, country, locale, pricesIncludeTax } = current.value;
    const saved = await kassa(prefs, 'storeSettings.save', {
      name,
      country,
      locale,
      pricesIncludeTax,
      currency: 'BRL',
      // The store has sold: the owner confirms having read what a new currency changes and what it keeps.
      currencyChangeConfirmed: true,
    });
    expect(saved.ok).toBe(true);

    await page.reload();
    await waitForTill(page);
    await page.keyboard.press('F8');
    const row = page.getByTestId('history-row').first();
    await expect.poll(() => row.textContent()).toContain(euro(389));
    expect(await row.textContent()).not.toContain('R$');
    await row.click();
    await expect.poll(() => page.getByTestId('receipt-total').textContent()).toBe(euro(389));
    const receipt = (await page.getByTestId('receipt').textContent()) ?? '';
    expect(receipt).toContain('Cash given€5.00');
    expect(receipt).not.toContain('R$');
  });
});
