/*
 * The checks the payment screen makes before a payment line is added, mirroring the core's (which checks
 * again): a cashier hears about a wrong amount at once, next to the field, and nothing is sent.
 */
import { KassaError } from '../../../shared/errors.ts';
import { onField, translatedError } from '../../../shared/i18n/errors.ts';
import type { PaymentMethod } from '../../../shared/ipc/store.ts';
import { amountsDue, changeDue, cashDue } from '../../../shared/cart/tender.ts';
import { tenderNeedsConfirmation } from '../../../shared/money/banknotes.ts';

/** A payment line taken on the payment screen and not yet sent with the order. */
export interface PendingPayment {
  id: string;
  method: PaymentMethod;
  amount: number;
  /** Cash handed over (cash lines only). */
  tendered: number | null;
}

export interface Due {
  /** What is still owed, exactly. */
  remaining: number;
  /** What to ask for if the rest is paid in cash (rounded where the store rounds cash). */
  cashDue: number;
}

/** Where the payment stands with the lines taken so far, before the order is saved. */
export function dueBefore(
  total: number,
  cashRoundingIncrement: number,
  lines: readonly PendingPayment[],
): Due {
  const { remaining, cash } = amountsDue({
    total,
    cashRoundingIncrement,
    payments: lines.map((l) => ({ amount: l.amount, journal: l.method.journal })),
  });
  return { remaining, cashDue: cash.due };
}

/** Where a saved (open) order stands: the core's remaining amount is the truth. */
export function dueOnOrder(remaining: number, cashRoundingIncrement: number): Due {
  return { remaining, cashDue: cashDue(remaining, cashRoundingIncrement).due };
}

export interface PlannedPayment {
  amount: number;
  tendered: number | null;
  change: number;
  /** This line pays off the order: sending it completes the sale. */
  covers: boolean;
  /** The cash received is far above the amount (more change than the largest note): ask before taking it. */
  confirmTendered: boolean;
}

function withField(error: unknown, field: string): never {
  if (error instanceof KassaError) throw onField(error, field);
  throw error;
}

/**
 * Reads the amount (and, for cash, the cash received) as typed and checks it against what is due. Throws a
 * KassaError whose field is "amount" or "tendered", for the screen to show next to that field.
 */
export function planPayment(input: {
  method: PaymentMethod;
  amountText: string;
  receivedText: string;
  due: Due;
  currency: string;
  cashRoundingIncrement: number;
  money: (minor: number) => string;
  parseAmount: (text: string) => number;
}): PlannedPayment {
  const { method, due, currency, money, parseAmount } = input;
  let amount: number;
  try {
    amount = parseAmount(input.amountText);
  } catch (error) {
    return withField(error, 'amount');
  }
  if (amount <= 0) throw translatedError('amount_invalid', 'pay.amountZero', undefined, 'amount');

  if (method.journal !== 'cash') {
    if (amount > due.remaining) {
      throw translatedError(
        'amount_invalid',
        'pay.moreThanDue',
        { amount: money(amount), remaining: money(due.remaining) },
        'amount',
      );
    }
    return { amount, tendered: null, change: 0, covers: amount === due.remaining, confirmTendered: false };
  }

  if (amount > due.cashDue) {
    throw translatedError('amount_invalid', 'pay.moreThanDueInCash', { due: money(due.cashDue) }, 'amount');
  }
  const covers = amount === due.cashDue;
  if (!covers && amount % input.cashRoundingIncrement !== 0) {
    throw translatedError(
      'amount_invalid',
      'pay.cashStep',
      { step: money(input.cashRoundingIncrement) },
      'amount',
    );
  }
  let tendered = amount;
  if (input.receivedText.trim() !== '') {
    try {
      tendered = parseAmount(input.receivedText);
    } catch (error) {
      return withField(error, 'tendered');
    }
  }
  let change: number;
  try {
    change = changeDue(amount, tendered);
  } catch (error) {
    return withField(error, 'tendered');
  }
  return {
    amount,
    tendered,
    change,
    covers,
    confirmTendered: tenderNeedsConfirmation(amount, tendered, currency),
  };
}
