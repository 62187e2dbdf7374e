import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { simpleParser } from 'mailparser';
import type { KassaApp } from './support/kassa-app.ts';
import { openPreferencesForEachTest } from './support/open-till.ts';
import { section } from './support/staff.ts';
import { cartLineTexts, euro, tapProduct } from './support/till.ts';
import { startSmtpSink, type SmtpSink } from '../../src/sim/smtp/smtp-sink.ts';

let app: KassaApp;
let till: Page;
let prefs: Page;
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink({ credentials: { user: 'shop@example.com', password: 'mail-pass-77' } });
});
afterAll(async () => {
  await sink.close();
});
openPreferencesForEachTest((opened) => ({ app, till, prefs } = opened));

/** The owner enters the shop's mail server in Preferences (each test starts on a new data folder). */
async function setUpMailServer(): Promise<void> {
  await section(prefs, 'E-mail receipts');
  await prefs.getByLabel('Mail server (SMTP)').fill('127.0.0.1');
  await prefs.getByLabel('Port').fill(String(sink.port));
  await prefs.getByLabel('Encryption').selectOption('none');
  await prefs.getByLabel('Sender address').fill('shop@example.com');
  await prefs.getByLabel('User name').fill('shop@example.com');
  await prefs.getByLabel('Password').fill('mail-pass-77');
  await prefs.getByRole('button', { name: 'Save', exact: true }).click();
  await prefs.getByText('Send a test e-mail').first().waitFor();
}

describe('e-mail receipts from the till (issue 11.4)', () => {
  it('the owner sets up the shop’s mail server and sends a test e-mail', async () => {
    await setUpMailServer();
    await app.screenshot(prefs, 'preferences-mail');

    await prefs.getByLabel('Send the test to').fill('owner@example.com');
    await prefs.getByRole('button', { name: 'Send test e-mail' }).click();
    await expect.poll(() => prefs.getByTestId('mail-test-sent').count()).toBe(1);
    const test = await simpleParser((await sink.waitFor((m) => m.to.includes('owner@example.com'))).raw);
    expect(test.subject).toBe('Test e-mail from Kassa Demo Shop');
  });

  it('after a cash sale the cashier e-mails the receipt: it arrives with the PDF, and the till says it was sent', async () => {
    await setUpMailServer();
    await till.bringToFront();
    await tapProduct(till, 'Sourdough Loaf'); // 3.89
    await expect.poll(() => cartLineTexts(till)).toEqual(['Sourdough Loaf']);
    await till.keyboard.press('F4');
    await till.keyboard.type('5');
    await till.keyboard.press('Enter');
    await expect.poll(() => till.getByTestId('done-change').textContent()).toBe(euro(111));

    // A typo is caught before anything is queued, in words; Enter in the field does not start the next sale.
    const to = till.getByTestId('email-receipt-to');
    await to.fill('anna@example');
    await to.press('Enter');
    await expect.poll(() => till.getByRole('alert').textContent()).toContain('That is not an e-mail address');
    expect(await till.locator('.done').count()).toBe(1);

    await to.fill('anna@example.com');
    await to.press('Enter');
    await expect
      .poll(() => till.getByTestId('email-receipt-entry').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('sent');
    expect(await till.getByTestId('email-receipt-entry').textContent()).toBe('Sent to anna@example.com');
    await app.screenshot(till, 'email-receipt-sent');

    const received = await simpleParser((await sink.waitFor((m) => m.to.includes('anna@example.com'))).raw);
    expect(received.text).toContain('Sourdough Loaf');
    expect(received.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    expect(sink.messages().filter((m) => m.to.includes('anna@example.com'))).toHaveLength(1);
  });
});
