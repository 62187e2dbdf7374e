import type { ErrorCode, KassaError } from '../../../../../shared/errors.ts';
import { providerError } from '../../../../../shared/i18n/errors.ts';

/**
 * Every way a call to Mercado Pago can fail, as a value. The orchestrator branches on `mayHaveReached`:
 * when true, Mercado Pago may have acted on the request (timeout, connection dropped after sending, 5xx, an
 * answer that could not be read), so it must re-read or retry with the same idempotency key; when false,
 * Mercado Pago certainly did not act (connection refused, name not resolved, 4xx), so failing is safe.
 */
export interface MercadoPagoFailure {
  kind: 'network' | 'timeout' | 'http';
  mayHaveReached: boolean;
  /** HTTP status, or null when no answer arrived. */
  status: number | null;
  /** Mercado Pago's own error codes from the body (`already_queued_order_for_terminal`, …), first is main. */
  codes: string[];
  /** Kassa's code for the same failure, to cross the IPC boundary. */
  code: ErrorCode;
  /** What the cashier or owner should do, in one sentence. */
  message: string;
  /** Mercado Pago's own wording or the low-level cause, for the log. Never contains the access token. */
  detail: string;
}

export type MercadoPagoResult<T> = { ok: true; value: T } | { ok: false; error: MercadoPagoFailure };

export type MercadoPagoOperation =
  | 'list_terminals'
  | 'set_operating_mode'
  | 'create_order'
  | 'get_order'
  | 'cancel_order'
  | 'refund_order'
  | 'force_order_status';

const doing: Record<MercadoPagoOperation, string> = {
  list_terminals: 'read the terminal list',
  set_operating_mode: "change the terminal's mode",
  create_order: 'send the payment to the terminal',
  get_order: 'check the payment',
  cancel_order: 'cancel the payment',
  refund_order: 'refund the payment',
  force_order_status: 'set the test order status',
};

/** What to do when Kassa cannot tell whether Mercado Pago acted: it depends on what was asked. */
const whenUnsure: Record<MercadoPagoOperation, string> = {
  list_terminals: 'Try again in a moment.',
  set_operating_mode: 'The mode may have changed: read the terminal list before trying again.',
  create_order: 'The payment may have reached the terminal: check it before sending it again.',
  get_order: 'Try again in a moment.',
  cancel_order: 'The payment may have been canceled: check it before trying again.',
  refund_order: 'The refund may have gone through: check the payment before trying again.',
  force_order_status: 'The status may have been set: check the order before trying again.',
};

const credentialsMessage =
  'Mercado Pago refused the access token: paste the production access token from "Your integrations" ' +
  'into the Mercado Pago settings.';

