import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeConfigJsonSchema } from '../../../src/shared/ipc/store-config-json-schema.ts';
import type { StoreConfigFile } from '../../../src/shared/ipc/provisioning.ts';
import { startCore } from '../../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';
import { preferencesTill, type PreferencesTill } from './preferences-till.ts';

const example = () =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../resources/store-config.example.json'), 'utf8'),
  ) as Record<string, unknown>;

let current: PreferencesTill | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

/** Everything an import could change, as the windows see it. */
async function snapshot(kassa: PreferencesTill) {
  return {
    store: await kassa.call('store.info', {}),
    methods: await kassa.prefs('paymentMethods.all', {}),
    profiles: await kassa.prefs('stripeProfiles.list', {}),
    staff: await kassa.call('staff.list', {}),
    rates: await kassa.prefs('exchangeRates.list', {}),
    terminals: await kassa.prefs('terminalSettings.get', {}),
    categories: await kassa.call('catalog.categories', {}),
  };
}

describe('store provisioning (PREF-5)', () => {
  it('publishes the JSON Schema generated from the schema Kassa validates with', () => {
    const published = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../resources/store-config.schema.json'), 'utf8'),
    ) as unknown;
    expect(published).toEqual(storeConfigJsonSchema()); // regenerate with: node scripts/store-config-schema.ts
  });

  it('imports a store file from the preferences window: store, methods, profiles without keys, staff without PINs', async () => {
    const kassa = (current = preferencesTill());
    await kassa.openPreferences();
    const summary = await kassa.prefs('provisioning.import', { config: example() as StoreConfigFile });
    expect(summary).toEqual({ paymentMethods: 3, taxRates: 3, staffAdded: 3, categories: 2, products: 2 });

    expect(await kassa.call('store.info', {})).toMatchObject({ name: 'Café Lisboa', locale: 'pt-PT' });
    // The Stripe method waits for its profile's key: until then the till does not offer it (issue 15.16).
    expect((await kassa.call('paymentMethods.list', {})).map((m) => m.name)).toEqual([
      'Dinheiro',
      'Conta cliente',
    ]);
    const all = await kassa.prefs('paymentMethods.all', {});
    expect(all.find((m) => m.id === 'voucher')).toMatchObject({ active: false }); // kept for old orders
    expect(all.find((m) => m.id === 'card-counter')).toMatchObject({
      profileId: 'lisboa',
      terminalRef: 'WSC513105011295',
    });
    expect(await kassa.prefs('stripeProfiles.list', {})).toEqual([
      expect.objectContaining({ id: 'lisboa', production: true, active: false, secretKeyHint: null }),
    ]);
    const staff = await kassa.call('staff.list', {});
    expect(
      staff
        .filter((m) => !m.hasPin)
        .map((m) => m.name)
        .sort(),
    ).toEqual(['Inês', 'Marta', 'Rui']);
    expect((await kassa.call('catalog.byBarcode', { barcode: '2000000000305' })).name).toBe('Pastel de nata');
    expect(kassa.audit('provisioning.imported')[0]?.actor).toBe('Demo Owner');
  });

  it('refuses an invalid file with the field named, and changes nothing', async () => {
    const kassa = (current = preferencesTill());
    await kassa.openPreferences();
    const before = await snapshot(kassa);
    const broken = example();
    (broken.paymentMethods as Record<string, unknown>[])[1]!.journal = 'cash';
    const refused = await kassa.prefsFail('provisioning.import', { config: broken });
    expect(refused).toMatchObject({ code: 'invalid_request', field: 'config.paymentMethods.1.journal' });

    const badTax = example();
    (badTax.products as Record<string, unknown>[])[0]!.taxRateId = 'luxury';
    expect(await kassa.prefsFail('provisioning.import', { config: badTax })).toMatchObject({
      field: 'config.products.0.taxRateId',
    });
    const secret = {
      ...example(),
      stripeProfiles: [{ id: 'x', name: 'X', settlementCurrency: 'EUR', secretKey: 'sk_live_1' }],
    };
    expect((await kassa.prefsFail('provisioning.import', { config: secret })).code).toBe('invalid_request');
    expect(await snapshot(kassa)).toEqual(before);
  });

  it('sets up a new till from a store file at first start, and then asks for the owner PIN', async () => {
    const file = join(tempDir(), 'store-config.json');
    writeFileSync(file, JSON.stringify({ ...example(), staff: undefined }));
    const kassa = (current = preferencesTill({ storeConfigFile: file }));
    const session = await kassa.call('session.current', {});
    expect(session).toEqual({ staff: null, needsOwnerSetup: true, usingDemoPin: false, lastStaffId: null });
    expect((await kassa.call('store.info', {})).name).toBe('Café Lisboa');
    // card-counter is a Stripe method whose profile has no key yet: not offered until it can work.
    expect((await kassa.call('paymentMethods.list', {})).map((m) => m.id)).toEqual(['cash', 'on-account']);
    expect((await kassa.fail('preferences.open', { pin: '1234' })).code).toBe('pin_required');

    const owner = await kassa.call('session.setupOwner', { name: 'Inês', pin: '406080' });
    expect(owner).toMatchObject({ staff: { name: 'Inês', role: 'owner' }, needsOwnerSetup: false });
    expect((await kassa.fail('session.setupOwner', { name: 'Eve', pin: '1111' })).code).toBe('conflict');
    expect(await kassa.openPreferences('406080')).toBeTruthy();
  });

  it('gives an imported owner without a PIN their PIN at first start', async () => {
    const file = join(tempDir(), 'store-config.json');
    writeFileSync(file, JSON.stringify(example()));
    const kassa = (current = preferencesTill({ storeConfigFile: file }));
    const owner = await kassa.call('session.setupOwner', { name: 'inês', pin: '406080' });
    expect(owner.staff?.name).toBe('Inês');
    expect((await kassa.call('staff.list', {})).filter((m) => m.role === 'owner')).toHaveLength(1);
  });

  it('refuses to start from an invalid store file, naming the file and the field', () => {
    const dir = tempDir();
    const file = join(tempDir(), 'store-config.json');
    writeFileSync(file, JSON.stringify({ ...example(), version: 2 }));
    expect(() => startCore({ dataDir: dir, log: silentLogger, storeConfigFile: file })).toThrow(
      /store-config\.json is not valid: .*version/,
    );
    writeFileSync(file, '{ "version": 1, ');
    expect(() => startCore({ dataDir: tempDir(), log: silentLogger, storeConfigFile: file })).toThrow(
      /not valid JSON/,
    );
  });

  it('starts the demo shop when no store file exists', async () => {
    const kassa = (current = preferencesTill({ storeConfigFile: join(tempDir(), 'missing.json') }));
    expect((await kassa.call('store.info', {})).name).toBe('Kassa Demo Shop');
  });
});
