import { KassaError } from '../../../shared/errors.ts';
import { onField, translatedError } from '../../../shared/i18n/errors.ts';
import type { RequestIn } from '../../../shared/ipc/contract.ts';

export interface HistoryForm {
  number: string;
  /** A day as typed in the store locale's order ("01/12/2026" in en-DE, "12/01/2026" in en-US). */
  from: string;
  to: string;
  amount: string;
}

export const emptyHistoryForm: HistoryForm = { number: '', from: '', to: '', amount: '' };

/** How the store writes a day in numbers: the order of day, month and year, and an example to type. */
export function dayNotation(locale: string): { order: ('day' | 'month' | 'year')[]; example: string } {
  const format = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const parts = format.formatToParts(new Date(2026, 11, 1));
  const order = parts
    .map((p) => p.type)
    .filter(
      (type): type is 'day' | 'month' | 'year' => type === 'day' || type === 'month' || type === 'year',
    );
  return { order, example: format.format(new Date(2026, 11, 1)) };
}

/**
 * Local midnight of a day typed in the store locale's order, plus `days`. Any marks may separate the numbers
 * ("1.12.2026", "01/12/2026"); a day that does not exist (31/02) is refused, never moved to another.
 */
export function localDay(text: string, locale: string, field: 'from' | 'to', days = 0): number {
  const { order, example } = dayNotation(locale);
  const numbers = text.trim().split(/\D+/).filter(Boolean).map(Number);
  const refuse = () => translatedError('invalid_request', 'history.dateFormat', { example }, field);
  if (numbers.length !== 3 || order.length !== 3) throw refuse();
  const value = (part: 'day' | 'month' | 'year') => numbers[order.indexOf(part)] ?? 0;
  const [y, m, d] = [value('year'), value('month'), value('day')];
  if (y < 1000 || y > 9999) throw refuse();
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) throw refuse();
  return new Date(y, m - 1, d + days).getTime();
}

/** The search form as an orders.search request; a field that cannot be read throws with its name. */
export function toSearchRequest(
  form: HistoryForm,
  parseAmount: (text: string) => number,
  locale: string,
): RequestIn<'orders.search'> {
  const request: RequestIn<'orders.search'> = { limit: 30 };
  const number = form.number.trim().replace(/^#/, '');
  if (number !== '') {
    if (!/^\d{1,15}$/.test(number) || Number(number) < 1) {
      throw translatedError('invalid_request', 'history.numberFormat', undefined, 'number');
    }
    request.number = Number(number);
  }
  if (form.from.trim() !== '') request.from = localDay(form.from, locale, 'from');
  // "To" a day includes the whole of that day.
  if (form.to.trim() !== '') request.to = localDay(form.to, locale, 'to', 1) - 1;
  if (request.from !== undefined && request.to !== undefined && request.from > request.to) {
    throw translatedError('invalid_request', 'history.datesReversed', undefined, 'from');
  }
  if (form.amount.trim() !== '') {
    try {
      request.amount = parseAmount(form.amount);
    } catch (error) {
      if (error instanceof KassaError) throw onField(error, 'amount');
      throw error;
    }
  }
  return request;
}
