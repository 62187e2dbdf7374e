import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

/**
 * Runs SQLite's quick_check on a second, read-only connection in a worker thread, so a large database
 * does not delay the till's start: the result arrives a moment later and raises an alert if it fails.
 *
 * On a two-core till the check (seconds of CPU on years of sales) would otherwise compete with the start
 * itself, so the worker is created only after the current turn of the event loop — once the core is ready —
 * and on Linux, where a thread has its own nice value, it runs at the lowest priority. (Elsewhere the nice
 * value belongs to the whole process, so it is left alone there.)
 */
export function checkIntegrityInBackground(file: string): Promise<string[]> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    if (workerData.lowerPriority) {
      try { require('node:os').setPriority(19); } catch {}
    }
    const Database = require(workerData.driver);
    const db = new Database(workerData.file, { readonly: true });
    let rows;
    try { rows = db.pragma('quick_check(20)'); } finally { db.close(); }
    parentPort.postMessage(rows.map((r) => r.quick_check));`;
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      const worker = new Worker(source, {
        eval: true,
        workerData: {
          file,
          driver: fileURLToPath(import.meta.resolve('better-sqlite3')),
          lowerPriority: process.platform === 'linux',
        },
      });
      worker.once('message', (problems: string[]) => resolve(problems.filter((p) => p !== 'ok')));
      // A database too damaged to open fails in the worker: that is a finding too, not a crash of the till.
      worker.once('error', (error) => resolve([`cannot be checked: ${error.message}`]));
      worker.once('exit', (code) =>
        code === 0 ? undefined : reject(new Error(`integrity check exited with ${code}`)),
      );
    });
  });
}
