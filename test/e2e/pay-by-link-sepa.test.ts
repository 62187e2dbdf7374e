/**
 * Pay by link with a method whose money arrives later (issue 16): a SEPA Direct Debit is still processing at the
 * bank when Kassa closes, settles while Kassa is closed, and the order turns paid, once, from the event sweep
 * when Kassa starts again. The demo's simulator runs in the test, outside Kassa, so it lives on across the
 * restart as Stripe does; Kassa reaches it as its demo simulator (KASSA_DEMO_STRIPE_URL).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStripeSimulator, type StripeSimulator } from '../../src/sim/stripe/index.ts';
import type { Order } from '../../src/shared/ipc/orders.ts';
import { launchKassa, type KassaApp } from './support/kassa-app.ts';
import { chooseCard, readyForCards } from './support/card.ts';
import { cartLineTexts, kassa, recordedOrders, tapProduct } from './support/till.ts';

let sim: StripeSimulator;
let app: KassaApp;
let page: Page;

beforeEach(async () => {
  // As the demo starts its own (Stripe's live-mode rate, so the demo reader's polling never trips over it).
  sim = await startStripeSimulator({ port: 0, rateLimitPerSecond: 100 });
  app = await launchKassa({ providers: { stripe: { mode: 'demo', simulatorUrl: sim.url } } });
  page = await app.window('till');
  await readyForCards(page);
});

afterEach(async () => {
  await app?.close();
  await sim?.close();
});

const linkPanel = () => page.getByTestId('payment-link');

async function orderOf(orderId: string): Promise<Order> {
  const result = await kassa<Order>(page, 'orders.get', { orderId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('pay by link with SEPA Direct Debit across a restart', () => {
  it('a debit still processing when Kassa closes settles while it is closed; after the restart the order is paid once', async () => {
    await tapProduct(page, 'Sourdough Loaf'); // 3.89
    await expect.poll(() => cartLineTexts(page)).toHaveLength(1);
    await page.keyboard.press('F4');
    await chooseCard(page);
    await page.getByRole('button', { name: 'Pay by link' }).click();
    await expect.poll(() => linkPanel().getAttribute('data-state'), { timeout: 10_000 }).toBe('open');
    const url = await page.locator('#paylink-url').inputValue();
    expect(url.startsWith(sim.url)).toBe(true);

    // The customer pays by SEPA Direct Debit on their phone: the bank takes days, the page says processing.
    const phone = await page.context().newPage();
    await phone.goto(url);
    await phone.getByLabel('IBAN').fill('DE89370400440532013000');
    await phone.getByRole('button', { name: 'Pay by SEPA Direct Debit' }).click();
    await expect
      .poll(() => phone.getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('processing');
    await phone.close();

    // The till says so: paid, awaiting settlement; the order is not paid yet.
    await expect
      .poll(() => linkPanel().getAttribute('data-state'), { timeout: 15_000 })
      .toBe('awaiting_settlement');
    const [open] = await recordedOrders(page);
    expect(open).toMatchObject({ status: 'open', total: 389 });
    const [session] = sim.control.checkoutSessions();
    expect(session).toMatchObject({ payment_status: 'unpaid', status: 'complete' });

    // Kassa closes for the night; two minutes later the bank settles the debit at Stripe.
    await app.restart(async () => {
      sim.control.advanceClock(2 * 60_000);
      // Someone looks at the session at Stripe while Kassa is closed: the debit has settled.
      const seen = await fetch(`${sim.url}/v1/checkout/sessions/${session!.id}`, {
        headers: { authorization: `Bearer ${sim.secretKey}` },
      });
      expect(await seen.json()).toMatchObject({ payment_status: 'paid' });
    });
    page = await app.window('till');

    // Kassa starts again and its event sweep finds the settlement: the order is paid, once.
    await expect
      .poll(async () => (await recordedOrders(page)).find((o) => o.id === open!.id)?.status, {
        timeout: 20_000,
      })
      .toBe('paid');
    const paid = await orderOf(open!.id);
    expect(paid.paid).toBe(389);
    expect(paid.payments.filter((p) => p.status === 'paid').map((p) => p.amount)).toEqual([389]);
    expect((await recordedOrders(page)).filter((o) => o.status === 'paid')).toHaveLength(1);
    expect(sim.control.checkoutSessions().filter((s) => s.payment_status === 'paid')).toHaveLength(1);
  });
});
