/**
 * A till window reloaded in the middle of a card payment (a crash of the window, a power blip on the screen):
 * the sale is not lost from sight. The sell screen says an unfinished sale is waiting, Resume brings back the
 * payment screen with the card payment's live status, and the sale ends with its receipt.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CardPayment } from '../../src/shared/ipc/payments.ts';
import type { KassaApp } from './support/kassa-app.ts';
import { cardState, chooseCard, presentCard, readyForCards, sendAndWait } from './support/card.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { euro, kassa, recordedOrders, tapProduct, waitForTill } from './support/till.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened), readyForCards);

const banner = () => page.getByTestId('unfinished-sales');

async function reloadMidPayment(product: string): Promise<void> {
  await tapProduct(page, product);
  await page.keyboard.press('F4');
  await chooseCard(page);
  await sendAndWait(page);
  await page.reload();
  await waitForTill(page);
}

describe('a sale interrupted by a reload of the till window', () => {
  it('is offered again and finishes on the card payment that was under way', async () => {
    await reloadMidPayment('Sourdough Loaf'); // 3.89
    await banner().waitFor();
    expect(await banner().textContent()).toContain(`An unfinished sale of ${euro(389)}`);
    await app.screenshot(page, 'unfinished-sale');

    await banner().getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => cardState(page).textContent(), { timeout: 10_000 }).toBe('Waiting for card');
    expect(await page.getByTestId('amount-due').textContent()).toBe(euro(389));
    await presentCard(page, 'approving');
    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);
    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ status: 'paid', total: 389 });
    await page.keyboard.press('Enter'); // New sale
    await expect.poll(() => banner().count()).toBe(0);
  });

  it('waits while another sale is on screen, and leaves once the card went through on its own', async () => {
    await reloadMidPayment('Pretzel'); // 0.89
    await banner().waitFor();
    await tapProduct(page, 'Cola 0.33 l');
    await expect.poll(() => banner().getByRole('button', { name: 'Resume' }).isDisabled()).toBe(true);
    expect(await banner().textContent()).toContain('Finish or clear the sale on screen first.');

    // The customer taps the card while nobody looks at the screen: the order is paid, the note goes.
    const [open] = await recordedOrders(page);
    const payments = await kassa<CardPayment[]>(page, 'payments.forOrder', { orderId: open!.id });
    if (!payments.ok) throw new Error(payments.error.message);
    await kassa(page, 'payments.simulateCard', { attemptId: payments.value[0]!.attemptId, card: 'approve' });
    await expect.poll(() => banner().count(), { timeout: 10_000 }).toBe(0);
    expect((await recordedOrders(page))[0]).toMatchObject({ status: 'paid', total: 89 });
  });

  it('is kept open, not voided, while a card payment on it went through', async () => {
    await tapProduct(page, 'Sourdough Loaf'); // 3.89
    await page.keyboard.press('F4');
    await chooseCard(page);
    await page.locator('#pay-amount').fill('2.00');
    await sendAndWait(page);
    await presentCard(page, 'approving');
    await expect.poll(() => page.getByTestId('remaining').textContent(), { timeout: 10_000 }).toBe(euro(189));

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Void the sale' }).click();
    await expect
      .poll(() => page.getByText(`${euro(200)} was paid by card on this order and went through`).count())
      .toBe(1);
    expect((await recordedOrders(page))[0]).toMatchObject({ status: 'open', total: 389 });

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Keep the sale open' }).click();
    await banner().waitFor();
    expect(await banner().textContent()).toContain(`An unfinished sale of ${euro(389)}`);
    expect(await page.getByTestId('cart-line').count()).toBe(0);
  });
});
