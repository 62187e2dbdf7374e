/**
 * The pictures in the README and docs/screenshots, taken from a real run: a busy cart, the same till on a
 * 15-inch touch screen, the receipt after a sale, and the order history with an order open.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { counterViewport, type KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { cartLines, cartLineTexts, demoProduct, euro, scan, tapProduct } from './support/till.ts';
import { currentStaff, openPreferences, section } from './support/staff.ts';
import { languageNames } from '../../src/shared/i18n/languages.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened));

/** The busy cart of the pictures: six lines, one with a discount. */
async function fillTheCart(): Promise<void> {
  await scan(page, demoProduct('Sourdough Loaf').barcode);
  await scan(page, demoProduct('Free-Range Eggs 10').barcode);
  await expect.poll(() => cartLineTexts(page)).toHaveLength(2);
  await tapProduct(page, 'Butter Croissant');
  await tapProduct(page, 'Butter Croissant');
  await tapProduct(page, 'Butter Croissant');
  await page.getByRole('tab', { name: 'Drinks' }).click();
  await tapProduct(page, 'Orange Juice 1 l');
  await tapProduct(page, 'Espresso Beans 500 g');
  await page.getByRole('button', { name: 'Discount', exact: true }).click();
  await page.getByRole('button', { name: '10 %' }).click();
  await tapProduct(page, 'Riesling 0.75 l');
  await expect.poll(() => cartLines(page).count()).toBe(6);
}

/** A cash sale of the busy cart, paid with a €50 note: Order 1 of the till. */
async function sellTheCartForCash(): Promise<void> {
  await fillTheCart();
  await page.keyboard.press('F4');
  await page.locator('.quick-tender__amount', { hasText: euro(5000) }).click();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('receipt-number').textContent()).toBe('Order 1');
}

/** New sale by its button, and wait for the sell screen (a key press races the screen's focus under load). */
async function newSale(): Promise<void> {
  await page.getByRole('button', { name: /^New sale/ }).click();
  await expect.poll(() => page.locator('.done').count()).toBe(0);
}

describe('screenshots of the till', () => {
  it('a cart with several lines, at 1366 × 768, 1920 × 1080 and 1024 × 768', async () => {
    await fillTheCart();
    await page.getByRole('tab', { name: 'All' }).click();
    await page.locator('.tile').nth(20).waitFor();
    await app.screenshot(page, 'till');

    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.screenshot(page, 'till-1920');
    // A 15-inch 4:3 touch screen: the header's parts sit side by side, none over another or off the screen.
    await page.setViewportSize({ width: 1024, height: 768 });
    const header = page.locator('.header');
    const parts = [
      header.locator('.header__demo'),
      ...['Sell', 'History', 'Card readers', 'Preferences'].map((name) =>
        page.getByRole('navigation').getByRole('button', { name }),
      ),
      currentStaff(page),
      header.locator('.header__clock'),
    ];
    let right = 0;
    for (const part of parts) {
      const box = (await part.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(right);
      right = box.x + box.width;
    }
    expect(right).toBeLessThanOrEqual(1024);
    // …and none is squeezed: the DEMO label and the staff member's name are shown whole.
    for (const text of [header.locator('.header__demo'), header.locator('.header__staff-name')])
      expect(await text.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await app.screenshot(page, 'till-1024');
    await page.setViewportSize(counterViewport);
  });

  it('the receipt after a cash sale', async () => {
    await sellTheCartForCash();
    await app.screenshot(page, 'receipt');
    await page.keyboard.press('Enter');
  });

  it('the order history with an order open', async () => {
    await sellTheCartForCash();
    await newSale();
    // Two more sales, so the history has something to page through.
    await tapProduct(page, 'Baguette');
    await page.keyboard.press('F4');
    await page.getByRole('radio', { name: 'Card (external terminal)' }).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('receipt-number').textContent()).toBe('Order 2');
    await newSale();
    await tapProduct(page, 'Strawberries 500 g');
    await tapProduct(page, 'Apples Elstar 1 kg');
    await page.keyboard.press('F4');
    await page.getByRole('radio', { name: 'Voucher' }).click();
    await page.locator('#pay-amount').fill('5');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: 'Cash' }).click();
    await page.locator('.quick-tender__amount', { hasText: euro(500) }).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('receipt-number').textContent()).toBe('Order 3');
    await page.keyboard.press('Enter');

    await page.keyboard.press('F8');
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(3);
    await page.getByTestId('history-row').nth(2).click();
    await expect.poll(() => page.getByTestId('receipt-number').textContent()).toBe('Order 1');
    await app.screenshot(page, 'history');
  });

  it('the bookkeeping export in the preferences, after a download', async () => {
    const prefs = await openPreferences(app, page);
    await section(prefs, 'Bookkeeping export');
    await prefs.getByRole('button', { name: 'Download CSV' }).click();
    await prefs.getByTestId('export-result').waitFor();
    await app.screenshot(prefs, 'preferences-export');
  });

  it('the receipt and what the printer printed, in Bulgarian at 1024 × 768', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('language-button').click();
    await page.getByRole('menuitemradio', { name: languageNames.bg }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('bg');
    await tapProduct(page, 'Sourdough Loaf');
    await tapProduct(page, 'Cola 0.33 l');
    await page.keyboard.press('F4');
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    await page.getByTestId('receipt-number').waitFor();
    await app.screenshot(page, 'receipt-bg-1024');
    await page.getByTestId('printed-paper-open').click();
    await expect.poll(() => page.getByTestId('printed-paper').count(), { timeout: 15_000 }).toBe(1);
    await app.screenshot(page, 'printed-paper-bg-1024');
    await page.keyboard.press('Escape');
    await page.setViewportSize(counterViewport);
  });
});
