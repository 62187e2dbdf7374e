import { randomBytes } from 'node:crypto';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Mercado Pago's ids are a prefix and a ULID: `ORD01JQ4S4KY8HWQ6NA5PXB65B3D3`, `PAY01J67CQQH5904WDBVZEM4JMEP3`.
 * The refund endpoint insists on "the prefix ORD followed by 26 characters".
 */
export function mercadoPagoId(prefix: 'ORD' | 'PAY' | 'REF', nowMs: number): string {
  let time = '';
  let t = Math.floor(nowMs);
  for (let i = 0; i < 10; i++) {
    time = crockford.charAt(t % 32) + time;
    t = Math.floor(t / 32);
  }
  const random = [...randomBytes(16)].map((b) => crockford.charAt(b % 32)).join('');
  return `${prefix}${time}${random}`;
}

export const orderIdPattern = /^ORD[0-9A-HJKMNP-TV-Z]{26}$/;
