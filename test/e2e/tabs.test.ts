/**
 * Orders kept open for later (issue 13.3) and guarantee policies (issue 13.6), as staff use them: the owner sets
 * the policy in Preferences; the cashier keeps a tab open on a hold of the customer's saved card, adds items to
 * it later from the list of kept orders, and pays it from its hold (part of the hold is captured, the rest goes
 * back); a pickup order without a card is stopped by the policy in words until a manager types their PIN.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { readyForCards, saveVisaAtDemoReader } from './support/card.ts';
import { openPreferences, section, switchTo } from './support/staff.ts';
import { cartLineTexts, kassa, recordedOrders, tapProduct } from './support/till.ts';
import { languageNames, type Language } from '../../src/shared/i18n/languages.ts';
import type { Customer } from '../../src/shared/ipc/customers.ts';
import type { HoldView } from '../../src/shared/ipc/holds.ts';
import type { KeptOrderView } from '../../src/shared/ipc/kept-orders.ts';

let app: KassaApp;
let page: Page;
openTillForEachTest((opened) => ({ app, till: page } = opened), readyForCards);

async function newCustomer(name: string): Promise<string> {
  const created = await kassa<Customer>(page, 'customers.create', { name });
  if (!created.ok) throw new Error(created.error.message);
  return created.value.id;
}

/** Erika saved her Visa at the demo reader. */
const saveVisa = (customerId: string) => saveVisaAtDemoReader(page, customerId);

/** The owner sets one kind's rule in Preferences → Guarantee policies, and closes the window. */
async function setPolicy(
  kind: 'Tabs' | 'Orders for later pickup',
  rule: { hold?: string; card?: boolean; prepay?: string },
) {
  const prefs = await openPreferences(app, page);
  await section(prefs, 'Guarantee policies');
  const card = prefs.getByRole('region', { name: kind, exact: true });
  if (rule.hold !== undefined) await card.getByLabel('Card hold of at least (EUR)').fill(rule.hold);
  if (rule.card) await card.getByLabel('A card on file is enough').check();
  if (rule.prepay !== undefined) await card.getByLabel('Prepayment (%)').fill(rule.prepay);
  await prefs.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => prefs.getByText('Saved.').count()).toBeGreaterThan(0);
  await app.screenshot(prefs, 'guarantee-policies');
  await prefs.close();
}

