/**
 * Payment methods set up in the preferences reach the till (PREF-2, STT-1, TILL-5): a method for a newly
 * registered Stripe reader takes a card payment, and an "identify customer" method is offered only once the
 * cashier has put a customer on the order.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Order } from '../../src/shared/ipc/orders.ts';
import type { StripeReader } from '../../src/shared/ipc/stripe-terminal.ts';
import type { KassaApp } from './support/kassa-app.ts';
import { openPreferencesForEachTest } from './support/open-till.ts';
import { cardState, presentCard, sendAndWait } from './support/card.ts';
import { section } from './support/staff.ts';
import { kassa, recordedOrders, tapProduct } from './support/till.ts';

let app: KassaApp;
let till: Page;
let prefs: Page;
openPreferencesForEachTest((opened) => ({ app, till, prefs } = opened));

const method = (name: string) => till.getByRole('radio', { name, exact: true });
const methodRows = () => prefs.getByTestId('method-row');

async function addMethod(fill: (form: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  await prefs.getByRole('button', { name: 'Add a payment method' }).click();
  const form = prefs.getByRole('form', { name: 'New payment method' });
  await fill(form);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
}

async function startPayment(product: string): Promise<void> {
  await tapProduct(till, product);
  await till.keyboard.press('F4');
  await till.getByTestId('amount-due').waitFor();
}

describe('payment methods from the preferences at the till', () => {
  it('a method for a newly registered Stripe reader appears on the payment screen and takes a card', async () => {
    await section(prefs, 'Stripe readers and locations');
    const register = prefs.getByRole('form', { name: 'Register a reader' });
    await register.getByLabel('Registration code').fill('simulated-wpe');
    await register.getByLabel('Label').fill('Counter 2');
    await register.getByLabel('Manager PIN').fill('1234');
    await register.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => prefs.getByTestId('reader-row').filter({ hasText: 'Counter 2' }).count()).toBe(1);
    const readers = await kassa<StripeReader[]>(prefs, 'stripeTerminal.readers', {});
    if (!readers.ok) throw new Error(readers.error.message);
    const serial = readers.value.find((r) => r.label === 'Counter 2')?.serialNumber;
    if (!serial) throw new Error('The reader registered above is missing');

    await section(prefs, 'Payment methods');
    await addMethod(async (form) => {
      await form.getByLabel('Method name').fill('Card (counter 2)');
      await form.getByLabel('Payment terminal').selectOption('stripe');
      await form.getByLabel('Stripe reader serial number').fill(serial);
    });
    const row = methodRows().filter({ hasText: 'Card (counter 2)' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(serial);
    expect(await row.textContent()).toContain('Bank');

    await startPayment('Sourdough Loaf');
    await method('Card (counter 2)').click();
    await sendAndWait(till);
    await presentCard(till, 'approving');
    await expect
      .poll(() => till.getByTestId('receipt-number').textContent(), { timeout: 15_000 })
      .toBe('Order 1');
    expect(await cardState(till).count()).toBe(0);
    expect((await recordedOrders(till))[0]?.methods).toEqual(['Card (counter 2)']);
    await till.keyboard.press('Enter');
  });

  it('an "identify customer" method appears only once a customer is on the order, and the order keeps the customer', async () => {
    await section(prefs, 'Payment methods');
    await addMethod(async (form) => {
      await form.getByLabel('Method name').fill('On account');
      await form.getByLabel('Identify customer').check();
    });
    await expect
      .poll(() => methodRows().filter({ hasText: 'On account' }).textContent())
      .toContain('Required');

    await startPayment('Butter Croissant');
    await expect.poll(() => method('Cash').count()).toBe(1);
    expect(await method('On account').count()).toBe(0);

    await till.getByRole('button', { name: 'Customer', exact: true }).click();
    const dialog = till.getByRole('dialog', { name: 'Customer for this order' });
    await dialog.getByRole('searchbox').fill('Erika');
    await expect.poll(() => dialog.textContent()).toContain('No customer matches “Erika”');
    await dialog.getByRole('button', { name: 'New customer' }).click();
    const create = dialog.getByRole('form', { name: 'New customer' });
    expect(await create.getByLabel('Name').inputValue()).toBe('Erika');
    await create.getByLabel('Name').fill('Erika Mustermann');
    await create.getByLabel('E-mail').fill('erika@example');
    await create.getByRole('button', { name: 'Add to the order' }).click();
    await expect
      .poll(() => create.locator('#customer-email-error').textContent())
      .toContain('name@example.com');
    await create.getByLabel('E-mail').fill('erika@example.com');
    await create.getByRole('button', { name: 'Add to the order' }).click();

    await expect.poll(() => till.getByTestId('order-customer').textContent()).toContain('Erika Mustermann');
    await expect.poll(() => method('On account').count()).toBe(1);

    // Taken off again, the method goes with the customer.
    await till.getByRole('button', { name: 'Take Erika Mustermann off the order' }).click();
    await expect.poll(() => method('On account').count()).toBe(0);

    // Found again by e-mail, put back on, and paid on account.
    await till.getByRole('button', { name: 'Customer', exact: true }).click();
    await dialog.getByRole('searchbox').fill('erika@');
    await dialog.getByRole('button', { name: /Erika Mustermann/ }).click();
    await method('On account').click();
    await till.getByTestId('take-payment').click();
    await expect.poll(() => till.getByTestId('receipt-number').textContent()).toBe('Order 1');

    const [latest] = await recordedOrders(till);
    const order = await kassa<Order>(till, 'orders.get', { orderId: latest?.id });
    expect(order.ok && order.value.customer?.name).toBe('Erika Mustermann');
    expect(order.ok && order.value.payments.map((p) => p.methodName)).toEqual(['On account']);

    // The next sale starts without a customer, so the method is gone again.
    await till.keyboard.press('Enter');
    await startPayment('Pretzel');
    expect(await method('On account').count()).toBe(0);
    await till.keyboard.press('Escape');

    await prefs.locator('#prefs-main').evaluate((main) => main.scrollTo(0, 0));
    await app.screenshot(prefs, 'preferences-methods');
  });
});
