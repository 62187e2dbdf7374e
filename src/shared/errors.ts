/**
 * Errors are values at every boundary (IPC, provider clients). Each carries a stable `code` that code can
 * branch on and a `message` a cashier or owner can act on. `field` names the input that was wrong, so a
 * form can show the message next to it.
 */
export const errorCodes = [
  'invalid_request',
  'unknown_channel',
  'forbidden',
  'not_found',
  'conflict',
  'out_of_stock',
  'amount_invalid',
  'unknown_barcode',
  'unknown_currency',
  'payment_incomplete',
  'order_locked',
  'database_too_new',
  'database_corrupt',
  'pin_required',
  'not_signed_in',
  'pin_invalid',
  'pin_locked',
  'provider_unreachable',
  'provider_rejected',
  'provider_declined',
  'terminal_offline',
  'terminal_busy',
  'terminal_unsupported_mode',
  'terminal_recovering',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface KassaErrorShape {
  code: ErrorCode;
  message: string;
  field?: string;
}

export class KassaError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'KassaError';
    this.code = code;
    this.field = field;
  }

  toShape(): KassaErrorShape {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: KassaErrorShape };
