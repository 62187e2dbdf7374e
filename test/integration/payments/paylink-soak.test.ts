import { describe, expect, it } from 'vitest';
import { runPaylinkSoak } from '../../support/paylink-soak.ts';

describe('the pay-by-link fault soak', () => {
  it('300 link payments with 20 % Stripe faults and random kills leave Kassa and Stripe agreeing exactly', async () => {
    const result = await runPaylinkSoak({ payments: 300, faultRate: 0.2, killRate: 0.04, seed: 2026 });
    expect(result.mismatches).toEqual([]);
    expect(result.payments).toBe(300);
    expect(result.kills).toBeGreaterThan(0);
  }, 1_800_000);
});
