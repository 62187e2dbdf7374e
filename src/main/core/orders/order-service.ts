import { formatMoney } from '../../../shared/money/money.ts';
import { priceCart } from '../../../shared/cart/price-cart.ts';
import type {
  CartLineInput,
  Order,
  OrderLine,
  PaymentInput,
  PaymentLine,
} from '../../../shared/ipc/orders.ts';
import type { RequestOf } from '../../../shared/ipc/contract.ts';
import type { UnitOfWork } from '../db/unit-of-work.ts';
import type { CatalogRepo } from '../catalog/catalog-repo.ts';
import { accountsOf, type PaymentMethodRepo, type PaymentMethodRecord } from '../payments/payment-methods.ts';
import type { StoreSettings } from '../settings/store-settings.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { CustomerRepo } from '../customers/customer-repo.ts';
import type { Approvals } from '../staff/approvals.ts';
import { discountColumns, taxBreakdown, type OrderRepo } from './order-repo.ts';
import { applyPayment, settle, type Settlement, type SettlementContext } from './settlement.ts';
import { translatedError, developerError } from '../../../shared/i18n/errors.ts';

export interface OrderServiceDeps {
  tx: UnitOfWork;
  /** Card money the providers hold on an order (the payment journal answers). */
  heldOnCards: (orderId: string) => number;
  orders: OrderRepo;
  catalog: CatalogRepo;
  methods: PaymentMethodRepo;
  audit: AuditLog;
  customers: CustomerRepo;
  approvals: Pick<Approvals, 'checkDiscount'>;
  /** Whether the owner has switched a provider's terminals on (STT-1); off hides and refuses its methods. */
  terminalEnabled: (terminal: 'stripe' | 'mercadopago') => boolean;
  store: () => StoreSettings;
  tillId: string;
  /** The member signed in at the till: every order records who sold it (TILL-9). */
  seller: () => { id: string; name: string } | null;
  now: () => number;
  onChanged: (order: Order) => void;
  /** Inside the transaction that marks an order paid: its receipt is queued in the same commit. */
  onPaid?: (order: Order) => void;
}

/**
 * Orders are priced here from the catalog, never from what a window sends: the till's totals are a preview
 * computed with the same shared code, and this is the figure that is stored and printed.
 */
