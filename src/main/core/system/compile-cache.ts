import module from 'node:module';
import { join } from 'node:path';

/** The folder, inside the data folder, where Node keeps the compiled code of the app between starts. */
export const compileCacheFolder = 'compile-cache';

/**
 * Turns on Node's compile cache in the data folder, so every start after the first loads the core's compiled
 * code instead of compiling the bundle again (about a third of a till's start). Only modules loaded after this
 * call are cached, so an entry calls it first and imports the rest of the app afterwards. A cache that cannot
 * be used (a read-only folder, another Node version) only makes the start slower: it is never an error.
 */
export function enableCompileCache(dataDir: string): void {
  try {
    module.enableCompileCache(join(dataDir, compileCacheFolder));
  } catch {
    // Compiling without a cache is what Node does anyway.
  }
}

/** Writes what was compiled so far, for a process about to leave with process.exit(). */
export function flushCompileCache(): void {
  try {
    module.flushCompileCache();
  } catch {
    // Nothing cached: the next start compiles again.
  }
}
