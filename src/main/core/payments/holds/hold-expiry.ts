/**
 * When a card authorization runs out, per network and channel (Stripe, "Place a hold on a payment method"). Stripe's
 * own `capture_before` on the charge wins whenever it is given; otherwise: in person, Visa 5 days and the other
 * brands 2 days; online, a customer-initiated payment 7 days; a merchant-initiated one (a card on file charged
 * without the customer) about 5 days on Visa (exactly 4 days 18 hours) and 7 days on the others.
 */
export interface ExpiryInput {
  /** When the card was authorized, ms. */
  authorizedAt: number;
  /** Stripe's `capture_before` in Unix seconds, when the charge carries it. */
  captureBefore: number | null;
  brand: string | null;
  channel: 'in_person' | 'online';
  initiator: 'customer' | 'merchant';
}

const hour = 60 * 60_000;
const day = 24 * hour;

export function holdExpiresAt(input: ExpiryInput): number {
  if (input.captureBefore !== null) return input.captureBefore * 1000;
  const visa = input.brand === 'visa';
  if (input.channel === 'in_person') return input.authorizedAt + (visa ? 5 * day : 2 * day);
  if (input.initiator === 'merchant' && visa) return input.authorizedAt + 4 * day + 18 * hour;
  return input.authorizedAt + 7 * day;
}

/** A hold this close to its expiry is flagged on the till, so the cashier captures or releases it in time. */
export const expiresSoonMs = 12 * hour;

export function expiresSoon(expiresAt: number, now: number): boolean {
  return expiresAt - now <= expiresSoonMs;
}
