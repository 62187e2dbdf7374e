import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openTillForEachTest } from './support/open-till.ts';
import { chooseCard, presentCard, readyForCards, sendAndWait } from './support/card.ts';
import { cartLineTexts, euro, recordedOrders, tapProduct } from './support/till.ts';

let page: Page;
openTillForEachTest((opened) => (page = opened.till), readyForCards);

/** A new sale of the given products, on the payment screen. */
async function ringUp(...products: string[]): Promise<void> {
  if ((await page.locator('.done').count()) > 0) await page.keyboard.press('Enter'); // New sale
  if ((await page.locator('.history').count()) > 0) await page.keyboard.press('F8'); // back to selling
  for (const name of products) await tapProduct(page, name);
  await expect.poll(() => cartLineTexts(page)).toHaveLength(products.length);
  await page.keyboard.press('F4');
}

const received = () => page.locator('#pay-received');
const receivedError = () => page.locator('#pay-received-error').textContent();

describe('typed amounts are read one way or refused (the demo store writes €1,234.50)', () => {
  it('"10.000" in the cash received is refused with both meanings; nothing is recorded', async () => {
    await ringUp('Cola 0.33 l'); // 1.19
    await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe(euro(119));
    await received().fill('10.000');
    await page.keyboard.press('Enter');
    await expect.poll(receivedError).toBe('“10.000” could mean €10,000.00 or €10.00: type 10000 or 10.');
    expect(await page.locator('.done').count()).toBe(0);
    expect(await recordedOrders(page)).toEqual([]);

    await received().fill('1.005');
    await page.keyboard.press('Enter');
    await expect
      .poll(receivedError)
      .toBe(
        '“1.005” is unclear: for €1,005.00 type 1005. EUR amounts have at most 2 decimals, such as 12.50.',
      );
    expect(await recordedOrders(page)).toEqual([]);
  });

  it('cash received far above what is due asks first; correcting it records nothing', async () => {
    await ringUp('Cola 0.33 l'); // 1.19
    await received().fill('10000');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Is the cash received right?' });
    await expect.poll(() => dialog.textContent()).toContain('€10,000.00 received for €1.19');
    await dialog.getByRole('button', { name: /Correct the amount/ }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => received().evaluate((field) => field === field.ownerDocument.activeElement))
      .toBe(true);
    expect(await recordedOrders(page)).toEqual([]);

    // A large note that is right is taken once the cashier says so.
    await received().fill('600');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, €600.00 received' }).click();
    await expect.poll(() => page.getByTestId('done-change').textContent()).toBe(euro(59881));
    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ status: 'paid', total: 119 });
  });

  it('a refund names the actual reason: zero, too many decimals, more than is left', async () => {
    await ringUp('Sourdough Loaf'); // 3.89
    await chooseCard(page);
    await sendAndWait(page);
    await presentCard(page, 'approving');
    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('F8');
    await page.getByTestId('history-row').first().click();
    const refunds = page.getByTestId('card-refunds');
    await refunds.getByRole('button', { name: 'Refund', exact: true }).click();
    const amount = refunds.getByLabel('Amount to refund');

    await amount.fill('0');
    await refunds.getByRole('button', { name: /^Refund €0\.00$/ }).click();
    await expect
      .poll(() => refunds.getByRole('alert').textContent())
      .toBe('The amount to refund must be more than zero.');

    await amount.fill('1.234');
    await refunds.getByRole('button', { name: /^Refund 1\.234$/ }).click();
    await expect
      .poll(() => refunds.getByRole('alert').textContent())
      .toBe(
        '“1.234” is unclear: for €1,234.00 type 1234. EUR amounts have at most 2 decimals, such as 12.50.',
      );

    await amount.fill('5');
    await refunds.getByRole('button', { name: /^Refund €5\.00$/ }).click();
    await expect
      .poll(() => refunds.getByRole('alert').textContent())
      .toBe('At most €3.89 can still be refunded on this card.');
    expect(await refunds.getByTestId('refund-row').count()).toBe(0);
  });
});

describe('quick tender notes fill in the cash received, they do not finish the sale', () => {
  it('a tap on a note shows the change; a second tap corrects it; Enter completes', async () => {
    const before = (await recordedOrders(page)).length;
    await ringUp('Sourdough Loaf'); // 3.89
    const note = (cents: number) => page.locator('.quick-tender__amount', { hasText: euro(cents) });
    await note(1000).click();
    await expect.poll(() => received().inputValue()).toBe('10.00');
    await expect.poll(() => page.getByTestId('change-due').textContent()).toBe(euro(611));
    expect(await note(1000).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.done').count()).toBe(0);
    expect(await recordedOrders(page)).toHaveLength(before);

    // The cashier tapped the wrong note: another tap puts it right, and nothing was recorded meanwhile.
    await note(500).click();
    await expect.poll(() => page.getByTestId('change-due').textContent()).toBe(euro(111));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('done-change').textContent()).toBe(euro(111));
  });
});
