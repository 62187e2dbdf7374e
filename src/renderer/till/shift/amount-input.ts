import { KassaError } from '../../../shared/errors.ts';
import { parseAmount } from '../../../shared/money/money.ts';

/** An amount typed by the cashier, or the message saying why it is not one; nothing is guessed. */
export function readAmount(text: string, currency: string): { amount: number } | { error: string } {
  try {
    return { amount: parseAmount(text, currency) };
  } catch (problem) {
    if (problem instanceof KassaError) return { error: problem.message };
    throw problem;
  }
}
