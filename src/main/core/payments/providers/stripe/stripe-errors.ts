import { ProviderError } from '../../terminal-provider.ts';

interface StripeLikeError {
  type?: string;
  code?: string;
  statusCode?: number;
  message?: string;
  decline_code?: string;
}

/** What a cashier should read for the Stripe error codes that happen at the counter. */
const cashierMessages: Record<string, string> = {
  terminal_reader_offline:
    'The card reader is offline. Check that it is switched on and connected to Wi-Fi, then try again.',
  terminal_reader_busy:
    'The card reader is busy with something else (another payment, an update, or a card still inserted). Wait a moment and try again.',
  terminal_reader_timeout: 'The card reader did not answer in time.',
  intent_invalid_state:
    'This payment is in a state where the reader cannot take it. Start a new card payment.',
  amount_too_small: 'Stripe does not accept a card payment this small.',
  amount_too_large: 'Stripe does not accept a card payment this large.',
  resource_missing: 'Stripe does not know this reader or payment. Check the reader set up for this method.',
};

/**
 * Maps the stripe SDK's errors to ProviderError. Connection errors, timeouts, 5xx and 429 are retryable
 * with the same idempotency key; 4xx answers are final for that request.
 */
export function toProviderError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  const e = (error ?? {}) as StripeLikeError;
  const type = e.type ?? '';
  if (type === 'StripeConnectionError') {
    return new ProviderError('connection', 'Stripe cannot be reached right now (network).', {
      retryable: true,
      maybeApplied: true,
    });
  }
  if (type === 'StripeRateLimitError' || e.statusCode === 429) {
    return new ProviderError('rate_limited', 'Stripe asked Kassa to slow down.', {
      retryable: true,
      maybeApplied: false,
      status: 429,
    });
  }
  if (type === 'StripeAPIError' || (e.statusCode !== undefined && e.statusCode >= 500)) {
    return new ProviderError('provider_error', 'Stripe had a problem answering.', {
      retryable: true,
      maybeApplied: true,
      status: e.statusCode ?? null,
    });
  }
  if (type === 'StripeAuthenticationError' || type === 'StripePermissionError') {
    return new ProviderError('authentication', 'Stripe refused the API key. Check the key in preferences.', {
      retryable: false,
      maybeApplied: false,
      status: e.statusCode ?? null,
    });
  }
  const code = e.code ?? (type === 'StripeIdempotencyError' ? 'idempotency_error' : 'invalid_request');
  if (code === 'terminal_reader_timeout') {
    return new ProviderError(code, cashierMessages[code]!, {
      retryable: true,
      maybeApplied: true,
      status: e.statusCode ?? null,
    });
  }
  return new ProviderError(code, cashierMessages[code] ?? e.message ?? 'Stripe refused the request.', {
    retryable: false,
    maybeApplied: false,
    status: e.statusCode ?? null,
  });
}

/** Words a cashier understands for a declined card. */
export function declineMessage(
  code: string | null | undefined,
  declineCode: string | null | undefined,
): string {
  switch (declineCode ?? code) {
    case 'insufficient_funds':
      return 'Declined: not enough money on the card. Ask for another card or another way to pay.';
    case 'expired_card':
      return 'Declined: the card has expired. Ask for another card.';
    case 'incorrect_pin':
    case 'invalid_pin':
      return 'Declined: wrong PIN. The customer can try again.';
    case 'lost_card':
    case 'stolen_card':
    case 'fraudulent':
      return 'Declined by the bank. Ask for another way to pay.';
    case 'customer_canceled':
      return 'The customer canceled on the reader.';
    default:
      return 'Declined by the card issuer. Ask for another card or another way to pay.';
  }
}
