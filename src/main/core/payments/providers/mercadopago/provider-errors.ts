import { ProviderError } from '../../terminal-provider.ts';
import type { MercadoPagoFailure, MercadoPagoResult } from './failures.ts';

/**
 * The client's failure values, in the orchestrator's vocabulary. Whatever may have reached Mercado Pago
 * (timeouts, broken connections, 5xx, unreadable answers) is retryable with the same idempotency key; so are
 * 429 and a connection that was refused before sending. Every other 4xx is Mercado Pago's final word on that
 * request. The error code is Mercado Pago's own (`already_queued_order_for_terminal`, …) when it sent one.
 */
export function toProviderError(failure: MercadoPagoFailure): ProviderError {
  const status = failure.status;
  const retryable = failure.mayHaveReached || status === null || status === 429 || status >= 500;
  const code = status === 429 ? 'rate_limited' : (failure.codes[0] ?? failure.code);
  return new ProviderError(code, failure.message, {
    retryable,
    maybeApplied: failure.mayHaveReached,
    status,
    words: failure.words,
  });
}

/** The value of a successful call, or the failure thrown as a ProviderError. */
export function valueOf<T>(result: MercadoPagoResult<T>): T {
  if (!result.ok) throw toProviderError(result.error);
  return result.value;
}
