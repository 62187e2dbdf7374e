/**
 * A Mercado Pago terminal that cannot be stopped from Kassa once the customer has the payment on screen: the
 * cashier is told to cancel on the terminal, and the line keeps following the payment until it ends, however
 * it ends.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { orderOnTerminal } from '../support/mercadopago.ts';
import { cardState, sendButton } from './support/card.ts';
import { launchBrazilTill, ringUpOnCard, type BrazilTill } from './support/mercadopago-till.ts';
import { olderTerminalGateway } from './support/older-terminal-gateway.ts';
import { recordedOrders } from './support/till.ts';

let till: BrazilTill;
let page: Page;

beforeEach(async () => {
  till = await launchBrazilTill({ through: olderTerminalGateway });
  page = till.page;
});

afterEach(async () => {
  await till?.close();
});

const instruction = () => page.getByTestId('cancel-on-terminal');

/** A payment the customer already has on the terminal screen, which the cashier then tries to cancel. */
async function cancelOnceOnTerminal(): Promise<string> {
  await ringUpOnCard(page, ['Espresso Beans 500 g']);
  await sendButton(page).click();
  await expect.poll(() => cardState(page).textContent(), { timeout: 15_000 }).toBe('Waiting for card');
  const orderId = await orderOnTerminal(till.world);
  till.world.sim.control.pickUp(orderId);
  await page.getByRole('button', { name: 'Cancel card payment' }).click();
  await expect.poll(() => instruction().count(), { timeout: 15_000 }).toBe(1);
  return orderId;
}

describe('cancel on a Mercado Pago terminal that Kassa cannot stop', () => {
  it('tells the cashier to cancel on the terminal, and ends when the terminal does', async () => {
    const orderId = await cancelOnceOnTerminal();
    expect(await instruction().getByRole('heading').textContent()).toBe('Cancel it on the terminal');
    expect(await instruction().textContent()).toContain(
      'This terminal cannot be stopped from Kassa: cancel the payment on the terminal itself. Kassa keeps following the payment until it ends.',
    );
    expect(await cardState(page).textContent()).toBe('Waiting for card');

    till.world.sim.control.cancelOnTerminal(orderId);
    await expect.poll(() => cardState(page).textContent(), { timeout: 15_000 }).toBe('Canceled');
    expect(await instruction().count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('card-reason').textContent())
      .toBe('The payment was canceled on the terminal.');

    await page.getByRole('button', { name: 'Pay another way' }).click();
    await page.getByRole('radio', { name: 'Cash' }).click();
    await page.locator('#pay-received').fill('10');
    await sendButton(page).click();
    await expect.poll(() => page.locator('.done').count(), { timeout: 15_000 }).toBe(1);
  });

  it('if the customer pays anyway before it is canceled, the sale is paid', async () => {
    const orderId = await cancelOnceOnTerminal();
    till.world.sim.control.approve(orderId);
    await expect.poll(() => page.locator('.done').count(), { timeout: 15_000 }).toBe(1);
    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ status: 'paid', total: 899 });
  });
});
