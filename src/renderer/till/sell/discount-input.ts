import { translatedError } from '../../../shared/i18n/errors.ts';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import type { Discount } from '../../../shared/ipc/common.ts';

export type DiscountKind = Discount['kind'];

const invalid = (key: MessageKey) => translatedError('invalid_request', key, undefined, 'discount');

/** "10", "12.5", "12,5 %" into basis points (1250); hundredths of a percent are as fine as Kassa goes. */
export function parsePercent(text: string): number {
  const cleaned = text.replace(/%/g, '').trim().replace(',', '.');
  if (cleaned === '') throw invalid('discount.enterPercent');
  if (/^[-−]/.test(cleaned)) throw invalid('discount.negative');
  const match = /^(\d{1,6})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) throw invalid('discount.percentFormat');
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (basisPoints > 10_000) throw invalid('discount.over100');
  return basisPoints;
}

/** What the cashier typed, as a discount of the chosen kind; the error says how to type it instead. */
export function parseDiscount(
  kind: DiscountKind,
  text: string,
  parseAmount: (text: string) => number,
): Discount {
  if (kind === 'percent') return { kind, basisPoints: parsePercent(text) };
  if (/^\s*[-−]/.test(text)) throw invalid('discount.negative');
  return { kind, amount: parseAmount(text) };
}
