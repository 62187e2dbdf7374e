import type Database from 'better-sqlite3';
import { initialSchema } from './001-initial-schema.ts';
import { paymentAttempts } from './002-payment-attempts.ts';
import { staff } from './003-staff.ts';
import { customers } from './004-customers.ts';
import { secretsAndStripeProfiles } from './005-secrets-and-stripe-profiles.ts';
import { exchangeRates } from './006-exchange-rates.ts';
import { settlementCurrency } from './007-settlement-currency.ts';
import { paymentLineAccounts } from './008-payment-line-accounts.ts';
import { tillIdentity } from './009-till-identity.ts';
import { orderSeller } from './010-order-seller.ts';
import { shiftsAndZReports } from './011-shifts-and-z-reports.ts';
import { paymentRepairIndexes } from './012-payment-repair-indexes.ts';
import { printersAndPrintQueue } from './013-printers-and-print-queue.ts';
import { mailOutbox } from './014-mail-outbox.ts';
import { salesTotals } from './015-sales-totals.ts';
import { paymentLinks } from './016-payment-links.ts';
import { cardsOnFile } from './017-cards-on-file.ts';
import { printedZReports } from './020-printed-z-reports.ts';
import { shiftCountedFacts } from './022-shift-counted-facts.ts';
import { repairAtStartIndexes } from './023-repair-at-start-indexes.ts';
import { alertWords } from './024-alert-words.ts';
import { holds } from './025-holds.ts';
import { cardRefundReceiptsAndSerialSpeed } from './031-card-refund-receipts-and-serial-speed.ts';
import { keptOrders } from './032-kept-orders.ts';
import { cheaperSalesTotals } from './033-cheaper-sales-totals.ts';
import { autopilotTasks } from './034-autopilot-tasks.ts';
import { zReportFormat } from './035-z-report-format.ts';
import { cheaperLineTotals } from './038-cheaper-line-totals.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/**
 * Append only, in ascending versions. Each migration has its own test in test/integration/db.
 * A new migration's number must be above every version already on main: the runner applies only versions above
 * the database's `user_version`, so a number that fills a gap below it never runs on a till already upgraded.
 */
export const migrations: readonly Migration[] = [
  initialSchema,
  paymentAttempts,
  staff,
  customers,
  secretsAndStripeProfiles,
  exchangeRates,
  settlementCurrency,
  paymentLineAccounts,
  tillIdentity,
  orderSeller,
  shiftsAndZReports,
  paymentRepairIndexes,
  printersAndPrintQueue,
  mailOutbox,
  salesTotals,
  paymentLinks,
  cardsOnFile,
  printedZReports,
  shiftCountedFacts,
  repairAtStartIndexes,
  alertWords,
  holds,
  cardRefundReceiptsAndSerialSpeed,
  keptOrders,
  cheaperSalesTotals,
  autopilotTasks,
  zReportFormat,
  cheaperLineTotals,
];
