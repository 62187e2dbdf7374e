import type { LinkState } from './link-store.ts';

/** What Stripe says about a link's Checkout Session (read by polling, or carried by an event). */
export interface SessionView {
  /** `open | complete | expired`; Stripe's types leave room for values added later, which change nothing. */
  status: string | null;
  paymentStatus: string;
  paymentIntent: string | null;
  /** The PaymentIntent's status when known: a delayed payment that failed goes back to requires_payment_method. */
  intentStatus: string | null;
}

/** What a view does to a link and its payment line; null when nothing changes. */
export interface LinkStep {
  state: LinkState;
  line: 'pending' | 'paid' | 'failed';
}

const finalStates: readonly LinkState[] = ['paid', 'failed', 'expired', 'canceled'];

/**
 * The link's state machine, as a pure function: a session that is still open changes nothing; an expired one
 * ends a live link and frees its amount; a complete one is paid, or for a delayed method (SEPA Direct Debit)
 * awaits settlement until Stripe says the money arrived or the debit failed. A link that ended stays ended.
 */
export function nextStep(current: LinkState, view: SessionView): LinkStep | null {
  if (finalStates.includes(current)) return null;
  if (view.status === 'expired') {
    // A session that expired after its payment completed keeps its payment; only an unpaid one ends.
    return current === 'awaiting_settlement' ? null : { state: 'expired', line: 'failed' };
  }
  if (view.status !== 'complete') return null;
  if (view.paymentStatus === 'paid' || view.paymentStatus === 'no_payment_required')
    return { state: 'paid', line: 'paid' };
  if (view.intentStatus === 'requires_payment_method' || view.intentStatus === 'canceled')
    return { state: 'failed', line: 'failed' };
  return current === 'awaiting_settlement' ? null : { state: 'awaiting_settlement', line: 'pending' };
}

/**
 * How long to wait before reading an open session again: every second for the first minute (a customer at the
 * counter pays within it), then slower, never faster than Stripe's test-mode limit allows for a few dozen links.
 */
export function checkDelayMs(checks: number, state: LinkState): number {
  if (state === 'awaiting_settlement') return 5 * 60_000; // settles in days: the event sweep is the main channel
  if (state === 'creating') return 2_000;
  if (checks < 60) return 1_000;
  if (checks < 150) return 2_000;
  if (checks < 400) return 5_000;
  return 30_000;
}
