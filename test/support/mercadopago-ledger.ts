import Database from 'better-sqlite3';
import { join } from 'node:path';
import { salesPaidShort, type CardLineRow } from './sales-check.ts';
import type { MercadoPagoLedgerEntry } from '../../src/sim/mercadopago/index.ts';

interface LineRow extends CardLineRow {
  forced: number | null;
}

const paid = (o: MercadoPagoLedgerEntry) =>
  (o.status === 'processed' || o.status === 'refunded') &&
  (o.paymentStatus === 'processed' || o.paymentStatus === 'refunded');

/**
 * Compares Kassa's books with Mercado Pago's: every Mercado Pago card line Kassa counts as paid has exactly
 * one paid order for its amount (made for its attempt), no other line has one, no order Kassa made is left
 * waiting on a terminal, every paid order belongs to a paid line, the refunds Kassa counts are the ones
 * Mercado Pago made, and every paid sale's lines add up to its total. Returns the differences.
 */
export function compareWithMercadoPago(dataDir: string, ledger: MercadoPagoLedgerEntry[]): string[] {
  const db = new Database(join(dataDir, 'kassa.sqlite3'), { readonly: true });
  try {
    const problems: string[] = [];
    const lines = db
      .prepare(
        `SELECT l.id AS line_id, l.order_id, l.status AS line_status, l.amount, a.id AS attempt_id,
                a.state AS attempt_state, a.forced
         FROM payment_lines l
         JOIN payment_methods m ON m.id = l.method_id AND m.terminal = 'mercadopago'
         LEFT JOIN payment_attempts a ON a.payment_line_id = l.id`,
      )
      .all() as LineRow[];
    const refunded = new Map(
      (
        db
          .prepare(
            `SELECT payment_line_id AS line, sum(amount) AS amount, sum(state = 'pending') AS pending
             FROM refunds WHERE state IN ('pending', 'succeeded') GROUP BY payment_line_id`,
          )
          .all() as { line: string; amount: number; pending: number }[]
      ).map((r) => [r.line, r]),
    );
    const ordersOf = (attemptId: string | null) =>
      attemptId === null ? [] : ledger.filter((o) => o.externalReference.startsWith(`kassa-${attemptId}-`));

    for (const line of lines) {
      const orders = ordersOf(line.attempt_id);
      const paidOrders = orders.filter(paid);
      if (line.line_status === 'paid' && line.forced === 1) {
        // Recorded from the terminal by a manager: Mercado Pago's order ended in action_required.
        if (paidOrders.length > 0)
          problems.push(
            `line ${line.line_id} was recorded by hand but Mercado Pago has ${paidOrders[0]!.orderId}`,
          );
      } else if (line.line_status === 'paid') {
        if (paidOrders.length !== 1) {
          problems.push(
            `line ${line.line_id} is paid in Kassa but has ${paidOrders.length} paid Mercado Pago orders`,
          );
        } else if (paidOrders[0]!.amountMinor !== line.amount) {
          problems.push(
            `line ${line.line_id}: Kassa ${line.amount}, Mercado Pago ${paidOrders[0]!.amountMinor}`,
          );
        }
      } else if (paidOrders.length > 0) {
        problems.push(
          `line ${line.line_id} is ${line.line_status} in Kassa but Mercado Pago was paid in ${paidOrders[0]!.orderId}`,
        );
      }
      const refunds = refunded.get(line.line_id);
      const refundedAtProvider = paidOrders.reduce((sum, o) => sum + o.refundedMinor, 0);
      if ((refunds?.amount ?? 0) !== refundedAtProvider) {
        problems.push(
          `line ${line.line_id}: Kassa refunded ${refunds?.amount ?? 0}, Mercado Pago ${refundedAtProvider}`,
        );
      }
      if (refunds && refunds.pending > 0) problems.push(`line ${line.line_id} still has a refund pending`);
    }

    const attempts = new Set(lines.map((l) => l.attempt_id));
    for (const o of ledger) {
      if (!o.externalReference.startsWith('kassa-')) continue;
      if (o.status === 'created' || o.status === 'at_terminal') {
        problems.push(
          `order ${o.orderId} (${o.externalReference}) is still waiting on terminal ${o.terminalId}`,
        );
      }
      const attemptId = /^kassa-(.+)-\d+$/.exec(o.externalReference)?.[1] ?? null;
      if (paid(o) && !attempts.has(attemptId))
        problems.push(`Mercado Pago was paid in ${o.orderId} that Kassa has no attempt for`);
    }

    problems.push(...salesPaidShort(db));
    return problems;
  } finally {
    db.close();
  }
}
