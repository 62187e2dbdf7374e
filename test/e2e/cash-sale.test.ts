import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import {
  cartLineTexts,
  demoProduct,
  euro,
  expectTotals,
  recordedOrders,
  scan,
  tapProduct,
  waitForTill,
} from './support/till.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened));

describe('a cash sale at the counter', () => {
  it('two scans and a tap make three lines; cash with a larger note gives change; the order outlives a restart', async () => {
    const bread = demoProduct('Sourdough Loaf'); // 3.89, VAT 7 %
    const cola = demoProduct('Cola 0.33 l'); // 1.19, VAT 19 %

    await scan(page, bread.barcode);
    await expect.poll(() => cartLineTexts(page)).toEqual(['Sourdough Loaf']);
    await scan(page, cola.barcode);
    await expect.poll(() => cartLineTexts(page)).toEqual(['Sourdough Loaf', 'Cola 0.33 l']);
    await tapProduct(page, 'Butter Croissant'); // 1.29, VAT 7 %
    await expect
      .poll(() => cartLineTexts(page))
      .toEqual(['Sourdough Loaf', 'Cola 0.33 l', 'Butter Croissant']);

    // Prices include VAT; tax is taken out of each line and rounded half-up:
    //   bread 3.89 × 7/107 = 0.2545 → 0.25, croissant 1.29 × 7/107 = 0.0844 → 0.08: VAT 7 % is 0.33;
    //   cola 1.19 × 19/119 = 0.19: VAT 19 % is 0.19. Total 3.89 + 1.19 + 1.29 = 6.37.
    await expectTotals(page, { total: 637, taxes: { 700: 33, 1900: 19 } });
    await expect.poll(() => page.getByText('incl. VAT 7 %').count()).toBe(1);
    await expect.poll(() => page.getByText('incl. VAT 19 %').count()).toBe(1);

    await page.keyboard.press('F4');
    await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe(euro(637));
    // Cash is the first method and the cash received field has the focus: the cashier types the note.
    await page.keyboard.type('10');
    await expect.poll(() => page.getByTestId('change-due').textContent()).toBe(euro(363));
    expect(await recordedOrders(page)).toEqual([]);
    await page.keyboard.press('Enter');

    await expect.poll(() => page.getByTestId('done-change').textContent()).toBe(euro(363));
    await expect.poll(() => page.getByTestId('receipt-number').textContent()).toBe('Order 1');
    expect(await page.getByTestId('receipt-total').textContent()).toBe(euro(637));
    // The receipt's percent has Intl's no-break space: read as plain spaces.
    const receipt = ((await page.getByTestId('receipt').textContent()) ?? '').replace(/\s/gu, ' ');
    for (const text of [
      'Sourdough Loaf',
      'Cola 0.33 l',
      'Butter Croissant',
      'VAT 7 %',
      'VAT 19 %',
      'Cash given€10.00',
      '€3.63',
    ]) {
      expect(receipt).toContain(text);
    }

    await page.keyboard.press('Enter'); // New sale
    await expect.poll(() => cartLineTexts(page)).toEqual([]);

    await page.keyboard.press('F8');
    const row = page.getByTestId('history-row').first();
    await expect.poll(() => row.textContent()).toContain('Order 1');
    expect(await row.textContent()).toContain(euro(637));
    expect(await row.textContent()).toContain('Cash');
    expect(await row.textContent()).toContain('Paid');

    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ number: 1, status: 'paid', total: 637, methods: ['Cash'] });

    await app.restart();
    page = await app.window('till');
    await waitForTill(page);
    await page.keyboard.press('F8');
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(1);
    expect(await page.getByTestId('history-row').first().textContent()).toContain('Order 1');
    expect(await recordedOrders(page)).toEqual([
      expect.objectContaining({ id: order?.id, number: 1, status: 'paid' }),
    ]);

    // The detail view shows the order as its receipt did.
    await page.getByTestId('history-row').first().click();
    await expect.poll(() => page.getByTestId('receipt-total').textContent()).toBe(euro(637));
    expect(await page.getByTestId('receipt').textContent()).toContain('Cash given€10.00');
  });

  it('a New sale key is never lost: Enter the moment the sale-complete screen appears, and Enter in the empty e-mail field', async () => {
    const cola = demoProduct('Cola 0.33 l'); // 1.19
    const cashSale = async () => {
      await scan(page, cola.barcode);
      await expect.poll(() => cartLineTexts(page)).toEqual(['Cola 0.33 l']);
      await page.keyboard.press('F4');
      await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe(euro(119));
      await page.keyboard.type('2');
      await expect.poll(() => page.getByTestId('change-due').textContent()).toBe(euro(81));
    };

    // A cashier who presses Enter as the screen appears: the key is sent from inside the page in the very task
    // that puts the screen in the document (a MutationObserver), before the browser has painted it or run
    // anything else, so it is the earliest a key can arrive. It goes wherever the focus is, as a key does.
    await cashSale();
    await page.evaluate(() => {
      const watch = new MutationObserver(() => {
        if (!document.querySelector('.done')) return;
        watch.disconnect();
        (globalThis as { doneScreenSeen?: boolean }).doneScreenSeen = true;
        const target = document.activeElement ?? document.body;
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
      });
      watch.observe(document.body, { childList: true, subtree: true });
    });
    await page.keyboard.press('Enter'); // takes the cash: the sale completes
    await expect
      .poll(() => page.evaluate(() => (globalThis as { doneScreenSeen?: boolean }).doneScreenSeen))
      .toBe(true);
    // The Enter started the next sale: the sale-complete screen is gone and the sell screen is back.
    await expect.poll(() => page.locator('.done').count()).toBe(0);
    await expect.poll(() => page.locator('.tile').count()).toBeGreaterThan(0);
    expect(await recordedOrders(page)).toEqual([expect.objectContaining({ number: 1 })]);

    // A cashier who clicked into the e-mail field and, with nothing typed there, presses Enter for the next sale.
    await cashSale();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('done-change').textContent()).toBe(euro(81));
    await page.getByTestId('email-receipt-to').click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.done').count()).toBe(0);
    await expect.poll(() => page.locator('.tile').count()).toBeGreaterThan(0);
    expect(await recordedOrders(page)).toHaveLength(2);
  });
});
