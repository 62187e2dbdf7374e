/**
 * Child process of the cold-start benchmark: start the core, say "ready", leave. What the core would do next
 * (its background integrity check, loading the card SDKs) is not part of the start, so the child exits at once
 * rather than waiting for it; the database is in WAL mode, so leaving without closing loses nothing.
 */
import { writeSync } from 'node:fs';
import { startCore } from '../src/main/core/kassa-core.ts';
import { silentLogger } from '../src/main/core/logger.ts';

startCore({ dataDir: process.argv[2]!, log: silentLogger });
writeSync(1, 'ready\n');
process.exit(0);
