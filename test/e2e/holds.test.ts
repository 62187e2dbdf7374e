/**
 * Holds at the counter (STO-5), as a cashier makes them in demo mode: on the payment screen "Hold an amount" puts a
 * hold on the customer's card at the demo reader; the sale is kept open; under Holds the cashier captures part of it
 * (the rest goes back to the card) or increases it. Screenshots of the new screens in English and Italian.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { chooseCard, readyForCards } from './support/card.ts';
import { atEveryScreenSize } from './support/screen-sizes.ts';
import { languageNames, type Language } from '../../src/shared/i18n/languages.ts';
import { cartLineTexts, tapProduct } from './support/till.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened), readyForCards);

const holdDialog = () => page.getByTestId('open-hold');
const holdStatus = () => page.getByTestId('open-hold-status');
const holdRows = () => page.getByTestId('hold-row');
const holdsScreen = () => page.getByTestId('holds');
const amountField = () => page.locator('#hold-amount');

interface SimIntent {
  amount: number;
  status: string;
  amount_received: number;
  amount_capturable: number;
}

/** The Stripe simulator's own record of payments (the demo's, in-process), as Stripe would show them. */
async function simulatorPaymentIntents(): Promise<SimIntent[]> {
  const url = app.host()?.core.payments.demoStripeApiUrl();
  if (!url) throw new Error('The demo Stripe simulator is not running');
  const ledger = (await (await fetch(new URL('/__sim/ledger', url))).json()) as {
    paymentIntents: SimIntent[];
  };
  return ledger.paymentIntents;
}

async function chooseLanguage(language: Language): Promise<void> {
  await page.getByTestId('language-button').click();
  await page.getByRole('menuitemradio', { name: languageNames[language] }).click();
  await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe(language);
}

/** A loaf rung up (€3.89), the payment screen open on the demo card method, and the hold dialog open. */
async function saleWithHoldDialog(): Promise<void> {
  await tapProduct(page, 'Sourdough Loaf');
  await expect.poll(() => cartLineTexts(page)).toHaveLength(1);
  await page.keyboard.press('F4');
  await chooseCard(page);
  await page.getByTestId('open-hold-button').click();
  await amountField().waitFor();
}

/** Holds `amount` at the demo reader with a Visa card; `shots` names the pictures of the steps. */
async function holdWithVisa(amount: string, shots?: string): Promise<void> {
  await amountField().fill(amount);
  if (shots) await atEveryScreenSize(app, page, `${shots}-amount`);
  await page.getByTestId('open-hold-submit').click();
  await expect.poll(() => holdStatus().getAttribute('data-state'), { timeout: 10_000 }).toBe('waiting');
  if (shots) await atEveryScreenSize(app, page, `${shots}-waiting`);
  await page.getByTestId('hold-demo-visa').click();
  await expect.poll(() => holdStatus().getAttribute('data-state'), { timeout: 10_000 }).toBe('held');
  if (shots) await atEveryScreenSize(app, page, `${shots}-held`);
}

/** Done; the sale is kept open for later; the cashier goes to Holds and picks the one hold. */
async function keepOpenAndPickTheHold(words: { voidSale: string; keepOpen: string }): Promise<void> {
  await page.getByTestId('open-hold-done').click();
  await page.getByRole('button', { name: words.voidSale }).click();
  await page.getByRole('button', { name: words.keepOpen }).click();
  await page.getByTestId('holds-tab').click();
  await expect.poll(() => holdRows().count()).toBe(1);
  await holdRows().first().click();
  await page.getByTestId('hold-state').waitFor();
}

const english = { voidSale: 'Void sale', keepOpen: 'Keep the sale open' };

describe('holds at the counter (demo mode)', () => {
  it('opens a hold at the demo reader, captures part, and the rest is released', async () => {
    expect(await page.getByTestId('holds-tab').count()).toBe(0);
    await saleWithHoldDialog();
    // An amount that is not one is refused in words, and nothing is held.
    await amountField().fill('twenty');
    await page.getByTestId('open-hold-submit').click();
    await expect.poll(() => holdDialog().getByRole('alert').textContent()).toMatch(/[a-z]{4,}/);
    await amountField().fill('0');
    await page.getByTestId('open-hold-submit').click();
    await expect.poll(() => holdDialog().getByRole('alert').textContent()).toContain('greater than zero');
    expect(await simulatorPaymentIntents()).toEqual([]);

    await holdWithVisa('20.00', 'hold-open');
    expect(await page.getByTestId('open-hold-result').textContent()).toBe(
      '€20.00 is held on Visa •••• 4242. Capture or release it under Holds.',
    );
    await keepOpenAndPickTheHold(english);
    expect(await holdRows().first().textContent()).toContain('€20.00');
    await atEveryScreenSize(app, page, 'holds-list');

    // The order owes €3.89: that part of the €20.00 is captured, the other €16.11 goes back to the card.
    expect(await page.getByTestId('hold-amount').inputValue()).toBe('3.89');
    await holdsScreen().getByRole('button', { name: 'Capture', exact: true }).click();
    await expect
      .poll(() => holdsScreen().getByRole('status').textContent(), { timeout: 10_000 })
      .toBe('€3.89 captured; the other €16.11 was released back to the card.');
    const [intent] = await simulatorPaymentIntents();
    expect(intent).toMatchObject({ amount: 2_000, status: 'succeeded', amount_received: 389 });
    await expect.poll(() => holdRows().count()).toBe(0);
  });

  it('increases a reader hold', async () => {
    await saleWithHoldDialog();
    await holdWithVisa('10.00');
    await keepOpenAndPickTheHold(english);
    await page.getByTestId('hold-amount').fill('25.00');
    await holdsScreen().getByRole('button', { name: 'Increase', exact: true }).click();
    await expect
      .poll(() => holdsScreen().getByRole('status').textContent(), { timeout: 10_000 })
      .toBe('The hold is now €25.00.');
    await expect.poll(() => holdRows().first().textContent()).toContain('€25.00');
    const [intent] = await simulatorPaymentIntents();
    expect(intent).toMatchObject({ amount: 2_500, status: 'requires_capture', amount_capturable: 2_500 });
  });

  it('reads in Italian at every counter size', async () => {
    await chooseLanguage('it');
    await saleWithHoldDialog();
    await holdWithVisa('20,00', 'hold-open-it');
    expect(await page.getByTestId('open-hold-result').textContent()).toContain(
      'è bloccato su Visa •••• 4242',
    );
    await keepOpenAndPickTheHold({ voidSale: 'Annulla vendita', keepOpen: 'Tieni aperta la vendita' });
    await atEveryScreenSize(app, page, 'holds-list-it');
  });
});
