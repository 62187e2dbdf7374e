/**
 * The bookkeeping export (PREF-2): a sale at the till ends up in the accountant's file, downloaded from the
 * preferences, with the accounts it was booked to; the order history shows the same accounts to staff.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openPreferencesForEachTest } from './support/open-till.ts';
import { euro, tapProduct } from './support/till.ts';

let app: KassaApp;
let till: Page;
let prefs: Page;
openPreferencesForEachTest((opened) => ({ app, till, prefs } = opened), 'Bookkeeping export');

const download = () => prefs.getByRole('button', { name: 'Download CSV' });

/** A loaf (3.89) paid in cash: Order 1 of this test's till. */
async function sellALoafForCash(): Promise<void> {
  await tapProduct(till, 'Sourdough Loaf'); // 3.89
  await till.keyboard.press('F4');
  await till.keyboard.type('10');
  await till.keyboard.press('Enter');
  await expect.poll(() => till.getByTestId('receipt-number').textContent()).toBe('Order 1');
  await till.keyboard.press('Enter');
}

describe('the bookkeeping export', () => {
  it('downloads this month’s payments with their account codes', async () => {
    await sellALoafForCash();

    // This month so far is already filled in.
    const today = await prefs.locator('#export-to').inputValue();
    expect(await prefs.locator('#export-from').inputValue()).toBe(`${today.slice(0, 8)}01`);

    const file = await app.download(prefs, () => download().click());
    expect(file.fileName).toBe(`kassa-payments-${today.slice(0, 8)}01-to-${today}.csv`);
    const [header, row, end] = file.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'Date and time,Order number,Type,Payment method,Journal,Amount,Currency,Card brand,Card last 4,' +
        'Outstanding account,Intermediary account,Default accounts,Needs reconciliation,Order id',
    );
    expect(row).toMatch(
      new RegExp(
        `^${today}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2},1,payment,Cash,cash,3\\.89,EUR,,,1000,1361,yes,no,[0-9a-f-]{36}$`,
      ),
    );
    expect(end).toBe('');
    await expect
      .poll(() => prefs.getByTestId('export-result').textContent())
      .toBe(`${file.fileName} holds 1 payment or refund: keep it where your accountant can find it.`);
  });

  it('shows the accounts of each payment in the order history', async () => {
    await sellALoafForCash();
    await till.keyboard.press('F8');
    await till.getByTestId('history-row').first().click();
    await expect.poll(() => till.getByTestId('receipt-number').textContent()).toBe('Order 1');
    expect(await till.getByTestId('payment-accounts').textContent()).toBe(
      `Cash · ${euro(389)}Outstanding 1000 (default) · Intermediary 1361 (default)`,
    );
  });

  it('names the field to fix when the days are in the wrong order, and downloads nothing', async () => {
    let downloads = 0;
    prefs.on('download', () => void (downloads += 1));
    await prefs.locator('#export-from').fill('2026-11-22');
    await prefs.locator('#export-to').fill('2026-11-01');
    await download().click();
    await expect
      .poll(() => prefs.locator('#export-to-error').textContent())
      .toBe('The last day must be on or after the first day.');
    expect(await prefs.getByTestId('export-result').count()).toBe(0);
    expect(downloads).toBe(0);
  });
});
