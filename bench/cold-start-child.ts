/**
 * Child process of the cold-start benchmark: start the core the way the app's entry does (Node's compile cache
 * turned on in the data folder first, the core loaded after), say "ready", leave. What the core would do next
 * (its background integrity check, loading the card SDKs) is not part of the start, so the child exits at once
 * rather than waiting for it; the database is in WAL mode, so leaving without closing loses nothing. The
 * compiled code is written to the cache after "ready", as the app's is while it runs.
 */
import { writeSync } from 'node:fs';
import { enableCompileCache, flushCompileCache } from '../src/main/core/system/compile-cache.ts';

const dataDir = process.argv[2]!;
enableCompileCache(dataDir);
const [{ startCore }, { silentLogger }] = await Promise.all([
  import('../src/main/core/kassa-core.ts'),
  import('../src/main/core/logger.ts'),
]);

startCore({ dataDir, log: silentLogger });
writeSync(1, 'ready\n');
flushCompileCache();
process.exit(0);
