import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openTillForEachTest } from './support/open-till.ts';
import {
  cardState,
  chooseCard,
  demoCardMethod,
  presentCard,
  readyForCards,
  sendAndWait,
} from './support/card.ts';
import { cartLineTexts, tapProduct } from './support/till.ts';

let page: Page;
openTillForEachTest((opened) => (page = opened.till), readyForCards);

/** The payment rows on the receipt (the paper's layout: one row per payment, its details under it). */
const payments = (scope: Page | ReturnType<Page['locator']>) =>
  scope.getByTestId('receipt-payments').locator('[data-part="payment"]').allTextContents();

describe('after a card payment is put aside', () => {
  it('picking the card method again leaves Enter to send; the customer’s receipt shows only what was paid', async () => {
    await tapProduct(page, 'Sourdough Loaf'); // 3.89
    await expect.poll(() => cartLineTexts(page)).toEqual(['Sourdough Loaf']);
    await page.keyboard.press('F4');
    await chooseCard(page);
    await sendAndWait(page);
    await page.getByRole('button', { name: 'Cancel card payment' }).click();
    await expect.poll(() => cardState(page).textContent(), { timeout: 10_000 }).toBe('Canceled');

    await page.getByRole('button', { name: 'Pay another way' }).click();
    await page.getByRole('radio', { name: demoCardMethod }).click();
    // The tap leaves the focus on the amount, not on the method's button: Enter sends the payment.
    await expect
      .poll(() =>
        page.locator('#pay-amount').evaluate((field) => field === field.ownerDocument.activeElement),
      )
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => cardState(page).textContent(), { timeout: 10_000 }).toBe('Waiting for card');
    await presentCard(page, 'approving');
    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);

    // The customer's copy: one card payment, no struck-through attempt.
    // The receipt is read from the core after the sale completes: wait for its paper.
    await expect.poll(async () => (await payments(page)).length).toBe(1);
    expect(await page.locator('.receipt__payment--void').count()).toBe(0);

    // The order detail shows the same paper, and under it, for staff, the canceled attempt struck through.
    await page.keyboard.press('Enter');
    await page.keyboard.press('F8');
    await page.getByTestId('history-row').first().click();
    await expect.poll(() => page.locator('.receipt__payment--void').count()).toBe(1);
    await expect.poll(async () => (await payments(page)).length).toBe(1);
  });
});
