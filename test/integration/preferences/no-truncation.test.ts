import { afterEach, describe, expect, it } from 'vitest';
import { preferencesTill, type PreferencesTill } from './preferences-till.ts';

let kassa: PreferencesTill;
afterEach(async () => kassa?.close());

const store = { name: 'Kiosk', currency: 'EUR', locale: 'de-DE', pricesIncludeTax: true };

describe('main never turns what was typed into something else (issue 15.7)', () => {
  it('refuses a country that is not a code from the list, and keeps the store as it was', async () => {
    kassa = preferencesTill();
    await kassa.openPreferences();
    for (const country of ['Germany', 'GERMANY', 'GE ', 'de', 'XX', 'ZZ']) {
      const refused = await kassa.prefsFail('storeSettings.save', { ...store, country });
      expect(refused, country).toMatchObject({
        code: 'invalid_request',
        field: 'country',
        message: expect.stringContaining('Choose the country from the list.'),
      });
    }
    expect((await kassa.call('store.info', {})).country).toBe('DE');
    expect(await kassa.prefs('storeSettings.save', { ...store, country: 'GE' })).toMatchObject({
      country: 'GE',
    });
  });

  it('refuses a 10-digit PIN rather than keeping its first 8 digits', async () => {
    kassa = preferencesTill();
    const refused = await kassa.fail('staff.save', {
      name: 'Anna',
      role: 'cashier',
      pin: '1234567890',
      active: true,
      ownerPin: '1234',
    });
    expect(refused).toMatchObject({
      field: 'pin',
      message: expect.stringContaining('A PIN is 4 to 8 digits.'),
    });
    expect((await kassa.call('staff.list', {})).map((m) => m.name)).toEqual(['Demo Owner']);
  });
});
