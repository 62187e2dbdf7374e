import type StripeClient from 'stripe';

/**
 * The SDK's own Node HTTP client, without its one hidden retry.
 *
 * stripe-node re-sends a request once when its connection closes before the answer (ECONNRESET, EPIPE), even
 * with `maxNetworkRetries: 0`: `RequestSender._shouldRetry` checks those codes before the retry budget
 * (stripe-node PR #1336; issue #2808 reports it). The re-send carries the same idempotency key, so Stripe
 * replays its answer, but it happens outside the journal: Kassa never learns that its answer was lost and
 * that a second request left, and a crash test that drops an answer sees a replay instead of the loss it
 * meant to test. Kassa retries by itself, with the journal's keys (`sendOrVerify`), so here a closed
 * connection is handed to the SDK under a code of our own, which it treats like any other connection error:
 * no retry with the budget at 0, a `StripeConnectionError` for the caller.
 */
export function withoutHiddenRetries(Stripe: typeof StripeClient): StripeClient.HttpClient {
  const node = Stripe.createNodeHttpClient();
  const closed = new Set(Stripe.HttpClient.CONNECTION_CLOSED_ERROR_CODES);
  return {
    getClientName: () => node.getClientName(),
    makeRequest: (...request: Parameters<StripeClient.HttpClient['makeRequest']>) =>
      node.makeRequest(...request).catch((error: unknown) => {
        const code = (error as { code?: unknown } | null)?.code;
        if (typeof code !== 'string' || !closed.has(code)) throw error;
        throw Object.assign(new Error(`The connection closed before Stripe's answer arrived (${code}).`), {
          code: `answer_lost_${code}`,
          cause: error,
        });
      }),
  };
}
