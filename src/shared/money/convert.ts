import { KassaError } from '../errors.ts';
import { getCurrency } from './currencies.ts';

/** An exact decimal string ("1.0842") as a fraction of big integers, so no rate ever passes through a float. */
function fraction(rate: string): [bigint, bigint] {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate.trim());
  if (!match || /^0+(?:\.0+)?$/.test(rate.trim())) {
    throw new KassaError(
      'invalid_request',
      `"${rate}" is not an exchange rate: write it like 1.0842.`,
      'rate',
    );
  }
  const decimals = match[2] ?? '';
  return [BigInt(match[1]! + decimals), 10n ** BigInt(decimals.length)];
}

/**
 * Converts `amount` minor units of `from` into minor units of `to`, where `rate` is how many units of `to` one
 * unit of `from` buys (the store's exchange-rate table). Rounded half away from zero, once, at the end.
 */
export function convertAmount(amount: number, from: string, to: string, rate: string): number {
  const [numerator, denominator] = fraction(rate);
  const n = BigInt(amount) * numerator * 10n ** BigInt(getCurrency(to).exponent);
  const d = denominator * 10n ** BigInt(getCurrency(from).exponent);
  const magnitude = ((n < 0n ? -n : n) * 2n + d) / (2n * d);
  const result = Number(n < 0n ? -magnitude : magnitude);
  if (!Number.isSafeInteger(result))
    throw new KassaError('amount_invalid', 'That amount is too large to convert.', 'amount');
  return result;
}
