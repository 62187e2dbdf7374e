import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

export interface ReadQuery {
  sql: string;
  params: readonly (string | number)[];
}

/**
 * Runs read-only queries on a second connection in a worker thread and answers their rows: a report over a year
 * of orders takes a second of SQLite's time, and the till's event loop (which also follows card payments) must
 * not wait for it. WAL lets the worker read a consistent snapshot while the till keeps writing.
 */
export function readInWorker<Row>(file: string, queries: readonly ReadQuery[]): Promise<Row[][]> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.driver);
    const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
    try {
      const read = db.transaction(() => workerData.queries.map((q) => db.prepare(q.sql).all(...q.params)));
      parentPort.postMessage({ rows: read() });
    } finally {
      db.close();
    }`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, {
      eval: true,
      workerData: { file, queries, driver: fileURLToPath(import.meta.resolve('better-sqlite3')) },
    });
    worker.once('message', (message: { rows: Row[][] }) => resolve(message.rows));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? undefined : reject(new Error(`the report worker stopped with code ${code}`)),
    );
  });
}
