import type { RefundState } from '../../../shared/ipc/orders.ts';

/**
 * What has gone back to the customer of order `o` (issue 15.18: History said "Paid" after a full refund): card
 * refunds the provider confirmed (a released authorization included: that money was never taken) and the
 * parts of returns given back another way (cash from the drawer, a voucher). A return's card part is a row in
 * `refunds` too, so it is counted there once. A refund still waiting for the provider is not counted yet.
 * Read here, written by their owners (payments: `refunds`; shifts: `returns`, `return_payments`).
 */
export const refundedSql = `(
  (SELECT coalesce(sum(r.amount), 0) FROM refunds r WHERE r.order_id = o.id AND r.state = 'succeeded')
  + (SELECT coalesce(sum(rp.amount), 0) FROM return_payments rp JOIN returns rt ON rt.id = rp.return_id
      WHERE rt.order_id = o.id AND rp.route != 'card'))`;

/** Whether an order's money went back, in part or in full: one rule for History, the order detail and exports. */
export function refundStateOf(order: { status: string; paid: number; refunded: number }): RefundState {
  // Only a paid order is "refunded": a voided one says Voided, whatever went back before the void.
  if (order.status !== 'paid' || order.refunded <= 0) return 'none';
  return order.refunded >= order.paid ? 'full' : 'partly';
}
