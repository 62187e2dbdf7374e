/**
 * Cards on file at the counter (STO-4), as a cashier and a customer do it in demo mode: the customer's card saved
 * at the demo reader with a validating check that is released at once, saved on the Stripe-hosted page the
 * customer opens from the QR code, a card of a brand the owner does not accept refused in words, and a card
 * removed again. Screenshots of the new screens at every counter size, in English and Bulgarian.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { readyForCards } from './support/card.ts';
import { atEveryScreenSize } from './support/screen-sizes.ts';
import { openPreferences, section } from './support/staff.ts';
import { layoutProblems } from './support/layout.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened), readyForCards);

const cardsDialog = () => page.getByRole('dialog', { name: 'Cards on file — Erika Mustermann' });
const setupState = () => cardsDialog().getByTestId('card-setup-state');
const savedCards = () => cardsDialog().getByTestId('saved-card');

/** The cashier adds a new customer to the sale and opens her cards on file. */
async function openErikasCards(): Promise<void> {
  await page.getByRole('button', { name: 'Customer', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Customer for this order' });
  await dialog.getByRole('searchbox').fill('Erika Mustermann');
  await dialog.getByRole('button', { name: 'New customer' }).click();
  const create = dialog.getByRole('form', { name: 'New customer' });
  await create.getByLabel('E-mail').fill('erika@example.com');
  await create.getByRole('button', { name: 'Add to the order' }).click();
  await expect.poll(() => page.getByTestId('order-customer').textContent()).toContain('Erika Mustermann');
  await page.getByRole('button', { name: 'Cards on file of Erika Mustermann' }).click();
  await expect.poll(() => cardsDialog().textContent()).toContain('No card saved yet');
}

/** The owner's card settings for the demo Stripe profile, saved in Preferences → Card settings. */
async function cardSettings(change: (prefs: Page) => Promise<void>, shot?: string): Promise<void> {
  const prefs = await openPreferences(app, page);
  await section(prefs, 'Card settings');
  await prefs.getByLabel('Check amount (EUR)').waitFor();
  await change(prefs);
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => prefs.getByRole('status').first().textContent()).toContain('Saved');
  if (shot) await atEveryScreenSize(app, prefs, shot);
  await prefs.close();
}

/** Starts saving a card at the demo reader and waits until the reader asks for it. */
async function atTheReader(): Promise<void> {
  await cardsDialog().getByRole('button', { name: 'At the reader' }).click();
  await expect
    .poll(() => setupState().textContent(), { timeout: 10_000 })
    .toBe('Waiting for the card on the reader');
}

/** The Stripe simulator's own record of payments (the demo's, in-process), as Stripe would show them. */
async function simulatorPaymentIntents(): Promise<
  { amount: number; status: string; amount_received: number }[]
> {
  const url = app.host()?.core.payments.demoStripeApiUrl();
  if (!url) throw new Error('The demo Stripe simulator is not running');
  const ledger = (await (await fetch(new URL('/__sim/ledger', url))).json()) as {
    paymentIntents: { amount: number; status: string; amount_received: number }[];
  };
  return ledger.paymentIntents;
}

/** How the list says when a card expires: month and two-digit year. */
const expiryPattern = /expires \d{2}\/\d{2}/;

describe('cards on file at the counter (demo mode)', () => {
  it('saves a card at the demo reader: a check of €1.00 is authorized, released, and the card is listed', async () => {
    await cardSettings((prefs) => prefs.getByLabel('Check amount (EUR)').fill('1.00'), 'card-settings');
    await openErikasCards();
    await atEveryScreenSize(app, page, 'cards-on-file-empty');
    await atTheReader();
    await atEveryScreenSize(app, page, 'cards-on-file-reader');

    await cardsDialog().getByRole('button', { name: 'Present a Visa card' }).click();
    await expect.poll(() => setupState().textContent(), { timeout: 15_000 }).toBe('Card saved');
    const steps = cardsDialog().locator('.card-setup__step');
    expect(await steps.allTextContents()).toEqual([
      '✓The customer taps or inserts the card',
      '✓A check of €1.00 is authorized',
      '✓The check is released (nothing is charged)',
      '✓The card is saved',
    ]);
    expect(await cardsDialog().getByTestId('card-setup-result').textContent()).toBe(
      'Saved: Visa ending 4242. The check of €1.00 was released.',
    );
    await atEveryScreenSize(app, page, 'cards-on-file-saved');

    // At Stripe: the check was authorized for 1.00 and canceled; nothing was charged.
    const intents = await simulatorPaymentIntents();
    expect(intents).toHaveLength(1);
    expect(intents[0]).toMatchObject({ amount: 100, status: 'canceled', amount_received: 0 });

    await cardsDialog().getByRole('button', { name: 'Back to the cards' }).click();
    await expect.poll(() => savedCards().count()).toBe(1);
    const listed = (await savedCards().textContent()) ?? '';
    expect(listed).toContain('Visa');
    expect(listed).toContain('•••• 4242');
    expect(listed).toMatch(expiryPattern);
    await atEveryScreenSize(app, page, 'cards-on-file-list');

    // The same screens in Bulgarian, at the smallest counter screen.
    await page.keyboard.press('Escape');
    await page.getByTestId('language-button').click();
    await page.getByRole('menuitemradio', { name: 'Български' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('bg');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('button', { name: 'Запазени карти на Erika Mustermann' }).click();
    const bg = page.getByRole('dialog', { name: 'Запазени карти — Erika Mustermann' });
    await expect.poll(() => bg.getByTestId('saved-card').count()).toBe(1);
    expect(await layoutProblems(page)).toEqual([]);
    await app.screenshot(page, 'cards-on-file-list-bg-1024');
    await bg.getByRole('button', { name: 'На четеца' }).click();
    await expect
      .poll(() => bg.getByTestId('card-setup-state').textContent(), { timeout: 10_000 })
      .toBe('Чака се картата на четеца');
    expect(await layoutProblems(page)).toEqual([]);
    await app.screenshot(page, 'cards-on-file-reader-bg-1024');
  });

  it('saves a card through the Stripe-hosted page the customer completes on their phone', async () => {
    await openErikasCards();
    await cardsDialog().getByRole('button', { name: 'By link or QR code' }).click();
    await expect
      .poll(() => setupState().textContent(), { timeout: 10_000 })
      .toBe('Waiting for the customer to save the card on the page');
    await expect
      .poll(() => cardsDialog().getByRole('img', { name: 'QR code of the page to save a card' }).count())
      .toBe(1);
    const url = await page.locator('#card-link-url').inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/c\/pay\/cs_test_/);
    await atEveryScreenSize(app, page, 'cards-on-file-link');

    // The customer, on their phone: the hosted page asks for the card and (the owner's default) the address.
    const phone = await page.context().newPage();
    await phone.goto(url);
    await phone.getByLabel('Card number').fill('4242 4242 4242 4242');
    await phone.getByLabel('Name on card').fill('Erika Mustermann');
    await phone.getByLabel('Address').fill('Hauptstraße 1');
    await phone.getByLabel('Postal code').fill('10115');
    await phone.getByLabel('City').fill('Berlin');
    await phone.getByLabel('Country (two letters)').fill('DE');
    await phone.getByRole('button', { name: 'Save card' }).click();
    await expect
      .poll(() => phone.getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('Card saved');
    await phone.close();

    // The till sees it by itself: no click needed.
    await expect.poll(() => setupState().textContent(), { timeout: 15_000 }).toBe('Card saved');
    expect(await cardsDialog().getByTestId('card-setup-result').textContent()).toBe(
      'Saved: Visa ending 4242.',
    );
    await cardsDialog().getByRole('button', { name: 'Back to the cards' }).click();
    await expect.poll(() => savedCards().count()).toBe(1);
    expect(await savedCards().textContent()).toContain('•••• 4242');
  });

  it('a card of a brand the owner does not accept, or that fails the check, is refused in words and not kept', async () => {
    await cardSettings(async (prefs) => {
      await prefs.getByLabel('Mastercard').uncheck();
      await prefs.getByLabel('Check amount (EUR)').fill('1.00');
    });
    await openErikasCards();
    await atTheReader();
    await cardsDialog().getByRole('button', { name: 'Present a Mastercard' }).click();
    await expect.poll(() => setupState().textContent(), { timeout: 15_000 }).toBe('Card not saved');
    expect(await cardsDialog().getByTestId('card-setup-reason').textContent()).toBe(
      'This till does not accept Mastercard cards, so the card was not kept. Ask for a card of another brand.',
    );
    await app.screenshot(page, 'cards-on-file-refused');
    await cardsDialog().getByRole('button', { name: 'Back to the cards' }).click();

    // A Visa the bank declines when charged: the check finds it out, and the card goes.
    await atTheReader();
    await cardsDialog().getByRole('button', { name: 'Present a card the bank declines' }).click();
    await expect.poll(() => setupState().textContent(), { timeout: 15_000 }).toBe('Card not saved');
    expect(await cardsDialog().getByTestId('card-setup-reason').textContent()).toBe(
      'The check on the card was declined, so the card was not kept: Declined by the card issuer. Ask for another card or another way to pay.',
    );
    expect(await cardsDialog().locator('.card-setup__step--failed').allTextContents()).toEqual([
      '✗A check of €1.00 is authorized',
      '✗The card is saved',
    ]);
    await cardsDialog().getByRole('button', { name: 'Back to the cards' }).click();
    await expect.poll(() => cardsDialog().textContent()).toContain('No card saved yet');
    expect(await savedCards().count()).toBe(0);
  });

  it('the cashier stops waiting for the card at the reader: nothing is saved', async () => {
    await openErikasCards();
    await atTheReader();
    await cardsDialog().getByRole('button', { name: 'Stop waiting for the card' }).click();
    await expect.poll(() => setupState().textContent(), { timeout: 10_000 }).toBe('Canceled');
    await cardsDialog().getByRole('button', { name: 'Back to the cards' }).click();
    await expect.poll(() => cardsDialog().textContent()).toContain('No card saved yet');
  });

  it('removes a card after the cashier confirms: it is gone from the list', async () => {
    await openErikasCards();
    await atTheReader();
    await cardsDialog().getByRole('button', { name: 'Present a Visa card' }).click();
    await expect.poll(() => setupState().textContent(), { timeout: 15_000 }).toBe('Card saved');
    await cardsDialog().getByRole('button', { name: 'Back to the cards' }).click();
    await expect.poll(() => savedCards().count()).toBe(1);

    await cardsDialog().getByRole('button', { name: 'Remove Visa ending 4242' }).click();
    const confirm = cardsDialog().getByRole('alertdialog', { name: 'Remove' });
    expect(await confirm.textContent()).toContain(
      'Remove Visa ending 4242? It is removed at Stripe too and can no longer be charged.',
    );
    await app.screenshot(page, 'cards-on-file-remove');
    await confirm.getByRole('button', { name: 'Remove the card' }).click();
    await expect.poll(() => cardsDialog().textContent()).toContain('No card saved yet');

    // That the card is detached at Stripe too is checked against the simulator in cards-on-file.test.ts
    // (integration): here, what the cashier sees.
  });
});
