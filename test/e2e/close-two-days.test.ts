/**
 * Two days at one till (TILL-6, TILL-8, issue 12): on the first, a sale paid partly on the demo card reader and
 * partly in cash, a return of one of its lines that goes back to the card first and the rest from the drawer, the
 * X report that shows it, and a close with Z report 1; on the next day (the core's clock moved forward by a day)
 * a new shift, a cash sale and Z report 2, whose file carries Z 1's hash as its "previous Z".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchKassa, type KassaApp } from './support/kassa-app.ts';
import {
  chooseCard,
  cardState,
  demoCardMethod,
  presentCard,
  readyForCards,
  sendAndWait,
  sendButton,
} from './support/card.ts';
import { openPreferences, section } from './support/staff.ts';
import { cartLineTexts, demoProduct, euro, kassa, recordedOrders, scan } from './support/till.ts';

const day = 24 * 60 * 60 * 1000;
/** How far the core's clock runs ahead of the wall clock: 0 on the first day, a day on the second. */
let clockAhead = 0;
const now = () => Date.now() + clockAhead;

let app: KassaApp;
let till: Page;
beforeEach(async () => {
  clockAhead = 0;
  app = await launchKassa({ now });
  till = await app.window('till');
  await readyForCards(till);
});
afterEach(async () => app.close());

/** The date part of the times a Z file prints (local time, ISO style), for the core's "now". */
const fileDate = (ms: number) => {
  const at = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
};

async function openShift(float: string, shown: number): Promise<void> {
  await till.getByTestId('shift-banner').getByRole('button', { name: 'Open a shift' }).click();
  await till.getByTestId('float-input').fill(float);
  await till.getByTestId('open-shift').click();
  await expect.poll(() => till.getByTestId('shift-summary').textContent()).toContain(`Float ${euro(shown)}`);
  await till.getByRole('button', { name: 'Back to selling' }).click();
  await expect.poll(() => till.getByTestId('shift-banner').count()).toBe(0);
}

/** The blind count: `cash` in the drawer and nothing on the other methods' slips (the card is the reader's). */
async function closeShift(cash: string, zNumber: number): Promise<string> {
  await till.getByTestId('shift-tab').click();
  await till.getByRole('button', { name: 'Close shift' }).click();
  const count = till.getByTestId('blind-count');
  const inputs = count.locator('input[data-testid^="count-"]');
  await expect.poll(() => inputs.count()).toBeGreaterThan(0);
  for (const input of await inputs.all()) await input.fill('0');
  await count.getByTestId('count-cash').fill(cash);
  await count.getByTestId('record-count').click();
  const close = till.getByTestId('close-shift');
  await expect.poll(() => close.textContent()).toContain('Every method matches what was expected.');
  await close.getByTestId('close-with-z').click();
  await expect.poll(() => till.getByTestId('z-number').textContent()).toBe(`Z report ${zNumber}`);
  const hash = (await till.locator('.shift__hash').textContent()) ?? '';
  expect(hash).toMatch(/^SHA-256: [0-9a-f]{64}$/);
  return hash.slice('SHA-256: '.length);
}

