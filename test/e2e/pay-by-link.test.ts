import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { chooseCard, readyForCards } from './support/card.ts';
import { cartLineTexts, recordedOrders, tapProduct } from './support/till.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened), readyForCards);

async function ringUp(...products: string[]): Promise<void> {
  if ((await page.locator('.done').count()) > 0) await page.keyboard.press('Enter'); // New sale
  for (const name of products) await tapProduct(page, name);
  await expect.poll(() => cartLineTexts(page)).toHaveLength(products.length);
  await page.keyboard.press('F4');
}

const linkPanel = () => page.getByTestId('payment-link');

/** The cashier asks for a link on the demo Stripe method and reads its address from the till. */
async function makeLink(): Promise<string> {
  await chooseCard(page);
  await page.getByRole('button', { name: 'Pay by link' }).click();
  await expect.poll(() => linkPanel().getAttribute('data-state'), { timeout: 10_000 }).toBe('open');
  await expect.poll(() => page.getByRole('img', { name: 'QR code of the payment link' }).count()).toBe(1);
  return page.locator('#paylink-url').inputValue();
}

describe('pay by link at the counter (demo mode)', () => {
  it('the customer pays on the hosted page on their own device and the sale completes with no click at the till', async () => {
    await ringUp('Sourdough Loaf'); // 3.89
    const url = await makeLink();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/c\/pay\/cs_test_/);
    await app.screenshot(page, 'pay-by-link');
    // The customer display shows the same link as a QR code, for the customer's phone.
    const display = await app.window('customer-display');
    await expect
      .poll(() => display.getByRole('img', { name: 'Scan to pay with your phone' }).count(), {
        timeout: 10_000,
      })
      .toBe(1);

    // The customer: a second page, as their phone would open the QR code.
    const phone = await page.context().newPage();
    await phone.goto(url);
    await expect.poll(() => phone.getByText('3.89 EUR').count()).toBeGreaterThan(0);
    await phone.getByLabel('Card number').fill('4000 0000 0000 0002');
    await phone.getByRole('button', { name: 'Pay with card' }).click();
    await expect.poll(() => phone.getByRole('alert').textContent()).toContain('declined');
    await phone.getByLabel('Card number').fill('4242 4242 4242 4242');
    await phone.getByRole('button', { name: 'Pay with card' }).click();
    await expect.poll(() => phone.getByRole('status').textContent()).toContain('Payment successful');
    await phone.close();

    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);
    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ status: 'paid', total: 389 });
  });

  it('a canceled link frees the order, which is then paid in cash', async () => {
    await ringUp('Sourdough Loaf');
    const url = await makeLink();
    await page.getByRole('button', { name: 'Cancel link' }).click();
    await expect.poll(() => linkPanel().getAttribute('data-state')).toBe('canceled');

    const phone = await page.context().newPage();
    await phone.goto(url);
    await expect.poll(() => phone.getByRole('status').textContent()).toContain('expired');
    await phone.close();

    await page.getByRole('button', { name: 'Take payment another way' }).click();
    await page.getByRole('radio', { name: 'Cash' }).click();
    await page.locator('#pay-received').fill('5.00');
    await page.getByTestId('take-payment').click();
    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);
    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ status: 'paid', total: 389 });
  });
});
