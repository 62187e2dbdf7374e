import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyMercadoPagoSignature } from '../../../src/main/core/payments/providers/mercadopago/signature.ts';

// Expected signatures are computed here from the documented manifest, independently of the code under test.
const secret = 'kassa-test-secret';
const orderId = 'ORD01JQ4S4KY8HWQ6NA5PXB65B3D3';
const requestId = 'bb56a2f1-6aae-46ac-982e-9dcd3581d08e';
const signedAtMs = 1_742_505_638_683;
const signedAtS = Math.floor(signedAtMs / 1000);

function hmac(manifest: string, key = secret): string {
  return createHmac('sha256', key).update(manifest).digest('hex');
}

function check(
  xSignature: string | undefined,
  overrides: Partial<Parameters<typeof verifyMercadoPagoSignature>[0]> = {},
) {
  return verifyMercadoPagoSignature({
    secret,
    xSignature,
    xRequestId: requestId,
    dataId: orderId,
    now: signedAtMs + 2_000,
    ...overrides,
  });
}

describe('Mercado Pago notification signatures', () => {
  it('accepts the documented manifest with a timestamp in seconds (pinned known answer)', () => {
    const manifest = `id:${orderId.toLowerCase()};request-id:${requestId};ts:${signedAtS};`;
    expect(manifest).toBe(
      'id:ord01jq4s4ky8hwq6na5pxb65b3d3;request-id:bb56a2f1-6aae-46ac-982e-9dcd3581d08e;ts:1742505638;',
    );
    const v1 = hmac(manifest);
    // Computed once with Python's hmac module, so this test also pins the manifest format itself.
    expect(v1).toBe('0780db67d117451fde0d11744c57e65ec4cf2ea81f24d3d25bd35a490d34bea2');
    expect(check(`ts=${signedAtS},v1=${v1}`)).toEqual({ ok: true, ts: signedAtS * 1000 });
  });

  it('accepts a timestamp in milliseconds and normalises it', () => {
    const v1 = hmac(`id:${orderId.toLowerCase()};request-id:${requestId};ts:${signedAtMs};`);
    expect(check(`ts=${signedAtMs},v1=${v1}`)).toEqual({ ok: true, ts: signedAtMs });
  });

  it('accepts a signature over the original, upper-case order id', () => {
    const v1 = hmac(`id:${orderId};request-id:${requestId};ts:${signedAtS};`);
    expect(check(`ts=${signedAtS},v1=${v1}`).ok).toBe(true);
  });

  it('tolerates spaces around the header fields and upper-case hex', () => {
    const v1 = hmac(`id:${orderId.toLowerCase()};request-id:${requestId};ts:${signedAtS};`).toUpperCase();
    expect(check(` ts=${signedAtS} , v1=${v1} `).ok).toBe(true);
  });

  it('leaves the request-id part out of the manifest when the header is missing', () => {
    const v1 = hmac(`id:${orderId.toLowerCase()};ts:${signedAtS};`);
    expect(check(`ts=${signedAtS},v1=${v1}`, { xRequestId: undefined }).ok).toBe(true);
    expect(check(`ts=${signedAtS},v1=${v1}`, { xRequestId: '' }).ok).toBe(true);
    // The same signature does not cover a request id that was added afterwards.
    expect(check(`ts=${signedAtS},v1=${v1}`)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('leaves the id part out when the URL carries no data.id', () => {
    const v1 = hmac(`request-id:${requestId};ts:${signedAtS};`);
    expect(check(`ts=${signedAtS},v1=${v1}`, { dataId: null }).ok).toBe(true);
  });

  it('refuses a notification whose order id was changed', () => {
    const v1 = hmac(`id:${orderId.toLowerCase()};request-id:${requestId};ts:${signedAtS};`);
    expect(check(`ts=${signedAtS},v1=${v1}`, { dataId: 'ORD01JQ4S4KY8HWQ6NA5PXB65B3D4' })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('refuses a notification signed with another secret', () => {
    const v1 = hmac(`id:${orderId.toLowerCase()};request-id:${requestId};ts:${signedAtS};`, 'someone-else');
    expect(check(`ts=${signedAtS},v1=${v1}`)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a genuine signature whose timestamp was changed', () => {
    const v1 = hmac(`id:${orderId.toLowerCase()};request-id:${requestId};ts:${signedAtS};`);
    expect(check(`ts=${signedAtS + 1},v1=${v1}`)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a correctly signed notification older than the tolerance, in either unit', () => {
    const oldS = signedAtS - 600;
    const oldMs = signedAtMs - 600_000;
    const inSeconds = hmac(`id:${orderId.toLowerCase()};request-id:${requestId};ts:${oldS};`);
    const inMs = hmac(`id:${orderId.toLowerCase()};request-id:${requestId};ts:${oldMs};`);
    expect(check(`ts=${oldS},v1=${inSeconds}`)).toEqual({ ok: false, reason: 'stale' });
    expect(check(`ts=${oldMs},v1=${inMs}`)).toEqual({ ok: false, reason: 'stale' });
    expect(check(`ts=${oldS},v1=${inSeconds}`, { toleranceSeconds: 900 }).ok).toBe(true);
  });

  it('refuses a timestamp from the future beyond the tolerance', () => {
    const future = signedAtS + 3600;
    const v1 = hmac(`id:${orderId.toLowerCase()};request-id:${requestId};ts:${future};`);
    expect(check(`ts=${future},v1=${v1}`)).toEqual({ ok: false, reason: 'stale' });
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['no v1', `ts=${signedAtS}`],
    ['no ts', `v1=${'a'.repeat(64)}`],
    ['a v1 that is not hex', `ts=${signedAtS},v1=${'z'.repeat(64)}`],
    ['a v1 of the wrong length', `ts=${signedAtS},v1=abcd`],
    ['a ts that is not a number', `ts=yesterday,v1=${'a'.repeat(64)}`],
    ['a field without =', `ts=${signedAtS},v1`],
    ['a repeated field', `ts=${signedAtS},ts=${signedAtS},v1=${'a'.repeat(64)}`],
  ])('calls a header with %s malformed', (_, header) => {
    expect(check(header)).toEqual({ ok: false, reason: 'malformed' });
  });
});