describe('closing two days in a row', () => {
  it('card-and-cash sale, a return by line to card and drawer, X, Z 1; next day a sale and Z 2 chained to Z 1', async () => {
    const firstMorning = now();
    // Day 1: a float of 100.00, then 2 × sourdough (7.78) + 3 × cola (3.57) = 11.35: 5.00 by card, 6.35 in cash.
    await openShift('100', 10000);
    const bread = demoProduct('Sourdough Loaf'); // 3.89
    const cola = demoProduct('Cola 0.33 l'); // 1.19
    for (const code of [bread.barcode, bread.barcode, cola.barcode, cola.barcode, cola.barcode]) {
      await scan(till, code);
    }
    await expect.poll(() => cartLineTexts(till)).toEqual(['Sourdough Loaf', 'Cola 0.33 l']);
    await till.keyboard.press('F4');
    await expect.poll(() => till.getByTestId('amount-due').textContent()).toBe(euro(1135));
    await chooseCard(till);
    await till.locator('#pay-amount').fill('5');
    await sendAndWait(till);
    await presentCard(till, 'approving');
    await expect
      .poll(() => cardState(till).textContent(), { timeout: 10_000 })
      .toMatch(/^Paid · .+ •••• \d{4}$/);
    await expect.poll(() => till.getByTestId('remaining').textContent()).toBe(euro(635));
    await till.getByRole('button', { name: 'Take the rest' }).click();
    await till.getByRole('radio', { name: 'Cash' }).click();
    await expect.poll(() => till.locator('#pay-amount').inputValue()).toBe('6.35');
    await till.locator('#pay-received').fill('10');
    await sendButton(till).click();
    await expect.poll(() => till.getByTestId('done-change').textContent()).toBe(euro(365));
    await expect.poll(() => till.getByTestId('receipt-number').textContent()).toBe('Order 1');
    await till.keyboard.press('Enter'); // New sale

    // Both loaves come back (7.78): 5.00 to the card through the provider, the other 2.78 from the drawer.
    await till.keyboard.press('F8');
    await till.getByTestId('history-row').first().click();
    const returns = till.getByTestId('order-returns');
    await returns.getByTestId('start-return').click();
    await returns.getByTestId('return-quantity-1').fill('2');
    await returns.getByLabel('Reason for the return').fill('Stale bread');
    await returns.getByTestId('confirm-return').click();
    const returned = returns.getByTestId('return-row');
    await expect.poll(() => returned.textContent(), { timeout: 15_000 }).toContain('2 × Sourdough Loaf');
    const row = (await returned.textContent()) ?? '';
    expect(row).toContain('Stale bread');
    expect(row).toContain(`−${euro(778)}`);
    expect(row).toContain(`${euro(500)} to the card · ${euro(278)} in cash from the drawer`);
    // The card part went back through the provider (the demo Stripe simulator), not only on the screen.
    const [order] = await recordedOrders(till);
    const refunds = await kassa<{ amount: number; state: string }[]>(till, 'payments.refundsForOrder', {
      orderId: order!.id,
    });
    expect(refunds.ok && refunds.value.map((r) => [r.amount, r.state])).toEqual([[500, 'succeeded']]);

    // The X report: one order of 11.35, 7.78 returned; 100.00 + 6.35 cash sale − 2.78 from the drawer.
    await till.getByTestId('shift-tab').click();
    await till.getByTestId('show-x').click();
    const x = till.getByTestId('x-report');
    await expect.poll(() => x.getByTestId('report-returns').textContent()).toBe(euro(778));
    expect(await x.getByTestId('report-orders').textContent()).toBe('1');
    expect(await x.getByTestId('report-sales').textContent()).toBe(euro(1135));
    expect(await x.getByTestId('report-expected-cash').textContent()).toBe(euro(10357));
    const taken = async (method: string) =>
      x.getByTestId('report-method').filter({ hasText: method }).locator('td').allTextContents();
    expect(await taken(demoCardMethod)).toEqual([euro(500), euro(500)]); // taken, given back
    expect(await taken('Cash')).toEqual([euro(635), euro(278)]);

    const z1Hash = await closeShift('103.57', 1);
    const z1 = till.getByTestId('z-report');
    expect(await z1.getByTestId('report-sales').textContent()).toBe(euro(1135));
    expect(await z1.getByTestId('report-returns').textContent()).toBe(euro(778));
    expect(await z1.getByTestId('report-expected-cash').textContent()).toBe(euro(10357));
    await till.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => till.getByTestId('z-row').count()).toBe(1);

    // Day 2: the next morning, a new float, one loaf in cash, and Z report 2.
    clockAhead = day;
    await till.getByRole('button', { name: 'Back to selling' }).click();
    await expect
      .poll(() => till.getByTestId('shift-banner').textContent())
      .toContain('No shift is open: sales now are not in any shift’s X or Z report.');
    await openShift('100', 10000);
    await scan(till, bread.barcode);
    await expect.poll(() => cartLineTexts(till)).toEqual(['Sourdough Loaf']);
    await till.keyboard.press('F4');
    await expect.poll(() => till.getByTestId('amount-due').textContent()).toBe(euro(389));
    await till.keyboard.type('5');
    await till.keyboard.press('Enter');
    await expect.poll(() => till.getByTestId('done-change').textContent()).toBe(euro(111));
    await expect.poll(() => till.getByTestId('receipt-number').textContent()).toBe('Order 2');
    await till.keyboard.press('Enter'); // New sale

    const z2Hash = await closeShift('103.89', 2);
    expect(z2Hash).not.toBe(z1Hash);
    const z2 = till.getByTestId('z-report');
    // Only the second day's figures: yesterday's sale and return stay in Z 1.
    expect(await z2.getByTestId('report-orders').textContent()).toBe('1');
    expect(await z2.getByTestId('report-sales').textContent()).toBe(euro(389));
    expect(await z2.getByTestId('report-returns').textContent()).toBe(euro(0));
    expect(await z2.getByTestId('report-expected-cash').textContent()).toBe(euro(10389));
    await till.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => till.getByTestId('z-row').count()).toBe(2);

    // The owner's Z reports: the chain is intact, and Z 2's file names Z 1's hash as the previous Z.
    const prefs = await openPreferences(app, till);
    await section(prefs, 'Shifts and Z reports');
    await expect
      .poll(() => prefs.getByTestId('z-chain').textContent())
      .toBe('The chain of 2 Z reports is intact.');
    const zFile = async (number: number) => {
      const zRow = prefs.getByTestId('prefs-z-row').filter({ hasText: `Z ${number}` });
      return app.download(prefs, () => zRow.getByRole('button', { name: 'CSV' }).click());
    };
    const second = await zFile(2);
    expect(second.text).toContain(`SHA-256 ${z2Hash}`);
    expect(second.text).toContain(`Previous Z ${z1Hash}`);
    expect(second.text).toContain(`Shift opened ${fileDate(firstMorning + day)}`);
    const first = await zFile(1);
    expect(first.text).toContain(`SHA-256 ${z1Hash}`);
    expect(first.text).toContain(`Shift opened ${fileDate(firstMorning)}`);
  });
});
