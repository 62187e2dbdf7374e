/**
 * node scripts/store-config-schema.ts
 * Writes resources/store-config.schema.json, the published JSON Schema of a store configuration file (PREF-5),
 * from the zod schema Kassa itself validates the file with, so the two cannot drift apart.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { storeConfigJsonSchema } from '../src/shared/ipc/store-config-json-schema.ts';

const target = resolve('resources/store-config.schema.json');
// Formatted like every other file in the repository, so `npm run format:check` stays quiet.
const options = (await resolveConfig(target)) ?? {};
writeFileSync(
  target,
  await format(JSON.stringify(storeConfigJsonSchema()), { ...options, filepath: target }),
);
console.log(`Wrote ${target}`);
