import type { ErrorCode, ErrorParams, ErrorWords, KassaError } from '../../../../../shared/errors.ts';
import { providerError, say } from '../../../../../shared/i18n/errors.ts';
import { english, type MessageKey } from '../../../../../shared/i18n/translate.ts';
import { failureWords } from '../../../../../shared/payments/failure-words.ts';

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
  /** What the cashier or owner should do, in one sentence (English, for the log). */
  message: string;
  /** The same sentence as a catalog key and values, said in each window's language. */
  words: ErrorWords;
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

const doing: Readonly<Record<MercadoPagoOperation, MessageKey>> = {
  list_terminals: 'mp.doing.listTerminals',
  set_operating_mode: 'mp.doing.setMode',
  create_order: 'mp.doing.createOrder',
  get_order: 'mp.doing.getOrder',
  cancel_order: 'mp.doing.cancelOrder',
  refund_order: 'mp.doing.refundOrder',
  force_order_status: 'mp.doing.forceStatus',
};

/** What to do when Kassa cannot tell whether Mercado Pago acted: it depends on what was asked. */
const whenUnsure: Readonly<Record<MercadoPagoOperation, MessageKey>> = {
  list_terminals: 'mp.unsure.tryAgain',
  set_operating_mode: 'mp.unsure.setMode',
  create_order: 'mp.unsure.createOrder',
  get_order: 'mp.unsure.tryAgain',
  cancel_order: 'mp.unsure.cancelOrder',
  refund_order: 'mp.unsure.refundOrder',
  force_order_status: 'mp.unsure.forceStatus',
};

/** Codes with a cause the cashier or owner can fix: Kassa's words for them live in the failure table. */
const knownCodes: Readonly<Record<string, ErrorCode>> = {
  unauthorized: 'provider_rejected',
  user_not_authorized: 'provider_rejected',
  forbidden_checking_terminal_owner: 'provider_rejected',
  already_queued_order_for_terminal: 'terminal_busy',
  terminal_not_in_pdv_mode: 'terminal_unsupported_mode',
  terminal_not_allowed_action: 'terminal_unsupported_mode',
  store_pos_not_found: 'provider_rejected',
  idempotency_key_already_used: 'conflict',
  cannot_cancel_order: 'conflict',
  order_already_canceled: 'conflict',
  order_not_found: 'not_found',
  transaction_not_found: 'not_found',
  refund_amount_exceeds: 'amount_invalid',
  refund_in_progress: 'conflict',
  movement_operations_pending: 'conflict',
  order_payment_not_yet_enabled_for_refund: 'conflict',
  order_already_refunded: 'conflict',
  cannot_refund_order: 'conflict',
  refund_period_exceeded: 'provider_rejected',
  partial_refund_forbidden_with_tips: 'provider_rejected',
  unsupported_partially_refunds: 'provider_rejected',
  insufficient_money_for_refund: 'provider_rejected',
};

/** A failure's words: the catalog key and values, with the English text for the log and the fallback. */
function worded(messageKey: MessageKey, params?: ErrorParams): Pick<MercadoPagoFailure, 'message' | 'words'> {
  return {
    message: say(english, messageKey, params),
    words: params === undefined ? { messageKey } : { messageKey, params },
  };
}

/** The phrases a failure's sentence is built around, for the operation that failed. */
const about = (operation: MercadoPagoOperation) => ({
  doingKey: doing[operation],
  whenUnsureKey: whenUnsure[operation],
});

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
  const known = codes.find((c) => Object.hasOwn(knownCodes, c));
  const base = { kind: 'http' as const, status, codes, detail };
  if (status >= 500) {
    return {
      ...base,
      mayHaveReached: true,
      code: 'provider_unreachable',
      ...worded('err.mp.serverProblem', about(operation)),
    };
  }
  if (status === 429) {
    return {
      ...base,
      mayHaveReached: false,
      code: 'provider_unreachable',
      ...worded('err.mp.tooManyRequests'),
    };
  }
  if (known !== undefined) {
    const { messageKey } = failureWords(known);
    return {
      ...base,
      mayHaveReached: false,
      code: knownCodes[known] ?? 'provider_rejected',
      ...worded(messageKey),
    };
  }
  if (status === 401)
    return { ...base, mayHaveReached: false, code: 'provider_rejected', ...worded('err.mp.credentials') };
  const said = codes.length > 0 ? `${codes.join(', ')}${detail === '' ? '' : `: ${detail}`}` : '';
  return {
    ...base,
    mayHaveReached: false,
    code: status === 404 ? 'not_found' : 'provider_rejected',
    ...(said === ''
      ? worded('err.mp.refused', about(operation))
      : worded('err.mp.refusedSaying', { ...about(operation), said })),
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
    ...(neverSent
      ? worded('err.mp.unreachable', about(operation))
      : worded('err.mp.connectionBroke', about(operation))),
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
    ...worded('err.mp.timeout', { ...about(operation), seconds }),
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
    ...worded('err.mp.unexpected', about(operation)),
  };
}

export function failureToKassaError(failure: MercadoPagoFailure): KassaError {
  return providerError(failure.code, failure.codes[0] ?? '', failure.message, failure.words);
}
