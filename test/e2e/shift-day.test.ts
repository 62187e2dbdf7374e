/**
 * A day at the counter (TILL-8): open the shift with a counted float, sell in cash, pay out with a reason, read
 * the X report, count the drawer blind and close with a difference, and see Z report number 1.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { cartLineTexts, demoProduct, euro, kassa, scan } from './support/till.ts';

let app: KassaApp;
let till: Page;
openTillForEachTest((opened) => ({ app, till } = opened));

describe('a shift from the opening float to the Z report', () => {
  it('opens with a float, sells in cash, pays out, shows the X report, closes blind with a difference: Z 1', async () => {
    // The demo shop sells without a shift, and says so on the sell screen.
    await expect
      .poll(() => till.getByTestId('shift-banner').textContent())
      .toContain('No shift is open: sales now are not in any shift’s X or Z report.');
    await till.getByTestId('shift-banner').getByRole('button', { name: 'Open a shift' }).click();

    await till.getByTestId('float-input').fill('100');
    await till.getByTestId('open-shift').click();
    await expect.poll(() => till.getByTestId('shift-summary').textContent()).toContain('Float €100.00');

    await till.getByRole('button', { name: 'Back to selling' }).click();
    await expect.poll(() => till.getByTestId('shift-banner').count()).toBe(0);
    await scan(till, demoProduct('Sourdough Loaf').barcode); // 3.89
    await expect.poll(() => cartLineTexts(till)).toEqual(['Sourdough Loaf']);
    await till.keyboard.press('F4');
    await expect.poll(() => till.getByTestId('amount-due').textContent()).toBe(euro(389));
    await till.keyboard.type('5');
    await till.keyboard.press('Enter');
    await expect.poll(() => till.getByTestId('receipt-number').textContent()).toBe('Order 1');
    await till.keyboard.press('Enter'); // New sale

    await till.getByTestId('shift-tab').click();
    await till.getByRole('button', { name: 'Pay out' }).click();
    const movement = till.getByTestId('cash-movement');
    await movement.getByLabel('Amount').fill('12.50');
    await movement.getByLabel('Reason').fill('Window cleaner');
    await movement.getByTestId('confirm-movement').click();
    await expect.poll(() => till.getByText('Pay-out of €12.50 recorded.').count()).toBe(1);

    await till.getByTestId('show-x').click();
    const x = till.getByTestId('x-report');
    await expect.poll(() => x.getByTestId('report-orders').textContent()).toBe('1');
    expect(await x.getByTestId('report-sales').textContent()).toBe(euro(389));
    // 100.00 float + 3.89 cash sale − 12.50 pay-out.
    expect(await x.getByTestId('report-expected-cash').textContent()).toBe(euro(9139));
    expect(await x.getByTestId('report-movement').textContent()).toContain('Window cleaner');

    await till.getByRole('button', { name: 'Close shift' }).click();
    const count = till.getByTestId('blind-count');
    // Blind: nothing expected is on the screen while counting.
    expect(await count.textContent()).not.toContain(euro(9139));
    await count.getByTestId('count-cash').fill('91.00');
    await count.getByTestId('count-card-external').fill('0');
    await count.getByTestId('count-voucher').fill('0');
    await count.getByTestId('record-count').click();

    const close = till.getByTestId('close-shift');
    await expect.poll(() => close.getByTestId('count-difference').first().textContent()).toBe('-€0.39');
    await close.getByTestId('close-with-z').click();
    await expect
      .poll(() => close.getByRole('alert').textContent())
      .toBe('"Cash" is €0.39 short: give a reason for the difference.');
    await close.getByTestId('reason-cash').fill('Change given wrong');
    await close.getByTestId('close-with-z').click();

    await expect.poll(() => till.getByTestId('z-number').textContent()).toBe('Z report 1');
    const z = till.getByTestId('z-report');
    expect(await z.getByTestId('report-expected-cash').textContent()).toBe(euro(9139));
    expect(await z.textContent()).toContain('Change given wrong');
    await app.screenshot(till, 'shift-z-report');
    await till.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => till.getByTestId('z-row').count()).toBe(1);
    await expect.poll(() => till.getByTestId('open-shift').count()).toBe(1);
  });

  it('returns one line of an order from history, from the drawer, and the next X report shows it', async () => {
    await till.getByTestId('shift-banner').getByRole('button', { name: 'Open a shift' }).click();
    await till.getByTestId('float-input').fill('50');
    await till.getByTestId('open-shift').click();
    await expect.poll(() => till.getByTestId('shift-summary').textContent()).toContain('Float €50.00');
    const bread = demoProduct('Sourdough Loaf'); // 3.89
    const cola = demoProduct('Cola 0.33 l'); // 1.19
    const sold = await kassa(till, 'orders.checkout', {
      orderId: crypto.randomUUID(),
      lines: [
        { productId: bread.id, quantity: 1 },
        { productId: cola.id, quantity: 2 },
      ],
      payments: [{ id: crypto.randomUUID(), methodId: 'cash', amount: 627 }],
    });
    expect(sold.ok).toBe(true);

    await till.keyboard.press('F8');
    await till.getByTestId('history-row').first().click();
    const returns = till.getByTestId('order-returns');
    await returns.getByTestId('start-return').click();
    await returns.getByTestId('return-quantity-2').fill('1');
    await returns.getByLabel('Reason for the return').fill('Dented can');
    await returns.getByTestId('confirm-return').click();
    await expect.poll(() => returns.getByTestId('return-row').textContent()).toContain('1 × Cola 0.33 l');
    expect(await returns.getByTestId('return-row').textContent()).toContain('€1.19 in cash from the drawer');

    await till.getByTestId('shift-tab').click();
    await till.getByTestId('show-x').click();
    const x = till.getByTestId('x-report');
    await expect.poll(() => x.getByTestId('report-returns').textContent()).toBe(euro(119));
    // 50.00 float + 6.27 cash sale − 1.19 back from the drawer.
    expect(await x.getByTestId('report-expected-cash').textContent()).toBe(euro(5508));
  });
});