/** Codes with a cause the cashier or owner can fix, and what to tell them. */
const knownCodes: Readonly<Record<string, { code: ErrorCode; message: string }>> = {
  unauthorized: { code: 'provider_rejected', message: credentialsMessage },
  user_not_authorized: { code: 'provider_rejected', message: credentialsMessage },
  forbidden_checking_terminal_owner: {
    code: 'provider_rejected',
    message:
      'This terminal does not belong to the Mercado Pago account of the access token: check the terminal ' +
      'serial number and the access token in the Mercado Pago settings.',
  },
  already_queued_order_for_terminal: {
    code: 'terminal_busy',
    message:
      'The terminal still has an earlier payment waiting: finish or cancel it on the terminal, then try again.',
  },
  terminal_not_in_pdv_mode: {
    code: 'terminal_unsupported_mode',
    message:
      'The terminal is in standalone mode and cannot take payments from Kassa: switch it to integrated (PDV) ' +
      'mode in the Mercado Pago settings, then restart the terminal.',
  },
  terminal_not_allowed_action: {
    code: 'terminal_unsupported_mode',
    message: "Mercado Pago does not let Kassa change this terminal's mode: change it on the terminal itself.",
  },
  store_pos_not_found: {
    code: 'provider_rejected',
    message:
      'The terminal is not linked to a store and a point of sale: set them up in the Mercado Pago app first.',
  },
  idempotency_key_already_used: {
    code: 'conflict',
    message:
      'Mercado Pago already received a different request under the same key: start a new payment attempt.',
  },
  cannot_cancel_order: {
    code: 'conflict',
    message:
      'The payment has already reached the terminal: cancel it on the terminal (bottom right button, then Yes).',
  },
  order_already_canceled: { code: 'conflict', message: 'This payment was already canceled.' },
  order_not_found: {
    code: 'not_found',
    message:
      'Mercado Pago does not know this payment: it was never created, or it is more than 3 months old.',
  },
  transaction_not_found: {
    code: 'not_found',
    message: 'That card payment is not part of this Mercado Pago order: refund it from the original sale.',
  },
  refund_amount_exceeds: {
    code: 'amount_invalid',
    message: 'That is more than what is left to refund on this payment: lower the refund amount.',
  },
  refund_in_progress: {
    code: 'conflict',
    message: 'A refund for this payment is still being processed: wait a few minutes, then check it again.',
  },
  movement_operations_pending: {
    code: 'conflict',
    message: 'Mercado Pago is still settling this payment: wait a few minutes, then try the refund again.',
  },
  order_payment_not_yet_enabled_for_refund: {
    code: 'conflict',
    message: 'Mercado Pago does not allow refunding this payment yet: try again later.',
  },
  order_already_refunded: { code: 'conflict', message: 'This payment has already been refunded in full.' },
  cannot_refund_order: { code: 'conflict', message: 'Only a completed card payment can be refunded.' },
  refund_period_exceeded: {
    code: 'provider_rejected',
    message:
      'Mercado Pago refunds card payments for 90 days only and this one is older: refund the customer in ' +
      'another way (cash or bank transfer).',
  },
  partial_refund_forbidden_with_tips: {
    code: 'provider_rejected',
    message: 'A payment that includes a tip can only be refunded in full: refund the whole payment.',
  },
  unsupported_partially_refunds: {
    code: 'provider_rejected',
    message:
      'Mercado Pago does not allow a partial refund of this payment: refund it in full or in another way.',
  },
  insufficient_money_for_refund: {
    code: 'provider_rejected',
    message:
      'The Mercado Pago account does not hold enough money for this refund: add funds, or refund in cash.',
  },
};

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Reads the codes and wording out of any of Mercado Pago's three error envelopes. */
export function readErrorBody(body: unknown): { codes: string[]; detail: string } {
  const codes: string[] = [];
  const words: string[] = [];
  if (typeof body !== 'object' || body === null) {
    const raw = text(body);
    return { codes, detail: raw === undefined ? '' : raw.slice(0, 500) };
  }
  const record = body as Record<string, unknown>;
  if (Array.isArray(record.errors)) {
    for (const entry of record.errors as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const e = entry as Record<string, unknown>;
      const code = text(e.code);
      if (code !== undefined) codes.push(code);
      const message = text(e.message);
      if (message !== undefined) words.push(message);
      if (Array.isArray(e.details)) words.push(...e.details.map(String));
    }
  }
  for (const key of ['code', 'error'] as const) {
    const code = text(record[key]);
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  }
  const message = text(record.message);
  if (message !== undefined) words.push(message);
  if (Array.isArray(record.cause)) {
    for (const cause of record.cause as unknown[]) {
      if (typeof cause !== 'object' || cause === null) continue;
      const c = cause as Record<string, unknown>;
      const code = text(c.code);
      if (code !== undefined && !codes.includes(code)) codes.push(code);
      const description = text(c.description);
      if (description !== undefined) words.push(description);
    }
  }
  return { codes, detail: words.join('; ').slice(0, 500) };
}

