import { getCurrency } from '../money/currencies.ts';
import { toDecimalString } from '../money/money.ts';
import { translatedError } from '../i18n/errors.ts';

/**
 * Stripe's minimum charge per presentment currency, in minor units (PROVIDERS.md, from Stripe's docs).
 * Currencies not listed fall back to the equivalent of about USD 0.50, which Stripe applies after conversion.
 */
export const stripeMinimumCharge: Readonly<Record<string, number>> = {
  USD: 50,
  EUR: 50,
  GBP: 30,
  AUD: 50,
  CAD: 50,
  CHF: 50,
  NZD: 50,
  SGD: 50,
  BRL: 50,
  INR: 50,
  BGN: 100,
  AED: 200,
  PLN: 200,
  RON: 200,
  MYR: 200,
  DKK: 250,
  NOK: 300,
  SEK: 300,
  HKD: 400,
  MXN: 1000,
  THB: 1000,
  CZK: 1500,
  HUF: 17500,
  JPY: 50,
};

/** Stripe accepts at most eight digits of minor units. */
export const stripeMaximumAmount = 99_999_999;

/**
 * The checks Stripe would make, done before anything is sent (STT-5), with messages a cashier can act on.
 * Shared so the till can refuse an amount before it even saves the order.
 */
export function checkStripeAmount(amount: number, currency: string): void {
  const code = currency.toUpperCase();
  const info = getCurrency(code);
  const show = (minor: number) => `${toDecimalString(minor, code)} ${code}`;
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw translatedError('amount_invalid', 'err.amount.moreThanZero', undefined, 'amount');
  }
  if (amount > stripeMaximumAmount) {
    throw translatedError(
      'amount_invalid',
      'err.stripe.amountTooLarge',
      { max: show(stripeMaximumAmount) },
      'amount',
    );
  }
  if (info.exponent === 3 && amount % 10 !== 0) {
    throw translatedError(
      'amount_invalid',
      'err.stripe.amountSteps',
      {
        currency: code,
        amount: show(amount),
        lower: show(amount - (amount % 10)),
        upper: show(amount - (amount % 10) + 10),
      },
      'amount',
    );
  }
  const minimum = stripeMinimumCharge[code];
  if (minimum !== undefined && amount < minimum) {
    throw translatedError('amount_invalid', 'err.stripe.amountTooSmall', { min: show(minimum) }, 'amount');
  }
}
