import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { median, round, measurePairs } from '../stats.ts';
import { benchDir } from './bench-dir.ts';
import { bundleForNode } from '../build-core.ts';
import { compileCacheFolder } from '../../src/main/core/system/compile-cache.ts';

/** Fills a shop's database with `orders` paid orders of 10 lines each (a few years of a busy till). */
async function fillHistory(dataDir: string, orders: number): Promise<void> {
  const core = startCore({ dataDir, log: silentLogger });
  const db = core.db;
  db.pragma('synchronous = OFF'); // only for building the fixture quickly
  const tillId = core.services.storeInfo().till.id;
  const order = db.prepare(
    `INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total,
       total, paid, created_at, paid_at) VALUES (?, ?, ?, 'paid', 'EUR', 1, 1990, 0, 130, 1990, 1990, ?, ?)`,
  );
  const line = db.prepare(
    `INSERT INTO order_lines (order_id, position, product_id, name, quantity, unit_price, tax_rate_bp, gross,
       discount_total, tax, total) VALUES (?, ?, ?, 'Pretzel', 1, 199, 700, 199, 0, 13, 199)`,
  );
  const payment = db.prepare(
    `INSERT INTO payment_lines (id, order_id, method_id, method_name, journal, amount, status, created_at,
       outstanding_account, outstanding_default, intermediary_account, intermediary_default)
     VALUES (?, ?, 'cash', 'Cash', 'cash', 1990, 'paid', ?, '1000', 1, '1361', 1)`,
  );
  const start = Date.UTC(2023, 0, 1);
  db.transaction(() => {
    for (let n = 1; n <= orders; n++) {
      const id = randomUUID();
      const at = start + n * 60_000;
      order.run(id, tillId, n, at, at);
      for (let p = 1; p <= 10; p++) line.run(id, p, 1 + ((n + p) % 60));
      payment.run(randomUUID(), id, at);
    }
    db.prepare('UPDATE tills SET last_order_number = ? WHERE id = ?').run(orders, tillId);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  await core.close();
}

/**
 * Wall time from spawning a fresh Node process to its first line, "ready". The promise settles only once the
 * process has exited, so a child still closing never competes with the next one being measured.
 */
function startOnce(args: readonly string[]): Promise<number> {
  return new Promise((done, fail) => {
    const began = performance.now();
    let readyAfter: number | null = null;
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', (chunk: Buffer) => {
      if (chunk.toString().startsWith('ready')) readyAfter = performance.now() - began;
      else fail(new Error(chunk.toString()));
    });
    child.stdout.resume();
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 && readyAfter !== null ? done(readyAfter) : fail(new Error(`exited with ${code}`)),
    );
  });
}

/** The smallest Node program that says it is ready: what any Node process costs to start on this machine. */
const bareNode = ['-e', "process.stdout.write('ready\\n')"];

export async function coldStartSuite(orders = 100_000, pairs = 25): Promise<Record<string, number>> {
  const dataDir = benchDir('cold');
  await fillHistory(dataDir, orders);
  // Measured on the bundled core, as the app runs it; the unbundled figure (Node stripping types file by file,
  // as in the headless host) is reported beside it, from fewer pairs: it is slow and only for information.
  const bundled = await bundleForNode(resolve(import.meta.dirname, '../cold-start-child.ts'));
  const source = resolve(import.meta.dirname, '../cold-start-child.ts');
  // The core and a bare Node start in turns, so both see the same load on a shared machine; the first pair
  // lets the OS cache the files and Node's compile cache fill, as on a till that ran yesterday: every start of
  // a till but its very first finds the compiled core in its data folder. That is the figure the target is about.
  const core = await measurePairs(
    { pairs, warmup: 1 },
    () => startOnce([bundled, dataDir]),
    () => startOnce(bareNode),
  );
  // The first start after an install or an update: the compile cache is empty (for information).
  const withoutCache = await measurePairs(
    { pairs: 7, warmup: 0 },
    () => {
      rmSync(join(dataDir, compileCacheFolder), { recursive: true, force: true });
      return startOnce([bundled, dataDir]);
    },
    () => startOnce(bareNode),
  );
  const unbundled = await measurePairs(
    { pairs: 5, warmup: 1 },
    () => startOnce([source, dataDir]),
    () => startOnce(bareNode),
  );
  return {
    core_cold_start_ms_1m_lines: round(median(core.a), 1),
    node_cold_start_ms: round(median(core.b), 1),
    core_cold_start_vs_node_ratio: round(median(core.ratios), 2),
    core_cold_start_ms_1m_lines_empty_cache: round(median(withoutCache.a), 1),
    core_cold_start_empty_cache_vs_node_ratio: round(median(withoutCache.ratios), 2),
    core_cold_start_ms_1m_lines_unbundled: round(median(unbundled.a), 1),
    core_cold_start_unbundled_vs_node_ratio: round(median(unbundled.ratios), 2),
  };
}
