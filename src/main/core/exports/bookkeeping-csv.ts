import { setImmediate as nextTurn } from 'node:timers/promises';
import { stringify } from 'csv-stringify/sync';
import { toDecimalString } from '../../../shared/money/money.ts';
import type { UsedAccounts } from '../../../shared/ipc/payment-methods.ts';
import type { BookkeepingRow } from './bookkeeping-rows.ts';
import { localDateTime } from './local-days.ts';
import { english, type Translator } from '../../../shared/i18n/translate.ts';

/** The column names, in the store's language (as the Z's CSV): the file is for the shop's accountant. */
export const bookkeepingHeadings = ({ t }: Translator): string[] => [
  t('csv.book.at'),
  t('csv.book.order'),
  t('csv.book.type'),
  t('csv.book.method'),
  t('csv.book.journal'),
  t('csv.book.amount'),
  t('csv.currency'),
  t('csv.book.brand'),
  t('csv.book.last4'),
  t('csv.book.outstanding'),
  t('csv.book.intermediary'),
  t('csv.book.defaults'),
  t('csv.book.reconcile'),
  t('csv.book.orderId'),
];

/**
 * The English column names. A function, not a constant built at load: the first translation builds the
 * message formatter (a quarter of a second on a busy till), which has no place in the core's start.
 */
export const bookkeepingColumns = (): string[] => bookkeepingHeadings(english);

/** Which of the two accounts are the defaults, because the method left them empty. */
export function defaultAccountsCell(accounts: UsedAccounts, { t }: Translator = english): string {
  const { outstanding, intermediary } = accounts;
  if (outstanding.isDefault && intermediary.isDefault) return t('csv.yes');
  if (outstanding.isDefault) return t('csv.book.outstandingOnly');
  if (intermediary.isDefault) return t('csv.book.intermediaryOnly');
  return t('csv.no');
}

/** Rows written between two turns of the event loop: a few milliseconds of work each. */
const rowsPerTurn = 2_000;

const cellsOf = (tr: Translator) => (r: BookkeepingRow) => [
  localDateTime(r.at),
  r.orderNumber,
  tr.t(r.type === 'refund' ? 'csv.book.refund' : 'csv.book.payment'),
  r.methodName,
  tr.t(r.journal === 'cash' ? 'csv.book.journalCash' : 'csv.book.journalBank'),
  toDecimalString(r.amount, r.currency),
  r.currency,
  r.cardBrand,
  r.cardLast4,
  r.accounts.outstanding.code,
  r.accounts.intermediary.code,
  defaultAccountsCell(r.accounts, tr),
  tr.t(r.needsReconciliation ? 'csv.yes' : 'csv.no'),
  r.orderId,
];

/**
 * The accountant's file, in the store's language: a header row, then one row per payment or refund. Amounts are plain decimals with a
 * dot, as accounting software imports them. A byte order mark tells spreadsheets the file is UTF-8 (method
 * names such as "Cartão"), CRLF ends records as RFC 4180 has it, and any cell that a spreadsheet would run
 * as a formula (a method or card brand starting with =, +, - or @) is defused with a leading apostrophe.
 *
 * A year of a busy shop is a hundred thousand rows, about a second of work: it is written in slices with a turn
 * of the event loop between them, so the core keeps answering the till and following card payments meanwhile.
 */
export async function bookkeepingCsv(
  rows: readonly BookkeepingRow[],
  tr: Translator = english,
): Promise<string> {
  const parts: string[] = [];
  const columns = bookkeepingHeadings(tr);
  const cells = cellsOf(tr);
  let start = 0;
  do {
    const first = start === 0;
    parts.push(
      stringify(rows.slice(start, start + rowsPerTurn).map(cells), {
        header: first,
        columns,
        bom: first,
        record_delimiter: 'windows',
        escape_formulas: true,
      }),
    );
    start += rowsPerTurn;
    if (start < rows.length) await nextTurn();
  } while (start < rows.length);
  return parts.join('');
}
