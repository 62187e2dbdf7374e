import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { cartLineTexts, euro, expectTotals, recordedOrders, tapProduct } from './support/till.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened));

const paymentLines = (p: Page) => p.getByTestId('payment-lines').locator('li');
const takePayment = (p: Page) => p.getByTestId('take-payment');

describe('split tender', () => {
  it('part voucher, part cash: the order completes only when the payment lines cover the total', async () => {
    await page.getByRole('tab', { name: 'Drinks' }).click();
    await tapProduct(page, 'Riesling 0.75 l'); // 7.99
    await tapProduct(page, 'Orange Juice 1 l'); // 2.29
    await page.getByRole('tab', { name: 'Household' }).click();
    await tapProduct(page, 'AA Batteries 4 pack'); // 5.99
    await tapProduct(page, 'Tea Lights 10 pack'); // 2.99
    await expect.poll(() => cartLineTexts(page)).toHaveLength(4);
    // 7.99 + 2.29 + 5.99 + 2.99 = 19.26, all at 19 %: 19.26 × 19/119 line by line = 1.28 + 0.37 + 0.96 + 0.48.
    await expectTotals(page, { total: 1926, taxes: { 1900: 309 } });

    await page.getByTestId('pay').click();
    await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe(euro(1926));

    // 10.00 on a voucher: a line is added, nothing is recorded yet.
    await page.getByRole('radio', { name: 'Voucher' }).click();
    await expect.poll(() => page.locator('#pay-amount').inputValue()).toBe('19.26');
    await page.locator('#pay-amount').fill('10');
    await expect.poll(() => takePayment(page).textContent()).toContain('Add payment');
    await page.keyboard.press('Enter');
    await expect.poll(() => paymentLines(page).count()).toBe(1);
    await expect.poll(() => page.getByTestId('remaining').textContent()).toBe(euro(926));
    expect(await recordedOrders(page)).toEqual([]);

    // 5.00 in cash still leaves 4.26: still not paid, still nothing recorded.
    await page.getByRole('radio', { name: 'Cash' }).click();
    await expect.poll(() => page.locator('#pay-amount').inputValue()).toBe('9.26');
    await page.locator('#pay-amount').fill('5');
    await page.locator('#pay-received').fill('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => paymentLines(page).count()).toBe(2);
    await expect.poll(() => page.getByTestId('remaining').textContent()).toBe(euro(426));
    expect(await page.locator('.done').count()).toBe(0);
    expect(await recordedOrders(page)).toEqual([]);

    // A line taken by mistake can be removed before anything is recorded.
    await page.getByRole('button', { name: /Remove the Cash payment/ }).click();
    await expect.poll(() => paymentLines(page).count()).toBe(1);
    await expect.poll(() => page.getByTestId('remaining').textContent()).toBe(euro(926));

    // The rest in cash, from a 20 note: the screen shows the change before the cashier confirms.
    await expect.poll(() => page.locator('#pay-amount').inputValue()).toBe('9.26');
    await page.locator('#pay-received').fill('20');
    await expect.poll(() => page.getByTestId('change-due').textContent()).toBe(euro(1074));
    await expect.poll(() => takePayment(page).textContent()).toContain('Complete sale');
    await app.screenshot(page, 'payment');
    await takePayment(page).click();

    await expect.poll(() => page.getByTestId('done-change').textContent()).toBe(euro(1074));
    const payments = (await page.getByTestId('receipt-payments').textContent()) ?? '';
    expect(payments).toContain('Voucher');
    expect(payments).toContain('Cash');
    const orders = await recordedOrders(page);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ number: 1, status: 'paid', total: 1926 });
    expect([...(orders[0]?.methods ?? [])].sort()).toEqual(['Cash', 'Voucher']);
  });

  it('a card paid on the external terminal and a voucher cover the total exactly, with no change', async () => {
    await page.keyboard.press('Enter'); // New sale
    await tapProduct(page, 'Sourdough Loaf'); // 3.89; a new sale opens on the All tab
    await expect.poll(() => cartLineTexts(page)).toEqual(['Sourdough Loaf']);
    await page.keyboard.press('F4');
    await page.getByRole('radio', { name: 'Voucher' }).click();
    await page.locator('#pay-amount').fill('1,50');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: 'Card (external terminal)' }).click();
    await expect.poll(() => page.locator('#pay-amount').inputValue()).toBe('2.39');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.done__change-label').textContent()).toBe('No change due');
    const orders = await recordedOrders(page);
    expect(orders[0]).toMatchObject({ number: 1, status: 'paid', total: 389 });
  });
});
