import { describe, expect, it } from 'vitest';
import {
  expiresSoon,
  holdExpiresAt,
  type ExpiryInput,
} from '../../src/main/core/payments/holds/hold-expiry.ts';

const hour = 60 * 60_000;
const day = 24 * hour;
const at = Date.UTC(2026, 11, 2, 10, 0, 0);
const base: ExpiryInput = {
  authorizedAt: at,
  captureBefore: null,
  brand: 'visa',
  channel: 'in_person',
  initiator: 'customer',
};

describe('when a hold runs out, per network and channel', () => {
  it.each([
    ['in person, Visa', { brand: 'visa', channel: 'in_person' }, 5 * day],
    ['in person, Mastercard', { brand: 'mastercard', channel: 'in_person' }, 2 * day],
    ['in person, American Express', { brand: 'amex', channel: 'in_person' }, 2 * day],
    ['in person, brand not read', { brand: null, channel: 'in_person' }, 2 * day],
    ['online, customer-initiated, Visa', { channel: 'online', initiator: 'customer' }, 7 * day],
    ['online, customer-initiated, Mastercard', { brand: 'mastercard', channel: 'online' }, 7 * day],
    ['online, merchant-initiated, Visa', { channel: 'online', initiator: 'merchant' }, 4 * day + 18 * hour],
    [
      'online, merchant-initiated, Mastercard',
      { brand: 'mastercard', channel: 'online', initiator: 'merchant' },
      7 * day,
    ],
  ] as const)('%s', (_, input, after) => {
    expect(holdExpiresAt({ ...base, ...input })).toBe(at + after);
  });

  it("takes Stripe's capture_before whenever the charge gives it", () => {
    const captureBefore = Math.floor(at / 1000) + 3 * 24 * 3600;
    expect(holdExpiresAt({ ...base, captureBefore })).toBe(captureBefore * 1000);
    expect(holdExpiresAt({ ...base, channel: 'online', initiator: 'merchant', captureBefore })).toBe(
      captureBefore * 1000,
    );
  });

  it.each([
    [13 * hour, false],
    [12 * hour, true],
    [hour, true],
    [-hour, true],
  ])('flags a hold %i ms before its expiry: %s', (left, flagged) => {
    expect(expiresSoon(at + left, at)).toBe(flagged);
  });
});
