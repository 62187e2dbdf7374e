import { describe, expect, it } from 'vitest';
import { runMercadoPagoSoak } from '../../support/mercadopago-soak.ts';

describe('the Mercado Pago fault soak', () => {
  it('300 card payments with 20 % provider faults and random kills leave Kassa and Mercado Pago agreeing exactly', async () => {
    const result = await runMercadoPagoSoak({ payments: 300, faultRate: 0.2, killRate: 0.04, seed: 2026 });
    expect(result.mismatches).toEqual([]);
    expect(result.payments).toBe(300);
    expect(result.kills).toBeGreaterThan(0);
  }, 600_000);
});
