import { startCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { generateCatalog } from '../fixtures/large-catalog.ts';
import { seededRandom } from '../../src/sim/rng.ts';
import { percentile, round, timeRuns } from '../stats.ts';
import { benchDir } from './bench-dir.ts';

/**
 * Search-as-you-type on a 100k-product catalog, through the core as the till calls it: 1–4 character
 * prefixes of words in product names, and full barcodes. The naive baseline scans every name with LIKE.
 */
export async function catalogSearchSuite(
  size = 100_000,
  queriesPerKind = 200,
): Promise<Record<string, number>> {
  const core = startCore({ dataDir: benchDir('catalog'), log: silentLogger });
  const { barcodes, names } = generateCatalog(core.db, size);
  const random = seededRandom(7);
  const queries: string[] = [];
  for (let i = 0; i < queriesPerKind; i++) {
    const words = names[Math.floor(random() * names.length)]!.split(' ');
    const word = words[Math.floor(random() * words.length)]!;
    queries.push(word.slice(0, 1 + (i % 4)));
    queries.push(barcodes[Math.floor(random() * barcodes.length)]!);
  }
  const search = await timeRuns(queries.length, 20, async (i) => {
    const query = queries[Math.max(0, i)]!;
    const result = await core.dispatch('catalog.search', { query, limit: 40 }, { window: 'till' });
    if (!result.ok || (result.value as unknown[]).length === 0) throw new Error(`no result for ${query}`);
  });
  const naive = core.db.prepare(
    `SELECT id, name, price FROM products WHERE active = 1 AND lower(name) LIKE '%' || lower(?) || '%' ORDER BY name LIMIT 40`,
  );
  const scans = await timeRuns(queries.length, 5, (i) => naive.all(queries[Math.max(0, i)]!));
  await core.close();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    catalog_search_p50_ms_100k: round(percentile(search, 50)),
    catalog_search_p95_ms_100k: round(percentile(search, 95)),
    catalog_search_speedup_vs_scan: round(mean(scans) / mean(search), 1),
  };
}
