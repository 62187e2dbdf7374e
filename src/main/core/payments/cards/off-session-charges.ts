import type { CardPayment } from '../../../../shared/ipc/payments.ts';
import { translatedError } from '../../../../shared/i18n/errors.ts';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import type { OrderService } from '../../orders/order-service.ts';
import type { PaymentOrchestrator } from '../orchestrator.ts';
import type { PaymentJournal } from '../payment-journal.ts';
import type { PaymentMethodRecord, PaymentMethodRepo } from '../payment-methods.ts';
import { builtInAccount } from '../links/pay-links.ts';
import type { CardStore } from './card-store.ts';

export interface OffSessionChargeDeps {
  tx: UnitOfWork;
  journal: PaymentJournal;
  orders: OrderService;
  methods: PaymentMethodRepo;
  store: CardStore;
  orchestrator: PaymentOrchestrator;
  /** Whether the Stripe account of a card is connected now (nothing is written while it is not). */
  connected(account: string): boolean;
  checkAmount(amount: number, currency: string): void;
  /** The hosted page where the customer authenticates the charge of this attempt, or null. */
  authenticationUrl(attemptId: string): Promise<string | null>;
}

/** The id of an attempt that charges a saved card: the terminal of the attempt is the card (pm_…). */
export const isCardOnFileAttempt = (terminalRef: string): boolean => terminalRef.startsWith('pm_');

/**
 * Charges a customer's saved card for an order (issue 13.4), as a card payment line through the payment journal:
 * the line and its attempt (whose terminal is the saved card, so the orchestrator drives it with the off-session
 * provider) are written ahead of any request, and the orchestrator takes it from there, at start and in the
 * sweep like every other attempt. Refunds go the usual way (History), to the same card.
 */
export function createOffSessionCharges(deps: OffSessionChargeDeps) {
  /** The Stripe card method on the card's account: the line is booked under it (journal, receipts, reports). */
  function methodFor(account: string): PaymentMethodRecord {
    const method = deps.methods
      .active()
      .find(
        (m) =>
          m.terminal === 'stripe' && m.terminalRef !== null && (m.profileId ?? builtInAccount) === account,
      );
    if (!method) throw translatedError('not_found', 'err.offsession.noStripeMethod');
    return method;
  }

  return {
    /**
     * Charges the saved card `paymentMethod` for `amount` of the order. The till chooses the line id, so a
     * retried request never charges twice: the same line answers with its attempt.
     */
    charge(input: {
      orderId: string;
      paymentMethod: string;
      amount: number;
      paymentLineId: string;
    }): CardPayment {
      const existing = deps.journal.forLine(input.paymentLineId);
      if (existing) return deps.orchestrator.get(existing.id);
      const card = deps.store.card(input.paymentMethod);
      if (!card || card.state !== 'saved')
        throw translatedError('not_found', 'err.offsession.noCard', undefined, 'paymentMethod');
      const order = deps.orders.get(input.orderId);
      if (order.customer?.id !== card.customer_id)
        throw translatedError('conflict', 'err.offsession.otherCustomer', undefined, 'paymentMethod');
      if (!deps.connected(card.account))
        throw translatedError('provider_unreachable', 'err.cards.notConnected');
      if (!deps.store.stripeCustomer(card.customer_id, card.account)?.stripe_customer)
        throw translatedError('not_found', 'err.offsession.noCard', undefined, 'paymentMethod');
      const method = methodFor(card.account);
      deps.checkAmount(input.amount, order.currency);
      const attemptId = `att_${input.paymentLineId.replaceAll('-', '')}`;
      // The write-ahead: synced to disk before the charge's first request leaves (payment-journal.ts).
      deps.journal.writeAhead(() =>
        deps.tx.run(() => {
          deps.orders.openCardLine(input.orderId, { id: input.paymentLineId, method, amount: input.amount });
          deps.journal.insert({
            id: attemptId,
            order_id: input.orderId,
            payment_line_id: input.paymentLineId,
            method_id: method.id,
            provider: 'stripe',
            terminal_ref: card.payment_method,
            amount: input.amount,
            currency: order.currency,
          });
        }),
      );
      return deps.orchestrator.checkAgain(attemptId);
    },

    /** Where the customer authenticates a charge their bank held back (null when none is waiting for them). */
    async authenticationLink(attemptId: string): Promise<{ url: string | null }> {
      const row = deps.journal.get(attemptId);
      if (!row || !isCardOnFileAttempt(row.terminal_ref))
        throw translatedError('not_found', 'err.pay.unknownAttempt');
      if (row.state !== 'waiting_for_card') return { url: null };
      return { url: await deps.authenticationUrl(attemptId) };
    },
  };
}

export type OffSessionCharges = ReturnType<typeof createOffSessionCharges>;
