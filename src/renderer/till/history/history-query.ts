import { KassaError } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { RequestIn } from '../../../shared/ipc/contract.ts';

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
export function toSearchRequest(
  form: HistoryForm,
  parseAmount: (text: string) => number,
): RequestIn<'orders.search'> {
  const request: RequestIn<'orders.search'> = { limit: 30 };
  const number = form.number.trim().replace(/^#/, '');
  if (number !== '') {
    if (!/^\d{1,15}$/.test(number) || Number(number) < 1) {
      throw new KassaError('invalid_request', t('history.numberFormat'), 'number');
    }
    request.number = Number(number);
  }
  if (form.from !== '') request.from = localDay(form.from);
  // "To" a day includes the whole of that day.
  if (form.to !== '') request.to = localDay(form.to, 1) - 1;
  if (request.from !== undefined && request.to !== undefined && request.from > request.to) {
    throw new KassaError('invalid_request', t('history.datesReversed'), 'from');
  }
  if (form.amount.trim() !== '') {
    try {
      request.amount = parseAmount(form.amount);
    } catch (error) {
      if (error instanceof KassaError) throw new KassaError(error.code, error.message, 'amount');
      throw error;
    }
  }
  return request;
}
