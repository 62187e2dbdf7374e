/**
 * Later charges on a card on file (issue 13.4), as a cashier takes them: the order's customer has a saved card,
 * the cashier chooses "Card on file" on the payment screen and charges it. The card is saved first through the
 * core's own channels and Stripe's hosted page (the customer's card screens are another piece of work).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { readyForCards, refundPartFromHistory, waitForCardSaved } from './support/card.ts';
import { atEveryScreenSize } from './support/screen-sizes.ts';
import { languageNames, type Language } from '../../src/shared/i18n/languages.ts';
import { cartLineTexts, kassa, payLoafInCash, recordedOrders, tapProduct } from './support/till.ts';
import type { CardSetup } from '../../src/shared/ipc/cards-on-file.ts';
import type { Customer } from '../../src/shared/ipc/customers.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened), readyForCards);

/** Erika, with a card she saved on Stripe's hosted page on her phone (a second page). */
async function customerWithCard(number: string): Promise<void> {
  const created = await kassa<Customer>(page, 'customers.create', { name: 'Erika Mustermann' });
  if (!created.ok) throw new Error(created.error.message);
  const setup = await kassa<CardSetup>(page, 'cards.saveByLink', { customerId: created.value.id });
  if (!setup.ok || !setup.value.url) throw new Error('no page to save the card on');
  const phone = await page.context().newPage();
  await phone.goto(setup.value.url);
  await phone.getByLabel('Card number').fill(number);
  await phone.getByLabel('Name on card').fill('Erika Mustermann');
  await phone.getByLabel('Address').fill('Hauptstraße 1');
  await phone.getByLabel('Postal code').fill('10115');
  await phone.getByLabel('City').fill('Berlin');
  await phone.getByLabel('Country (two letters)').fill('DE');
  await phone.getByRole('button', { name: 'Save card' }).click();
  // A card whose bank always asks (4000 0027 6000 3184) is confirmed on the bank's page first.
  const confirm = phone.getByRole('button', { name: 'Complete authentication' });
  if (await confirm.isVisible({ timeout: 3_000 }).catch(() => false)) await confirm.click();
  await phone.close();
  await waitForCardSaved(page, setup.value.id);
}

/** A sale for Erika: the bread rung up, the payment screen open, Erika put on the order. */
async function saleForErika(): Promise<void> {
  await tapProduct(page, 'Sourdough Loaf'); // 3.89
  await expect.poll(() => cartLineTexts(page)).toHaveLength(1);
  await page.keyboard.press('F4');
  await page.getByRole('button', { name: 'Customer', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Customer for this order' });
  await dialog.getByRole('searchbox').fill('Erika');
  await dialog.getByRole('button', { name: /Erika Mustermann/ }).click();
  await expect.poll(() => page.getByTestId('order-customer').textContent()).toContain('Erika Mustermann');
}

/** Two taps in the header: the language button, then the language in its own name. */
async function chooseLanguage(language: Language): Promise<void> {
  await page.getByTestId('language-button').click();
  await page.getByRole('menuitemradio', { name: languageNames[language] }).click();
  await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe(language);
}

async function chargeCardOnFile(): Promise<void> {
  await page.getByRole('radio', { name: 'Card on file' }).click({ timeout: 10_000 });
  await expect.poll(() => page.getByTestId('card-on-file').textContent()).toContain('VISA');
  await page.getByRole('button', { name: 'Charge €3.89' }).click();
}

describe('a later charge on a card on file (demo mode)', () => {
  it('is approved, the sale completes, and part of it goes back to the card from History', async () => {
    await customerWithCard('4242 4242 4242 4242');
    await saleForErika();
    await page.getByRole('radio', { name: 'Card on file' }).click({ timeout: 10_000 });
    await atEveryScreenSize(app, page, 'card-on-file-pick');
    await chargeCardOnFile();
    await expect.poll(() => page.locator('.done').count(), { timeout: 15_000 }).toBe(1);
    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ status: 'paid', total: 389 });

    // Part of it goes back to the same card from History, the usual way.
    // The reason is picked from Stripe's own: the customer was charged twice.
    await refundPartFromHistory(page, 'Charged twice');
  });

  it('a card the bank declines is not charged: the cashier reads why and takes cash instead', async () => {
    await customerWithCard('4000 0000 0000 0341'); // saves, but every charge is declined
    await saleForErika();
    await chargeCardOnFile();
    await expect
      .poll(() => page.getByTestId('card-on-file-reason').textContent(), { timeout: 15_000 })
      .toContain('Declined by the card issuer');
    await app.screenshot(page, 'card-on-file-declined');
    await page.getByRole('button', { name: 'Choose another way to pay' }).click();
    await payLoafInCash(page);
  });

  it('when the bank wants the customer, the charge becomes a link the customer completes, and the sale completes', async () => {
    await customerWithCard('4000 0027 6000 3184'); // the bank asks on every charge, even off-session
    await saleForErika();
    await chargeCardOnFile();
    const link = page.getByTestId('card-on-file-link');
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByRole('img', { name: 'Open the link' }).count()).toBe(1);
    // The link and its QR code read at a glance on every counter screen, in English and in Bulgarian.
    await atEveryScreenSize(app, page, 'card-on-file-link');
    await chooseLanguage('bg');
    await expect.poll(() => page.getByTestId('card-on-file-status').textContent()).toContain('Банката');
    await atEveryScreenSize(app, page, 'card-on-file-link-bg');
    await chooseLanguage('en');
    const url = await link.getAttribute('href');
    expect(url).toMatch(/\/c\/authenticate\/pi_/);

    const phone = await page.context().newPage();
    await phone.goto(url!);
    await phone.getByRole('button', { name: 'Complete authentication' }).click();
    await expect.poll(() => phone.getByRole('status').textContent()).toContain('you are done');
    await phone.close();

    await expect.poll(() => page.locator('.done').count(), { timeout: 15_000 }).toBe(1);
    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ status: 'paid', total: 389 });
  });
});
