/**
 * The till in each of its six languages: the display language is switched from the header (two taps); a cash
 * sale is rung up and paid, a card payment is approved on the demo reader and refunded from the history, and
 * the preferences are opened and changed (a refused field, then a save), all in that language; and at
 * 1366 × 768 and 1024 × 768 the header's and the payment screen's buttons sit side by side with no text cut
 * off. One launch per language carries all the journeys, since each launch costs seconds. A declined card is
 * worded in the cashier's language (two languages). Screenshots per language go to docs/screenshots/ with KASSA_SCREENSHOTS=1
 * (otherwise to a temporary directory, so a test run leaves the work tree clean).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { loadTranslator } from '../../src/shared/i18n/catalogs.ts';
import { languageNames, languages, type Language } from '../../src/shared/i18n/languages.ts';
import type { Translator } from '../../src/shared/i18n/translate.ts';
import { counterViewport, screenshotDir, type KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { cartLineTexts, euro, tapProduct } from './support/till.ts';
import { cardState, demoCardMethod, sendButton, waitForDemoCard } from './support/card.ts';
import { demoOwner } from './support/staff.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened));

const shots =
  process.env.KASSA_SCREENSHOTS === '1' ? screenshotDir : mkdtempSync(join(tmpdir(), 'kassa-langs-'));
mkdirSync(shots, { recursive: true });

const viewports = [counterViewport, { width: 1024, height: 768 }] as const;

/** Two taps: the language button, then the language in its own name. */
async function chooseLanguage(language: Language): Promise<void> {
  await page.getByTestId('language-button').click();
  await page.getByRole('menuitemradio', { name: languageNames[language] }).click();
  // The first switch to a language loads its catalog: on a loaded machine that can take a few seconds.
  await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe(language);
}

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxesOf(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.textContent?.trim() ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );
}

const intersect = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** No two of the boxes overlap, and each lies within the window's width. */
function expectApart(boxes: Box[], width: number, where: string): void {
  for (const [i, a] of boxes.entries()) {
    expect(a.x, `${where}: “${a.name}” starts off the screen`).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width, `${where}: “${a.name}” runs off the screen`).toBeLessThanOrEqual(width + 0.5);
    for (const b of boxes.slice(i + 1)) {
      expect(intersect(a, b), `${where}: “${a.name}” overlaps “${b.name}”`).toBe(false);
    }
  }
}

/** Texts whose box is narrower than the text in it (cut off, or hidden under an ellipsis). */
async function clippedTexts(locator: Locator): Promise<string> {
  const clipped = await locator.evaluateAll((elements) =>
    elements
      .filter((e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1)
      .map((e) => `${e.className}: “${e.textContent?.trim() ?? ''}” ${e.scrollWidth} > ${e.clientWidth}`),
  );
  return clipped.join(' | ');
}

async function checkHeader(width: number, language: Language): Promise<void> {
  const header = page.locator('.header');
  const parts = header.locator(
    '.header__brand, .header__demo, .header__nav > button, .language__button, .header__staff, .header__clock',
  );
  expectApart(await boxesOf(parts), width, `${language} header at ${width}`);
  // The store's name may end in an ellipsis below 1280 pixels (by design); a label on a button may not.
  const texts = header.locator('button, button *, .header__demo');
  expect(await clippedTexts(texts), `${language} header at ${width}: clipped`).toBe('');
}

async function checkPaymentScreen(width: number, language: Language): Promise<void> {
  const pay = page.locator('.pay');
  const buttons = pay.locator(
    '.methods [role="radio"], .pay__back, .pay__fields input, .quick-tender__amount, .keypad__key, button.button--pay',
  );
  expectApart(await boxesOf(buttons), width, `${language} payment screen at ${width}`);
  expect(await clippedTexts(pay.locator('button, button *, label')), `${language} payment at ${width}`).toBe(
    '',
  );
}

type Say = Translator['t'];

/** A loaf rung up, and the demo card method sent to the reader, which then waits for the card. */
async function ringUpAndSendCard(t: Say): Promise<void> {
  await tapProduct(page, 'Sourdough Loaf'); // 3.89
  await expect.poll(() => cartLineTexts(page)).toEqual(['Sourdough Loaf']);
  await page.keyboard.press('F4');
  await page.getByRole('radio', { name: demoCardMethod }).click(); // the shop's own name for the method
  await expect.poll(() => sendButton(page).textContent()).toContain(t('card.send'));
  await sendButton(page).click();
  await expect
    .poll(() => cardState(page).textContent(), { timeout: 10_000 })
    .toBe(t('card.state.waiting_for_card'));
}

async function cardSaleApproved(t: Say): Promise<void> {
  await waitForDemoCard(page);
  await ringUpAndSendCard(t);
  await page.getByRole('button', { name: t('card.presentApprove') }).click();
  await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => page.getByText(t('done.title'), { exact: true }).count()).toBe(1);
  await page.keyboard.press('Enter'); // New sale
  await expect.poll(() => cartLineTexts(page)).toEqual([]);
}

/** The history's newest order (the card sale) refunded in full to the card. */
async function refundNewestCardSale(t: Say): Promise<void> {
  await page.keyboard.press('F8');
  const row = page.getByTestId('history-row').first();
  await expect.poll(() => row.locator('.status').textContent()).toBe(t('status.paid'));
  await row.click();
  const refunds = page.getByTestId('card-refunds');
  await refunds.getByRole('button', { name: t('refund.action'), exact: true }).click();
  await expect.poll(() => refunds.getByLabel(t('refund.amount')).inputValue()).toBe('3.89');
  await refunds.getByRole('button', { name: t('refund.confirm', { amount: euro(389) }) }).click();
  await expect
    .poll(() => row.locator('.status').textContent(), { timeout: 10_000 })
    .toBe(t('status.refunded'));
}

