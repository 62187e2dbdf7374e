import { resolve } from 'node:path';
import { build } from 'vite';
import { bundledInMain } from '../electron.vite.config.ts';

/**
 * Bundles a benchmark entry the way electron-vite bundles the app's main process (one ES module, our code and
 * the dependencies main bundles inlined, the rest of node_modules left external), so start-up is measured on the code that ships rather than on
 * TypeScript files stripped one by one at load time.
 */
export async function bundleForNode(entry: string, outDir = resolve('out/bench')): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: bundledInMain },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      target: 'node24',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  const name = entry.split('/').pop()!.replace(/\.ts$/, '.mjs');
  return resolve(outDir, name);
}
