import type { MercadoPagoErrorBody } from '../../main/core/payments/providers/mercadopago/wire.ts';

export interface SimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The Orders API envelope: `{ errors: [{ code, message, details }] }`. */
export function errors(status: number, code: string, message: string, details: string[] = []): SimResponse {
  const body: MercadoPagoErrorBody = { errors: [{ code, message, details }] };
  return { status, body };
}

/** Authentication failures are flat: `{ code: 'unauthorized', message }`. */
export function unauthorized(message: string): SimResponse {
  const body: MercadoPagoErrorBody = { code: 'unauthorized', message };
  return { status: 401, body };
}

/** The Terminals setup endpoint still answers in the older `{ error, message, status, cause }` envelope. */
export function legacyError(status: number, error: string, message: string): SimResponse {
  const body: MercadoPagoErrorBody = { error, message, status, cause: [] };
  return { status, body };
}
