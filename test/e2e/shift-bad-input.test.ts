/**
 * Bad input at the shift screen (issue 12): text where an amount or a count goes, a negative pay-out, a reason
 * left empty. Each is refused in the cashier's words, says what to do, and changes nothing: no shift opened, no
 * cash moved, no count recorded.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ShiftReport, ShiftState } from '../../src/shared/ipc/shifts.ts';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { euro, kassa } from './support/till.ts';

let app: KassaApp;
let till: Page;
openTillForEachTest((opened) => ({ app, till } = opened));

const shiftState = async () => {
  const state = await kassa<ShiftState>(till, 'shifts.state', {});
  if (!state.ok) throw new Error(state.error.message);
  return state.value;
};
const xReport = async () => {
  const x = await kassa<ShiftReport>(till, 'shifts.xReport', {});
  if (!x.ok) throw new Error(x.error.message);
  return x.value;
};

describe('bad input at the shift screen', () => {
  it('text as the float, a negative or reasonless pay-out and text in the count are refused; nothing changes', async () => {
    await till.getByTestId('shift-banner').getByRole('button', { name: 'Open a shift' }).click();
    await till.getByTestId('float-input').fill('a hundred');
    await till.getByTestId('open-shift').click();
    const openForm = till.locator('form').filter({ has: till.getByTestId('open-shift') });
    await expect
      .poll(() => openForm.getByRole('alert').textContent())
      .toBe('“a hundred” is not an amount: use digits and one decimal mark, such as 12.50.');
    expect((await shiftState()).shift).toBeNull();

    await till.getByTestId('float-input').fill('100');
    await till.getByTestId('open-shift').click();
    await expect.poll(() => till.getByTestId('shift-summary').textContent()).toContain('Float €100.00');

    await till.getByRole('button', { name: 'Pay out' }).click();
    const movement = till.getByTestId('cash-movement');
    await movement.getByLabel('Amount').fill('-5');
    await movement.getByLabel('Reason').fill('Window cleaner');
    await movement.getByTestId('confirm-movement').click();
    await expect
      .poll(() => movement.getByRole('alert').textContent())
      .toBe('Amounts cannot be negative: enter the amount without a minus sign.');
    expect(await movement.getByLabel('Amount').getAttribute('aria-invalid')).toBe('true');
    await app.screenshot(till, 'shift-bad-payout');

    await movement.getByLabel('Amount').fill('5');
    await movement.getByLabel('Reason').fill('');
    await movement.getByTestId('confirm-movement').click();
    await expect
      .poll(() => movement.getByRole('alert').textContent())
      .toBe('Give a reason for the pay-in or pay-out (at least 3 characters).');
    expect(await movement.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');

    // Nothing moved: no pay-out on the X report, the drawer still expects the float alone.
    const x = await xReport();
    expect(x.movements).toEqual([]);
    expect(x.cash.expected).toBe(10000);

    await movement.getByRole('button', { name: 'Cancel' }).click();
    await till.getByRole('button', { name: 'Close shift' }).click();
    const count = till.getByTestId('blind-count');
    await count.getByTestId('count-cash').fill('ten');
    await count.getByTestId('count-card-external').fill('0');
    await count.getByTestId('count-voucher').fill('0');
    await count.getByTestId('record-count').click();
    await expect
      .poll(() => count.getByRole('alert').textContent())
      .toBe('Cash: “ten” is not an amount: use digits and one decimal mark, such as 12.50.');
    // Not counted: the shift is still open, and the expected amounts stay hidden.
    expect((await shiftState()).shift?.status).toBe('open');
    expect(await count.textContent()).not.toContain(euro(10000));
  });
});
