import type { Db } from '../db/connection.ts';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract.ts';
import { bookkeepingCsv } from './bookkeeping-csv.ts';
import { readBookkeepingRows } from './bookkeeping-rows.ts';
import { localDays } from './local-days.ts';
import { english, type Translator } from '../../../shared/i18n/translate.ts';

/** The bookkeeping file of the days asked for (the channel has already checked the range). */
export async function exportPayments(
  db: Db,
  days: RequestOf<'exports.payments'>,
  tr: Translator = english,
): Promise<ResponseOf<'exports.payments'>> {
  const rows = readBookkeepingRows(db, localDays(days.from, days.to));
  return {
    fileName: `kassa-payments-${days.from}-to-${days.to}.csv`,
    csv: await bookkeepingCsv(rows, tr),
    rows: rows.length,
  };
}
