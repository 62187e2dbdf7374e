import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KassaError } from '../../../src/shared/errors.ts';
import {
  amountsDue,
  cashDue,
  changeDue,
  quickTenderAmounts,
  remainingDue,
} from '../../../src/shared/cart/tender.ts';

describe('remainingDue', () => {
  it('is what is left to pay, and nothing once the order is covered', () => {
    expect(remainingDue(3433, 0)).toBe(3433);
    expect(remainingDue(3433, 2000)).toBe(1433);
    expect(remainingDue(3433, 3433)).toBe(0);
    expect(remainingDue(3433, 5000)).toBe(0);
  });

  it('refuses fractions of a cent', () => {
    expect(() => remainingDue(10.5, 0)).toThrow(KassaError);
    expect(() => remainingDue(10, 0.5)).toThrow(KassaError);
  });
});

describe('cashDue: paying the rest in cash', () => {
  it('asks for the exact amount where cash is not rounded', () => {
    expect(cashDue(1733, 1)).toEqual({ due: 1733, rounding: 0 });
  });

  it('rounds a Swiss total to 5 Rappen and records the difference', () => {
    expect(cashDue(1733, 5)).toEqual({ due: 1735, rounding: 2 });
    expect(cashDue(1732, 5)).toEqual({ due: 1730, rounding: -2 });
    expect(cashDue(1735, 5)).toEqual({ due: 1735, rounding: 0 });
  });

  it('rounds Swedish cash to whole kronor', () => {
    expect(cashDue(12_949, 100)).toEqual({ due: 12_900, rounding: -49 });
    expect(cashDue(12_950, 100)).toEqual({ due: 13_000, rounding: 50 });
  });

  it('settles a remainder smaller than half a step by rounding alone', () => {
    expect(cashDue(2, 5)).toEqual({ due: 0, rounding: -2 });
    expect(cashDue(0, 5)).toEqual({ due: 0, rounding: 0 });
  });

  it('always makes total + rounding equal to what is asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.constantFrom(1, 5, 10, 50, 100),
        (remaining, step) => {
          const { due, rounding } = cashDue(remaining, step);
          expect(remaining + rounding).toBe(due);
          expect(due % step).toBe(0);
          expect(2 * Math.abs(rounding)).toBeLessThanOrEqual(step);
        },
      ),
    );
  });
});

describe('amountsDue: where the payment screen stands', () => {
  it('rounds only what is left after a card payment', () => {
    const state = {
      total: 5_733,
      cashRoundingIncrement: 5,
      payments: [{ amount: 4_000, journal: 'bank' as const }],
    };
    expect(amountsDue(state)).toEqual({ remaining: 1_733, cash: { due: 1_735, rounding: 2 } });
  });

  it('has nothing left when the payments cover the total', () => {
    const state = {
      total: 1_735,
      cashRoundingIncrement: 5,
      payments: [
        { amount: 1_000, journal: 'cash' as const },
        { amount: 735, journal: 'bank' as const },
      ],
    };
    expect(amountsDue(state)).toEqual({ remaining: 0, cash: { due: 0, rounding: 0 } });
  });

  it('keeps total + cashRounding equal to the sum of payments when the rest is paid in cash', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100_000 }), { maxLength: 4 }),
        fc.constantFrom(1, 5, 10, 50, 100),
        (total, cardPayments, step) => {
          const payments: { amount: number; journal: 'cash' | 'bank' }[] = [];
          for (const amount of cardPayments) {
            const left = total - payments.reduce((s, p) => s + p.amount, 0);
            if (amount < left) payments.push({ amount, journal: 'bank' });
          }
          const { cash } = amountsDue({ total, cashRoundingIncrement: step, payments });
          const paid = payments.reduce((s, p) => s + p.amount, 0) + cash.due;
          expect(total + cash.rounding).toBe(paid);
        },
      ),
    );
  });
});

describe('changeDue', () => {
  it('is what the customer gets back', () => {
    expect(changeDue(1735, 2000)).toBe(265);
    expect(changeDue(1735, 1735)).toBe(0);
    expect(changeDue(1230, 10_000)).toBe(8770);
  });

  it('refuses less cash than the payment, telling the cashier what to do', () => {
    try {
      changeDue(1735, 1700);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KassaError);
      const shape = (error as KassaError).toShape();
      expect(shape.code).toBe('amount_invalid');
      expect(shape.field).toBe('tendered');
      expect(shape.message).toMatch(/^The customer handed over less than/);
    }
  });
});

describe('quickTenderAmounts: the cash buttons', () => {
  it.each([
    [1730, 'EUR', [1730, 2000, 5000, 10_000]],
    [2000, 'EUR', [2000, 5000, 10_000, 20_000]],
    [80, 'EUR', [80, 100, 200, 500]],
    [3, 'EUR', [3, 100, 200, 500]],
    [12_345, 'USD', [12_345, 20_000, 50_000, 100_000]],
    [1230, 'JPY', [1230, 2000, 5000, 10_000]],
    [10_000, 'JPY', [10_000, 20_000, 50_000, 100_000]],
    [17_300, 'VND', [17_300, 20_000, 50_000, 100_000]],
    [1_250, 'BHD', [1_250, 2_000, 5_000, 10_000]],
    [12_500, 'KWD', [12_500, 20_000, 50_000, 100_000]],
  ] as const)('offers %i %s first, then round notes: %j', (due, currency, amounts) => {
    expect(quickTenderAmounts(due, currency)).toEqual(amounts);
  });

  it('offers nothing when nothing is due', () => {
    expect(quickTenderAmounts(0, 'EUR')).toEqual([]);
    expect(quickTenderAmounts(-100, 'EUR')).toEqual([]);
  });

  it('stops where amounts get too large to record', () => {
    const amounts = quickTenderAmounts(Number.MAX_SAFE_INTEGER - 5, 'EUR');
    expect(amounts[0]).toBe(Number.MAX_SAFE_INTEGER - 5);
    expect(amounts.every(Number.isSafeInteger)).toBe(true);
  });

  it('refuses an unknown currency', () => {
    expect(() => quickTenderAmounts(100, 'XYZ')).toThrow(KassaError);
  });

  it('always starts with the exact amount and goes up in distinct steps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.constantFrom('EUR', 'JPY', 'BHD', 'CLF'),
        (due, currency) => {
          const amounts = quickTenderAmounts(due, currency);
          expect(amounts[0]).toBe(due);
          expect(amounts).toHaveLength(4);
          for (let i = 1; i < amounts.length; i++) expect(amounts[i]).toBeGreaterThan(amounts[i - 1] ?? 0);
        },
      ),
    );
  });
});
