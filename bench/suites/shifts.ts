import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import { startCore, type KassaCore } from '../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { demoProducts } from '../../src/main/core/catalog/demo-catalog.ts';
import { median, round } from '../stats.ts';
import { expectedPerMethod } from '../../src/main/core/shifts/shift-report.ts';
import { benchDir } from './bench-dir.ts';

const dayMs = 24 * 60 * 60_000;

/**
 * Computing and writing the Z of one busy shift: 10,000 cash and card orders, counted and closed. The counted
 * shift is built once, then closed on `closes` copies of its data folder, each close timed from the core's view
 * (the call into the shift service until its answer) right after a probe: one FULL-synced commit of a single row
 * on the same database, which says what the disk's sync cost at that moment. The figure is the median close;
 * the slowest one and the probes' median stand beside it, so a slow run shows whether the close or the disk was
 * slow.
 */
export async function zReportSuite(orders = 10_000, closes = 5): Promise<Record<string, number>> {
  let clock = Date.parse('2025-06-02T07:00:00');
  const dataDir = benchDir('z-report');
  const core = startCore({ dataDir, log: silentLogger, now: () => clock });
  const { shifts, orders: sales } = core.services;
  shifts.open({ shiftId: randomUUID(), openingFloat: 20_000 });
  const products = demoProducts.slice(0, 20);
  for (let i = 0; i < orders; i++) {
    clock += 3_000;
    const product = products[i % products.length]!;
    const other = products[(i * 7) % products.length]!;
    const total = product.price * (1 + (i % 3)) + other.price;
    sales.checkout({
      orderId: randomUUID(),
      lines: [
        { productId: product.id, quantity: 1 + (i % 3) },
        { productId: other.id, quantity: 1 },
      ],
      payments: [{ id: randomUUID(), methodId: i % 3 === 0 ? 'card-external' : 'cash', amount: total }],
    });
  }
  // The drawer counted right, as on most evenings: no difference, so no manager PIN (whose scrypt check costs
  // the same whatever the shift held) is part of the figure.
  const expected = expectedPerMethod(shifts.xReport(), 'cash');
  const methods = shifts.state().methodsToCount;
  shifts.count(methods.map((m) => ({ methodId: m.methodId, counted: expected.get(m.methodId) ?? 0 })));
  await core.close();

  const walls: number[] = [];
  const cpus: number[] = [];
  const probes: number[] = [];
  for (let i = 0; i < closes; i++) {
    const copy = benchDir('z-report-close');
    cpSync(dataDir, copy, { recursive: true });
    const till = startCore({ dataDir: copy, log: silentLogger, now: () => clock });
    // A till that sold all day has the day in SQLite's page cache; a fresh core on the copy reads it once, as
    // the manager's X report before the close does.
    till.services.shifts.xReport();
    till.services.shifts.state(); // what the close screen reads before the click
    probes.push(syncProbe(till.db));
    process.threadCpuUsage(); // its first call sets itself up
    const cpuBefore = process.threadCpuUsage();
    const began = performance.now();
    const { report } = till.services.shifts.close({ reasons: [] });
    walls.push(performance.now() - began);
    const cpu = process.threadCpuUsage(cpuBefore);
    cpus.push((cpu.user + cpu.system) / 1000);
    if (report.counts.some((c) => c.difference !== 0)) throw new Error('the benchmark miscounted the drawer');
    if (report.sales.orders !== orders)
      throw new Error(`the Z counted ${report.sales.orders} orders, not ${orders}`);
    await till.close();
    rmSync(copy, { recursive: true, force: true });
  }
  // Beside the wall clock, the CPU the close itself used: on a loaded machine the rest is waiting for a core
  // or for the disk's sync of the commit.
  // The slowest close's own CPU and the probe just before it tell a slow close by its cause: CPU of its own (a
  // garbage collection, more work), a slow disk (a slow probe), or neither (the process waited for a core).
  const slowest = walls.indexOf(Math.max(...walls));
  return {
    z_report_ms_10k_orders: round(median(walls), 1),
    z_report_slowest_ms_10k_orders: round(walls[slowest]!, 1),
    z_report_slowest_cpu_ms_10k_orders: round(cpus[slowest]!, 1),
    z_report_slowest_sync_probe_ms: round(probes[slowest]!, 1),
    z_report_cpu_ms_10k_orders: round(median(cpus), 1),
    z_report_sync_probe_ms: round(median(probes), 1),
  };
}

/** One FULL-synced commit of one row: what a commit's sync to disk costs at this moment. */
function syncProbe(db: KassaCore['db']): number {
  db.exec('CREATE TABLE IF NOT EXISTS bench_sync_probe (at INTEGER NOT NULL)');
  const insert = db.prepare('INSERT INTO bench_sync_probe (at) VALUES (?)');
  const began = performance.now();
  insert.run(Date.now());
  return performance.now() - began;
}