export function createOrderService(deps: OrderServiceDeps) {
  const { orders } = deps;
  /** Every write of the order service is one unit of work; called inside another, it joins that one. */
  const transaction =
    <A extends unknown[], R>(write: (...args: A) => R) =>
    (...args: A): R =>
      deps.tx.run(() => write(...args));

  const contextOf = (order: Pick<Order, 'total' | 'currency'>): SettlementContext => {
    const store = deps.store();
    return {
      total: order.total,
      currency: order.currency,
      locale: store.locale,
      cashRoundingIncrement: store.cashRoundingIncrement,
    };
  };

  /** TILL-5: a method marked "identify customer" is only for orders with a customer on them. */
  const checkCustomer = (order: Pick<Order, 'customer'>, method: PaymentMethodRecord, field: string) => {
    if (method.identifyCustomer && !order.customer)
      throw translatedError(
        'invalid_request',
        'err.order.methodNeedsCustomer',
        { method: method.name },
        field,
      );
  };

  const directMethod = (id: string, order: Pick<Order, 'customer'>): PaymentMethodRecord => {
    const method = deps.methods.get(id);
    if (!method || !method.active) {
      throw translatedError('not_found', 'err.order.methodUnavailable', undefined, 'methodId');
    }
    if (method.terminal !== 'none') {
      throw translatedError(
        'invalid_request',
        'err.order.methodOnTerminal',
        { method: method.name },
        'methodId',
      );
    }
    checkCustomer(order, method, 'methodId');
    return method;
  };

  /** Applies new payments to an order in memory; throws before anything is written if one is wrong. */
  const applyAll = (order: Order, inputs: readonly PaymentInput[], at: number) => {
    const ctx = contextOf(order);
    let state: Settlement = settle(ctx, order.cashRounding, order.payments);
    const added: PaymentLine[] = [];
    // Card lines still in progress hold their amount: cash cannot pay the same euro twice.
    const reserved = order.payments
      .filter((p) => p.status === 'pending')
      .reduce((sum, p) => sum + p.amount, 0);
    for (const input of inputs) {
      const available = { ...state, remaining: state.remaining - reserved };
      const method = directMethod(input.methodId, order);
      const { line, cashRounding } = applyPayment(ctx, available, method, input, at);
      added.push(line);
      state = settle(ctx, cashRounding, [...order.payments, ...added]);
    }
    return { added, state };
  };

  /** Where the order ends up: a fully paid order takes the till's next number in the same transaction. */
  const finalise = (order: Order, state: Settlement, at: number): Order => {
    const paidNow = order.status === 'open' && state.remaining === 0;
    if (!paidNow) return { ...order, ...state };
    const number = orders.takeNumber(order.tillId);
    deps.audit.record({ action: 'order.paid', subject: order.id, details: { number, total: order.total } });
    const paid: Order = { ...order, ...state, status: 'paid', number, paidAt: at };
    deps.onPaid?.(paid);
    return paid;
  };

  /**
   * The invariant of every order: its `paid` is the sum of its paid payment lines (so a voided order has paid
   * nothing, and a refused line never counts). Checked at the end of each write, inside its transaction: a
   * write that would break it is rolled back whole, and the bug is reported instead of stored.
   */
  const checkPaid = (orderId: string): void => {
    const sums = orders.paidByLines(orderId);
    if (sums && sums.paid !== sums.lines)
      throw developerError(
        'internal',
        `Order ${orderId} would record ${sums.paid} as paid while its paid payment lines add up to ${sums.lines}; nothing was saved.`,
      );
  };

  const writeSettlement = (order: Order) =>
    orders.settle(order.id, {
      status: order.status,
      number: order.number,
      cashRounding: order.cashRounding,
      paid: order.paid,
      change: order.change,
      paidAt: order.paidAt,
    });

  /** The order as it will be stored, priced from the catalog, before any payment is applied. */
  const draftOf = (request: RequestOf<'orders.checkout'>, at: number): Order => {
    const seller = deps.seller();
    if (!seller) throw translatedError('not_signed_in', 'err.order.notSignedIn');
    const store = deps.store();
    const customer = request.customerId === undefined ? null : deps.customers.get(request.customerId);
    if (request.customerId !== undefined && !customer)
      throw translatedError('not_found', 'err.order.customerUnknown', undefined, 'customerId');
    const found = deps.catalog.pricing(request.lines.map((l) => l.productId));
    const products = request.lines.map((line, index) => {
      const product = found.get(line.productId);
      if (!product) {
        throw translatedError(
          'not_found',
          'err.order.productGone',
          { line: index + 1 },
          `lines.${index}.productId`,
        );
      }
      return product;
    });
    const totals = priceCart({
      lines: request.lines.map((line, i) => ({
        name: products[i]!.name,
        unitPrice: products[i]!.price,
        quantity: line.quantity,
        taxRateBp: products[i]!.rate_bp,
        discount: line.discount,
      })),
      orderDiscount: request.orderDiscount,
      pricesIncludeTax: store.pricesIncludeTax,
    });
    const lines: OrderLine[] = totals.lines.map((priced, i) => ({
      position: i + 1,
      productId: products[i]!.id,
      name: products[i]!.name,
      quantity: request.lines[i]!.quantity,
      unitPrice: products[i]!.price,
      taxRateBp: products[i]!.rate_bp,
      discount: request.lines[i]!.discount ?? null,
      gross: priced.gross,
      discountTotal: priced.discountTotal,
      tax: priced.tax,
      total: priced.total,
    }));
    const draft: Order = {
      id: request.orderId,
      number: null,
      tillId: deps.tillId,
      status: 'open',
      currency: store.currency,
      pricesIncludeTax: store.pricesIncludeTax,
      createdAt: at,
      paidAt: null,
      lines,
      orderDiscount: request.orderDiscount ?? null,
      subtotal: totals.subtotal,
      discountTotal: totals.discountTotal,
      taxTotal: totals.taxTotal,
      total: totals.total,
      cashRounding: 0,
      taxBreakdown: taxBreakdown(lines),
      payments: [],
      customer: customer ? { id: customer.id, name: customer.name } : null,
      soldBy: { id: seller.id, name: seller.name },
      paid: 0,
      remaining: totals.total,
      change: 0,
      refunded: 0,
      refundState: 'none',
    };
    return draft;
  };

  const checkout = transaction((draft: Order, settled: ReturnType<typeof applyAll>, at: number): Order => {
    const { added, state } = settled;
    const order = finalise({ ...draft, payments: added }, state, at);
    const [discountKind, discountValue] = discountColumns(order.orderDiscount);
    orders.insertOrder({
      ...order,
      pricesIncludeTax: order.pricesIncludeTax ? 1 : 0,
      discountKind,
      discountValue,
      customerId: order.customer?.id ?? null,
      soldBy: order.soldBy?.id ?? null,
      soldByName: order.soldBy?.name ?? null,
    });
    for (const line of draft.lines) orders.insertLine(order.id, line);
    for (const payment of added) orders.insertPayment(order.id, payment);
    checkPaid(order.id);
    return order;
  });

  const addPayment = transaction((orderId: string, payment: PaymentInput, at: number): Order => {
    const order = get(orderId);
    if (order.payments.some((p) => p.id === payment.id)) return order; // a retried request
    if (order.status !== 'open') {
      throw translatedError('order_locked', 'err.order.noMorePayments', { status: order.status });
    }
    const { added, state } = applyAll(order, [payment], at);
    for (const line of added) orders.insertPayment(order.id, line);
    const settled = finalise({ ...order, payments: [...order.payments, ...added] }, state, at);
    writeSettlement(settled);
    checkPaid(orderId);
    return settled;
  });

  const voidOrder = transaction((orderId: string, reason: string): Order => {
    const order = get(orderId);
    if (order.status !== 'open') {
      throw translatedError('order_locked', 'err.order.voidOnlyUnpaid', { status: order.status });
    }
    if (order.payments.some((p) => p.status === 'pending')) {
      throw translatedError('order_locked', 'err.order.cardInProgress');
    }
    // Cash is handed back across the counter; card money only goes back through the provider.
    const onCards = deps.heldOnCards(orderId);
    if (onCards > 0) {
      throw translatedError('conflict', 'err.order.cardWentThrough', {
        amount: formatMoney(onCards, order.currency, deps.store().locale),
      });
    }
    orders.void(orderId, reason);
    // What was taken at the counter goes back with the void: the voided lines no longer count as paid.
    const voided = get(orderId);
    writeSettlement({ ...voided, ...settle(contextOf(voided), voided.cashRounding, voided.payments) });
    checkPaid(orderId);
    deps.audit.record({
      action: 'order.voided',
      subject: orderId,
      details: {
        reason,
        returned: order.payments.filter((p) => p.status === 'paid').map((p) => [p.methodName, p.amount]),
      },
    });
    return get(orderId);
  });

  /**
   * A card payment line starts `pending`: it reserves its amount so two cards cannot both pay the same
   * remainder, and counts towards the order only when the provider confirms it (or a manager forces it).
   */
  const openCardLine = (
    orderId: string,
    line: { id: string; method: PaymentMethodRecord; amount: number },
  ): Order => {
    const order = get(orderId);
    if (order.status !== 'open') {
      throw translatedError('order_locked', 'err.order.noMorePayments', { status: order.status });
    }
    if (line.method.terminal !== 'none' && !deps.terminalEnabled(line.method.terminal))
      throw translatedError(
        'not_found',
        'err.order.methodSwitchedOff',
        { method: line.method.name },
        'methodId',
      );
    checkCustomer(order, line.method, 'methodId');
    const reserved = order.payments
      .filter((p) => p.status === 'pending')
      .reduce((sum, p) => sum + p.amount, 0);
    const available = order.remaining - reserved;
    if (line.amount > available) {
      const money = (n: number) => formatMoney(n, order.currency, deps.store().locale);
      throw translatedError(
        'amount_invalid',
        reserved > 0 ? 'err.order.moreThanDueHeld' : 'err.order.moreThanDue',
        { amount: money(line.amount), due: money(Math.max(0, available)) },
        'amount',
      );
    }
    const pending: PaymentLine = {
      id: line.id,
      methodId: line.method.id,
      methodName: line.method.name,
      journal: line.method.journal,
      amount: line.amount,
      tendered: null,
      change: 0,
      status: 'pending',
      cardBrand: null,
      cardLast4: null,
      needsReconciliation: false,
      createdAt: deps.now(),
      accounts: accountsOf(line.method),
    };
    orders.insertPayment(orderId, pending);
    // A pending line counts for nothing yet: the order is as read, with the line added last (the newest).
    return { ...order, payments: [...order.payments, pending] };
  };

  /** Records what the provider (or a manager's force done) said about a card line, and settles the order. */
  const updateCardLine = transaction(
    (
      orderId: string,
      lineId: string,
      update: {
        status: PaymentLine['status'];
        card: { brand: string; last4: string } | null;
        reconcile: boolean;
      },
    ): Order => {
      const before = get(orderId);
      if (before.status !== 'open' && update.status === 'pending')
        throw translatedError('order_locked', 'err.order.noMorePayments', { status: before.status });
      if (!before.payments.some((p) => p.id === lineId))
        throw developerError(
          'internal',
          `Payment line ${lineId} is not on order ${orderId}; nothing was saved.`,
        );
      orders.updatePayment(lineId, update);
      // The order is read once: what the update changed is applied to it here as the SQL applies it (a card
      // already on the line stays when none comes with the update), and checkPaid below compares the stored
      // paid amount with the stored lines, inside the transaction. This runs on every card payment's step.
      const order: Order = {
        ...before,
        payments: before.payments.map((p) =>
          p.id !== lineId
            ? p
            : {
                ...p,
                status: update.status,
                cardBrand: update.card?.brand ?? p.cardBrand,
                cardLast4: update.card?.last4 ?? p.cardLast4,
                needsReconciliation: update.reconcile,
              },
        ),
      };
      const state = settle(contextOf(order), order.cashRounding, order.payments);
      // A paid or voided order keeps its status and number; its paid amount still follows its lines.
      const settled = order.status === 'open' ? finalise(order, state, deps.now()) : { ...order, ...state };
      writeSettlement(settled);
      checkPaid(orderId);
      // Only an open order still has something to pay (as the order repo reads it).
      return { ...settled, remaining: settled.status === 'open' ? settled.remaining : 0 };
    },
  );

  const setCustomer = transaction((orderId: string, customerId: string | null): Order => {
    const order = get(orderId);
    if (order.status !== 'open')
      throw translatedError('order_locked', 'err.order.customerLocked', { status: order.status });
    const customer = customerId === null ? null : deps.customers.get(customerId);
    if (customerId !== null && !customer)
      throw translatedError('not_found', 'err.order.customerUnknown', undefined, 'customerId');
    if (!customer) {
      const needing = order.payments.find(
        (p) =>
          p.status !== 'failed' && p.status !== 'voided' && deps.methods.get(p.methodId)?.identifyCustomer,
      );
      if (needing)
        throw translatedError(
          'conflict',
          'err.order.customerStays',
          { method: needing.methodName },
          'customerId',
        );
    }
    orders.setCustomer(orderId, customer?.id ?? null);
    deps.audit.record({
      action: 'order.customer_set',
      subject: orderId,
      details: { old: order.customer?.name ?? null, new: customer?.name ?? null },
    });
    return get(orderId);
  });

  /**
   * Lines added to an open order (a kept tab or pickup order): the new ones are priced from the catalog, the ones
   * already on it keep the price they were sold at, and the order's totals follow. Payments already taken stay;
   * what is due grows. Refused while a card payment on it is in progress (its amount was fixed when it started).
   */
  const addLines = transaction((orderId: string, added: readonly CartLineInput[]): Order => {
    const order = get(orderId);
    if (order.status !== 'open')
      throw translatedError('order_locked', 'err.tabs.linesLocked', { status: order.status });
    if (order.payments.some((p) => p.status === 'pending'))
      throw translatedError('order_locked', 'err.order.cardInProgress');
    const found = deps.catalog.pricing(added.map((l) => l.productId));
    const fresh = added.map((line, index) => {
      const product = found.get(line.productId);
      if (!product)
        throw translatedError(
          'not_found',
          'err.order.productGone',
          { line: index + 1 },
          `lines.${index}.productId`,
        );
      return {
        ...line,
        productId: product.id,
        name: product.name,
        unitPrice: product.price,
        taxRateBp: product.rate_bp,
      };
    });
    const all = [
      ...order.lines.map((l) => ({ ...l, discount: l.discount ?? undefined })),
      ...fresh.map((l) => ({ ...l, discount: l.discount ?? undefined })),
    ];
    const totals = priceCart({
      lines: all,
      orderDiscount: order.orderDiscount ?? undefined,
      pricesIncludeTax: order.pricesIncludeTax,
    });
    const lines: OrderLine[] = totals.lines.map((priced, i) => ({
      position: i + 1,
      productId: all[i]!.productId,
      name: all[i]!.name,
      quantity: all[i]!.quantity,
      unitPrice: all[i]!.unitPrice,
      taxRateBp: all[i]!.taxRateBp,
      discount: all[i]!.discount ?? null,
      gross: priced.gross,
      discountTotal: priced.discountTotal,
      tax: priced.tax,
      total: priced.total,
    }));
    orders.replaceLines(orderId, lines, totals);
    deps.audit.record({
      action: 'order.lines_added',
      subject: orderId,
      details: {
        lines: fresh.map((l) => [l.name, l.quantity]),
        oldTotal: order.total,
        newTotal: totals.total,
      },
    });
    return get(orderId);
  });

  function get(orderId: string): Order {
    const order = orders.get(orderId);
    if (!order) throw translatedError('not_found', 'err.order.unknown');
    return order;
  }

  const announce = (order: Order): Order => {
    deps.onChanged(order);
    return order;
  };

  return {
    get,
    checkout(request: RequestOf<'orders.checkout'>): Order {
      const existing = orders.get(request.orderId);
      if (existing) {
        // The till retried a checkout whose answer it never saw: the first one stands.
        if (request.payments.every((p) => existing.payments.some((q) => q.id === p.id))) return existing;
        throw translatedError('conflict', 'err.order.alreadySaved');
      }
      // Priced, checked and approved before the transaction: a manager is asked only for a sale that can be
      // saved, and a wrong manager PIN must still count towards the lockout.
      const at = deps.now();
      const draft = draftOf(request, at);
      const settled = applyAll(draft, request.payments, at);
      if (request.orderDiscount || request.lines.some((l) => l.discount))
        deps.approvals.checkDiscount(
          request.orderId,
          draft.lines.map((line) => ({
            ...line,
            ...(line.discount?.kind === 'percent' && !request.orderDiscount
              ? { typedPercent: line.discount.basisPoints / 100 }
              : {}),
          })),
          request.managerPin,
        );
      return announce(checkout(draft, settled, at));
    },
    addPayment: (orderId: string, payment: PaymentInput): Order =>
      announce(addPayment(orderId, payment, deps.now())),
    openCardLine,
    setCustomer: (orderId: string, customerId: string | null): Order =>
      announce(setCustomer(orderId, customerId)),
    updateCardLine: (...args: Parameters<typeof updateCardLine>): Order => announce(updateCardLine(...args)),
    void: (orderId: string, reason: string): Order => announce(voidOrder(orderId, reason)),
    /** Inside the caller's transaction (the kept-order service's); the caller announces the order after it. */
    addLines,
    announce,
  };
}

export type OrderService = ReturnType<typeof createOrderService>;
