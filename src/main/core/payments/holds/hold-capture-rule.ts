import type { OrderStatus } from '../../../../shared/ipc/orders.ts';

/**
 * What becomes of a capture that no longer fits its order (issue 13.8): the cashier asked to capture an amount, and
 * before the capture was recorded the order changed (cash paid the rest, the order was voided). A pure rule, so that
 * recovery decides the same way every time and the table test shows every case.
 *
 * - `capture`: the order still owes at least the amount asked: capture as asked.
 * - `captureLess`: the order still owes something, but less: capture only what it owes; Stripe releases the rest.
 * - `release`: the order owes nothing any more, or is not open: nothing is taken from the card.
 * - `owner`: Stripe already took the money (the capture went out before the order changed): Kassa cannot put it on
 *   the order; the owner is told to refund the card or settle it by hand.
 */
export type CaptureDecision =
  | { action: 'capture'; amount: number }
  | { action: 'captureLess'; amount: number }
  | { action: 'release' }
  | { action: 'owner' };

export interface CaptureFitInput {
  /** The amount the capture was asked for. */
  asked: number;
  /** The order's status now. */
  orderStatus: OrderStatus;
  /** What the order can still take: its remaining amount less card lines still pending. */
  available: number;
  /** Whether Stripe has captured already (the PaymentIntent succeeded). */
  capturedAtStripe: boolean;
}

export function decideCapture(input: CaptureFitInput): CaptureDecision {
  const open = input.orderStatus === 'open';
  const fits = open && input.asked <= input.available;
  if (fits) return { action: 'capture', amount: input.asked };
  if (input.capturedAtStripe) return { action: 'owner' };
  if (open && input.available > 0) return { action: 'captureLess', amount: input.available };
  return { action: 'release' };
}