/** The owner opens the preferences from the till, and a store name left empty is refused in words, then saved. */
async function changePreferences(t: Say, language: Language): Promise<void> {
  const dialog = page.getByRole('dialog', { name: t('prefsOpen.title') });
  await page.getByRole('button', { name: t('header.preferences'), exact: true }).click();
  await dialog.locator('#preferences-pin').fill(demoOwner.pin);
  await dialog.getByRole('button', { name: t('prefsOpen.submit') }).click();
  const prefs = await app.window('preferences');
  await prefs.setViewportSize({ width: 1024, height: 768 });
  const sections = prefs.getByRole('navigation', { name: t('prefs.sections') });
  await sections.getByRole('button', { name: t('prefs.store.title'), exact: true }).click();
  const name = prefs.locator('#store-name');
  await name.fill('');
  await prefs.getByRole('button', { name: t('prefs.save'), exact: true }).click();
  await expect
    .poll(() => prefs.locator('#store-name-error').textContent())
    .toBe(t('check.labelRequired', { label: t('label.storeName') }));
  await name.fill(`Bäckerei ${language}`);
  await prefs.getByRole('button', { name: t('prefs.save'), exact: true }).click();
  await expect.poll(() => prefs.getByText(t('prefs.saved'), { exact: true }).count()).toBe(1);
  await prefs.screenshot({ path: join(shots, `preferences-${language}-1024.png`) });
  await prefs.close();
}

describe('the till in six languages', () => {
  const words = new Map<Language, Translator>();

  const order = (process.env.KASSA_LANGUAGES?.split(',') ?? [
    ...languages.filter((l) => l !== 'en'),
    'en',
  ]) as Language[];
  it.each(order)(
    '%s: switched from the header; a cash sale, a card sale and its refund, a preferences change; nothing overlaps or is cut off',
    async (language) => {
      if (!words.has(language)) words.set(language, await loadTranslator(language));
      const { t } = words.get(language)!;
      await chooseLanguage(language);
      const nav = page.getByRole('navigation', { name: t('header.navigation') });
      await expect.poll(() => nav.getByRole('button', { name: t('header.sell') }).count()).toBe(1);

      await tapProduct(page, 'Sourdough Loaf'); // 3.89
      await expect.poll(() => cartLineTexts(page)).toEqual(['Sourdough Loaf']);
      await expect
        .poll(() => page.locator('.cart__count').textContent())
        .toBe(t('cart.itemCount', { count: 1 }));
      for (const viewport of viewports) {
        await page.setViewportSize(viewport);
        await page.screenshot({ path: join(shots, `till-${language}-${viewport.width}.png`) });
        await checkHeader(viewport.width, language);
      }
      await page.setViewportSize(counterViewport);

      await page.keyboard.press('F4');
      await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe(euro(389));
      await expect.poll(() => page.getByText(t('pay.amountDue'), { exact: true }).count()).toBe(1);
      for (const viewport of viewports) {
        await page.setViewportSize(viewport);
        await page.screenshot({ path: join(shots, `pay-${language}-${viewport.width}.png`) });
        await checkHeader(viewport.width, language);
        await checkPaymentScreen(viewport.width, language);
      }
      await page.setViewportSize(counterViewport);

      await page.keyboard.type('5');
      await expect.poll(() => page.getByTestId('change-due').textContent()).toBe(euro(111));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByText(t('done.title'), { exact: true }).count()).toBe(1);
      await expect.poll(() => page.getByTestId('done-change').textContent()).toBe(euro(111));
      // The receipt is the customer's paper: it stays in the store's language (the demo shop's en-DE).
      await expect.poll(() => page.getByTestId('receipt').textContent()).toContain('Cash given€5.00');
      await page.screenshot({ path: join(shots, `receipt-${language}.png`) });
      await page.keyboard.press('Enter'); // New sale
      await expect.poll(() => cartLineTexts(page)).toEqual([]);

      await cardSaleApproved(t);
      await refundNewestCardSale(t);
      await changePreferences(t, language);
    },
  );

  it.each(['bg', 'es'] as const)(
    '%s: a declined card is worded in the display language',
    async (language) => {
      const { t } = await loadTranslator(language);
      await chooseLanguage(language);
      await waitForDemoCard(page);
      await ringUpAndSendCard(t);
      await page.getByRole('button', { name: t('card.presentDecline') }).click();
      await expect
        .poll(() => cardState(page).textContent(), { timeout: 10_000 })
        .toBe(t('card.state.declined'));
      await expect.poll(() => page.getByTestId('card-reason').textContent()).toBe(t('decline.issuer'));
      await page.screenshot({ path: join(shots, `declined-${language}.png`) });
    },
  );

  it('remembers the language per staff member on this till: a reload comes back in it', async () => {
    await chooseLanguage('it');
    await page.reload();
    // A reload starts the window from nothing (boot, session, the Italian catalog): give it a few seconds.
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('it');
    await expect.poll(() => page.getByRole('button', { name: 'Vendita' }).count()).toBe(1);
    await chooseLanguage('en');
  });
});
