import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Mercado Pago's notification signature (MP-5, SEC-3). The `x-signature` header reads `ts=<ts>,v1=<hex>`;
 * v1 is HMAC-SHA256 with the webhook secret over the manifest `id:<data.id>;request-id:<x-request-id>;ts:<ts>;`,
 * where a part whose value is absent is left out together with its `;`. `data.id` comes from the URL query and
 * is signed lower-cased; the original casing is accepted too. `ts` arrives in seconds or in milliseconds.
 */
export interface SignatureCheck {
  secret: string;
  xSignature: string | null | undefined;
  xRequestId: string | null | undefined;
  /** The `data.id` query parameter of the notification URL. */
  dataId: string | null | undefined;
  /** Milliseconds since the epoch. */
  now: number;
  toleranceSeconds?: number;
}

export type SignatureVerdict =
  | { ok: true; /** When Mercado Pago signed it, normalised to milliseconds. */ ts: number }
  | { ok: false; reason: 'malformed' | 'mismatch' | 'stale' };

/** Above this a `ts` can only be milliseconds: 1e11 seconds is the year 5138, 1e11 ms is 1973. */
const millisecondsThreshold = 100_000_000_000;

function parseHeader(header: string): { ts: string; v1: string } | null {
  const fields = new Map<string, string>();
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    if (separator === -1) return null;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (fields.has(key)) return null;
    fields.set(key, value);
  }
  const ts = fields.get('ts');
  const v1 = fields.get('v1');
  if (ts === undefined || v1 === undefined || !/^\d{1,16}$/.test(ts) || !/^[0-9a-fA-F]{64}$/.test(v1))
    return null;
  return { ts, v1 };
}

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value !== '';
}

export function mercadoPagoSignatureManifest(
  dataId: string | null | undefined,
  requestId: string | null | undefined,
  ts: string,
): string {
  return `${present(dataId) ? `id:${dataId};` : ''}${present(requestId) ? `request-id:${requestId};` : ''}ts:${ts};`;
}

export function verifyMercadoPagoSignature(check: SignatureCheck): SignatureVerdict {
  const { secret, xSignature, xRequestId, dataId, now, toleranceSeconds = 300 } = check;
  if (!present(xSignature) || secret === '') return { ok: false, reason: 'malformed' };
  const header = parseHeader(xSignature);
  if (header === null) return { ok: false, reason: 'malformed' };

  const received = Buffer.from(header.v1, 'hex');
  const candidates = present(dataId) ? [...new Set([dataId.toLowerCase(), dataId])] : [dataId];
  // Every candidate is computed and compared, so timing does not reveal which casing matched.
  let matched = false;
  for (const id of candidates) {
    const expected = createHmac('sha256', secret)
      .update(mercadoPagoSignatureManifest(id, xRequestId, header.ts))
      .digest();
    if (expected.length === received.length && timingSafeEqual(expected, received)) matched = true;
  }
  if (!matched) return { ok: false, reason: 'mismatch' };

  const raw = Number(header.ts);
  const ts = raw >= millisecondsThreshold ? raw : raw * 1000;
  if (Math.abs(now - ts) > toleranceSeconds * 1000) return { ok: false, reason: 'stale' };
  return { ok: true, ts };
}
