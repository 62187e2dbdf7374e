import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** scrypt with a per-PIN salt: a stolen database does not give the PINs away cheaply (SEC-2). */
const params = { N: 16_384, r: 8, p: 1, keyLength: 32 } as const;

export const pinHash = z.object({ salt: z.string(), hash: z.string(), n: z.number().int() });
export type PinHash = z.infer<typeof pinHash>;

export function hashPin(pin: string): PinHash {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, params.keyLength, { N: params.N, r: params.r, p: params.p });
  return { salt: salt.toString('base64'), hash: hash.toString('base64'), n: params.N };
}

export function pinMatches(pin: string, stored: PinHash): boolean {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(stored.salt, 'base64'), expected.length, {
    N: stored.n,
    r: params.r,
    p: params.p,
  });
  return timingSafeEqual(actual, expected);
}
