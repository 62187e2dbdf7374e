import { roundCash } from '../../../shared/money/cash-rounding.ts';
import { formatMoney } from '../../../shared/money/money.ts';
import type { PaymentInput, PaymentLine } from '../../../shared/ipc/orders.ts';
import { accountsOf, type PaymentMethodRecord } from '../payments/payment-methods.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

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
    throw translatedError('conflict', 'err.order.paidInFull', undefined, 'amount');
  }
  let cashRounding = current.cashRounding;
  let tendered: number | null = null;
  let change = 0;

  if (method.journal === 'cash') {
    const due = roundCash(current.remaining, ctx.cashRoundingIncrement);
    if (input.amount > due) {
      throw translatedError('amount_invalid', 'err.order.onlyDueInCash', { due: money(due) }, 'amount');
    }
    if (input.amount === due) {
      cashRounding += due - current.remaining;
    } else if (input.amount % ctx.cashRoundingIncrement !== 0) {
      throw translatedError(
        'amount_invalid',
        'err.order.cashRounded',
        { step: money(ctx.cashRoundingIncrement) },
        'amount',
      );
    }
    tendered = input.tendered ?? input.amount;
    if (tendered < input.amount) {
      throw translatedError(
        'amount_invalid',
        'err.order.tenderedLessThanPaid',
        { tendered: money(tendered), amount: money(input.amount) },
        'tendered',
      );
    }
    change = tendered - input.amount;
  } else {
    if (input.tendered !== undefined) {
      throw translatedError(
        'invalid_request',
        'err.order.noTenderForMethod',
        { method: method.name },
        'tendered',
      );
    }
    if (input.amount > current.remaining) {
      throw translatedError(
        'amount_invalid',
        'err.order.moreThanDue',
        { amount: money(input.amount), due: money(current.remaining) },
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
