import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

/** What the background check found: the database is fine, it is damaged, or it could not be checked. */
export type IntegrityResult =
  { status: 'ok' } | { status: 'damaged'; problems: string[] } | { status: 'unchecked'; reason: string };

/**
 * Where the worker loads better-sqlite3 from. In a packaged app the resolved path lies inside `app.asar`,
 * which a worker thread cannot read; the package keeps better-sqlite3 whole in `app.asar.unpacked`
 * (electron-builder.yml's asarUnpack), so the worker loads that copy.
 */
export function integrityCheckDriver(
  resolved: string = fileURLToPath(import.meta.resolve('better-sqlite3')),
): string {
  return resolved.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

// SQLite's own verdicts that the file itself is damaged; anything else (a driver that does not load, a
// locked or unreadable file) means the check could not run, which says nothing about the data.
const damageCodes = ['SQLITE_CORRUPT', 'SQLITE_NOTADB'];

/**
 * Runs SQLite's quick_check on a second, read-only connection in a worker thread, so a large database
 * does not delay the till's start: the result arrives a moment later and raises an alert if it fails.
 *
 * On a two-core till the check (seconds of CPU on years of sales) would otherwise compete with the start
 * itself, so the worker is created only after the current turn of the event loop — once the core is ready —
 * and on Linux, where a thread has its own nice value, it runs at the lowest priority. (Elsewhere the nice
 * value belongs to the whole process, so it is left alone there.)
 */
export function checkIntegrityInBackground(
  file: string,
  driver: string = integrityCheckDriver(),
): Promise<IntegrityResult> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    if (workerData.lowerPriority) {
      try { require('node:os').setPriority(19); } catch {}
    }
    let Database;
    try { Database = require(workerData.driver); }
    catch (error) { parentPort.postMessage({ status: 'unchecked', reason: 'the database driver did not load: ' + error.message }); return; }
    let rows;
    try {
      const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
      try { rows = db.pragma('quick_check(20)'); } finally { db.close(); }
    } catch (error) {
      const damaged = workerData.damageCodes.some((code) => String(error.code).startsWith(code));
      parentPort.postMessage(damaged
        ? { status: 'damaged', problems: [error.message] }
        : { status: 'unchecked', reason: error.message });
      return;
    }
    const problems = rows.map((r) => r.quick_check).filter((p) => p !== 'ok');
    parentPort.postMessage(problems.length === 0 ? { status: 'ok' } : { status: 'damaged', problems });`;
  return new Promise((resolve) => {
    setImmediate(() => {
      const worker = new Worker(`(() => {${source}})()`, {
        eval: true,
        workerData: { file, driver, damageCodes, lowerPriority: process.platform === 'linux' },
      });
      let answered = false;
      worker.once('message', (result: IntegrityResult) => {
        answered = true;
        resolve(result);
      });
      worker.once('error', (error) => resolve({ status: 'unchecked', reason: error.message }));
      worker.once('exit', (code) => {
        if (!answered) resolve({ status: 'unchecked', reason: `the check stopped (exit code ${code})` });
      });
    });
  });
}
