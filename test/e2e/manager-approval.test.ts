/**
 * Manager approval at the till (TILL-9): the owner sets how far a cashier may go alone; above it the till asks
 * for a manager's PIN with the reason, keeps asking after a wrong PIN, and goes through once a manager approves.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { chooseCard, presentCard, sendAndWait, waitForDemoCard } from './support/card.ts';
import { openPreferencesForEachTest } from './support/open-till.ts';
import { currentStaff, demoOwner, switchTo } from './support/staff.ts';
import { cartLines, euro, kassa, recordedOrders, tapProduct } from './support/till.ts';

let app: KassaApp;
let till: Page;
let prefs: Page;
openPreferencesForEachTest((opened) => ({ app, till, prefs } = opened), 'Manager approval');

const approval = () => till.getByRole('dialog', { name: 'Manager approval' });
const limitField = (label: RegExp) => prefs.getByLabel(label);

async function selectLine(index: number): Promise<void> {
  const line = cartLines(till).nth(index).locator('.line__main');
  if ((await line.getAttribute('aria-pressed')) !== 'true') await line.click();
}

async function addMember(name: string, role: 'cashier' | 'manager', pin: string): Promise<void> {
  const saved = await kassa(till, 'staff.save', { name, role, pin, active: true, ownerPin: demoOwner.pin });
  expect(saved.ok).toBe(true);
}

/** What the first test sets up through the screens, for the tests that start from it: 10 %, €2.00, Cem at the till. */
async function cemWithTheLimits(): Promise<void> {
  const saved = await kassa(prefs, 'approvals.save', { discountPercent: 10, refundLimit: 200 });
  expect(saved.ok).toBe(true);
  await addMember('Cem Yilmaz', 'cashier', '4321');
  await addMember('Dana', 'manager', '5678');
  await till.reload();
  await switchTo(till, 'Cem Yilmaz', '4321');
  await expect.poll(() => currentStaff(till).textContent()).toContain('Cem Yilmaz');
}

describe('manager approval of discounts and refunds', () => {
  it('the owner sets the limits, and a limit that is not a percentage is refused next to its field', async () => {
    await limitField(/Largest discount/).fill('150');
    await prefs.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => prefs.locator('#approvals-discountPercent-error').textContent())
      .toBe('The discount limit is at most 100 % (no discount needs a manager).');
    await limitField(/Largest discount/).fill('10');
    await limitField(/Largest refund/).fill('2.00');
    await prefs.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => prefs.getByText('Saved.', { exact: true }).count()).toBe(1);
    await app.screenshot(prefs, 'preferences-approvals');

    await addMember('Cem Yilmaz', 'cashier', '4321');
    await addMember('Dana', 'manager', '5678');
    await switchTo(till, 'Cem Yilmaz', '4321');
    await expect.poll(() => currentStaff(till).textContent()).toContain('Cem Yilmaz');
  });

  it('a cashier’s discount over the limit needs a manager’s PIN when it is given, and only then', async () => {
    await cemWithTheLimits();
    await tapProduct(till, 'Sourdough Loaf'); // 3.89
    await selectLine(0);
    await till.getByRole('button', { name: 'Discount', exact: true }).click();
    await expect
      .poll(() => till.getByText('More than 10 % off an item needs a manager’s PIN').count())
      .toBe(1);
    await till.locator('#discount-value').fill('15');
    await till.keyboard.press('Enter');

    // Asked at once, before anything else is rung up or paid.
    await approval().waitFor();
    expect(await approval().textContent()).toContain(
      '15 % off Sourdough Loaf is more than the 10 % a cashier may give: a manager or owner approves it with their PIN.',
    );
    expect(await till.locator('.badge--discount').count()).toBe(0);
    await app.screenshot(till, 'manager-approval');

    // The cashier's own PIN is not a manager's: the dialog stays, with the reason.
    await approval().getByLabel('Manager PIN').fill('4321');
    await approval().getByRole('button', { name: 'Confirm' }).click();
    await expect
      .poll(() => approval().locator('#manager-pin-error').textContent())
      .toBe('That is not the PIN of a manager or owner.');
    await approval().getByLabel('Manager PIN').fill('5678');
    await approval().getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => till.locator('.badge--discount').count()).toBe(1);
    expect(await recordedOrders(till)).toEqual([]);

    // The payment goes through without a second question: the approval went with the sale.
    await till.keyboard.press('F4');
    await till.locator('#pay-received').fill('5');
    await till.keyboard.press('Enter');
    await expect.poll(() => till.locator('.done').count(), { timeout: 10_000 }).toBe(1);
    expect(await approval().count()).toBe(0);
    const [order] = await recordedOrders(till);
    expect(order).toMatchObject({ status: 'paid', total: 389 - 58 });
    await till.keyboard.press('Enter'); // New sale
  });

  it('closing the dialog gives no discount and says why', async () => {
    await cemWithTheLimits();
    await tapProduct(till, 'Pretzel');
    await selectLine(0);
    await till.getByRole('button', { name: 'Discount', exact: true }).click();
    await till.locator('#discount-value').fill('50');
    await till.keyboard.press('Enter');
    await approval().waitFor();
    await approval().getByRole('button', { name: 'Back' }).click();
    await expect
      .poll(() => till.locator('#discount-error').textContent())
      .toContain('a manager or owner approves it with their PIN');
    await till.keyboard.press('Escape'); // the discount dialog
    expect(await till.locator('.badge--discount').count()).toBe(0);
    expect(await recordedOrders(till)).toEqual([]);
  });

  it('a cashier’s refund over the limit needs a manager’s PIN; one within it does not', async () => {
    await cemWithTheLimits();
    await waitForDemoCard(till);
    await tapProduct(till, 'Sourdough Loaf');
    await till.keyboard.press('F4');
    await chooseCard(till);
    await sendAndWait(till);
    await presentCard(till, 'approving');
    await expect.poll(() => till.locator('.done').count(), { timeout: 10_000 }).toBe(1);

    await till.keyboard.press('F8');
    await till.getByTestId('history-row').first().click();
    const refunds = till.getByTestId('card-refunds');
    await refunds.getByRole('button', { name: 'Refund', exact: true }).click();
    await refunds.getByLabel('Amount to refund').fill('1.50');
    await refunds.getByRole('button', { name: 'Refund €1.50' }).click();
    await expect.poll(() => refunds.getByTestId('refund-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await approval().count()).toBe(0);

    await refunds.getByRole('button', { name: 'Refund', exact: true }).click();
    await refunds.getByRole('button', { name: `Refund ${euro(239)}` }).click();
    await approval().waitFor();
    // The €1.50 given alone counts too: two small refunds are one large one.
    expect(await approval().textContent()).toContain(
      `With this one, refunds on this order come to ${euro(389)}, more than the ${euro(200)} a cashier may give`,
    );
    await approval().getByLabel('Manager PIN').fill('5678');
    await approval().getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => refunds.getByTestId('refund-row').count(), { timeout: 10_000 }).toBe(2);

    await switchTo(till, demoOwner.name, demoOwner.pin);
    await expect.poll(() => currentStaff(till).textContent()).toContain('Demo Owner');
  });
});
