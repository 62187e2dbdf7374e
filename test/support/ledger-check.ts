import Database from 'better-sqlite3';
import { join } from 'node:path';
import { salesPaidShort, type CardLineRow } from './sales-check.ts';
import type { StripeLedger } from '../../src/sim/stripe/index.ts';

interface LineRow extends CardLineRow {
  provider_ref: string | null;
}

/**
 * Compares Kassa's books with the provider's: every card line Kassa counts as paid has exactly one captured
 * PaymentIntent for its amount, every captured PaymentIntent is counted by exactly one paid line, no hold is
 * left uncaptured, and every paid order's paid lines add up to its total. Returns the differences.
 */
export function compareWithStripe(dataDir: string, ledger: StripeLedger): string[] {
  const db = new Database(join(dataDir, 'kassa.sqlite3'), { readonly: true });
  try {
    const problems: string[] = [];
    const lines = db
      .prepare(
        `SELECT l.id AS line_id, l.order_id, l.status AS line_status, l.amount, a.id AS attempt_id, a.state AS attempt_state, a.provider_ref
         FROM payment_lines l LEFT JOIN payment_attempts a ON a.payment_line_id = l.id WHERE l.method_id LIKE 'stripe%'`,
      )
      .all() as LineRow[];
    const byAttempt = new Map(
      ledger.paymentIntents
        .filter((pi) => pi.metadata.kassa_attempt)
        .map((pi) => [pi.metadata.kassa_attempt!, [] as typeof ledger.paymentIntents]),
    );
    for (const pi of ledger.paymentIntents) byAttempt.get(pi.metadata.kassa_attempt ?? '')?.push(pi);

    for (const line of lines) {
      const intents = line.attempt_id ? (byAttempt.get(line.attempt_id) ?? []) : [];
      const captured = intents.filter((pi) => pi.status === 'succeeded');
      if (line.line_status === 'paid') {
        if (captured.length !== 1)
          problems.push(
            `line ${line.line_id} is paid in Kassa but has ${captured.length} captured PaymentIntents`,
          );
        else if (captured[0]!.amount_received !== line.amount)
          problems.push(`line ${line.line_id}: Kassa ${line.amount}, Stripe ${captured[0]!.amount_received}`);
      } else if (captured.length > 0) {
        problems.push(
          `line ${line.line_id} is ${line.line_status} in Kassa but Stripe captured ${captured[0]!.id}`,
        );
      }
      for (const pi of intents) {
        if (pi.status === 'requires_capture')
          problems.push(`hold ${pi.id} for line ${line.line_id} was never captured or released`);
      }
    }
    const known = new Set(lines.map((l) => l.attempt_id));
    for (const pi of ledger.paymentIntents) {
      if (pi.status === 'succeeded' && !known.has(pi.metadata.kassa_attempt ?? null))
        problems.push(`Stripe captured ${pi.id} that Kassa has no attempt for`);
    }
    problems.push(...salesPaidShort(db));
    return problems;
  } finally {
    db.close();
  }
}
