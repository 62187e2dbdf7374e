import { KassaError } from '../../../shared/errors.ts';
import { onField, translatedError } from '../../../shared/i18n/errors.ts';
import type { RequestIn } from '../../../shared/ipc/contract.ts';
import { parseAmount } from '../../../shared/money/money.ts';

export interface HistoryForm {
  number: string;
  /** yyyy-mm-dd from a date field, in the till's time zone. */
  from: string;
  to: string;
  amount: string;
}

export const emptyHistoryForm: HistoryForm = { number: '', from: '', to: '', amount: '' };

/** Local midnight of a yyyy-mm-dd date, plus `days`. */
function localDay(date: string, days = 0): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days).getTime();
}

/** The search form as an orders.search request; a field that cannot be read throws with its name. */
export function toSearchRequest(form: HistoryForm, currency: string): RequestIn<'orders.search'> {
  const request: RequestIn<'orders.search'> = { limit: 30 };
  const number = form.number.trim().replace(/^#/, '');
  if (number !== '') {
    if (!/^\d{1,15}$/.test(number) || Number(number) < 1) {
      throw translatedError('invalid_request', 'history.numberFormat', undefined, 'number');
    }
    request.number = Number(number);
  }
  if (form.from !== '') request.from = localDay(form.from);
  // "To" a day includes the whole of that day.
  if (form.to !== '') request.to = localDay(form.to, 1) - 1;
  if (request.from !== undefined && request.to !== undefined && request.from > request.to) {
    throw translatedError('invalid_request', 'history.datesReversed', undefined, 'from');
  }
  if (form.amount.trim() !== '') {
    try {
      request.amount = parseAmount(form.amount, currency);
    } catch (error) {
      if (error instanceof KassaError) throw onField(error, 'amount');
      throw error;
    }
  }
  return request;
}
