import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { chooseCard, presentCard, readyForCards, sendAndWait } from './support/card.ts';
import { cartLineTexts, euro, tapProduct } from './support/till.ts';

let app: KassaApp;
let till: Page;
let display: Page;
openTillForEachTest(
  (opened) => ({ app, till } = opened),
  async (page, opened) => {
    await readyForCards(page);
    // A second page, as the browser on the screen facing the customer opens it (with the display's own token).
    display = await opened.window('customer-display');
  },
);

const stage = () => display.getByTestId('customer-display').getAttribute('data-stage');
const status = () => display.getByTestId('display-status').getAttribute('data-status');
const lines = async () =>
  (await display.getByTestId('display-line').allTextContents()).map((text) =>
    text.replace(/\s+/g, ' ').trim(),
  );
const total = () => display.getByTestId('display-total').textContent();

/** Both sizes a customer display comes in: 4:3 and full HD. */
async function screenshots(name: string): Promise<void> {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await display.setViewportSize(size);
    await app.screenshot(display, `customer-display-${name}-${size.width}`);
  }
}

async function newSale(): Promise<void> {
  if ((await till.locator('.done').count()) > 0) await till.keyboard.press('Enter');
  await expect.poll(stage).toBe('welcome');
}

describe('the customer display follows the till (TILL-10)', () => {
  it('greets, follows the cart, shows what is due, then thanks with the change of a cash payment', async () => {
    await expect.poll(stage).toBe('welcome');
    expect(await display.getByTestId('display-shop').textContent()).toBe('Kassa Demo Shop');
    await screenshots('welcome');

    await tapProduct(till, 'Sourdough Loaf'); // 3.89
    await expect.poll(lines).toEqual([`1 ×Sourdough Loaf${euro(389)}`]);
    await tapProduct(till, 'Cola 0.33 l'); // 1.19
    await tapProduct(till, 'Cola 0.33 l');
    await expect.poll(() => cartLineTexts(till)).toHaveLength(2);
    await expect.poll(lines).toEqual([`1 ×Sourdough Loaf${euro(389)}`, `2 ×Cola 0.33 l${euro(238)}`]);
    await expect.poll(total).toBe(euro(627));
    expect(await display.getByText('Served by Demo', { exact: true }).count()).toBe(1);
    await screenshots('cart');

    await till.keyboard.press('F4');
    await expect.poll(stage).toBe('payment');
    expect(await status()).toBe('due');
    await till.keyboard.type('10');
    await till.keyboard.press('Enter');

    await expect.poll(stage).toBe('thanks');
    await expect.poll(() => display.getByTestId('display-change').textContent()).toContain(euro(373));
    expect(await display.getByTestId('display-paid').textContent()).toBe(euro(627));
    await screenshots('thanks');

    await newSale();
  });

  it('says when to present the card, that it was declined, and thanks once it is approved', async () => {
    await newSale();
    await tapProduct(till, 'Sourdough Loaf');
    await expect.poll(() => cartLineTexts(till)).toEqual(['Sourdough Loaf']);
    await till.keyboard.press('F4');
    await chooseCard(till);
    await sendAndWait(till);
    await expect.poll(status).toBe('waiting_for_card');
    await expect.poll(total).toBe(euro(389));
    await screenshots('card');

    await presentCard(till, 'declining');
    await expect.poll(status, { timeout: 10_000 }).toBe('declined');
    await till.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(status, { timeout: 10_000 }).toBe('waiting_for_card');

    await presentCard(till, 'approving');
    await expect.poll(stage, { timeout: 10_000 }).toBe('thanks');
    expect(await display.getByTestId('display-paid').textContent()).toBe(euro(389));
    expect(await display.getByTestId('display-change').count()).toBe(0);
  });
});
