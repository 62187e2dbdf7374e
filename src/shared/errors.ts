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
  'shift_closed',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Values for a translated error's placeholders: already formatted for the store (amounts, dates). */
export type ErrorParams = Readonly<Record<string, string | number>>;

/**
 * What a window needs to say an error in the cashier's language: the key of its message in the catalogs and
 * the values of its placeholders. `message` stays the English text, for logs and as the fallback.
 */
export interface ErrorWords {
  messageKey: string;
  params?: ErrorParams;
}

export interface KassaErrorShape {
  code: ErrorCode;
  message: string;
  field?: string;
  /** Set when the message is a catalog key: the window shows `t(messageKey, params)` (see i18n/errors.ts). */
  messageKey?: string;
  params?: ErrorParams;
}

export class KassaError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly words: ErrorWords | undefined;

  constructor(code: ErrorCode, message: string, field?: string, words?: ErrorWords) {
    super(message);
    this.name = 'KassaError';
    this.code = code;
    this.field = field;
    this.words = words;
  }

  toShape(): KassaErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.words === undefined ? {} : this.words),
    };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: KassaErrorShape };
