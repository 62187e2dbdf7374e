/**
 * npm run host [-- --data-dir DIR] [--port N] [--no-build]
 * Starts the headless host (the core under plain Node) and prints the URL to open in a browser.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { enableCompileCache } from '../src/main/core/system/compile-cache.ts';
import { privateFolder } from '../src/main/core/db/private-files.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: '.kassa-data' },
    port: { type: 'string', default: '0' },
    'no-build': { type: 'boolean', default: false },
  },
});

// As the app does: the compile cache in the data folder, turned on before the core is loaded.
const dataDir = resolve(values['data-dir']);
privateFolder(dataDir);
enableCompileCache(dataDir);
const [{ startHost }, { createLogger }, { providerSettingsFromEnv }] = await Promise.all([
  import('../src/main/host/host-server.ts'),
  import('../src/main/core/logger.ts'),
  import('../src/main/core/payments/provider-settings.ts'),
]);

const rendererDir = resolve('out/renderer');
if (!values['no-build'] || !existsSync(resolve(rendererDir, 'till/index.html'))) {
  console.log('Building the windows (vite)…');
  execSync('npx vite build --config vite.renderer.config.ts --logLevel warn', { stdio: 'inherit' });
}

const host = await startHost({
  dataDir,
  port: Number(values.port),
  rendererDir,
  providers: providerSettingsFromEnv(process.env),
  storeConfigFile: resolve(process.env.KASSA_STORE_CONFIG ?? 'resources/store-config.json'),
  log: createLogger((line) => process.stderr.write(line + '\n')),
});

console.log(`\nKassa headless host is running (data: ${dataDir}).`);
console.log(`Open the till:  ${host.windowUrl('till')}`);
console.log(
  `Customer display (a second browser on the screen facing the customer): ${host.windowUrl('customer-display')}`,
);
console.log(`Stored API keys are protected by: ${host.core.secretBoxDescription}`);
console.log('The link carries a one-time token for this run. Press Ctrl-C to stop.\n');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void host.close().then(() => process.exit(0));
  });
}
