import type { AttemptState } from '../../../shared/ipc/payments.ts';
import type { UnitOfWork } from '../db/unit-of-work.ts';
import type { OrderService } from '../orders/order-service.ts';
import type { Alerts } from '../system/alerts.ts';
import type { AuditLog } from '../system/audit-log.ts';
import { failpoint } from '../system/failpoints.ts';
import type { TransitionCrashPoint } from './crash-points.ts';
import type { AttemptPatch, AttemptRow, PaymentJournal } from './payment-journal.ts';
import { providerName, type Observation } from './terminal-provider.ts';

export interface TransitionDeps {
  tx: UnitOfWork;
  journal: Pick<PaymentJournal, 'recordAnswer'>;
  orders: Pick<OrderService, 'updateCardLine'>;
  audit: AuditLog;
  alerts: Alerts;
  /** Writes the attempt and tells the windows (after the commit). */
  update(id: string, patch: AttemptPatch): AttemptRow;
}

/** A kill point inside a transition's transaction (see crash-points.ts). */
export const crashPoint = (name: TransitionCrashPoint) => failpoint(name);

/**
 * The transitions of a card payment attempt driven by what its provider observed: each moves the attempt and
 * keeps its payment line, the order, the audit log and the alerts in step, all in one transaction.
 */
export function createTransitions(deps: TransitionDeps) {
  const { journal, update } = deps;

  /**
   * Moves an attempt to what the provider observed, and keeps the order's payment line in step: the attempt,
   * the line, the order's paid amount and status, audit entries and alerts commit in one transaction.
   */
  function apply(row: AttemptRow, seen: Observation): AttemptRow {
    return journal.recordAnswer(() => deps.tx.run(() => applyObservation(row, seen)));
  }

  function applyObservation(row: AttemptRow, seen: Observation): AttemptRow {
    const base: AttemptPatch = { connection_problem: 0 };
    switch (seen.phase) {
      case 'not_found':
        return update(row.id, {
          ...base,
          state: 'failed',
          failure_code: 'not_found',
          failure_message: 'The provider has no record of this payment. Send it again.',
        });
      case 'waiting_for_card':
      case 'processing':
        if (row.state === seen.phase && row.provider_ref === seen.providerRef && row.connection_problem === 0)
          return row;
        return update(row.id, {
          ...base,
          state: row.forced ? row.state : seen.phase,
          provider_ref: seen.providerRef,
        });
      case 'authorized':
        if (row.state === 'authorized' && row.connection_problem === 0) return row;
        return update(row.id, {
          ...base,
          state: row.forced ? row.state : 'authorized',
          provider_ref: seen.providerRef,
          ...cardPatch(seen.card),
        });
      case 'succeeded': {
        const done = update(row.id, {
          ...base,
          state: 'succeeded',
          forced: 0,
          provider_ref: seen.providerRef,
          ...cardPatch(seen.card),
        });
        crashPoint('payments.succeeded:after_attempt');
        deps.orders.updateCardLine(row.order_id, row.payment_line_id, {
          status: 'paid',
          card: seen.card,
          reconcile: false,
        });
        if (row.forced) {
          crashPoint('payments.force_done_confirmed:after_line');
          deps.audit.record({
            action: 'payment.force_done_confirmed',
            subject: row.id,
            details: { providerRef: seen.providerRef },
          });
        }
        return done;
      }
      case 'declined':
      case 'canceled':
      case 'failed': {
        const failure = 'failure' in seen && seen.failure ? seen.failure : null;
        const state: AttemptState = seen.phase;
        const done = update(row.id, {
          ...base,
          state,
          forced: 0,
          provider_ref: seen.providerRef ?? row.provider_ref,
          failure_code: failure?.code ?? (state === 'canceled' ? 'canceled' : null),
          failure_message: failure?.message ?? (state === 'canceled' ? 'The payment was canceled.' : null),
        });
        crashPoint('payments.failed:after_attempt');
        if (row.forced) {
          // A manager recorded this as paid, but the provider says no money came: a person must act.
          deps.alerts.raise(
            'critical',
            'force_done_not_received',
            {
              key: 'alert.forcedNotReceived',
              params: {
                amount: { amount: row.amount, currency: row.currency },
                provider: providerName(row.provider),
              },
            },
            { attemptId: row.id, orderId: row.order_id },
          );
        } else {
          deps.orders.updateCardLine(row.order_id, row.payment_line_id, {
            status: 'failed',
            card: null,
            reconcile: false,
          });
        }
        return done;
      }
      case 'needs_check':
        return update(row.id, {
          ...base,
          state: 'needs_check',
          provider_ref: seen.providerRef,
          failure_code: seen.failure.code,
          failure_message: seen.failure.message,
        });
    }
  }

  return { apply };
}

function cardPatch(card: { brand: string; last4: string } | null): AttemptPatch {
  return card ? { card_brand: card.brand, card_last4: card.last4 } : {};
}
