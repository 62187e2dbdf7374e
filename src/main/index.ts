/**
 * The Electron main entry (bundled to out/main/index.js). The windows and the preload are built next to it,
 * in out/renderer and out/preload. The headless host is deliberately not reachable from here, so it never
 * ends up in the packaged app.
 */
import { join } from 'node:path';
import { startKassaApp } from './app/bootstrap.ts';

void startKassaApp({
  rendererDir: join(import.meta.dirname, '../renderer'),
  preloadFile: join(import.meta.dirname, '../preload/index.cjs'),
});
