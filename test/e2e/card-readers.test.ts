/**
 * Setting up a reader against a Stripe test account (the simulator standing in for Stripe), then what the
 * cashier sees when that reader is offline.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStripeSimulator, type StripeSimulator } from '../../src/sim/stripe/index.ts';
import type { StripeLocation, StripeReader } from '../../src/shared/ipc/stripe-terminal.ts';
import { launchKassa, type KassaApp } from './support/kassa-app.ts';
import { cartLineTexts, kassa, tapProduct, waitForTill } from './support/till.ts';

let sim: StripeSimulator;
let app: KassaApp;
let page: Page;

beforeEach(async () => {
  // Stripe's test-mode limit (25 requests a second) is the simulator's own test; here the screens are.
  sim = await startStripeSimulator({ port: 0, rateLimitPerSecond: 1000 });
  app = await launchKassa({
    providers: { stripe: { mode: 'account', secretKey: sim.secretKey, apiUrl: sim.url } },
  });
  page = await app.window('till');
  await waitForTill(page);
});

afterEach(async () => {
  await app?.close();
  await sim?.close();
});

const form = (name: string) => page.getByRole('form', { name });

async function save(name: string, pin: string): Promise<void> {
  await form(name).getByLabel('Manager PIN').fill(pin);
  await form(name).getByRole('button', { name: 'Save' }).click();
}

describe('card readers', () => {
  it('creates a location, registers a simulated reader and gives it a payment method, with the manager PIN', async () => {
    await page.getByRole('button', { name: 'Card readers' }).click();
    await expect.poll(() => page.getByRole('note').last().textContent()).toContain('above 10 %');
    await expect.poll(() => page.getByText('No locations yet').count()).toBe(1);

    const location = form('Create a location');
    await location.getByLabel('Name').fill('Corner Shop');
    await location.getByLabel('Street and number').fill('Hauptstraße 5');
    await location.getByLabel('City').fill('Berlin');
    await location.getByLabel('Postal code').fill('10115');
    // The country is picked by name from the list, starting on the store's own (Germany for the demo shop).
    expect(await location.getByLabel('Country').inputValue()).toBe('DE');
    await location.getByLabel('Country').selectOption({ label: 'Austria' });
    expect(await location.getByLabel('Country').inputValue()).toBe('AT');
    await save('Create a location', '9999');
    await expect.poll(() => location.getByRole('alert').count()).toBe(1);
    expect(await page.getByText('No locations yet').count()).toBe(1);
    await save('Create a location', '1234');
    await expect.poll(() => page.locator('.readers__locations li').textContent()).toContain('Corner Shop');

    const register = form('Register a reader');
    await register.getByLabel('Registration code').fill('simulated-wpe');
    await register.getByLabel('Label').fill('Counter 2');
    await save('Register a reader', '1234');
    await expect.poll(() => page.getByTestId('reader-row').count()).toBe(1);
    await expect.poll(() => page.getByTestId('reader-row').textContent()).toMatch(/Counter 2.*Online/);

    const assign = form('Use for a new payment method');
    await assign.getByLabel('Method name').fill('Card (counter 2)');
    await save('Use for a new payment method', '1234');
    await expect.poll(() => assign.textContent()).toContain('Saved.');
    await expect.poll(() => page.getByTestId('reader-row').textContent()).toContain('Card (counter 2)');
    await page.locator('.readers').evaluate((screen) => screen.scrollTo(0, 0));
    await app.screenshot(page, 'readers');
  });

  it('a payment on an offline reader is refused with a message the cashier can act on', async () => {
    // This test's own reader and method, set up the way the screen above does it.
    const answer = async <T>(channel: Parameters<typeof kassa>[1], request: object): Promise<T> => {
      const result = await kassa<T>(page, channel, { ...request, managerPin: '1234' });
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const location = await answer<StripeLocation>('stripeTerminal.createLocation', {
      displayName: 'Corner Shop',
      line1: 'Hauptstraße 5',
      city: 'Berlin',
      postalCode: '10115',
      country: 'DE',
    });
    const reader = await answer<StripeReader>('stripeTerminal.registerReader', {
      registrationCode: 'simulated-wpe',
      label: 'Counter 2',
      locationId: location.id,
    });
    await answer('stripeTerminal.assignReader', {
      methodName: 'Card (counter 2)',
      serialNumber: reader.serialNumber,
    });
    sim.control.setReaderStatus(reader.id, 'offline');
    await page.reload();
    await waitForTill(page);

    await tapProduct(page, 'Sourdough Loaf');
    await expect.poll(() => cartLineTexts(page)).toHaveLength(1);
    await page.keyboard.press('F4');
    await page.getByRole('radio', { name: 'Card (counter 2)' }).click();
    await page.getByTestId('take-payment').click();
    await expect
      .poll(() => page.locator('.pay__entry').textContent(), { timeout: 15_000 })
      .toMatch(/offline/i);
  });
});
