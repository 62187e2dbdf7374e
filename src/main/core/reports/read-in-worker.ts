import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

/**
 * Runs report work on a second, read-only connection in a worker thread: the till's event loop (which also
 * follows card payments) never waits for SQLite. WAL lets the worker read a consistent snapshot, in one read
 * transaction per report, while the till writes.
 *
 * The thread is started when the owner opens the preferences (or at the first report) and kept while reports
 * keep coming: starting a thread (Node's own start-up and loading the SQLite driver) costs a few hundred
 * milliseconds of CPU on a busy two-core till, far more than adding up a year of daily totals. It stops after a
 * minute without work, and with the core.
 * `work` travels as source text (the bundled app has no separate worker file), so it must be self-contained;
 * the answer comes back as one structured clone of the grouped rows, a few thousand at most.
 */
export function createReportReader(file: string, idleMs = 60_000) {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.driver);
    const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
    const compiled = new Map();
    parentPort.on('message', ({ id, work, input }) => {
      try {
        let run = compiled.get(work);
        if (!run) compiled.set(work, (run = (0, eval)('(' + work + ')')));
        parentPort.postMessage({ id, ok: true, value: db.transaction(() => run(db, input))() });
      } catch (error) {
        parentPort.postMessage({ id, ok: false, error: String(error && error.message ? error.message : error) });
      }
    });
    parentPort.once('close', () => db.close());`;
  let worker: Worker | null = null;
  let idle: NodeJS.Timeout | null = null;
  let next = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };

  function stop(): Promise<void> {
    if (idle) clearTimeout(idle);
    idle = null;
    const stopping = worker;
    worker = null;
    return stopping ? stopping.terminate().then(() => undefined) : Promise.resolve();
  }

  function started(): Worker {
    if (worker) return worker;
    const fresh = new Worker(source, {
      eval: true,
      workerData: { file, driver: fileURLToPath(import.meta.resolve('better-sqlite3')) },
    });
    fresh.on('message', (m: { id: number; ok: boolean; value?: unknown; error?: string }) => {
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.ok) w?.resolve(m.value);
      else w?.reject(new Error(m.error));
    });
    fresh.on('error', (error) => {
      if (worker === fresh) worker = null;
      failAll(error);
    });
    fresh.on('exit', (code) => {
      if (worker === fresh) worker = null;
      failAll(new Error(`the report worker stopped with code ${code}`));
    });
    // An idle reader does not keep the process alive.
    fresh.unref();
    return (worker = fresh);
  }

  return {
    /** Starts the thread ahead of a report that is likely to come; it stops again if none does. */
    warm(): void {
      if (worker || waiting.size > 0) return;
      started();
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => void stop(), idleMs);
      idle.unref();
    },
    run<Input, Output>(work: (db: never, input: Input) => Output, input: Input): Promise<Output> {
      if (idle) clearTimeout(idle);
      const id = next++;
      const answer = new Promise<Output>((resolve, reject) =>
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject }),
      ).finally(() => {
        if (waiting.size === 0) {
          idle = setTimeout(() => void stop(), idleMs);
          idle.unref();
        }
      });
      started().postMessage({ id, work: work.toString(), input });
      return answer;
    },
    close: stop,
  };
}

export type ReportReader = ReturnType<typeof createReportReader>;
