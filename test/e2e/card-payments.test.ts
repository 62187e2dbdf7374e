import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import {
  cardPaymentsOf,
  cardState,
  chooseCard,
  presentCard,
  sendAndWait,
  sendButton,
  readyForCards,
} from './support/card.ts';
import { cartLineTexts, euro, recordedOrders, tapProduct } from './support/till.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened), readyForCards);

/** A new sale of the given products, on the payment screen. */
async function ringUp(...products: string[]): Promise<void> {
  if ((await page.locator('.done').count()) > 0) await page.keyboard.press('Enter'); // New sale
  for (const name of products) await tapProduct(page, name);
  await expect.poll(() => cartLineTexts(page)).toHaveLength(products.length);
  await page.keyboard.press('F4');
}

const receiptPayments = () => page.getByTestId('receipt-payments').textContent();
const newestOrder = async () => {
  const [order] = await recordedOrders(page);
  if (!order) throw new Error('No order was recorded');
  return order;
};

describe('card payments on the demo reader', () => {
  it('approved: the status goes from waiting for the card to paid, and the receipt shows the card', async () => {
    await ringUp('Sourdough Loaf'); // 3.89
    await chooseCard(page);
    await expect.poll(() => page.locator('#pay-amount').inputValue()).toBe('3.89');
    await sendAndWait(page);
    await expect.poll(() => page.getByText('Demo reader').count()).toBeGreaterThan(0);
    await app.screenshot(page, 'card-waiting');

    await presentCard(page, 'approving');
    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(receiptPayments).toMatch(/Card \(Stripe, demo\).*[A-Z]+ ending \d{4}/);
    await app.screenshot(page, 'card-paid');
    expect(await newestOrder()).toMatchObject({
      status: 'paid',
      total: 389,
    });
  });

  it('declined, then tried again on the same order and approved', async () => {
    await ringUp('Sourdough Loaf');
    await chooseCard(page);
    await sendAndWait(page);
    await presentCard(page, 'declining');
    await expect.poll(() => cardState(page).textContent(), { timeout: 10_000 }).toBe('Declined');
    await expect
      .poll(() => page.getByTestId('card-reason').textContent())
      .toContain('Declined by the card issuer');

    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => cardState(page).textContent(), { timeout: 10_000 }).toBe('Waiting for card');
    await presentCard(page, 'approving');
    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);

    const order = await newestOrder();
    expect(order).toMatchObject({ status: 'paid', total: 389 });
    const attempts = await cardPaymentsOf(page, order.id);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ state: 'succeeded', tryNumber: 2 });
  });

  it('canceled while waiting for the card, then paid in cash', async () => {
    await ringUp('Sourdough Loaf');
    await chooseCard(page);
    await sendAndWait(page);
    await page.getByRole('button', { name: 'Cancel card payment' }).click();
    await expect.poll(() => cardState(page).textContent(), { timeout: 10_000 }).toBe('Canceled');
    const order = await newestOrder();
    expect(order.status).toBe('open');
    expect((await cardPaymentsOf(page, order.id))[0]?.state).toBe('canceled');

    await page.getByRole('button', { name: 'Pay another way' }).click();
    await page.getByRole('radio', { name: 'Cash' }).click();
    await expect.poll(() => page.locator('#pay-amount').inputValue()).toBe('3.89');
    await page.locator('#pay-received').fill('5');
    await sendButton(page).click();
    await expect.poll(() => page.getByTestId('done-change').textContent()).toBe(euro(111));
    expect(await newestOrder()).toMatchObject({ id: order.id, status: 'paid' });
  });

  it('two card lines on one order: part on one card, the rest on another', async () => {
    await ringUp('Sourdough Loaf', 'Orange Juice 1 l'); // 3.89 + 2.29 = 6.18
    await chooseCard(page);
    await expect.poll(() => page.locator('#pay-amount').inputValue()).toBe('6.18');
    await page.locator('#pay-amount').fill('4');
    await sendAndWait(page);
    await presentCard(page, 'approving');
    await expect
      .poll(() => cardState(page).textContent(), { timeout: 10_000 })
      .toMatch(/^Paid · .+ •••• \d{4}$/);
    await expect.poll(() => page.getByTestId('remaining').textContent()).toBe(euro(218));

    await page.getByRole('button', { name: 'Take the rest' }).click();
    await expect.poll(() => page.locator('#pay-amount').inputValue()).toBe('2.18');
    await sendAndWait(page);
    await presentCard(page, 'approving');
    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);

    const order = await newestOrder();
    expect(order).toMatchObject({ status: 'paid', total: 618 });
    const attempts = await cardPaymentsOf(page, order.id);
    expect(attempts.map((a) => [a.amount, a.state])).toEqual([
      [400, 'succeeded'],
      [218, 'succeeded'],
    ]);
    expect((await receiptPayments())?.match(/ending \d{4}/g)).toHaveLength(2);
  });

  it('an amount under the card minimum is refused before anything is saved or sent to the reader', async () => {
    const before = await recordedOrders(page);
    await ringUp('Sourdough Loaf');
    await chooseCard(page);
    await page.locator('#pay-amount').fill('0,40');
    await sendButton(page).click();
    await expect
      .poll(() => page.locator('#pay-amount-error').textContent())
      .toContain('Stripe does not accept card payments under 0.50 EUR');
    expect(await page.getByTestId('card-status').count()).toBe(0);
    // Checked before the order was saved (issue 15.16): no open order claims payments that never happened.
    expect(await recordedOrders(page)).toEqual(before);

    // The cashier takes the whole amount on the card instead.
    await page.locator('#pay-amount').fill('3.89');
    await sendAndWait(page);
    await presentCard(page, 'approving');
    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);
  });

  it('refunds from the order detail: part of the card payment, then the rest', async () => {
    await ringUp('Sourdough Loaf'); // 3.89, this test's own card sale
    await chooseCard(page);
    await sendAndWait(page);
    await presentCard(page, 'approving');
    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('F8');
    const row = page.getByTestId('history-row').first();
    const rowStatus = () => row.locator('.status').textContent();
    const detailStatus = () => page.locator('.receipt .status').textContent();
    await expect.poll(rowStatus).toBe('Paid');
    await row.click();
    const refunds = page.getByTestId('card-refunds');
    await refunds.getByRole('button', { name: 'Refund', exact: true }).click();
    await expect.poll(() => refunds.getByLabel('Amount to refund').inputValue()).toBe('3.89');
    await refunds.getByLabel('Amount to refund').fill('5');
    await refunds.getByRole('button', { name: /^Refund €5\.00$/ }).click();
    await expect.poll(() => refunds.getByRole('alert').textContent()).toContain('At most €3.89');

    await refunds.getByLabel('Amount to refund').fill('1.50');
    await refunds.getByRole('button', { name: 'Refund €1.50' }).click();
    await expect.poll(() => refunds.getByTestId('refund-row').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => refunds.getByTestId('refund-row').textContent()).toContain('−€1.50');
    // History and the order detail say that part of the money went back, and how much (issue 15.18).
    await expect.poll(rowStatus, { timeout: 10_000 }).toBe('Partly refunded: €1.50');
    await expect.poll(detailStatus, { timeout: 10_000 }).toBe('Partly refunded: €1.50');

    await refunds.getByRole('button', { name: 'Refund', exact: true }).click();
    await expect.poll(() => refunds.getByLabel('Amount to refund').inputValue()).toBe('2.39');
    await refunds.getByRole('button', { name: 'Refund €2.39' }).click();
    await expect.poll(() => refunds.getByTestId('refund-row').count(), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => refunds.getByRole('button', { name: 'Refund', exact: true }).count()).toBe(0);
    await expect
      .poll(async () => (await refunds.getByTestId('refund-row').allTextContents()).join(' '), {
        timeout: 10_000,
      })
      .toMatch(/refunded.*refunded/);
    await expect.poll(rowStatus, { timeout: 10_000 }).toBe('Refunded');
    await expect.poll(detailStatus, { timeout: 10_000 }).toBe('Refunded');
  });
});
