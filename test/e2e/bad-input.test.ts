import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openTillForEachTest } from './support/open-till.ts';
import {
  cartLines,
  cartLineTexts,
  demoProduct,
  euro,
  expectTotals,
  recordedOrders,
  scan,
  tapProduct,
  typeLikeAPerson,
  waitForTill,
} from './support/till.ts';

let page: Page;
openTillForEachTest(
  (opened) => (page = opened.till),
  async () => {}, // each case reloads the till itself
);

beforeEach(async () => {
  // Every case starts from an empty till showing the catalog.
  await page.reload();
  await waitForTill(page);
});

const notices = (p: Page) => p.locator('.notice__text').allTextContents();
const searchBox = (p: Page) => p.getByRole('textbox', { name: 'Search products by name or barcode' });

/** Taps a line unless it is already selected (a tap on a selected line deselects it). */
async function selectLine(p: Page, index: number) {
  const line = cartLines(p).nth(index).locator('.line__main');
  if ((await line.getAttribute('aria-pressed')) !== 'true') await line.click();
}

describe('bad input is refused with a clear message and nothing is saved', () => {
  it('a negative quantity', async () => {
    await tapProduct(page, 'Pretzel');
    await selectLine(page, 0);
    await page.getByRole('button', { name: 'Quantity', exact: true }).click();
    await page.keyboard.type('-2');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#quantity-error').textContent())
      .toBe('The quantity must be a whole number from 1 to 9,999.');
    await page.keyboard.press('Escape');
    await expect.poll(() => cartLines(page).locator('.line__quantity').textContent()).toBe('1');
    await expectTotals(page, { total: 89, taxes: { 700: 6 } });
    expect(await recordedOrders(page)).toEqual([]);
  });

  it('cash received that is less than the amount due', async () => {
    await tapProduct(page, 'Sourdough Loaf');
    await tapProduct(page, 'Rye Bread'); // 3.89 + 2.99 = 6.88
    await page.keyboard.press('F4');
    await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe(euro(688));
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#pay-received-error').textContent())
      .toBe(
        'The customer handed over less than this cash payment: enter the cash received, or lower the payment and take the rest another way.',
      );
    // The screen is as it was: no payment line, the amount still due, still on the payment screen.
    expect(await page.getByTestId('payment-lines').count()).toBe(0);
    expect(await page.getByTestId('remaining').textContent()).toBe(euro(688));
    expect(await page.locator('#pay-received').inputValue()).toBe('5');
    expect(await recordedOrders(page)).toEqual([]);
  });

  it('a discount over 100 %', async () => {
    await tapProduct(page, 'Butter Croissant');
    await selectLine(page, 0);
    await page.getByRole('button', { name: 'Discount', exact: true }).click();
    await page.locator('#discount-value').fill('150');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#discount-error').textContent())
      .toBe('A discount cannot be more than 100 %. Enter a percentage from 0 to 100.');
    await page.keyboard.press('Escape');
    // An amount larger than the line is refused with the pricing policy's own words.
    await page.getByRole('button', { name: 'Order discount' }).click();
    await page.getByRole('radio', { name: /Amount/ }).click();
    await page.locator('#discount-value').fill('5');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#discount-error').textContent())
      .toBe('The order discount is more than the order is worth.');
    await page.keyboard.press('Escape');
    await expectTotals(page, { total: 129, taxes: { 700: 8 } });
    expect(await page.locator('.badge--discount').count()).toBe(0);
    expect(await recordedOrders(page)).toEqual([]);
  });

  it('an unknown barcode', async () => {
    await scan(page, '2000000099999');
    await expect
      .poll(() => notices(page))
      .toContain('No product has the barcode 2000000099999. Check the label, or find the product by name.');
    expect(await cartLines(page).count()).toBe(0);
    // The message does not block: the next scan lands in the cart.
    await scan(page, demoProduct('Matches').barcode);
    await expect.poll(() => cartLineTexts(page)).toEqual(['Matches']);
    expect(await recordedOrders(page)).toEqual([]);
  });
});

describe('the scanner and the search box', () => {
  it('a long text pasted into the search says how long a search may be, and stops searching', async () => {
    await searchBox(page).fill('Sourdough '.repeat(20));
    await expect
      .poll(() => page.locator('.catalog__caption').textContent())
      .toBe('That is too long: use at most 100 characters.');
    expect(await cartLines(page).count()).toBe(0);
  });

  it('a scan while the search box has the focus adds the product and leaves the search box empty', async () => {
    await searchBox(page).click();
    await scan(page, demoProduct('Avocado').barcode);
    await expect.poll(() => cartLineTexts(page)).toEqual(['Avocado']);
    expect(await searchBox(page).inputValue()).toBe('');
    // Also halfway through a word: the word stays as it was.
    await page.keyboard.type('mil', { delay: 120 });
    await scan(page, demoProduct('Avocado').barcode);
    await expect.poll(() => cartLines(page).locator('.line__quantity').textContent()).toBe('2');
    expect(await searchBox(page).inputValue()).toBe('mil');
  });

  it('a scan the window stalls in the middle of (150 ms busy) arrives whole, once', async () => {
    const avocado = demoProduct('Avocado');
    await searchBox(page).click();
    await scan(page, avocado.barcode, { afterKeys: 3, ms: 150 });
    await expect.poll(() => cartLineTexts(page)).toEqual(['Avocado']);
    await scan(page, avocado.barcode, { afterKeys: 6, ms: 150 });
    await expect.poll(() => cartLines(page).locator('.line__quantity').textContent()).toBe('2');
    // Nothing was split off as an unknown code, and none of the digits stayed in the search box.
    expect(await notices(page)).toEqual([]);
    expect(await searchBox(page).inputValue()).toBe('');
    expect(await cartLines(page).count()).toBe(1);
  });

  it('a scan made while the till is still loading is kept for it', async () => {
    // The window's script has run (module scripts run before DOMContentLoaded); the till is not drawn yet.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await scan(page, demoProduct('Matches').barcode);
    await waitForTill(page);
    await expect.poll(() => cartLineTexts(page)).toEqual(['Matches']);
    expect(await cartLines(page).locator('.line__quantity').textContent()).toBe('1');
  });

  it('a person typing digits in the search box is searching, not scanning', async () => {
    const feta = demoProduct('Feta 200 g');
    await page.keyboard.press('F2');
    await typeLikeAPerson(page, feta.barcode);
    expect(await searchBox(page).inputValue()).toBe(feta.barcode);
    // The search finds the product by its barcode, but nothing is added until the cashier says so.
    await expect.poll(() => page.locator('.tile__name').allTextContents()).toEqual(['Feta 200 g']);
    expect(await cartLines(page).count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await searchBox(page).inputValue()).toBe('');
  });
});
