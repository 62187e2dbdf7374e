/**
 * npm run z:verify -- --data-dir DIR [--day YYYY-MM-DD]
 * Checks the chain of Z reports in a Kassa database (numbers without gaps, each row's SHA-256, each link to the
 * previous Z) without changing the file, and optionally prints a day's sales from the Z rows alone.
 * Exit code 0: intact; 1: the chain is broken; 2: the database could not be read.
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createShiftStore } from '../src/main/core/shifts/shift-store.ts';
import { verifyZChain } from '../src/main/core/shifts/z-chain.ts';
import { dayFromZ } from '../src/main/core/shifts/z-day.ts';
import { localDays } from '../src/main/core/exports/local-days.ts';
import { chainProblemWords } from '../src/shared/ipc/shifts.ts';
import { english } from '../src/shared/i18n/translate.ts';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, file: { type: 'string' }, day: { type: 'string' } },
});
const file = values.file
  ? resolve(values.file)
  : values['data-dir']
    ? join(resolve(values['data-dir']), 'kassa.sqlite3')
    : null;
if (!file || !existsSync(file)) {
  console.error('Give the data folder (--data-dir DIR) or the database file (--file FILE) of a Kassa till.');
  process.exit(2);
}

const db = new Database(file, { readonly: true, fileMustExist: true });
const store = createShiftStore(db);
const check = verifyZChain(store.allZ());
if (check.intact) console.log(`The chain of ${check.checked} Z reports is intact.`);
else {
  console.log(`The chain of Z reports is BROKEN (${check.checked} checked):`);
  for (const p of check.problems) {
    const words = chainProblemWords(p);
    console.log(`  till ${p.tillId}: ${english.t(words.key, words.params)}`);
  }
}
if (values.day) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.day)) {
    console.error('Give the day as YYYY-MM-DD.');
    process.exit(2);
  }
  const day = dayFromZ(store.allZ(), localDays(values.day, values.day));
  console.log(JSON.stringify({ day: values.day, ...day }, null, 2));
}
db.close();
process.exit(check.intact ? 0 : 1);
