import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * A CommonJS dependency loaded the first time it is used, not when the till starts. Receipts (PDF, QR codes,
 * ESC/POS encoders) and mail are not needed to open the till: loading them at start cost more than half of
 * the core's cold start (bench `cold_start`). Synchronous, so the code that uses them stays as it was.
 */
export function onFirstUse<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(id) as T);
}
