import { randomUUID } from 'node:crypto';
/**
 * A till in a Brazilian shop (BRL) taking card payments on Mercado Pago Point terminals, against a Mercado
 * Pago simulator the test starts: the counter terminal in integrated (PDV) mode, and a back-office one still
 * in standalone mode as it leaves the factory. What the customer does at the terminal goes through the
 * simulator's device side.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  accountSettings,
  backOfficeSerial,
  mercadoPagoWorld,
  prepareBrazilTill,
  type MercadoPagoWorld,
} from '../../support/mercadopago.ts';
import { demoManagerPin } from '../../../src/main/core/settings/seed-demo-store.ts';
import type { MercadoPagoSettings } from '../../../src/main/core/payments/provider-settings.ts';
import type { PaymentMethod } from '../../../src/shared/ipc/store.ts';
import { launchKassa, type KassaApp } from './kassa-app.ts';
import { cartLineTexts, kassa, tapProduct, waitForTill } from './till.ts';
import type { Gateway } from '../../support/older-terminal-gateway.ts';

/** The names prepareBrazilTill gives the methods on the counter and back-office terminals. */
export const counterMethod = 'Card (Mercado Pago)';
export const backOfficeMethod = 'Card (Mercado Pago 2)';

export interface BrazilTill {
  world: MercadoPagoWorld;
  app: KassaApp;
  page: Page;
  close(): Promise<void>;
}

/**
 * Seeds a data folder (the demo shop, moved to Brazil, with the two terminal methods), starts Kassa on it
 * with Stripe off and Mercado Pago on the simulator's account, and waits until the till can take a card.
 */
export async function launchBrazilTill(
  options: { through?: (world: MercadoPagoWorld) => Promise<Gateway> } = {},
): Promise<BrazilTill> {
  const world = await mercadoPagoWorld();
  const gateway = options.through ? await options.through(world) : null;
  const dataDir = await prepareBrazilTill([{ id: 'mercadopago-back-office', serial: backOfficeSerial }]);
  const settings: MercadoPagoSettings = accountSettings(world, gateway ? { apiUrl: gateway.url } : {});
  const app = await launchKassa({ dataDir, providers: { stripe: { mode: 'off' }, mercadopago: settings } });
  const page = await app.window('till');
  await signInIfAsked(page);
  await waitForTill(page);
  // This till is provisioned from a store file, so it sells only inside a shift: the day starts with a counted
  // float, as at a real counter.
  const opened = await kassa(page, 'shifts.open', { shiftId: randomUUID(), openingFloat: 10_000 });
  if (!opened.ok) throw new Error(`the shift did not open: ${opened.error.message}`);
  // The shop is Brazilian, so the till starts in Portuguese; the person at this till picks English from the
  // header (the receipts stay in the store's language).
  await page.getByTestId('language-button').click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await waitForMethod(page, counterMethod);
  return {
    world,
    app,
    page,
    async close() {
      await app.close();
      await gateway?.close();
      await world.sim.close();
    },
  };
}

/** With staff sign-in, the till first asks who is working: the demo shop's owner signs in with the demo PIN. */
export async function signInIfAsked(page: Page): Promise<void> {
  const login = page.locator('.login');
  await page.locator('.login, .tile').first().waitFor({ timeout: 15_000 });
  if ((await login.count()) === 0) return;
  const pin = page.locator('#signin-pin');
  if ((await pin.count()) === 0) await page.getByRole('radio').first().click();
  await pin.fill(demoManagerPin);
  await pin.press('Enter');
}

/** A terminal's method is offered once Mercado Pago has connected, a moment after start-up. */
async function waitForMethod(page: Page, name: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const methods = await kassa<PaymentMethod[]>(page, 'paymentMethods.list', {});
    if (methods.ok && methods.value.some((m) => m.name === name)) return;
    if (Date.now() > deadline) throw new Error(`"${name}" never appeared among the payment methods`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A new sale of the given products, on the payment screen, with a Mercado Pago method chosen. */
export async function ringUpOnCard(page: Page, products: string[], method = counterMethod): Promise<void> {
  if ((await page.locator('.done').count()) > 0)
    await page.keyboard.press('Enter'); // New sale
  else if ((await page.locator('.tile').count()) === 0)
    await page.getByRole('button', { name: 'Sell' }).click();
  for (const name of products) await tapProduct(page, name);
  await expect.poll(() => cartLineTexts(page)).toHaveLength(products.length);
  await page.keyboard.press('F4');
  await page.getByRole('radio', { name: method, exact: true }).click();
}

/** Amounts as the till shows them in a pt-BR shop ("R$ 8,99"), whatever space Intl puts after the sign. */
export function reais(cents: number): RegExp {
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return new RegExp(`R\\$\\s${whole.replaceAll('.', '\\.')},${String(cents % 100).padStart(2, '0')}`);
}
