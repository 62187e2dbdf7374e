import type { UnitOfWork } from '../db/unit-of-work.ts';
import type { ErrorParams } from '../../../shared/errors.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import {
  approvalLimitsSchema,
  defaultApprovalLimits,
  type ApprovalLimits,
} from '../../../shared/settings/approval-limits.ts';
import { formatMoney } from '../../../shared/money/money.ts';
import type { SettingsRepo, StoreSettings } from '../settings/store-settings.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { ManagerPin } from './manager-pin.ts';
import type { StaffSession } from './session.ts';

/** Why a manager must approve: a sentence from the catalogs that ends by asking for their PIN. */
export interface ApprovalReason {
  key: MessageKey;
  params: ErrorParams;
}

export interface ApprovalDeps {
  tx: UnitOfWork;
  settings: SettingsRepo;
  audit: AuditLog;
  session: StaffSession;
  managerPin: ManagerPin;
  store: () => StoreSettings;
  onChanged: () => void;
}

/** A priced line as the approval sees it: what the item costs and how much comes off it. */
export interface DiscountedLine {
  name: string;
  gross: number;
  discountTotal: number;
  /** The line's own percentage discount, when no order discount adds to it. */
  typedPercent?: number | undefined;
}

/**
 * Decides when a cashier needs a manager (TILL-9): discounts and refunds over the owner's limits. The check runs
 * before anything is written, so a refused request changes nothing, and outside any transaction, so a wrong PIN
 * still counts towards the lockout.
 */
export function createApprovals(deps: ApprovalDeps) {
  const { settings, audit, session } = deps;
  const limits = (): ApprovalLimits =>
    settings.get('approvals', approvalLimitsSchema()) ?? defaultApprovalLimits;

  /**
   * A manager or owner at the till approves their own decision (they would type the same PIN); a cashier
   * needs someone else's. Both leave an `override.approved` entry naming who approved it.
   */
  function approve(
    purpose: string,
    reason: ApprovalReason,
    details: Record<string, unknown>,
    pin?: string,
  ): string {
    const member = session.tillStaff();
    if (member && member.role !== 'cashier') {
      audit.record({ action: 'override.approved', subject: purpose, actor: member.name, details });
      return member.name;
    }
    if (pin === undefined) throw translatedError('pin_required', reason.key, reason.params, 'managerPin');
    return deps.managerPin.verify(pin, purpose, { ...details, cashier: member?.name ?? null }).name;
  }

  return {
    limits,
    /**
     * Has a manager approve something another domain decided needs one (a pay-out over the limit, a closing
     * difference, a cash refund of a card payment): answers the approver's name for the record.
     */
    approve,
    save(input: ApprovalLimits, actor: string): ApprovalLimits {
      const before = limits();
      deps.tx.run(() => {
        settings.set('approvals', input);
        audit.record({ action: 'settings.approvals_changed', actor, details: { old: before, new: input } });
      });
      deps.onChanged();
      return limits();
    },

    /** Refuses (or has approved) an order whose discount takes more off one item than the cashier may. */
    checkDiscount(orderId: string, lines: readonly DiscountedLine[], pin?: string): void {
      const { discountPercent } = limits();
      // Up to the limit rounded up to the cent: 20 % off 3.89 comes to 0.78 after the cart's rounding.
      const over = lines.filter((l) => l.discountTotal > Math.ceil((l.gross * discountPercent) / 100));
      if (over.length === 0) return;
      const largest = over.reduce((a, b) => (b.discountTotal * a.gross > a.discountTotal * b.gross ? b : a));
      // The percentage the cashier typed where it alone made the discount (15 % off 3.89 is 0.58 after the
      // cart's rounding, 14.91 %); otherwise the share taken off, to a tenth.
      const percent = largest.typedPercent ?? Math.round((largest.discountTotal * 1000) / largest.gross) / 10;
      approve(
        'order.discount',
        { key: 'err.approval.discount', params: { percent, item: largest.name, limit: discountPercent } },
        { orderId, item: largest.name, percent, limitPercent: discountPercent },
        pin,
      );
    },

    /**
     * Refuses (or has approved) a refund that takes the order's refunds over the cashier's limit: five small
     * refunds are one large one. An order in another currency than the store's always asks.
     */
    checkRefund(
      refund: { refundId: string; orderId: string; amount: number; currency: string; refundedBefore: number },
      pin?: string,
    ): void {
      const { refundLimit } = limits();
      const store = deps.store();
      const total = refund.refundedBefore + refund.amount;
      if (refund.currency === store.currency && total <= refundLimit) return;
      const money = (n: number) => formatMoney(n, refund.currency, store.locale);
      const limit = formatMoney(refundLimit, store.currency, store.locale);
      const reason: ApprovalReason =
        refundLimit === 0
          ? { key: 'err.approval.everyRefund', params: { amount: money(refund.amount) } }
          : refund.refundedBefore > 0
            ? { key: 'err.approval.refundsAddUp', params: { total: money(total), limit } }
            : { key: 'err.approval.refundOverLimit', params: { amount: money(refund.amount), limit } };
      approve(
        'payment.refund',
        reason,
        {
          orderId: refund.orderId,
          refundId: refund.refundId,
          amount: refund.amount,
          currency: refund.currency,
          refundedBefore: refund.refundedBefore,
          limit: refundLimit,
        },
        pin,
      );
    },
  };
}

export type Approvals = ReturnType<typeof createApprovals>;
