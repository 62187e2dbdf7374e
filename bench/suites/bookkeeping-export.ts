import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { startCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { demoProducts } from '../../src/main/core/catalog/demo-catalog.ts';
import { round } from '../stats.ts';
import { benchDir } from './bench-dir.ts';

const dayMs = 24 * 60 * 60_000;

/**
 * A year of a busy shop exported for the accountant: how long the file takes, and — because the export runs in
 * the core, which also follows card payments — the longest time the event loop was held while it was written.
 */
export async function bookkeepingExportSuite(orders = 30_000): Promise<Record<string, number>> {
  const start = Date.parse('2025-01-01T08:00:00');
  let clock = start;
  const core = startCore({
    dataDir: benchDir('export'),
    log: silentLogger,
    now: () => clock,
    openPreferences: () => ({ url: null }),
  });
  const step = (360 * dayMs) / orders; // every sale inside the calendar year
  const products = demoProducts.slice(0, 12);
  for (let i = 0; i < orders; i++) {
    clock = start + Math.floor(i * step);
    const product = products[i % products.length]!;
    core.services.orders.checkout({
      orderId: randomUUID(),
      lines: [{ productId: product.id, quantity: 1 + (i % 3) }],
      payments: [
        {
          id: randomUUID(),
          methodId: i % 2 === 0 ? 'cash' : 'card-external',
          amount: product.price * (1 + (i % 3)),
        },
      ],
    });
  }
  await core.dispatch('preferences.open', { pin: '1234' }, { window: 'till' });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const began = performance.now();
  const result = await core.dispatch(
    'exports.payments',
    { from: '2025-01-01', to: '2025-12-31' },
    { window: 'preferences' },
  );
  const tookMs = performance.now() - began;
  delay.disable();
  if (!result.ok) throw new Error(result.error.message);
  const file = result.value as { rows: number };
  if (file.rows !== orders) throw new Error(`exported ${file.rows} rows, expected ${orders}`);
  await core.close();
  return {
    bookkeeping_export_ms_30k: round(tookMs, 1),
    bookkeeping_export_longest_block_ms: round(delay.max / 1e6, 1),
  };
}
