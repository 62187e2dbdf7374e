import { getCurrency } from './currencies.ts';
import { translatedError } from '../i18n/errors.ts';

/** An exact decimal string ("1.0842") as a fraction of big integers, so no rate ever passes through a float. */
function fraction(rate: string): [bigint, bigint] {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate.trim());
  if (!match || /^0+(?:\.0+)?$/.test(rate.trim())) {
    throw translatedError('invalid_request', 'err.money.notARate', { rate }, 'rate');
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
    throw translatedError('amount_invalid', 'err.money.tooLargeToConvert', undefined, 'amount');
  return result;
}
