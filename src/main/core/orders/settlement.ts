import { KassaError } from '../../../shared/errors.ts';
import { roundCash } from '../../../shared/money/cash-rounding.ts';
import { formatMoney } from '../../../shared/money/money.ts';
import type { PaymentInput, PaymentLine } from '../../../shared/ipc/orders.ts';
import { accountsOf, type PaymentMethodRecord } from '../payments/payment-methods.ts';

export interface Settlement {
  paid: number;
  cashRounding: number;
  change: number;
  remaining: number;
}

export interface SettlementContext {
  total: number;
  currency: string;
  locale: string;
  cashRoundingIncrement: number;
}

/** Where an order stands given its payment lines: only `paid` lines count towards the total. */
export function settle(
  ctx: SettlementContext,
  cashRounding: number,
  lines: readonly PaymentLine[],
): Settlement {
  let paid = 0;
  let change = 0;
  for (const line of lines) {
    if (line.status !== 'paid') continue;
    paid += line.amount;
    change += line.change;
  }
  return { paid, cashRounding, change, remaining: Math.max(0, ctx.total + cashRounding - paid) };
}

/**
 * Checks one payment the cashier entered against what is still due and turns it into a payment line.
 * Cash may close the order at the cash-rounded amount (CHF 17.32 due → 17.30 in cash); the difference
 * becomes the order's cash rounding. Bank-type methods pay exact amounts and never more than is due.
 */
export function applyPayment(
  ctx: SettlementContext,
  current: Settlement,
  method: PaymentMethodRecord,
  input: PaymentInput,
  createdAt: number,
): { line: PaymentLine; cashRounding: number } {
  const money = (n: number) => formatMoney(n, ctx.currency, ctx.locale);
  if (current.remaining <= 0) {
    throw new KassaError('conflict', 'This order is already paid in full.', 'amount');
  }
  let cashRounding = current.cashRounding;
  let tendered: number | null = null;
  let change = 0;

  if (method.journal === 'cash') {
    const due = roundCash(current.remaining, ctx.cashRoundingIncrement);
    if (input.amount > due) {
      throw new KassaError(
        'amount_invalid',
        `Only ${money(due)} is due in cash. Enter the note the customer hands over as the amount tendered; Kassa works out the change.`,
        'amount',
      );
    }
    if (input.amount === due) {
      cashRounding += due - current.remaining;
    } else if (input.amount % ctx.cashRoundingIncrement !== 0) {
      throw new KassaError(
        'amount_invalid',
        `Cash amounts are rounded to ${money(ctx.cashRoundingIncrement)} in this store.`,
        'amount',
      );
    }
    tendered = input.tendered ?? input.amount;
    if (tendered < input.amount) {
      throw new KassaError(
        'amount_invalid',
        `The customer handed over ${money(tendered)}, less than the ${money(input.amount)} being paid in cash. Ask for more or pay the rest another way.`,
        'tendered',
      );
    }
    change = tendered - input.amount;
  } else {
    if (input.tendered !== undefined) {
      throw new KassaError(
        'invalid_request',
        `"${method.name}" takes no tendered amount; only cash gives change.`,
        'tendered',
      );
    }
    if (input.amount > current.remaining) {
      throw new KassaError(
        'amount_invalid',
        `${money(input.amount)} is more than the ${money(current.remaining)} still due.`,
        'amount',
      );
    }
  }

  return {
    cashRounding,
    line: {
      id: input.id,
      methodId: method.id,
      methodName: method.name,
      journal: method.journal,
      amount: input.amount,
      tendered,
      change,
      status: 'paid',
      cardBrand: null,
      cardLast4: null,
      needsReconciliation: false,
      createdAt,
      accounts: accountsOf(method),
    },
  };
}
