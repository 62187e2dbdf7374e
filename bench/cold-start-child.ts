/** Child process of the cold-start benchmark: start the core, say "ready", leave. */
import { startCore } from '../src/main/core/kassa-core.ts';
import { silentLogger } from '../src/main/core/logger.ts';

const core = startCore({ dataDir: process.argv[2]!, log: silentLogger });
process.stdout.write('ready\n', () => {
  void core.close().then(() => process.exit(0));
});
