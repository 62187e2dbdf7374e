/**
 * The Electron main entry (bundled to out/main/index.js). The windows and the preload are built next to it,
 * in out/renderer and out/preload. The headless host is deliberately not reachable from here, so it never
 * ends up in the packaged app.
 *
 * The entry turns on Node's compile cache (in userData) before it loads the rest of the app, so every start
 * after the first reads the compiled core instead of compiling it again. Electron waits for this module's
 * top-level await before it becomes ready, so startKassaApp still runs its first part before ready.
 */
import { join } from 'node:path';
import { app } from 'electron';
import { enableCompileCache } from './core/system/compile-cache.ts';

enableCompileCache(app.getPath('userData'));
const { startKassaApp } = await import('./app/bootstrap.ts');

void startKassaApp({
  rendererDir: join(import.meta.dirname, '../renderer'),
  preloadFile: join(import.meta.dirname, '../preload/index.cjs'),
});
