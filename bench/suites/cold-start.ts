import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { startCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { percentile, round } from '../stats.ts';
import { benchDir } from './bench-dir.ts';
import { bundleForNode } from '../build-core.ts';

/** Fills a shop's database with `orders` paid orders of 10 lines each (a few years of a busy till). */
async function fillHistory(dataDir: string, orders: number): Promise<void> {
  const core = startCore({ dataDir, log: silentLogger });
  const db = core.services.db;
  db.pragma('synchronous = OFF'); // only for building the fixture quickly
  const order = db.prepare(
    `INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total,
       total, paid, created_at, paid_at) VALUES (?, 'till-1', ?, 'paid', 'EUR', 1, 1990, 0, 130, 1990, 1990, ?, ?)`,
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
      order.run(id, n, at, at);
      for (let p = 1; p <= 10; p++) line.run(id, p, 1 + ((n + p) % 60));
      payment.run(randomUUID(), id, at);
    }
    db.prepare("UPDATE tills SET last_order_number = ? WHERE id = 'till-1'").run(orders);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  await core.close();
}

/** Wall time from spawning a fresh Node process to the core saying it is ready to serve the till. */
function startOnce(script: string, dataDir: string): Promise<number> {
  return new Promise((done, fail) => {
    const began = performance.now();
    const child = spawn(process.execPath, [script, dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.once('data', (chunk: Buffer) => {
      if (chunk.toString().startsWith('ready')) done(performance.now() - began);
      else fail(new Error(chunk.toString()));
    });
    child.once('error', fail);
  });
}

export async function coldStartSuite(orders = 100_000, runs = 7): Promise<Record<string, number>> {
  const dataDir = benchDir('cold');
  await fillHistory(dataDir, orders);
  // Measured on the bundled core, as the app runs it; the unbundled figure (Node stripping types file by file,
  // as in the headless host) is reported beside it.
  const bundled = await bundleForNode(resolve(import.meta.dirname, '../cold-start-child.ts'));
  const source = resolve(import.meta.dirname, '../cold-start-child.ts');
  await startOnce(bundled, dataDir); // let the OS cache the file, as on a till that ran yesterday
  const samples: number[] = [];
  const unbundled: number[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await startOnce(bundled, dataDir));
    unbundled.push(await startOnce(source, dataDir));
  }
  return {
    core_cold_start_ms_1m_lines: round(percentile(samples, 50), 1),
    core_cold_start_ms_1m_lines_unbundled: round(percentile(unbundled, 50), 1),
  };
}
