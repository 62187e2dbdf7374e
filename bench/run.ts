/**
 * npm run bench [-- --json] [-- --only order_commit,catalog_search]
 * Runs every benchmark suite; with --json prints one JSON object of metric name → number.
 * Every ratio is measured as interleaved pairs (see timePairs in stats.ts), so it holds on a busy machine.
 */
import { parseArgs } from 'node:util';
import { orderCommitSuite } from './suites/order-commit.ts';
import { catalogSearchSuite } from './suites/catalog-search.ts';
import { coldStartSuite } from './suites/cold-start.ts';
import { stripeSoakSuite, stripeSuite } from './suites/stripe.ts';
import { holdSuite } from './suites/holds.ts';
import { autopilotSuite } from './suites/autopilot.ts';
import { mercadoPagoSoakSuite, mercadoPagoSuite } from './suites/mercadopago.ts';
import { paymentCrashSuite } from './suites/payment-crash.ts';
import { bookkeepingExportSuite } from './suites/bookkeeping-export.ts';
import { packageSizeSuite } from './suites/package-size.ts';
import { i18nSuite } from './suites/i18n.ts';
import { salesReportSuite, zReportSuite } from './suites/shifts.ts';
import { paylinkSoakSuite, paylinkSuite } from './suites/paylinks.ts';
import { printQueueSoakSuite, receiptRenderSuite, saleToDrawerSuite } from './suites/printing.ts';

const suites: Record<string, () => Promise<Record<string, number>>> = {
  order_commit: () => orderCommitSuite(),
  catalog_search: () => catalogSearchSuite(),
  cold_start: () => coldStartSuite(),
  stripe: () => stripeSuite(),
  mercadopago: () => mercadoPagoSuite(),
  payment_crash: () => paymentCrashSuite(),
  stripe_soak: () => stripeSoakSuite(),
  holds: () => holdSuite(),
  autopilot: () => autopilotSuite(),
  mercadopago_soak: () => mercadoPagoSoakSuite(),
  bookkeeping_export: () => bookkeepingExportSuite(),
  package_size: () => packageSizeSuite(),
  i18n: () => i18nSuite(),
  z_report: () => zReportSuite(),
  sales_report: () => salesReportSuite(),
  paylinks: () => paylinkSuite(),
  paylink_soak: () => paylinkSoakSuite(),
  receipt_escpos: () => receiptRenderSuite(),
  sale_to_drawer: () => saleToDrawerSuite(),
  print_queue_soak: () => printQueueSoakSuite(),
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
