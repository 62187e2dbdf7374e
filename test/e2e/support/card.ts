/**
 * Card payments on the demo reader, as a cashier takes them: choose the card method, Send, watch the status
 * panel, and (demo mode only) tap the buttons that present a test card.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { CardSetup } from '../../../src/shared/ipc/cards-on-file.ts';
import type { CardPayment } from '../../../src/shared/ipc/payments.ts';
import type { PaymentMethod } from '../../../src/shared/ipc/store.ts';
import { kassa, waitForTill } from './till.ts';

export const demoCardMethod = 'Card (Stripe, demo)';

export const cardState = (page: Page) => page.getByTestId('card-state');
export const sendButton = (page: Page) => page.getByTestId('take-payment');

/** The demo provider connects in the background after start-up: wait until its method is offered. */
export async function waitForDemoCard(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const methods = await kassa<PaymentMethod[]>(page, 'paymentMethods.list', {});
    if (methods.ok && methods.value.some((m) => m.name === demoCardMethod)) return;
    if (Date.now() > deadline)
      throw new Error(`"${demoCardMethod}" never appeared among the payment methods`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A till ready to take cards: someone signed in and the demo reader connected. */
export async function readyForCards(page: Page): Promise<void> {
  await waitForTill(page);
  await waitForDemoCard(page);
}

export async function chooseCard(page: Page): Promise<void> {
  await page.getByRole('radio', { name: demoCardMethod }).click();
}

/** Sends the amount shown to the reader and waits for the reader to ask for the card. */
export async function sendAndWait(page: Page): Promise<void> {
  await expect.poll(() => sendButton(page).textContent()).toContain('Send to reader');
  await sendButton(page).click();
  await expect.poll(() => cardState(page).textContent(), { timeout: 10_000 }).toBe('Waiting for card');
}

/**
 * Makes the till window's own work `rate` times slower (Chromium's CPU throttling), as on a busy till: news
 * from the core then reaches the window before it has rendered what came before. Returns the undo.
 */
export async function slowWindow(page: Page, rate: number): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return async () => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  };
}

export async function presentCard(page: Page, card: 'approving' | 'declining'): Promise<void> {
  await page.getByRole('button', { name: `Present ${card} card` }).click();
}

export async function cardPaymentsOf(page: Page, orderId: string): Promise<CardPayment[]> {
  const result = await kassa<CardPayment[]>(page, 'payments.forOrder', { orderId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * From the sale-complete screen: opens the last order in History and refunds €1.50 of its card payment back to
 * the card, then waits for the refund row and the order's new status.
 */
export async function refundPartFromHistory(page: Page, reason?: string): Promise<void> {
  await page.keyboard.press('Enter');
  await page.keyboard.press('F8');
  const row = page.getByTestId('history-row').first();
  await expect.poll(() => row.locator('.status').textContent()).toBe('Paid');
  await row.click();
  const refunds = page.getByTestId('card-refunds');
  await refunds.getByRole('button', { name: 'Refund', exact: true }).click();
  await refunds.getByLabel('Amount to refund').fill('1.50');
  // The reason is one of Stripe's own (the customer asked, when none is picked).
  if (reason !== undefined) await refunds.getByLabel('Reason').selectOption({ label: reason });
  await refunds.getByRole('button', { name: 'Refund €1.50' }).click();
  await expect.poll(() => refunds.getByTestId('refund-row').count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => refunds.getByTestId('refund-row').textContent()).toContain('−€1.50');
  await expect
    .poll(() => row.locator('.status').textContent(), { timeout: 10_000 })
    .toBe('Partly refunded: €1.50');
}

/** Waits until a card being saved (at the reader or on Stripe's page) is saved. */
export async function waitForCardSaved(page: Page, setupId: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const now = await kassa<CardSetup>(page, 'cards.setup', { setupId });
        return now.ok ? now.value.state : 'unknown';
      },
      { timeout: 15_000 },
    )
    .toBe('saved');
}

/** The customer saves a Visa at the demo reader (through the core's channels: the card screens are tested elsewhere). */
export async function saveVisaAtDemoReader(page: Page, customerId: string): Promise<void> {
  const setup = await kassa<CardSetup>(page, 'cards.saveAtReader', { customerId });
  if (!setup.ok) throw new Error(setup.error.message);
  await kassa(page, 'cards.simulateCard', { setupId: setup.value.id, card: 'visa' });
  await waitForCardSaved(page, setup.value.id);
}
