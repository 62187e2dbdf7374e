/*
 * Percentages of money, done in exact integer arithmetic. Rates are basis points (hundredths of a percent:
 * 2100 is 21 %), amounts minor units; every product is formed as a BigInt before the one rounding step, so the
 * result is exact for any amount Kassa can record, far beyond the 10^10 minor units a till ever sees.
 */
import { assertMinorUnits } from '../money/money.ts';
import { translatedError, developerError } from '../i18n/errors.ts';

/** Largest tax rate Kassa accepts, 100 %: no VAT or sales tax comes near it, a typo like 2100 % does. */
export const maxTaxRateBp = 10_000;

export function assertTaxRate(rateBp: number, field = 'taxRateBp'): void {
  if (!Number.isSafeInteger(rateBp) || rateBp < 0 || rateBp > maxTaxRateBp) {
    throw translatedError('invalid_request', 'err.cart.taxRateRange', { rate: String(rateBp) }, field);
  }
}

/** a × b ÷ c rounded to the nearest integer, halves away from zero (half-up for the positive amounts of a cart). */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  if (![a, b, c].every(Number.isSafeInteger) || c === 0) {
    throw developerError(
      'internal',
      `Cannot compute ${String(a)} × ${String(b)} ÷ ${String(c)} in whole cents.`,
    );
  }
  const numerator = BigInt(a) * BigInt(b) * (c < 0 ? -1n : 1n);
  const denominator = BigInt(Math.abs(c));
  const magnitude = (2n * (numerator < 0n ? -numerator : numerator) + denominator) / (2n * denominator);
  const result = Number(numerator < 0n ? -magnitude : magnitude);
  assertMinorUnits(result);
  return result === 0 ? 0 : result;
}

/** `basisPoints` hundredths of a percent of `amount`, half-up: 10 % (1000) of 12.35 is 1.24. */
export function percentOf(amount: number, basisPoints: number): number {
  return mulDivHalfUp(amount, basisPoints, 10_000);
}

/** The tax contained in a tax-inclusive amount: 21 % VAT in 12.10 is 2.10. */
export function taxIncludedIn(amount: number, rateBp: number): number {
  assertTaxRate(rateBp);
  return mulDivHalfUp(amount, rateBp, 10_000 + rateBp);
}

/** The tax to add on top of a net amount: 8.25 % sales tax on 10.00 is 0.83. */
export function taxOn(net: number, rateBp: number): number {
  assertTaxRate(rateBp);
  return percentOf(net, rateBp);
}
