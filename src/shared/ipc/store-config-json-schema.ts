import { z } from 'zod';
import { storeConfig } from './provisioning.ts';

/**
 * The store file's JSON Schema, for IT's editors and validators. It describes the file as written (`io: input`:
 * defaults may be left out); cross-field rules such as "a product's taxRateId names a tax rate" are checked by
 * Kassa on import and are not expressible here.
 */
export function storeConfigJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(storeConfig, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://kassa.example/store-config.schema.json',
    title: 'Kassa store configuration',
    description:
      'A store set up by IT (PREF-5): store, tax rates, payment methods, providers, staff names and roles. No secrets and no PINs: API keys are entered in preferences, and the owner chooses a PIN at first start.',
  };
}
