/**
 * The payment autopilot across a night with Kassa closed (issue 13.5), as a shop lives it: the owner switches on
 * "capture holds before they expire"; the cashier holds €20.00 on a customer's Visa at the till and keeps the sale
 * open; Kassa is closed, and while it is closed the time passes the task's due time; at the next start the hold is
 * captured, once, the order is paid, and Preferences → Autopilot shows the task done.
 *
 * Kassa's own clock (the headless host's test clock, `now`) and the Stripe simulator's clock move together. The
 * simulator runs in the test, outside Kassa, so it lives on across the restart as Stripe does.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStripeSimulator, type StripeSimulator } from '../../src/sim/stripe/index.ts';
import type { HoldView } from '../../src/shared/ipc/holds.ts';
import type { Order } from '../../src/shared/ipc/orders.ts';
import { launchKassa, type KassaApp } from './support/kassa-app.ts';
import { chooseCard, readyForCards } from './support/card.ts';
import { openPreferences, section } from './support/staff.ts';
import { cartLineTexts, kassa, recordedOrders, tapProduct, waitForTill } from './support/till.ts';

const hour = 60 * 60_000;

let sim: StripeSimulator;
let app: KassaApp;
let page: Page;
// Both clocks run `offset` ahead of the wall clock.
let offset = 0;
const now = () => Date.now() + offset;

beforeEach(async () => {
  offset = 0;
  sim = await startStripeSimulator({ port: 0, rateLimitPerSecond: 100 });
  app = await launchKassa({ providers: { stripe: { mode: 'demo', simulatorUrl: sim.url } }, now });
  page = await app.window('till');
  await readyForCards(page);
});

afterEach(async () => {
  await app?.close();
  await sim?.close();
});

/** The shop is closed for `ms`: Kassa's clock and Stripe's move on together. */
function timePasses(ms: number): void {
  offset += ms;
  sim.control.advanceClock(ms);
}

async function holdsOf(orderId: string): Promise<HoldView[]> {
  const holds = await kassa<HoldView[]>(page, 'holds.forOrder', { orderId });
  if (!holds.ok) throw new Error(holds.error.message);
  return holds.value;
}

async function orderOf(orderId: string): Promise<Order> {
  const result = await kassa<Order>(page, 'orders.get', { orderId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the payment autopilot with Kassa closed over the due time', () => {
  it('captures the hold once at the next start, the order is paid, and the Autopilot view shows it done', async () => {
    // The owner's rule: capture a hold 6 hours before it expires.
    const prefs = await openPreferences(app, page);
    await section(prefs, 'Autopilot');
    await prefs.getByLabel('Capture or release card holds before they expire').check();
    await prefs.locator('#autopilot-hoursBefore').fill('6');
    await prefs.getByRole('button', { name: 'Save' }).click();
    await prefs.locator('.save-bar__saved').waitFor();
    await prefs.close();

    // €20.00 held on the customer's Visa at the till for a €3.89 loaf; the sale is kept open.
    await tapProduct(page, 'Sourdough Loaf');
    await expect.poll(() => cartLineTexts(page)).toHaveLength(1);
    await page.keyboard.press('F4');
    await chooseCard(page);
    await page.getByTestId('open-hold-button').click();
    await page.locator('#hold-amount').fill('20.00');
    await page.getByTestId('open-hold-submit').click();
    const status = page.getByTestId('open-hold-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('waiting');
    await page.getByTestId('hold-demo-visa').click();
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('held');
    await page.getByTestId('open-hold-done').click();
    await page.getByRole('button', { name: 'Void sale' }).click();
    await page.getByRole('button', { name: 'Keep the sale open' }).click();

    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ status: 'open', total: 389 });
    const [hold] = await holdsOf(order!.id);
    expect(hold).toMatchObject({ state: 'held', amount: 2_000 });
    const expiresAt = hold!.expiresAt!;

    // Kassa is closed for the night; meanwhile the due time (6 h before expiry) passes: 2 h are left.
    await app.restart(() => {
      timePasses(expiresAt - now() - 2 * hour);
      return Promise.resolve();
    });
    page = await app.window('till');
    // A new day: the cashier signs in again.
    await waitForTill(page);

    // At the start the overdue task runs: what the order owes is captured, the rest released, the order paid.
    await expect.poll(async () => (await holdsOf(order!.id))[0]?.state, { timeout: 20_000 }).toBe('captured');
    expect((await holdsOf(order!.id))[0]).toMatchObject({ captured: 389, orderStatus: 'paid' });
    const paid = await orderOf(order!.id);
    expect(paid).toMatchObject({ status: 'paid', paid: 389 });
    expect(paid.payments.filter((p) => p.status === 'paid').map((p) => p.amount)).toEqual([389]);
    // Stripe captured once.
    const intents = sim.control.ledger().paymentIntents;
    expect(intents).toHaveLength(1);
    expect(intents[0]).toMatchObject({ status: 'succeeded', amount: 2_000, amount_received: 389 });

    // The owner sees it done in Preferences → Autopilot.
    const after = await openPreferences(app, page);
    await section(after, 'Autopilot');
    await after.locator('#autopilot-status').selectOption('done');
    const row = after.getByTestId('autopilot-task');
    await expect.poll(() => row.count()).toBe(1);
    const text = await row.textContent();
    expect(text).toContain('Capture hold');
    expect(text).toContain('Captured onto the order');
    expect(text).toContain(`No. ${paid.number}`);
    await app.screenshot(after, 'autopilot-done-after-closed');
  });
});
