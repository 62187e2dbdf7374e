import { KassaError } from '../../../shared/errors.ts';
import { errorText } from '../../../shared/i18n/errors.ts';
import { parseAmount } from '../../../shared/money/parse-amount.ts';

/** An amount typed by the cashier in the store locale's notation, or the message saying why it is not one. */
export function readAmount(
  text: string,
  currency: string,
  locale: string,
): { amount: number } | { error: string } {
  try {
    return { amount: parseAmount(text, currency, locale) };
  } catch (problem) {
    if (problem instanceof KassaError) return { error: errorText(problem) };
    throw problem;
  }
}