/**
 * The longest the core's own thread kept its event loop busy: the CPU time this thread used between two ticks
 * of a 1 ms timer. A wall-clock delay (monitorEventLoopDelay, reported beside it) also counts the time the
 * operating system gave the core's two cores to other programs, which on a loaded machine is most of it.
 */
function mainThreadBlocks(): { stop: () => number } {
  const used = () => {
    const { user, system } = process.threadCpuUsage();
    return (user + system) / 1000;
  };
  let last = used();
  let longest = 0;
  const tick = setInterval(() => {
    const now = used();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  return {
    stop: () => {
      clearInterval(tick);
      return Math.max(longest, used() - last);
    },
  };
}

/**
 * A year of a busy till (300,000 orders of two lines, cash and card) reported by category from the preferences
 * window: how long it takes, and the longest time the core's event loop was held meanwhile (the till follows
 * card payments on that loop; the report itself is added up in a worker thread). The orders are written straight into the tables: the checkout's own cost is
 * the order_commit benchmark's business, and a year of checkouts would take minutes.
 */
export async function salesReportSuite(orders = 300_000): Promise<Record<string, number>> {
  const start = Date.parse('2025-01-01T08:00:00');
  const core = startCore({
    dataDir: benchDir('sales-report'),
    log: silentLogger,
    openPreferences: () => ({ url: null }),
  });
  const db = core.db;
  const tillId = core.services.storeInfo().till.id;
  const products = demoProducts.slice(0, 40);
  const insertOrder = db.prepare(
    `INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total,
       total, created_at, paid_at) VALUES (?, ?, ?, 'paid', 'EUR', 1, ?, 0, ?, ?, ?, ?)`,
  );
  const insertLine = db.prepare(
    `INSERT INTO order_lines (order_id, position, product_id, name, quantity, unit_price, tax_rate_bp, gross,
       discount_total, tax, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const insertPayment = db.prepare(
    `INSERT INTO payment_lines (id, order_id, method_id, method_name, journal, amount, status, created_at,
       outstanding_account, outstanding_default, intermediary_account, intermediary_default)
     VALUES (?, ?, ?, ?, ?, ?, 'paid', ?, '1000', 1, '1361', 1)`,
  );
  const rateOf = (taxRateId: string) => (taxRateId === 'reduced' ? 700 : 1900);
  const step = (360 * dayMs) / orders;
  db.transaction(() => {
    for (let i = 0; i < orders; i++) {
      const at = start + Math.floor(i * step);
      const id = randomUUID();
      const picked = [products[i % products.length]!, products[(i * 7 + 3) % products.length]!];
      const lines = picked.map((p, k) => {
        const quantity = 1 + ((i + k) % 3);
        const total = p.price * quantity;
        const rate = rateOf(p.taxRateId);
        return { p, quantity, total, rate, tax: Math.round((total * rate) / (10_000 + rate)) };
      });
      const total = lines.reduce((s, l) => s + l.total, 0);
      const tax = lines.reduce((s, l) => s + l.tax, 0);
      insertOrder.run(id, tillId, i + 1, total, tax, total, at, at);
      lines.forEach((l, k) =>
        insertLine.run(id, k + 1, l.p.id, l.p.name, l.quantity, l.p.price, l.rate, l.total, l.tax, l.total),
      );
      const cash = i % 2 === 0;
      insertPayment.run(
        randomUUID(),
        id,
        cash ? 'cash' : 'card-external',
        cash ? 'Cash' : 'Card (external terminal)',
        cash ? 'cash' : 'bank',
        total,
        at,
      );
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  await core.dispatch('preferences.open', { pin: '1234' }, { window: 'till' });
  // What the core does once after a start (the integrity check in its worker, the payment recovery's look at
  // every payment line) is finished first: the figure is the report's, on a till that has been running.
  await core.integrityChecked;
  await core.payments.ready;

  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const blocks = mainThreadBlocks();
  const began = performance.now();
  const result = await core.dispatch(
    'reports.sales',
    { from: '2025-01-01', to: '2025-12-31', by: 'category' },
    { window: 'preferences' },
  );
  const tookMs = performance.now() - began;
  const longestBlock = blocks.stop();
  delay.disable();
  if (!result.ok) throw new Error(result.error.message);
  const report = result.value as { total: { orders: number } };
  if (report.total.orders !== orders)
    throw new Error(`reported ${report.total.orders} orders, not ${orders}`);
  await core.close();
  return {
    sales_report_ms_1y: round(tookMs, 1),
    sales_report_max_event_loop_block_ms: round(longestBlock, 1),
    sales_report_max_event_loop_delay_ms: round(delay.max / 1e6, 1),
  };
}
