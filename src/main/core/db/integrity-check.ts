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
    let rows;
    try { rows = db.pragma('quick_check(20)'); } finally { db.close(); }
    parentPort.postMessage(rows.map((r) => r.quick_check));`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, {
      eval: true,
      workerData: { file, driver: fileURLToPath(import.meta.resolve('better-sqlite3')) },
    });
    worker.once('message', (problems: string[]) => resolve(problems.filter((p) => p !== 'ok')));
    // A database too damaged to open fails in the worker: that is a finding too, not a crash of the till.
    worker.once('error', (error) => resolve([`cannot be checked: ${error.message}`]));
    worker.once('exit', (code) =>
      code === 0 ? undefined : reject(new Error(`integrity check exited with ${code}`)),
    );
  });
}
