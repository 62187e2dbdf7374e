/*
 * Taking payment. An order's total is exact and never changes with the way it is paid. Cash rounding applies
 * only when the final remaining amount is paid in cash: the cashier asks for roundCash(remaining, increment),
 * and the difference (negative when rounded down in the customer's favour) is recorded on the order as
 * `cashRounding`, so that total + cashRounding = sum of payments. A cash payment that leaves something to pay
 * by card is taken as typed and not rounded, and card payments are never rounded.
 *
 * When the rounded amount is zero (2 cents left with a 5-cent step), no payment is taken: the order is
 * settled by a rounding of −remaining alone.
 */
import { roundCash } from '../money/cash-rounding.ts';
import { assertMinorUnits } from '../money/money.ts';
import { getCurrency } from '../money/currencies.ts';
import { translatedError } from '../i18n/errors.ts';

export interface TenderState {
  total: number;
  cashRoundingIncrement: number;
  payments: readonly { amount: number; journal: 'cash' | 'bank' }[];
}

/** What is left to pay; an overpaid order has nothing left, never a negative amount. */
export function remainingDue(total: number, paid: number): number {
  assertMinorUnits(total, 'total');
  assertMinorUnits(paid, 'paid');
  return Math.max(0, total - paid);
}

/** The cash to ask for when `remaining` is paid off in cash, and the rounding that records the difference. */
export function cashDue(remaining: number, increment: number): { due: number; rounding: number } {
  const due = roundCash(remaining, increment);
  return { due, rounding: due - remaining };
}

/** The change to hand back when the customer gives `tendered` for a cash payment of `amountApplied`. */
export function changeDue(amountApplied: number, tendered: number): number {
  assertMinorUnits(amountApplied, 'amount');
  assertMinorUnits(tendered, 'tendered');
  if (tendered < amountApplied) {
    throw translatedError('amount_invalid', 'err.cart.tenderedTooLittle', undefined, 'tendered');
  }
  return tendered - amountApplied;
}

/** Where the till stands: what is left, and what to ask for if the rest is paid in cash. */
export function amountsDue(state: TenderState): {
  remaining: number;
  cash: { due: number; rounding: number };
} {
  const paid = state.payments.reduce((sum, p) => sum + p.amount, 0);
  const remaining = remainingDue(state.total, paid);
  return { remaining, cash: cashDue(remaining, state.cashRoundingIncrement) };
}

/** 1, 2, 5, 10, 20, 50, … major units: the face values of banknotes (and large coins) nearly everywhere. */
function* noteValues(exponent: number): Generator<number> {
  for (let scale = 10 ** exponent; Number.isSafeInteger(scale * 5); scale *= 10) {
    yield scale;
    yield scale * 2;
    yield scale * 5;
  }
}

/**
 * Buttons for the cash screen: the exact amount, then the next three round note values above it
 * (17.30 EUR → 17.30, 20, 50, 100; 1,230 JPY → 1,230, 2,000, 5,000, 10,000). Nothing when nothing is due.
 */
export function quickTenderAmounts(due: number, currency: string): number[] {
  assertMinorUnits(due);
  const { exponent } = getCurrency(currency);
  if (due <= 0) return [];
  const amounts = [due];
  for (const note of noteValues(exponent)) {
    if (amounts.length === 4) break;
    if (note > due) amounts.push(note);
  }
  return amounts;
}
