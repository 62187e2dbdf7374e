/** Printers in the store file (PREF-5): IT's receipt printer is set up at first start, checked like the rest. */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir, testCore } from '../../support/core.ts';
import { storeConfig } from '../../../src/shared/ipc/provisioning.ts';
import { fromZod } from '../../../src/main/core/ipc/dispatcher.ts';

const example = join(import.meta.dirname, '../../../resources/store-config.example.json');
let kassa: ReturnType<typeof testCore> | null = null;
afterEach(async () => kassa?.close());

describe('printers in the store configuration file', () => {
  it('the example file sets up its receipt printer with its paper, columns, code page and drawer', () => {
    kassa = testCore(tempDir(), undefined, { storeConfigFile: example });
    expect(kassa.core.printing.store.receiptPrinter()).toMatchObject({
      id: 'counter',
      kind: 'network',
      address: '192.168.1.50:9100',
      columns: 48,
      paper_mm: 80,
      codepage: 'auto',
      drawer_pin: 2,
    });
  });

  it('refuses a file with two receipt printers or a width no printer has, naming the field', () => {
    const config = JSON.parse(readFileSync(example, 'utf8')) as { printers: Record<string, unknown>[] };
    const two = { ...config, printers: [config.printers[0], { ...config.printers[0], id: 'second' }] };
    expect(fromZod(storeConfig.safeParse(two).error!).message).toBe(
      'Only one printer can print the receipts: set "receipts": true on one of them.',
    );
    const wide = { ...config, printers: [{ ...config.printers[0], columns: 40 }] };
    expect(storeConfig.safeParse(wide).error?.issues[0]?.path).toEqual(['printers', 0, 'columns']);
    const file = join(tempDir(), 'store.json');
    writeFileSync(file, JSON.stringify(two));
    expect(() => testCore(tempDir(), undefined, { storeConfigFile: file })).toThrow();
  });
});
