import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config.ts';

const here = import.meta.dirname;

/**
 * Pure-JavaScript dependencies of main that are bundled into out/main rather than loaded from node_modules:
 * zod alone is about a hundred ES module files, and resolving, reading and linking them one by one was the
 * largest part of the core's cold start (bench: core_cold_start_vs_node_ratio). The benchmark bundles the
 * core with the same list.
 */
export const bundledInMain = ['zod', 'csv-stringify'];

/**
 * `npx electron-vite build` → out/main/index.js (ESM), out/preload/index.cjs, out/renderer/<window>/index.html.
 * Main keeps its other dependencies external (better-sqlite3 is native; electron-builder ships them from
 * node_modules). The preload bundles everything into one CommonJS file: a sandboxed preload can only
 * `require('electron')`. The renderer is the same build as `npm run build:renderer`.
 */
export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: bundledInMain },
      rolldownOptions: {
        input: { index: resolve(here, 'src/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(here, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: rendererConfig,
});
