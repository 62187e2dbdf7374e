/**
 * Charging a card on file later (issue 13.4/13.5), as a cashier does it: the customer's saved card, "Card on file"
 * on the payment screen, "Charge later…", a date and time; a time that has passed is refused in words and nothing
 * is saved; a time tomorrow is scheduled, the sale is kept open, and the owner sees the charge waiting in
 * Preferences → Autopilot. Screens at 1024×768 in English and Bulgarian.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { readyForCards, saveVisaAtDemoReader } from './support/card.ts';
import { openPreferences, section } from './support/staff.ts';
import { cartLineTexts, kassa, recordedOrders, tapProduct } from './support/till.ts';
import { languageNames, type Language } from '../../src/shared/i18n/languages.ts';
import type { Customer } from '../../src/shared/ipc/customers.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened), readyForCards);

/** Erika with a Visa saved at the demo reader. */
async function erikaWithVisa(): Promise<void> {
  const created = await kassa<Customer>(page, 'customers.create', { name: 'Erika Mustermann' });
  if (!created.ok) throw new Error(created.error.message);
  await saveVisaAtDemoReader(page, created.value.id);
}

async function chooseLanguage(language: Language): Promise<void> {
  await page.getByTestId('language-button').click();
  await page.getByRole('menuitemradio', { name: languageNames[language] }).click();
  await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe(language);
}

/** A `datetime-local` value on this computer's clock, `ms` from now. */
function localInput(ms: number): string {
  const d = new Date(Date.now() + ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

describe('charging a card on file later (demo mode)', () => {
  it('refuses a time that has passed, schedules one tomorrow, and the owner sees it in the Autopilot view', async () => {
    await erikaWithVisa();
    await page.setViewportSize({ width: 1024, height: 768 });
    await tapProduct(page, 'Sourdough Loaf'); // 3.89
    await expect.poll(() => cartLineTexts(page)).toHaveLength(1);
    await page.keyboard.press('F4');
    await page.getByRole('button', { name: 'Customer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Customer for this order' });
    await dialog.getByRole('searchbox').fill('Erika');
    await dialog.getByRole('button', { name: /Erika Mustermann/ }).click();
    await expect.poll(() => page.getByTestId('order-customer').textContent()).toContain('Erika Mustermann');
    await page.getByRole('radio', { name: 'Card on file' }).click({ timeout: 10_000 });
    await page.getByTestId('schedule-charge-open').click();
    const when = page.locator('#schedule-when');

    // Nothing typed, then a time that has passed: refused in words, nothing saved.
    await page.getByTestId('schedule-charge-submit').click();
    await expect
      .poll(() => page.getByTestId('schedule-charge').getByRole('alert').textContent())
      .toBe('Enter the date and time of the charge.');
    await when.fill(localInput(-60 * 60_000));
    await page.getByTestId('schedule-charge-submit').click();
    await expect
      .poll(() => page.getByTestId('schedule-charge').getByRole('alert').textContent())
      .toBe('That time has already passed. Choose a date and time in the future.');
    expect(await recordedOrders(page)).toEqual([]);
    await app.screenshot(page, 'charge-later-1024');

    // Tomorrow: scheduled; the sale is kept open for it.
    await when.fill(localInput(24 * 60 * 60_000));
    await page.getByTestId('schedule-charge-submit').click();
    await expect
      .poll(() => page.getByTestId('schedule-charge-done').textContent(), { timeout: 10_000 })
      .toMatch(/^€3\.89 will be charged to VISA •••• 4242 on .+\. The sale stays open until then/);
    await app.screenshot(page, 'charge-later-scheduled-1024');
    const [order] = await recordedOrders(page);
    expect(order).toMatchObject({ status: 'open', total: 389 });
    await page.getByRole('button', { name: 'Next sale' }).click();
    await expect.poll(() => cartLineTexts(page)).toHaveLength(0);

    // The owner sees it waiting in Preferences → Autopilot.
    const prefs = await openPreferences(app, page);
    await section(prefs, 'Autopilot');
    const row = prefs.getByTestId('autopilot-task');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Charge card on file');
    expect(await row.textContent()).toContain('€3.89');
    await prefs.close();

    // The panel reads at 1024×768 in Bulgarian too.
    await chooseLanguage('bg');
    await tapProduct(page, 'Sourdough Loaf');
    await page.keyboard.press('F4');
    await page.getByRole('button', { name: 'Клиент', exact: true }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('Erika');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Erika Mustermann/ })
      .click();
    await page.getByRole('radio', { name: 'Запазена карта' }).click({ timeout: 10_000 });
    await page.getByTestId('schedule-charge-open').click();
    await page.getByTestId('schedule-charge-submit').click();
    await expect
      .poll(() => page.getByTestId('schedule-charge').getByRole('alert').textContent())
      .toBe('Въведете дата и час на таксуването.');
    await app.screenshot(page, 'charge-later-bg-1024');
  });
});