export function httpFailure(
  status: number,
  body: unknown,
  operation: MercadoPagoOperation,
): MercadoPagoFailure {
  const { codes, detail } = readErrorBody(body);
  const known = codes.map((c) => knownCodes[c]).find((k) => k !== undefined);
  const base = { kind: 'http' as const, status, codes, detail };
  if (status >= 500) {
    return {
      ...base,
      mayHaveReached: true,
      code: 'provider_unreachable',
      message: `Mercado Pago had a problem while Kassa tried to ${doing[operation]}. ${whenUnsure[operation]}`,
    };
  }
  if (status === 429) {
    return {
      ...base,
      mayHaveReached: false,
      code: 'provider_unreachable',
      message: 'Mercado Pago is receiving too many requests: wait a few seconds, then try again.',
    };
  }
  if (known !== undefined) return { ...base, mayHaveReached: false, ...known };
  if (status === 401)
    return { ...base, mayHaveReached: false, code: 'provider_rejected', message: credentialsMessage };
  const said = codes.length > 0 ? ` (${codes.join(', ')}${detail === '' ? '' : `: ${detail}`})` : '';
  return {
    ...base,
    mayHaveReached: false,
    code: status === 404 ? 'not_found' : 'provider_rejected',
    message:
      `Mercado Pago refused to ${doing[operation]}${said}. Try again; if it keeps happening, ` +
      'contact Kassa support with this message.',
  };
}

/**
 * Error codes that prove the request never left this machine: the name did not resolve, nobody listened, or
 * the TLS handshake failed before any byte of the request was sent.
 */
const notSentCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_INVALID_URL',
  'ERR_BAD_PORT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

/** Node's fetch wraps the socket error in `cause` (and in `AggregateError.errors` when it tried several addresses). */
function errorCodesOf(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown; message?: unknown };
  // fetch refuses ports browsers block (a misconfigured base URL) with a bare "bad port", before connecting.
  const own = typeof e.code === 'string' ? [e.code] : e.message === 'bad port' ? ['ERR_BAD_PORT'] : [];
  const nested = Array.isArray(e.errors) ? e.errors.flatMap((x) => errorCodesOf(x, depth + 1)) : [];
  return [...own, ...nested, ...errorCodesOf(e.cause, depth + 1)];
}

function describeError(error: unknown): string {
  const codes = errorCodesOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return codes.length > 0 ? `${message} (${codes.join(', ')})` : message;
}

/**
 * A failure before any HTTP answer arrived. `answerStarted` is true when the status line had already come
 * back and only reading the body failed: the request certainly reached Mercado Pago then.
 */
export function networkFailure(
  error: unknown,
  operation: MercadoPagoOperation,
  answerStarted = false,
): MercadoPagoFailure {
  const codes = errorCodesOf(error);
  const neverSent = !answerStarted && codes.some((c) => notSentCodes.has(c));
  return {
    kind: 'network',
    mayHaveReached: !neverSent,
    status: null,
    codes: [],
    code: 'provider_unreachable',
    detail: describeError(error),
    message: neverSent
      ? `Kassa could not reach Mercado Pago to ${doing[operation]}: check the internet connection, then try again.`
      : `The connection to Mercado Pago broke while Kassa tried to ${doing[operation]}. ${whenUnsure[operation]}`,
  };
}

export function timeoutFailure(timeoutMs: number, operation: MercadoPagoOperation): MercadoPagoFailure {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return {
    kind: 'timeout',
    mayHaveReached: true,
    status: null,
    codes: [],
    code: 'provider_unreachable',
    detail: `no answer within ${timeoutMs} ms`,
    message: `Mercado Pago did not answer within ${seconds} s when Kassa tried to ${doing[operation]}. ${whenUnsure[operation]}`,
  };
}

/** A success status whose body is not what the documentation promises. Mercado Pago did act on the request. */
export function unexpectedAnswer(
  status: number,
  operation: MercadoPagoOperation,
  what: string,
): MercadoPagoFailure {
  return {
    kind: 'http',
    mayHaveReached: true,
    status,
    codes: ['unexpected_response'],
    code: 'provider_unreachable',
    detail: what,
    message:
      `Mercado Pago answered in a way Kassa does not understand when it tried to ${doing[operation]}: ` +
      'check the payment on the terminal or in the Mercado Pago app.',
  };
}

export function failureToKassaError(failure: MercadoPagoFailure): KassaError {
  return providerError(failure.code, failure.codes[0] ?? '', failure.message);
}
