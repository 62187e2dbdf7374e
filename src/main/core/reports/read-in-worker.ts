import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

/**
 * Runs `work` on a second, read-only connection in a worker thread and answers its result: a report over a year
 * of orders takes SQLite most of a second, and the till's event loop (which also follows card payments) must not
 * wait for it. WAL lets the worker read a consistent snapshot, in one read transaction, while the till writes.
 * `work` travels as source text (the bundled app has no separate worker file), so it must be self-contained.
 */
export function runInWorker<Input, Output>(
  file: string,
  work: (db: never, input: Input) => Output,
  input: Input,
): Promise<Output> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.driver);
    const work = (${work.toString()});
    const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
    try {
      parentPort.postMessage(db.transaction(() => work(db, workerData.input))());
    } finally {
      db.close();
    }`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, {
      eval: true,
      workerData: { file, input, driver: fileURLToPath(import.meta.resolve('better-sqlite3')) },
    });
    worker.once('message', (result: Output) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? undefined : reject(new Error(`the report worker stopped with code ${code}`)),
    );
  });
}
