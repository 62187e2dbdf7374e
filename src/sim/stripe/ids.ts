import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base-62 text, like the tails of Stripe's ids. */
export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/** A fresh Stripe-style id: `newId('pi')` → `pi_3QxY…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomToken(24)}`;
}
