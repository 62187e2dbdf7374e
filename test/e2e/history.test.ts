import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchKassa, type KassaApp } from './support/kassa-app.ts';
import { demoProduct, euro, kassa, recordedOrders, waitForTill } from './support/till.ts';

let app: KassaApp;
let page: Page;
const orderCount = 35;
const pretzel = demoProduct('Pretzel'); // 0.89

const rows = (p: Page) => p.getByTestId('history-row');
const field = (p: Page, label: string) => p.getByLabel(label, { exact: true });
/** A day as the demo store (en-DE) writes it in numbers: day/month/year. */
const typedDay = (offsetDays: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
};

beforeEach(async () => {
  app = await launchKassa();
  page = await app.window('till');
  await waitForTill(page);
  // Order n is n pretzels, paid in cash: its number and its total (n × 0.89) tell the orders apart.
  for (let n = 1; n <= orderCount; n++) {
    const result = await kassa(page, 'orders.checkout', {
      orderId: crypto.randomUUID(),
      lines: [{ productId: pretzel.id, quantity: n }],
      payments: [{ id: crypto.randomUUID(), methodId: 'cash', amount: 89 * n }],
    });
    expect(result.ok).toBe(true);
  }
  await page.keyboard.press('F8');
});

afterEach(async () => {
  await app?.close();
});

describe('order history', () => {
  it('lists the newest orders first and pages on with Load more', async () => {
    await expect.poll(() => rows(page).count()).toBe(30);
    expect(await rows(page).first().textContent()).toContain(`Order ${orderCount}`);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => rows(page).count()).toBe(orderCount);
    expect(await rows(page).last().textContent()).toContain('Order 1');
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
  });

  it('finds an order by its number and shows it in full', async () => {
    await field(page, 'Order no.').fill('7');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(page).count()).toBe(1);
    await rows(page).first().click();
    await expect.poll(() => page.getByTestId('receipt-number').textContent()).toBe('Order 7');
    expect(await page.getByTestId('receipt-total').textContent()).toBe(euro(7 * 89));
  });

  it('finds an order by its total, typed the way the till shows money', async () => {
    await field(page, 'Order no.').fill('');
    await field(page, 'Total').fill('8.90');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(page).allTextContents()).toEqual([expect.stringContaining('Order 10')]);
    await field(page, 'Total').fill('8,90');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(page).count()).toBe(1);
  });

  it('says what is wrong with a search it cannot read', async () => {
    await field(page, 'Total').fill('eight');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#history-amount-error').textContent())
      .toContain('is not an amount');
    await field(page, 'Total').fill('');
    await field(page, 'Order no.').fill('-4');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#history-number-error').textContent())
      .toBe('An order number is a whole number, such as 42.');
    await field(page, 'Order no.').fill('');
  });

  it('searches by date: today has every order, yesterday none', async () => {
    await field(page, 'From').fill(typedDay(0));
    await field(page, 'To').fill(typedDay(0));
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => rows(page).count()).toBe(30);
    await field(page, 'From').fill(typedDay(-1));
    await field(page, 'To').fill(typedDay(-1));
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(() => page.locator('.history__empty').textContent())
      .toBe('No order matches this search.');
    await field(page, 'From').fill(typedDay(0));
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(() => page.locator('#history-from-error').textContent())
      .toBe('The start date must be on or before the end date.');
    // The store's order of day and month, not the browser's: a day that does not exist is refused, not moved.
    await field(page, 'From').fill('31/02/2026');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(() => page.locator('#history-from-error').textContent())
      .toBe('Type the day as 01/12/2026 (day, month and year in this order).');
    expect(await field(page, 'From').getAttribute('placeholder')).toBe('01/12/2026');
    expect(await recordedOrders(page)).toHaveLength(orderCount);
  });
});
