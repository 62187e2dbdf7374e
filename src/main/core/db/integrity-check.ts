import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

/**
 * Runs SQLite's quick_check on a second, read-only connection in a worker thread, so a large database
 * does not delay the till's start: the result arrives a moment later and raises an alert if it fails.
 */
export function checkIntegrityInBackground(file: string): Promise<string[]> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.driver);
    const db = new Database(workerData.file, { readonly: true });
    try {
      const rows = db.pragma('quick_check(20)');
      parentPort.postMessage(rows.map((r) => r.quick_check));
    } finally { db.close(); }`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, {
      eval: true,
      workerData: { file, driver: fileURLToPath(import.meta.resolve('better-sqlite3')) },
    });
    worker.once('message', (problems: string[]) => resolve(problems.filter((p) => p !== 'ok')));
    worker.once('error', reject);
  });
}
