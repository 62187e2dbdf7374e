/**
 * Store provisioning (PREF-5): IT's store file is imported from the preferences, all or nothing. A file with a
 * mistake is refused with the place of the mistake and changes nothing; the published example imports and the
 * till turns into that shop.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StoreInfo } from '../../src/shared/ipc/store.ts';
import { openPreferencesForEachTest } from './support/open-till.ts';
import { section } from './support/staff.ts';
import { kassa } from './support/till.ts';

const example = JSON.parse(readFileSync(resolve('resources/store-config.example.json'), 'utf8')) as {
  paymentMethods: Record<string, unknown>[];
};
const files = mkdtempSync(join(tmpdir(), 'kassa-store-files-'));

function storeFile(name: string, content: string): string {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

let till: Page;
let prefs: Page;
openPreferencesForEachTest((opened) => ({ till, prefs } = opened), 'Store provisioning');

async function storeName(): Promise<string> {
  const info = await kassa<StoreInfo>(till, 'store.info', {});
  if (!info.ok) throw new Error(info.error.message);
  return info.value.name;
}

describe('importing a store configuration file', () => {
  it('refuses a file with a mistake, says where the mistake is, and changes nothing', async () => {
    const wrong = structuredClone(example);
    wrong.paymentMethods[1] = { ...wrong.paymentMethods[1], journal: 'cash' };
    await prefs
      .locator('#provisioning-file')
      .setInputFiles(storeFile('wrong-journal.json', JSON.stringify(wrong)));
    const error = prefs.getByTestId('provisioning-error');
    await expect
      .poll(() => error.textContent())
      .toContain('wrong-journal.json was not imported; nothing was changed.');
    expect(await error.textContent()).toContain('In the file at: paymentMethods[1].journal');
    expect(await error.textContent()).toContain('posts to a bank journal');

    await prefs.locator('#provisioning-file').setInputFiles(storeFile('broken.json', '{ "version": 1, '));
    await expect.poll(() => error.textContent()).toContain('This file is not JSON');

    expect(await storeName()).toBe('Kassa Demo Shop');
    expect(await till.locator('.header__store-name').textContent()).toBe('Kassa Demo Shop');
  });

  it('imports the published example: the till becomes that shop, its staff wait for their PINs', async () => {
    await prefs.locator('#provisioning-file').setInputFiles(resolve('resources/store-config.example.json'));
    const result = prefs.getByTestId('provisioning-result');
    await expect.poll(() => result.textContent()).toContain('store-config.example.json was imported.');
    const summary = (await result.textContent()) ?? '';
    for (const line of [
      'Payment methods: 3',
      'Tax rates: 3',
      'Staff members added: 3',
      'Categories: 2',
      'Products: 2',
      'New staff members have no PIN yet',
    ])
      expect(summary).toContain(line);

    await expect.poll(() => till.locator('.header__store-name').textContent()).toBe('Café Lisboa');
    expect(await storeName()).toBe('Café Lisboa');

    await section(prefs, 'Staff');
    const ines = prefs.getByTestId('staff-row').filter({ hasText: 'Inês' });
    await expect.poll(() => ines.textContent()).toContain('Not set');

    await section(prefs, 'Payment methods');
    await expect
      .poll(() => prefs.getByTestId('method-name').allTextContents())
      .toEqual(expect.arrayContaining(['Dinheiro', 'Cartão (balcão)', 'Conta cliente']));
  });
});
