import type { Db } from '../db/connection.ts';
import type { Alerts } from '../system/alerts.ts';
import type { PaymentJournal } from './payment-journal.ts';
import { providerName, type TerminalProvider } from './terminal-provider.ts';

export interface ReconciliationDeps {
  /** Which provider payments have been raised already (reconciliation_seen). */
  seen: ReconciliationSeen;
  journal: Pick<PaymentJournal, 'isKnown'>;
  alerts: Alerts;
  tillId: string;
  now: () => number;
  providerFor(kind: 'stripe' | 'mercadopago'): TerminalProvider | null;
}

/** The one writer of reconciliation_seen. */
export function createReconciliationSeen(db: Db) {
  const markSeen = db.prepare<[string, string, number]>(
    'INSERT INTO reconciliation_seen (provider, provider_ref, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  return {
    /** Marks a provider payment as raised; answers `{ changes: 1 }` only the first time. */
    run: (provider: string, providerRef: string, at: number) => markSeen.run(provider, providerRef, at),
  };
}

export type ReconciliationSeen = ReturnType<typeof createReconciliationSeen>;

/**
 * Provider-side payments of this till that match no attempt here are raised as alerts (REL-2), each once. A
 * till with several Stripe accounts (profiles) reconciles each one, passing its provider.
 */
export function createReconciliation(deps: ReconciliationDeps) {
  const markSeen = deps.seen;

  return {
    async reconcile(
      kind: 'stripe' | 'mercadopago',
      sinceMs: number,
      provider: TerminalProvider | null = deps.providerFor(kind),
    ): Promise<number> {
      if (!provider) return 0;
      let raised = 0;
      for (const record of await provider.listRecent(sinceMs)) {
        if (record.tillId !== null && record.tillId !== deps.tillId) continue;
        const known =
          (record.attemptId !== null && deps.journal.isKnown(record.attemptId)) ||
          deps.journal.isKnown(record.providerRef);
        if (known) continue;
        if (markSeen.run(kind, record.providerRef, deps.now()).changes !== 1) continue;
        raised++;
        const currency = record.currency.toUpperCase();
        deps.alerts.raise(
          record.phase === 'succeeded' || record.phase === 'authorized' ? 'critical' : 'warning',
          'unmatched_provider_payment',
          {
            key: 'alert.unmatchedPayment',
            params: {
              provider: providerName(kind),
              ref: record.providerRef,
              amount: { amount: record.amount, currency },
              phase: record.phase,
            },
          },
          { providerRef: record.providerRef, attemptId: record.attemptId },
        );
      }
      return raised;
    },
  };
}

export type Reconciliation = ReturnType<typeof createReconciliation>;
