import { setImmediate as nextTurn } from 'node:timers/promises';
import { stringify } from 'csv-stringify/sync';
import { toDecimalString } from '../../../shared/money/money.ts';
import type { UsedAccounts } from '../../../shared/ipc/payment-methods.ts';
import type { BookkeepingRow } from './bookkeeping-rows.ts';
import { localDateTime } from './local-days.ts';

export const bookkeepingColumns = [
  'Date and time',
  'Order number',
  'Type',
  'Payment method',
  'Journal',
  'Amount',
  'Currency',
  'Card brand',
  'Card last 4',
  'Outstanding account',
  'Intermediary account',
  'Default accounts',
  'Needs reconciliation',
  'Order id',
] as const;

/** Which of the two accounts are the defaults, because the method left them empty. */
export function defaultAccountsCell(accounts: UsedAccounts): string {
  const { outstanding, intermediary } = accounts;
  if (outstanding.isDefault && intermediary.isDefault) return 'yes';
  if (outstanding.isDefault) return 'outstanding only';
  if (intermediary.isDefault) return 'intermediary only';
  return 'no';
}

const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');

/** Rows written between two turns of the event loop: a few milliseconds of work each. */
const rowsPerTurn = 2_000;

const cellsOf = (r: BookkeepingRow) => [
  localDateTime(r.at),
  r.orderNumber,
  r.type,
  r.methodName,
  r.journal,
  toDecimalString(r.amount, r.currency),
  r.currency,
  r.cardBrand,
  r.cardLast4,
  r.accounts.outstanding.code,
  r.accounts.intermediary.code,
  defaultAccountsCell(r.accounts),
  yesNo(r.needsReconciliation),
  r.orderId,
];

/**
 * The accountant's file: a header row, then one row per payment or refund. Amounts are plain decimals with a
 * dot, as accounting software imports them. A byte order mark tells spreadsheets the file is UTF-8 (method
 * names such as "Cartão"), CRLF ends records as RFC 4180 has it, and any cell that a spreadsheet would run
 * as a formula (a method or card brand starting with =, +, - or @) is defused with a leading apostrophe.
 *
 * A year of a busy shop is a hundred thousand rows, about a second of work: it is written in slices with a turn
 * of the event loop between them, so the core keeps answering the till and following card payments meanwhile.
 */
export async function bookkeepingCsv(rows: readonly BookkeepingRow[]): Promise<string> {
  const parts: string[] = [];
  let start = 0;
  do {
    const first = start === 0;
    parts.push(
      stringify(rows.slice(start, start + rowsPerTurn).map(cellsOf), {
        header: first,
        columns: [...bookkeepingColumns],
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
