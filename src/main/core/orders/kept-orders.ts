import { KassaError } from '../../../shared/errors.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';
import type { CartLineInput, Order } from '../../../shared/ipc/orders.ts';
import { guaranteePolicies as policiesSchema } from '../../../shared/ipc/guarantee-policies.ts';
import type { KeptOrderView } from '../../../shared/ipc/kept-orders.ts';
import { formatMoney } from '../../../shared/money/money.ts';
import {
  defaultGuaranteePolicies,
  guaranteeMet,
  guaranteeWays,
  keptStateOf,
  keptStep,
  prepaymentDue,
  waysKey,
  type GuaranteeFacts,
  type GuaranteePolicies,
  type KeptEvent,
  type KeptKind,
} from '../../../shared/orders/kept-order.ts';
import type { UnitOfWork } from '../db/unit-of-work.ts';
import type { SettingsRepo, StoreSettings } from '../settings/store-settings.ts';
import type { Approvals } from '../staff/approvals.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { KeptStore, OpenKeptRow } from './kept-store.ts';
import type { OrderService } from './order-service.ts';

export interface KeptOrdersDeps {
  tx: UnitOfWork;
  store: KeptStore;
  orders: Pick<OrderService, 'get' | 'addLines' | 'announce'>;
  settings: SettingsRepo;
  audit: AuditLog;
  approvals: Pick<Approvals, 'approve'>;
  /** Checks a manager's PIN without recording an approval (a wrong one counts towards the lockout). */
  checkManagerPin: (pin: string) => void;
  /** The order's holds with money authorized now, oldest first (the hold store answers). */
  heldOn: (orderId: string) => { id: string; amount: number }[];
  /** How many cards the customer has saved with the shop (the card store answers). */
  cardsOnFile: (customerId: string) => number;
  storeSettings: () => StoreSettings;
  /** The member signed in at the till. */
  seller: () => { name: string; role: string } | null;
  now: () => number;
  onPoliciesChanged: () => void;
}

const policiesKey = 'guaranteePolicies';

/**
 * Orders kept open for later (issue 13.3) and the owner's guarantee policies (STO-8). A kept order is an ordinary
 * open order with a kept_orders row: it is found again from the sell screen, lines are added to it, and it is
 * settled like any open order (from its hold, a card on file, cash, a card at the reader). Keeping one open first
 * asks the policy for its kind; when the order does not meet it, a manager's PIN keeps it open anyway and is
 * recorded. Each change is one transaction; the order's change goes out after it commits.
 */
