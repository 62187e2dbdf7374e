/**
 * Preferences → Printers and receipt (PREF-1, PREF-4): what every receipt says is the owner's, checked in the
 * owner's words with nothing cut short or saved when it does not fit, saved with its audit entry, and carried by
 * the receipt model the printer, the e-mail and the till's screen all read. Printer changes need the owner too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../support/core.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { checkReceiptSettings } from '../../../src/main/core/receipts/receipt-settings.ts';
import { KassaError } from '../../../src/shared/errors.ts';

const cola = demoProducts.find((d) => d.name === 'Cola 0.33 l')!;
let kassa: PreferencesTill | undefined;
afterEach(async () => {
  await kassa?.close();
  kassa = undefined;
});

const settings = {
  address: ['Marktstraße 1', '10115 Berlin'],
  taxId: 'DE123456789',
  footer: 'Fresh bread\nevery morning',
  qr: false,
  // The Z at closing is on unless the owner turns it off.
  zAtClose: false,
};

describe('receipt settings', () => {
  it.each([
    [{ address: ['1', '2', '3', '4', '5'] }, 'address', 'err.receiptSettings.addressLines', { max: 4 }],
    [{ address: ['ok', 'x'.repeat(61)] }, 'address', 'err.receiptSettings.addressLine', { line: 2, max: 60 }],
    [{ taxId: '1'.repeat(41) }, 'taxId', 'err.receiptSettings.taxId', { max: 40 }],
    [{ footer: 'y'.repeat(301) }, 'footer', 'err.receiptSettings.footer', { max: 300 }],
  ])('refuses %j in words, naming the field', (change, field, messageKey, params) => {
    let refusal: unknown = null;
    try {
      checkReceiptSettings({ ...settings, ...change });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(KassaError);
    expect((refusal as KassaError).toShape()).toMatchObject({ field, messageKey, params });
  });

  it('counts characters as people do, and takes an empty tax id or footer as none', () => {
    // 60 Chinese characters fit a line; 40 letters a tax id.
    const chinese = '店'.repeat(60);
    expect(checkReceiptSettings({ ...settings, address: [chinese], taxId: ' ', footer: '' })).toEqual({
      address: [chinese],
      taxId: null,
      footer: null,
      qr: false,
      zAtClose: false,
    });
  });

  it('are the owner’s: saved with an audit entry, refused whole when one part does not fit, printed on the next receipt', async () => {
    kassa = preferencesTill();
    // Locked preferences: nothing is read or saved.
    expect((await kassa.prefsFail('receiptSettings.save', settings)).code).toBe('pin_required');
    await kassa.openPreferences();

    expect(await kassa.prefs('receiptSettings.save', settings)).toEqual(settings);
    expect(kassa.audit('settings.receipt_saved')).toEqual([
      expect.objectContaining({ actor: 'Demo Owner', details: JSON.stringify(settings) }),
    ]);

    const refused = await kassa.prefsFail('receiptSettings.save', {
      ...settings,
      address: ['New street 2'],
      footer: 'z'.repeat(301),
    });
    expect(refused).toMatchObject({ field: 'footer', messageKey: 'err.receiptSettings.footer' });
    expect(await kassa.prefs('receiptSettings.get', {})).toEqual(settings);
    expect(kassa.audit('settings.receipt_saved')).toHaveLength(1);

    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 119, tendered: 200 }],
    });
    const receipt = await kassa.call('receipts.forOrder', { orderId: order.id });
    expect(receipt.shop).toMatchObject({ address: settings.address, taxId: 'DE123456789' });
    expect(receipt.footer).toBe('Fresh bread\nevery morning');
    expect(receipt.qr).toBeNull();
    expect(receipt.total).toBe(119);
  });

  it('printers are changed, removed and test-printed only by the owner in Preferences', async () => {
    kassa = preferencesTill();
    const printer = {
      id: 'back',
      name: 'Back office',
      kind: 'network' as const,
      address: '127.0.0.1:9',
      columns: 42 as const,
      paperMm: 80 as const,
      codepage: 'auto' as const,
      drawerPin: null,
      receipts: false,
    };
    expect((await kassa.prefsFail('printers.save', printer)).code).toBe('pin_required');
    await kassa.openPreferences();
    await kassa.prefs('printers.save', printer);
    expect(kassa.audit('settings.printer_saved')).toEqual([expect.objectContaining({ actor: 'Demo Owner' })]);
    await kassa.prefs('preferences.close', {});
    expect((await kassa.prefsFail('printers.testPage', { id: 'back' })).code).toBe('pin_required');
    expect((await kassa.prefsFail('printers.remove', { id: 'back' })).code).toBe('pin_required');
    expect(kassa.core.printing.store.printer('back')).not.toBeNull();
  });
});
