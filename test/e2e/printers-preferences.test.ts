/**
 * Preferences → Printers and receipt (issue 11, PREF-1): the owner adds a network thermal printer with what is
 * wrong said in words, prints a test page on it, makes it the receipt printer and removes it again; and sets
 * what every receipt says, which the next receipt prints. A second printer is a virtual ESC/POS printer started
 * by the test (src/sim/escpos), so the test page is read from the paper that came out.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startVirtualPrinter, type VirtualPrinter } from '../../src/sim/escpos/index.ts';
import { atEveryScreenSize } from './support/screen-sizes.ts';
import type { KassaApp } from './support/kassa-app.ts';
import { openTillForEachTest } from './support/open-till.ts';
import { openPreferences, section } from './support/staff.ts';
import { cartLineTexts, euro, kassa, tapProduct, waitForTill } from './support/till.ts';

let app: KassaApp;
let till: Page;
let prefs: Page;
let backOffice: VirtualPrinter;

openTillForEachTest(
  (opened) => ({ app, till } = opened),
  async (page, opened) => {
    await waitForTill(page);
    prefs = await openPreferences(opened, page);
    await section(prefs, 'Printers and receipt');
  },
);
beforeEach(async () => {
  backOffice = await startVirtualPrinter();
});
afterEach(async () => {
  await backOffice.close();
});

const rows = () => prefs.getByTestId('printer-row');
const row = (name: string) => rows().filter({ hasText: name });

describe('printers in Preferences', () => {
  it('the owner adds a network printer, is told what is wrong, prints a test page, makes it print the receipts and removes it', async () => {
    // The demo's virtual printer is there, reachable, printing receipts and opening the drawer.
    await expect.poll(() => rows().count()).toBe(1);
    await expect.poll(() => row('Demo printer').getByTestId('printer-condition').textContent()).toBe('Ready');
    expect(await row('Demo printer').getByTestId('printer-duties').textContent()).toBe(
      'Receipts · Drawer (pin 2)',
    );

    await prefs.getByRole('button', { name: 'Add printer' }).click();
    const form = prefs.getByRole('form', { name: 'New printer' });
    // Nothing typed: the name is asked for, in words, and nothing is saved.
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => form.locator('#printer-name-error').textContent())
      .toBe('Give the printer a name.');
    await form.getByLabel('Name', { exact: true }).fill('Back office');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => form.locator('#printer-address-error').textContent())
      .toBe('Type the printer’s address, for example 192.168.1.50:9100.');
    // A port out of range is refused by main, next to the field, with an example; nothing is reinterpreted.
    await form.getByLabel('Address').fill('127.0.0.1:99999');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => form.locator('#printer-address-error').textContent())
      .toBe(
        '“127.0.0.1:99999” is not a printer address. Write it as host or host:port, with a port from 1 to 65535 (for example 192.168.1.50:9100).',
      );
    expect(await rows().count()).toBe(1);

    await form.getByLabel('Address').fill(backOffice.address);
    await form.getByLabel('Paper').selectOption({ label: '58 mm roll' });
    await form.getByLabel('Characters a line').selectOption('32');
    await atEveryScreenSize(app, prefs, 'preferences-printer-form');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => prefs.getByTestId('printers-notice').textContent()).toBe('Back office is saved.');
    await expect.poll(() => rows().count()).toBe(2);
    expect(await row('Back office').textContent()).toContain('58 mm roll, 32 characters a line');
    expect(await row('Back office').getByTestId('printer-duties').textContent()).toBe(
      'Test pages and moved receipts',
    );

    // The test page comes out of that printer: its name and a row of digits exactly as wide as the roll.
    const testPage = backOffice.nextReceipt();
    await prefs.getByRole('button', { name: 'Print a test page on Back office' }).click();
    await expect
      .poll(() => prefs.getByTestId('printers-notice').textContent())
      .toBe('A test page is on its way to Back office.');
    const paper = await testPage;
    expect(paper.lines).toContain('12345678901234567890123456789012');
    expect(paper.lines.some((l) => l.includes('Back office'))).toBe(true);
    await expect.poll(() => row('Back office').getByTestId('printer-condition').textContent()).toBe('Ready');
    await atEveryScreenSize(app, prefs, 'preferences-printers');

    // Made the receipt printer, it takes over from the demo printer; the next sale prints there.
    await prefs.getByRole('button', { name: 'Edit Back office' }).click();
    const edit = prefs.getByRole('form', { name: 'Edit Back office' });
    await edit.getByLabel('Prints the receipts').check();
    await edit.getByLabel('Cash drawer').selectOption({ label: 'Drawer on pin 5' });
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => row('Back office').getByTestId('printer-duties').textContent())
      .toBe('Receipts · Drawer (pin 5)');
    expect(await row('Demo printer').getByTestId('printer-duties').textContent()).toBe('Drawer (pin 2)');

    const receipt = backOffice.nextReceipt();
    const pulse = backOffice.nextPulse();
    await till.bringToFront();
    await tapProduct(till, 'Sourdough Loaf');
    await expect.poll(() => cartLineTexts(till)).toEqual(['Sourdough Loaf']);
    await till.keyboard.press('F4');
    await till.keyboard.type('5');
    await till.keyboard.press('Enter');
    await expect.poll(() => till.getByTestId('done-change').textContent()).toBe(euro(111));
    expect((await receipt).lines.some((l) => l.includes('Sourdough Loaf'))).toBe(true);
    expect((await pulse).pin).toBe(5);

    // Removed after a confirmation; the audit log has each change by the owner.
    await prefs.bringToFront();
    await prefs.getByRole('button', { name: 'Remove Back office' }).click();
    const confirm = prefs.getByRole('dialog', { name: 'Remove Back office?' });
    await confirm.getByRole('button', { name: 'Remove the printer' }).click();
    await expect
      .poll(() => prefs.getByTestId('printers-notice').textContent())
      .toBe('Back office is removed.');
    await expect.poll(() => rows().count()).toBe(1);
    const audit = await kassa<{ entries: { action: string; actor: string | null }[] }>(prefs, 'audit.list', {
      limit: 50,
    });
    if (!audit.ok) throw new Error(audit.error.message);
    const printerChanges = audit.value.entries.filter((e) => e.action.startsWith('settings.printer_'));
    expect(printerChanges.map((e) => e.action).sort()).toEqual([
      'settings.printer_removed',
      'settings.printer_saved',
      'settings.printer_saved',
    ]);
    expect(new Set(printerChanges.map((e) => e.actor))).toEqual(new Set(['Demo Owner']));
  });

  it('what every receipt says is checked in words, saved, and printed on the next receipt', async () => {
    const receiptForm = prefs.getByRole('form', { name: 'What every receipt says' });
    const address = receiptForm.getByLabel('Lines under the shop’s name');
    // Five lines do not fit: refused, and nothing is cut off or saved.
    await address.fill('Marktstraße 1\n10115 Berlin\nTel. 030 1234567\nwww.example.de\nOpen every day');
    await receiptForm.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => receiptForm.locator('#receipt-address-error').textContent())
      .toBe('At most 4 lines fit under the shop’s name: remove a line or put two on one.');
    const stored = await kassa<{ address: string[] }>(prefs, 'receiptSettings.get', {});
    expect(stored.ok && stored.value.address).toEqual([]);

    await address.fill('Marktstraße 1\n10115 Berlin');
    await receiptForm.getByLabel('Tax ID').fill('DE123456789');
    await receiptForm.getByLabel('Footer').fill('Fresh bread every morning from 7');
    await receiptForm.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => receiptForm.getByRole('status').textContent()).toBe('Saved.');

    await till.bringToFront();
    await tapProduct(till, 'Sourdough Loaf');
    await expect.poll(() => cartLineTexts(till)).toEqual(['Sourdough Loaf']);
    await till.keyboard.press('F4');
    await till.keyboard.type('5');
    await till.keyboard.press('Enter');
    await expect.poll(() => till.getByTestId('done-change').textContent()).toBe(euro(111));
    const paperOf = async () => {
      const paper = await kassa<{ receipts: { lines: string[] }[] }>(till, 'printing.paper', {});
      return paper.ok ? (paper.value.receipts.at(-1)?.lines ?? []) : [];
    };
    await expect
      .poll(async () => (await paperOf()).join('\n'), { timeout: 10_000 })
      .toContain('Sourdough Loaf');
    const lines = (await paperOf()).map((l) => l.trim());
    expect(lines).toContain('Marktstraße 1');
    expect(lines).toContain('10115 Berlin');
    expect(lines).toContain('Tax ID DE123456789');
    expect(lines).toContain('Fresh bread every morning from 7');
    // The footer replaces the thank-you.
    expect(lines).not.toContain('Thank you for shopping with us');
    // The receipt on the till's screen says the same, from the same receipt model.
    const onScreen = till.getByTestId('receipt');
    await expect.poll(() => onScreen.textContent()).toContain('Tax ID DE123456789');
    for (const line of [
      'Marktstraße 1',
      '10115 Berlin',
      'Fresh bread every morning from 7',
      'Served by Demo',
    ])
      expect(await onScreen.textContent()).toContain(line);
    expect(await onScreen.textContent()).not.toContain('Thank you for shopping with us');
    expect(await onScreen.getByRole('img', { name: 'QR code' }).count()).toBe(1);
  });
});
