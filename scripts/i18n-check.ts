/**
 * npm run i18n:check — the catalogs' rules (scripts/i18n/check.ts) on their own; exits 1 listing each problem.
 */
import { fileURLToPath } from 'node:url';
import { checkCatalogs } from './i18n/check.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const problems = await checkCatalogs(root);
for (const p of problems) console.log(`${p.language.padEnd(5)} ${p.key}: ${p.problem}`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s) in the catalogs.`);
  process.exit(1);
}
console.log(
  'The catalogs are complete: every key in every language, plurals and placeholders as in English.',
);