async function chooseCustomer(name: string): Promise<void> {
  await page.getByRole('button', { name: 'Customer', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Customer for this order' });
  await dialog.getByRole('searchbox').fill(name.split(' ')[0]!);
  await dialog.getByRole('button', { name: new RegExp(name) }).click();
  await expect.poll(() => page.getByTestId('order-customer').textContent()).toContain(name);
}

async function chooseLanguage(language: Language): Promise<void> {
  await page.getByTestId('language-button').click();
  await page.getByRole('menuitemradio', { name: languageNames[language] }).click();
  await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe(language);
}

/** A loaf (€3.89) for Lena, the Keep dialog open on "Pickup order" with the shop's policy said as `policy`. */
async function loafForLaterPickup(policy: string) {
  await tapProduct(page, 'Sourdough Loaf');
  await chooseCustomer('Lena Vogel');
  await page.getByTestId('keep-open-start').click();
  const keep = page.getByRole('dialog', { name: 'Keep this order open' });
  await keep.getByTestId('keep-kind-pickup').click();
  await expect.poll(() => keep.getByTestId('keep-policy').textContent()).toBe(policy);
  return keep;
}

const keptOrders = async () => {
  const list = await kassa<KeptOrderView[]>(page, 'keptOrders.list', {});
  return list.ok ? list.value : [];
};

describe('a tab kept open on a hold (demo mode)', () => {
  it('opens a tab with a hold, adds lines later, captures part, and the rest is released', async () => {
    await setPolicy('Tabs', { hold: '20.00' });
    const erika = await newCustomer('Erika Mustermann');
    await saveVisa(erika);
    await page.setViewportSize({ width: 1024, height: 768 });

    await tapProduct(page, 'Sourdough Loaf'); // 3.89
    await expect.poll(() => cartLineTexts(page)).toHaveLength(1);
    await chooseCustomer('Erika Mustermann');
    await page.getByTestId('keep-open-start').click();
    const keep = page.getByRole('dialog', { name: 'Keep this order open' });
    await expect
      .poll(() => keep.getByTestId('keep-policy').textContent())
      .toBe('The shop asks for a card hold of at least €20.00.');
    await app.screenshot(page, 'tabs-keep-open');
    await keep.getByRole('button', { name: 'Hold €20.00 on VISA •••• 4242' }).click();
    await expect
      .poll(() => keep.getByTestId('keep-held').textContent())
      .toBe('€20.00 is held on VISA •••• 4242.');
    await keep.getByTestId('keep-confirm').click();
    await expect.poll(() => page.getByText('Tab kept open for Erika Mustermann.').count()).toBe(1);
    await expect.poll(() => cartLineTexts(page)).toHaveLength(0);

    // Later: Erika orders two croissants; the cashier finds her tab from the sell screen.
    await expect
      .poll(() => page.getByTestId('kept-orders-bar').textContent())
      .toContain('1 order is kept open');
    await page.getByTestId('kept-orders-open').click();
    const list = page.getByRole('dialog', { name: 'Tabs and pickup orders' });
    const row = list.getByTestId('kept-order');
    await expect.poll(() => row.textContent()).toContain('Erika Mustermann');
    expect(await row.textContent()).toContain('€3.89');
    expect(await row.textContent()).toContain('€20.00');
    await app.screenshot(page, 'tabs-list');
    await row.getByTestId('kept-add').click();
    await tapProduct(page, 'Butter Croissant');
    await tapProduct(page, 'Butter Croissant'); // 2 × 1.29
    await expect
      .poll(() => page.getByTestId('kept-adding').textContent())
      .toContain('Adding items to the tab of Erika Mustermann.');
    await app.screenshot(page, 'tabs-adding');
    await page.getByTestId('kept-add-save').click();
    await expect
      .poll(() => page.getByText('Added to the order of Erika Mustermann. It now comes to €6.47.').count())
      .toBe(1);
    const [tab] = await keptOrders();
    expect(tab).toMatchObject({ total: 647, remaining: 647, held: 2_000, lineCount: 2 });

    // The list and the adding bar read at 1024×768 in Bulgarian too.
    await chooseLanguage('bg');
    await page.getByTestId('kept-orders-open').click();
    await expect.poll(() => page.getByTestId('kept-order').textContent()).toContain('Сметка');
    await app.screenshot(page, 'tabs-list-bg');
    await page.getByTestId('kept-add').click();
    await tapProduct(page, 'Butter Croissant');
    await expect.poll(() => page.getByTestId('kept-adding').textContent()).toContain('Erika Mustermann');
    await app.screenshot(page, 'tabs-adding-bg');
    await page.getByTestId('kept-add-stop').click();
    await chooseLanguage('en');

    // Paid from the hold: €6.47 of the €20.00 is captured; the rest goes back to the card.
    await page.getByTestId('kept-orders-open').click();
    await list.getByTestId('kept-pay-hold').click();
    await expect
      .poll(() => page.getByText('€6.47 paid from the hold. The rest goes back to the card.').count())
      .toBe(1);
    const holds = await kassa<HoldView[]>(page, 'holds.forOrder', { orderId: tab!.orderId });
    expect(holds.ok && holds.value).toEqual([
      expect.objectContaining({ state: 'captured', amount: 2_000, captured: 647, orderStatus: 'paid' }),
    ]);
    await expect.poll(keptOrders).toEqual([]);

    // The same screens in Bulgarian read at 1024×768 too.
    await chooseLanguage('bg');
    await tapProduct(page, 'Sourdough Loaf');
    await page.getByTestId('keep-open-start').click();
    await expect.poll(() => page.getByTestId('keep-policy').textContent()).toContain('задържане по карта');
    await app.screenshot(page, 'tabs-keep-open-bg');
  });
});

describe('a guarantee policy at the till (demo mode)', () => {
  it('stops a pickup order without a card on file, and a manager overrides it with their PIN', async () => {
    await setPolicy('Orders for later pickup', { card: true });
    await newCustomer('Lena Vogel');
    for (const [name, role, pin] of [
      ['Anna Cashier', 'cashier', '2468'],
      ['Ben Manager', 'manager', '1357'],
    ] as const)
      await kassa(page, 'staff.save', { name, role, pin, active: true, ownerPin: '1234' });
    await switchTo(page, 'Anna Cashier', '2468');
    await page.setViewportSize({ width: 1024, height: 768 });

    const keep = await loafForLaterPickup('The shop asks for a card on file.');
    await keep.getByTestId('keep-confirm').click();

    const approval = page.getByRole('dialog', { name: 'Manager approval' });
    await expect
      .poll(() => approval.textContent())
      .toContain(
        'An order for later pickup needs a card on file. This order has €0.00 held, €0.00 paid and no card on file. A manager can keep it open anyway with their PIN.',
      );
    await app.screenshot(page, 'tabs-policy-override');
    // Nothing is kept before the manager approves, nor saved: it is no unfinished sale while the manager decides.
    expect(await keptOrders()).toEqual([]);
    expect(await recordedOrders(page)).toEqual([]);
    await approval.locator('#manager-pin').fill('1357');
    await approval.locator('button[type=submit]').click();
    await expect.poll(() => page.getByText('Pickup order kept for Lena Vogel.').count()).toBe(1);
    const [pickup] = await keptOrders();
    expect(pickup).toMatchObject({
      kind: 'pickup',
      approvedBy: 'Ben Manager',
      keptBy: 'Anna Cashier',
      total: 389,
    });
    await page.getByTestId('kept-orders-open').click();
    await expect
      .poll(() => page.getByTestId('kept-order').textContent())
      .toContain('Kept with the approval of Ben Manager');
  });
});

describe('a prepayment asked by the policy (demo mode)', () => {
  it('is taken in cash in the Keep dialog, and the pickup order is kept without a manager', async () => {
    await setPolicy('Orders for later pickup', { prepay: '50' });
    await newCustomer('Lena Vogel');
    await page.setViewportSize({ width: 1024, height: 768 });
    // Half of €3.89 is €1.95, rounded up.
    const keep = await loafForLaterPickup('The shop asks for a prepayment of 50 % (€1.95).');
    await keep.getByRole('button', { name: 'Take €1.95 in cash first' }).click();
    await expect
      .poll(() => keep.getByTestId('keep-prepaid').textContent())
      .toBe('The prepayment of €1.95 was taken in cash.');
    await app.screenshot(page, 'tabs-prepaid-1024');
    await keep.getByTestId('keep-confirm').click();
    await expect.poll(() => page.getByText('Pickup order kept for Lena Vogel.').count()).toBe(1);
    const [pickup] = await keptOrders();
    expect(pickup).toMatchObject({ kind: 'pickup', total: 389, paid: 195, remaining: 194, approvedBy: null });
  });
});
