/**
 * npm run bench [-- --json] [-- --only order_commit,catalog_search]
 * Runs every benchmark suite; with --json prints one JSON object of metric name → number.
 * Every ratio is measured as interleaved pairs (see timePairs in stats.ts), so it holds on a busy machine.
 */
import { parseArgs } from 'node:util';

// Each suite is imported when it runs: a suite's tools (a browser, a bundler) are not in the heap of another's
// measurements (the receipt render's tail was the garbage collector walking vite's and Playwright's modules).
const suites: Record<string, () => Promise<Record<string, number>>> = {
  order_commit: () => import('./suites/order-commit.ts').then((m) => m.orderCommitSuite()),
  catalog_search: () => import('./suites/catalog-search.ts').then((m) => m.catalogSearchSuite()),
  cold_start: () => import('./suites/cold-start.ts').then((m) => m.coldStartSuite()),
  stripe: () => import('./suites/stripe.ts').then((m) => m.stripeSuite()),
  mercadopago: () => import('./suites/mercadopago.ts').then((m) => m.mercadoPagoSuite()),
  payment_crash: () => import('./suites/payment-crash.ts').then((m) => m.paymentCrashSuite()),
  stripe_soak: () => import('./suites/stripe.ts').then((m) => m.stripeSoakSuite()),
  holds: () => import('./suites/holds.ts').then((m) => m.holdSuite()),
  autopilot: () => import('./suites/autopilot.ts').then((m) => m.autopilotSuite()),
  autopilot_soak: () => import('./suites/autopilot.ts').then((m) => m.autopilotSoakSuite()),
  mercadopago_soak: () => import('./suites/mercadopago.ts').then((m) => m.mercadoPagoSoakSuite()),
  bookkeeping_export: () => import('./suites/bookkeeping-export.ts').then((m) => m.bookkeepingExportSuite()),
  package_size: () => import('./suites/package-size.ts').then((m) => m.packageSizeSuite()),
  i18n: () => import('./suites/i18n.ts').then((m) => m.i18nSuite()),
  z_report: () => import('./suites/shifts.ts').then((m) => m.zReportSuite()),
  sales_report: () => import('./suites/shifts.ts').then((m) => m.salesReportSuite()),
  paylinks: () => import('./suites/paylinks.ts').then((m) => m.paylinkSuite()),
  paylink_soak: () => import('./suites/paylinks.ts').then((m) => m.paylinkSoakSuite()),
  receipt_escpos: () => import('./suites/printing.ts').then((m) => m.receiptRenderSuite()),
  sale_to_drawer: () => import('./suites/printing.ts').then((m) => m.saleToDrawerSuite()),
  print_queue_soak: () => import('./suites/printing.ts').then((m) => m.printQueueSoakSuite()),
};

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const selected = values.only ? values.only.split(',') : Object.keys(suites);
const metrics: Record<string, number> = {};
for (const name of selected) {
  const suite = suites[name];
  if (!suite) throw new Error(`Unknown suite ${name}. Known: ${Object.keys(suites).join(', ')}`);
  if (!values.json) process.stderr.write(`running ${name}…\n`);
  Object.assign(metrics, await suite());
}
if (values.json) {
  console.log(JSON.stringify(metrics));
} else {
  for (const [name, value] of Object.entries(metrics)) console.log(`${name.padEnd(36)} ${value}`);
}
process.exit(0);