export function createKeptOrders(deps: KeptOrdersDeps) {
  const { store } = deps;

  const policies = (): GuaranteePolicies =>
    deps.settings.get(policiesKey, policiesSchema) ?? defaultGuaranteePolicies;

  const money = (amount: number, currency: string) =>
    formatMoney(amount, currency, deps.storeSettings().locale);

  /** Refuses a step the kept order's state does not allow, in the cashier's words. */
  function stepOrRefuse(order: Order, event: KeptEvent): void {
    const step = keptStep(keptStateOf(store.get(order.id) !== undefined, order.status), event);
    if (!step.ok) throw translatedError('order_locked', step.refusal);
  }

  function factsOf(order: Order): GuaranteeFacts {
    return {
      total: order.total,
      held: deps.heldOn(order.id).reduce((sum, h) => sum + h.amount, 0),
      paid: order.paid,
      cardsOnFile: order.customer ? deps.cardsOnFile(order.customer.id) : 0,
    };
  }

  function viewOf(row: OpenKeptRow): KeptOrderView {
    const holds = deps.heldOn(row.order_id);
    return {
      orderId: row.order_id,
      kind: row.kind,
      customer: row.customer_id === null ? null : { id: row.customer_id, name: row.customer_name ?? '' },
      currency: row.currency,
      total: row.total,
      paid: row.paid,
      remaining: Math.max(0, row.total + row.cash_rounding - row.paid),
      lineCount: row.line_count,
      held: holds.reduce((sum, h) => sum + h.amount, 0),
      holdId: holds[0]?.id ?? null,
      keptAt: row.kept_at,
      keptBy: row.kept_by,
      approvedBy: row.approved_by,
    };
  }

  const list = (): KeptOrderView[] => store.open().map(viewOf);

  function view(orderId: string): KeptOrderView {
    const found = list().find((k) => k.orderId === orderId);
    if (!found) throw translatedError('not_found', 'err.tabs.notKept');
    return found;
  }

  /**
   * What is missing, said for the manager who may approve it: the policy's ways and what the order has now.
   * Approving runs before the transaction, so a wrong PIN still counts towards the lockout and nothing is written.
   */
  function approveMissing(order: Order, kind: KeptKind, facts: GuaranteeFacts, managerPin?: string): string {
    return deps.approvals.approve(
      'order.keep_open',
      missingReason(kind, facts, order.currency),
      { orderId: order.id, kind, rule: policies()[kind], ...facts },
      managerPin,
    );
  }

  /** The words of what is missing, for the manager: the policy's ways and what the order has now. */
  function missingReason(kind: KeptKind, facts: GuaranteeFacts, currency: string) {
    const rule = policies()[kind];
    return {
      key: kind === 'tab' ? ('err.tabs.tabNeeds' as const) : ('err.tabs.pickupNeeds' as const),
      params: {
        needKey: waysKey(guaranteeWays(rule)) ?? 'tabs.need.hold',
        hold: money(rule.holdAtLeast ?? 0, currency),
        percent: rule.prepaymentPercent ?? 0,
        prepay: money(prepaymentDue(rule, facts.total), currency),
        held: money(facts.held, currency),
        paid: money(facts.paid, currency),
        cards: facts.cardsOnFile,
      },
    };
  }

  /** The saved order of that id, or null when the cart was not saved yet. */
  function savedOrder(orderId: string): Order | null {
    try {
      return deps.orders.get(orderId);
    } catch (error) {
      if (error instanceof KassaError && error.code === 'not_found') return null;
      throw error;
    }
  }

  return {
    policies,
    list,

    /**
     * The policy asked before the order is saved (pure evaluation): met, or refused with what is missing until a
     * manager's PIN is given (checked here, recorded by `keep`). A manager or owner at the till approves their own.
     */
    check(request: {
      orderId: string;
      kind: KeptKind;
      customerId: string;
      total: number;
      managerPin?: string | undefined;
    }): { met: boolean } {
      const order = savedOrder(request.orderId);
      const facts: GuaranteeFacts = order
        ? factsOf(order)
        : { total: request.total, held: 0, paid: 0, cardsOnFile: deps.cardsOnFile(request.customerId) };
      if (guaranteeMet(policies()[request.kind], facts)) return { met: true };
      const member = deps.seller();
      if (member && member.role !== 'cashier') return { met: false };
      if (request.managerPin === undefined) {
        const reason = missingReason(request.kind, facts, order?.currency ?? deps.storeSettings().currency);
        throw translatedError('pin_required', reason.key, reason.params, 'managerPin');
      }
      deps.checkManagerPin(request.managerPin);
      return { met: false };
    },

    /** Keeps a saved open order open for its customer, as a tab or an order for later pickup. */
    keep(request: { orderId: string; kind: KeptKind; managerPin?: string | undefined }): KeptOrderView {
      const order = deps.orders.get(request.orderId);
      stepOrRefuse(order, { type: 'keep' });
      if (!order.customer)
        throw translatedError('invalid_request', 'err.tabs.needsCustomer', undefined, 'customerId');
      if (order.payments.some((p) => p.status === 'pending'))
        throw translatedError('order_locked', 'err.order.cardInProgress');
      const facts = factsOf(order);
      const approvedBy = guaranteeMet(policies()[request.kind], facts)
        ? null
        : approveMissing(order, request.kind, facts, request.managerPin);
      const keptBy = deps.seller()?.name ?? null;
      deps.tx.run(() => {
        // Read again inside the transaction: another window may have kept or settled it meanwhile.
        stepOrRefuse(deps.orders.get(order.id), { type: 'keep' });
        store.insert({
          order_id: order.id,
          kind: request.kind,
          kept_at: deps.now(),
          kept_by: keptBy,
          approved_by: approvedBy,
        });
        deps.audit.record({
          action: 'order.kept',
          subject: order.id,
          details: {
            kind: request.kind,
            customer: order.customer?.name ?? null,
            total: order.total,
            approvedBy,
          },
        });
      });
      deps.orders.announce(deps.orders.get(order.id));
      return view(order.id);
    },

    /** Adds lines to a kept order: priced from the catalog, the order's total grows; its payments stay. */
    addLines(orderId: string, lines: readonly CartLineInput[]): KeptOrderView {
      const updated = deps.tx.run(() => {
        stepOrRefuse(deps.orders.get(orderId), { type: 'addLines' });
        const order = deps.orders.addLines(orderId, lines);
        store.linesAdded(orderId, deps.now());
        return order;
      });
      deps.orders.announce(updated);
      return view(orderId);
    },

    /** The owner changes the policies (PREF-1): saved and audited with the old and new rules. */
    savePolicies(input: GuaranteePolicies, actor: string): GuaranteePolicies {
      const before = policies();
      deps.tx.run(() => {
        deps.settings.set(policiesKey, input);
        deps.audit.record({
          action: 'settings.guarantee_changed',
          actor,
          details: { old: before, new: input },
        });
      });
      deps.onPoliciesChanged();
      return policies();
    },
  };
}

export type KeptOrders = ReturnType<typeof createKeptOrders>;
