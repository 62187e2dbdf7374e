import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { openPreferences, section } from './support/staff.ts';
import { chooseCard, readyForCards, refundPartFromHistory } from './support/card.ts';
import { cartLineTexts, payLoafInCash, recordedOrders, tapProduct } from './support/till.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened), readyForCards);

async function ringUp(...products: string[]): Promise<void> {
  if ((await page.locator('.done').count()) > 0) await page.keyboard.press('Enter'); // New sale
  for (const name of products) await tapProduct(page, name);
  await expect.poll(() => cartLineTexts(page)).toHaveLength(products.length);
  await page.keyboard.press('F4');
}

const linkPanel = () => page.getByTestId('payment-link');

/** The cashier asks for a link on the demo Stripe method and reads its address from the till. */
async function makeLink(): Promise<string> {
  await chooseCard(page);
  await page.getByRole('button', { name: 'Pay by link' }).click();
  await expect.poll(() => linkPanel().getAttribute('data-state'), { timeout: 10_000 }).toBe('open');
  await expect.poll(() => page.getByRole('img', { name: 'QR code of the payment link' }).count()).toBe(1);
  return page.locator('#paylink-url').inputValue();
}

/** The customer opens the link on their phone (a second page) and pays with a good test card. */
async function payOnPhone(url: string): Promise<void> {
  const phone = await page.context().newPage();
  await phone.goto(url);
  await phone.getByLabel('Card number').fill('4242 4242 4242 4242');
  await phone.getByRole('button', { name: 'Pay with card' }).click();
  await expect
    .poll(() => phone.getByRole('status').textContent(), { timeout: 15_000 })
    .toContain('Payment successful');
  await phone.close();
}

describe('pay by link at the counter (demo mode)', () => {
  it('the customer pays on the hosted page on their own device and the sale completes with no click at the till', async () => {
    await ringUp('Sourdough Loaf'); // 3.89
    const url = await makeLink();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/c\/pay\/cs_test_/);
    await app.screenshot(page, 'pay-by-link');
    // The customer display shows the same link as a QR code, for the customer's phone.
    const display = await app.window('customer-display');
    await expect
      .poll(() => display.getByRole('img', { name: 'Scan to pay with your phone' }).count(), {
        timeout: 10_000,
      })
      .toBe(1);

    // The customer: a second page, as their phone would open the QR code.
    const phone = await page.context().newPage();
    await phone.goto(url);
    await expect.poll(() => phone.getByText('3.89 EUR').count()).toBeGreaterThan(0);
    await phone.getByLabel('Card number').fill('4000 0000 0000 0002');
    await phone.getByRole('button', { name: 'Pay with card' }).click();
    await expect.poll(() => phone.getByRole('alert').textContent()).toContain('declined');
    await phone.getByLabel('Card number').fill('4242 4242 4242 4242');
    await phone.getByRole('button', { name: 'Pay with card' }).click();
    await expect
      .poll(() => phone.getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('Payment successful');
    await phone.close();

    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);
    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ status: 'paid', total: 389 });
  });

  it('a canceled link frees the order, which is then paid in cash', async () => {
    await ringUp('Sourdough Loaf');
    const url = await makeLink();
    await page.getByRole('button', { name: 'Cancel link' }).click();
    await expect.poll(() => linkPanel().getAttribute('data-state')).toBe('canceled');

    const phone = await page.context().newPage();
    await phone.goto(url);
    await expect.poll(() => phone.getByRole('status').textContent()).toContain('expired');
    await phone.close();

    await page.getByRole('button', { name: 'Take payment another way' }).click();
    await payLoafInCash(page);
  });

  it('an expired link is renewed in one tap and paid (the owner set how long links stay open)', async () => {
    // The owner's pay-by-link settings for the demo Stripe profile, in preferences, next to what Stripe says
    // about payouts.
    const prefs = await openPreferences(app, page);
    await section(prefs, 'Stripe profiles');
    await prefs.getByRole('button', { name: 'Pay by link on Demo (simulated reader)' }).click();
    await expect
      .poll(() => prefs.getByTestId('payouts-status').textContent(), { timeout: 10_000 })
      .toContain('pays out');
    const settings = prefs.getByTestId('link-settings');
    await expect.poll(() => settings.getByLabel('A link stays open for (minutes)').inputValue()).toBe('60');
    await settings.getByLabel('A link stays open for (minutes)').fill('20');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => settings.getByRole('alert').first().textContent()).toContain('30 minutes');

    await ringUp('Sourdough Loaf');
    const url = await makeLink();
    // An hour passes at Stripe (the demo simulator's clock): the session expires and the till sees it.
    const advanced = await fetch(new URL('/__sim/clock/advance', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ms: 61 * 60_000 }),
    });
    expect(advanced.ok).toBe(true);
    await expect.poll(() => linkPanel().getAttribute('data-state'), { timeout: 15_000 }).toBe('expired');
    await expect.poll(() => linkPanel().getByRole('status').first().textContent()).toContain('expired');

    // Links now stay open a day (Stripe's clock ran an hour ahead of the till's in this test; a day covers it).
    await settings.getByLabel('A link stays open for (minutes)').fill('1440');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => settings.getByRole('status').last().textContent()).toContain('Saved');

    await page.getByRole('button', { name: 'New link' }).click();
    await expect.poll(() => linkPanel().getAttribute('data-state'), { timeout: 10_000 }).toBe('open');
    const renewed = await page.locator('#paylink-url').inputValue();
    expect(renewed).not.toBe(url);

    await payOnPhone(renewed);
    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);
    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ status: 'paid', total: 389 });
  });

  it('a remote order is paid from its link while the till sells on, announced, and listed as paid', async () => {
    await ringUp('Sourdough Loaf');
    const url = await makeLink();
    await page.getByRole('button', { name: 'Remote order…' }).click();
    const form = page.getByTestId('remote-order-form');
    await form.getByRole('button', { name: 'Save remote order' }).click();
    await expect.poll(() => form.getByRole('alert').first().textContent()).toContain('is required');
    await form.getByLabel('Customer’s name').fill('Anna Rossi');
    await form.getByLabel('E-mail').fill('anna@example.com');
    await form.getByLabel('How it reaches them').selectOption('delivery');
    await form.getByRole('button', { name: 'Save remote order' }).click();
    await expect.poll(() => page.getByTestId('remote-saved').textContent()).toContain('Anna Rossi');
    await page.getByRole('button', { name: 'Next sale' }).click();

    // The till rings up someone else meanwhile.
    await tapProduct(page, 'Sourdough Loaf');
    await expect.poll(() => cartLineTexts(page)).toHaveLength(1);

    await payOnPhone(url);

    await expect
      .poll(() => page.getByText('Anna Rossi paid their remote order (Delivery) by link.').count(), {
        timeout: 10_000,
      })
      .toBe(1);
    expect(await cartLineTexts(page)).toHaveLength(1); // the sale at the counter is untouched

    await page.getByTestId('remote-tab').click();
    const row = page.getByTestId('remote-row');
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.first().getAttribute('data-status')).toBe('paid');
    await row.first().click();
    await expect.poll(() => page.getByTestId('remote-state').textContent()).toBe('Paid');
  });

  it('a link payment is refunded in part from the order detail, back through Stripe', async () => {
    await ringUp('Sourdough Loaf'); // 3.89
    const url = await makeLink();
    await payOnPhone(url);
    await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);

    await refundPartFromHistory(page);
  });
});
