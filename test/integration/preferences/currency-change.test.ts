import { afterEach, describe, expect, it } from 'vitest';
import { preferencesTill, type PreferencesTill } from './preferences-till.ts';
import { newId } from '../../support/core.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const cola = demoProducts.find((d) => d.name === 'Cola 0.33 l')!;
let kassa: PreferencesTill;
afterEach(async () => kassa?.close());

const brazil = { name: 'Kiosk', country: 'BR', currency: 'BRL', locale: 'pt-BR', pricesIncludeTax: true };

describe('changing the store currency (issue 15.2)', () => {
  it('says what a new currency touches, asks to confirm it once orders exist, and leaves past orders in theirs', async () => {
    kassa = preferencesTill();
    const sold = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 119 }],
    });
    await kassa.openPreferences();
    expect(await kassa.prefs('storeSettings.currencyChange', { currency: 'BRL' })).toEqual({
      from: 'EUR',
      to: 'BRL',
      recordedOrders: 1,
      openOrders: 0,
      openCardPayments: 0,
      needsConfirmation: true,
    });

    const refused = await kassa.prefsFail('storeSettings.save', brazil);
    expect(refused).toMatchObject({ code: 'conflict', field: 'currencyChangeConfirmed' });
    expect(refused.message).toContain('1 recorded order in EUR');
    expect((await kassa.call('store.info', {})).currency).toBe('EUR');

    await kassa.prefs('storeSettings.save', { ...brazil, currencyChangeConfirmed: true });
    expect((await kassa.call('store.info', {})).currency).toBe('BRL');
    expect((await kassa.call('orders.get', { orderId: sold.id })).currency).toBe('EUR');
  });

  it('needs no confirmation in a store without orders, and none to keep the currency', async () => {
    kassa = preferencesTill();
    await kassa.openPreferences();
    expect((await kassa.prefs('storeSettings.currencyChange', { currency: 'BRL' })).needsConfirmation).toBe(
      false,
    );
    await kassa.prefs('storeSettings.save', brazil);
    expect((await kassa.call('store.info', {})).currency).toBe('BRL');
  });
});
