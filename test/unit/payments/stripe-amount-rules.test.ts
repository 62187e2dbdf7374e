import { describe, expect, it } from 'vitest';
import { checkStripeAmount, stripeMaximumAmount } from '../../../src/shared/payments/stripe-amount-rules.ts';

const message = (amount: number, currency: string) => {
  try {
    checkStripeAmount(amount, currency);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe("Stripe's amount rules, checked before sending (STT-5)", () => {
  it('refuses amounts under the minimum of the currency', () => {
    expect(message(49, 'EUR')).toMatch(/under 0\.50 EUR/);
    expect(message(50, 'EUR')).toBeNull();
    expect(message(29, 'GBP')).toMatch(/under 0\.30 GBP/);
    expect(message(49, 'JPY')).toMatch(/under 50 JPY/); // zero-decimal: 50 yen
    expect(message(50, 'JPY')).toBeNull();
    expect(message(17_499, 'HUF')).toMatch(/175\.00 HUF/);
  });

  it('refuses more than eight digits of minor units', () => {
    expect(message(stripeMaximumAmount, 'EUR')).toBeNull();
    expect(message(stripeMaximumAmount + 1, 'EUR')).toMatch(/at most 999999\.99 EUR/);
  });

  it('asks for three-decimal currencies to end in zero', () => {
    expect(message(1_235, 'KWD')).toMatch(/round 1\.235 KWD to 1\.230 KWD or 1\.240 KWD/);
    expect(message(1_230, 'KWD')).toBeNull();
  });

  it('refuses zero, negative and fractional amounts, and unknown currencies', () => {
    expect(message(0, 'EUR')).toMatch(/greater than zero/);
    expect(message(-100, 'EUR')).toMatch(/greater than zero/);
    expect(message(100.5, 'EUR')).toMatch(/greater than zero/);
    expect(message(100, 'XYZ')).toMatch(/does not know the currency/);
  });
});
