import { randomBytes } from 'node:crypto';
import { inUnitOfWork, type UnitOfWork } from '../db/unit-of-work.ts';
import { formatMoney } from '../../../shared/money/money.ts';
import { taxIncludedIn, taxOn } from '../../../shared/cart/tax.ts';
import type { Order, OrderLine, PaymentLine } from '../../../shared/ipc/orders.ts';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract.ts';
import type { ReturnRecord } from '../../../shared/ipc/returns.ts';
import type { CatalogRepo } from '../catalog/catalog-repo.ts';
import type { OrderService } from '../orders/order-service.ts';
import type { PaymentMethodRepo } from '../payments/payment-methods.ts';
import type { Refunds } from '../payments/refunds.ts';
import type { StoreSettings } from '../settings/store-settings.ts';
import type { Approvals } from '../staff/approvals.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { ShiftService } from './shift-service.ts';
import type { ReturnPaymentRow, ShiftStore } from './shift-store.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

export interface ReturnServiceDeps {
  /** The unit of work: a change and its effects commit together, and events wait for the commit. */
  tx: UnitOfWork;
  store: ShiftStore;
  orders: Pick<OrderService, 'get'>;
  catalog: Pick<CatalogRepo, 'pricing'>;
  methods: Pick<PaymentMethodRepo, 'get' | 'active'>;
  refunds: Pick<Refunds, 'check' | 'record' | 'sendRecorded' | 'forOrder'>;
  approvals: Pick<Approvals, 'approve' | 'checkRefund'>;
  shifts: Pick<ShiftService, 'assertMoneyMayMove' | 'current'>;
  audit: AuditLog;
  storeSettings: () => StoreSettings;
  tillId: string;
  actor: () => { id: string; name: string } | null;
  now: () => number;
  /** Others' work in the return's transaction (the print queue queues the refund receipt). */
  onRecorded?: (returnId: string) => void;
  /** Told after the return's transaction commits, never for one that rolled back. */
  onGiven: (given: ReturnRecord) => void;
}

/** A stored return as the windows and the refund receipt read it. */
export function readReturn(store: ShiftStore, id: string): ReturnRecord | null {
  const r = store.returnById(id);
  if (!r) return null;
  return {
    id: r.id,
    orderId: r.order_id,
    shiftId: r.shift_id,
    reason: r.reason,
    staff: r.staff,
    approvedBy: r.approved_by,
    total: r.total,
    createdAt: r.created_at,
    lines: store.returnLines(id).map((l) => ({
      position: l.line_position,
      name: l.name,
      quantity: l.quantity,
      taxRateBp: l.tax_rate_bp,
      amount: l.amount,
      tax: l.tax,
    })),
    payments: store.returnPayments(id).map((p) => ({
      methodName: p.method_name,
      route: p.route,
      amount: p.amount,
      refundId: p.refund_id,
      voucherCode: p.voucher_code,
    })),
  };
}

type Route = ReturnPaymentRow['route'];

/** A share of a line: quantity × total / sold, and the last items take exactly what is left, so cents never drift. */
export function shareOf(
  total: number,
  sold: number,
  returnedBefore: number,
  givenBefore: number,
  q: number,
): number {
  if (returnedBefore + q === sold) return total - givenBefore;
  return Math.round((total * q) / sold);
}

/**
 * Returns by line (TILL-6). Chosen lines and quantities of a paid order come back; their money goes back the way
 * it came — to the card through a provider refund, from the drawer for cash, as a voucher credit for a voucher —
 * cards first (the customer sees it where they paid), then other methods, then cash, then vouchers. Quantities
 * never exceed what was sold across several returns. A cash refund of card money, and a return without the
 * order, need a manager. Everything is written in one transaction; card refunds are sent after the commit.
 */
export function createReturnService(deps: ReturnServiceDeps) {
  const { store } = deps;
  const money = (n: number, currency: string) => formatMoney(n, currency, deps.storeSettings().locale);

  const routeOf = (p: PaymentLine): Route => {
    if (p.journal === 'cash') return 'cash';
    const method = deps.methods.get(p.methodId);
    if (method && method.terminal !== 'none') return 'card';
    // The owner marks voucher methods in the payment-method settings.
    return method?.voucher ? 'voucher' : 'other';
  };
  const routeRank: Record<Route, number> = { card: 0, other: 1, cash: 2, voucher: 3 };

  /** What each line of the order can still give back. */
  function returnable(order: Order) {
    const returned = store.returnedOfOrder(order.id);
    return order.lines.map((line) => {
      const before = returned.get(line.position);
      return {
        line,
        returnedQuantity: before?.quantity ?? 0,
        givenBack: before?.amount ?? 0,
        taxGivenBack: before?.tax ?? 0,
      };
    });
  }

  /** What each payment line of the order can still take back: its amount less refunds and earlier returns. */
  function capacities(order: Order) {
    const refunded = new Map<string, number>();
    for (const r of deps.refunds.forOrder(order.id))
      if (r.state !== 'failed')
        refunded.set(r.paymentLineId, (refunded.get(r.paymentLineId) ?? 0) + r.amount);
    const returned = store.returnedToPayment(order.id);
    return order.payments
      .filter((p) => p.status === 'paid')
      .map((p) => {
        const route = routeOf(p);
        // Card parts of returns are refunds too: counted once, through the refunds table.
        const used = route === 'card' ? (refunded.get(p.id) ?? 0) : (returned.get(p.id) ?? 0);
        return { payment: p, route, left: p.amount - used };
      })
      .sort((a, b) => routeRank[a.route] - routeRank[b.route]);
  }

  interface Part {
    methodId: string;
    methodName: string;
    route: Route;
    amount: number;
    paymentLineId: string | null;
  }

  function allocate(order: Order, total: number, cardToCash: boolean): Part[] {
    const parts: Part[] = [];
    let rest = total;
    const drawer = deps.methods.active().find((m) => m.journal === 'cash');
    for (const c of capacities(order)) {
      if (rest === 0) break;
      const take = Math.min(rest, c.left);
      if (take <= 0) continue;
      rest -= take;
      if (c.route === 'card' && cardToCash) {
        if (!drawer) throw translatedError('not_found', 'err.return.noCashMethod');
        parts.push({
          methodId: drawer.id,
          methodName: drawer.name,
          route: 'cash',
          amount: take,
          paymentLineId: c.payment.id,
        });
      } else
        parts.push({
          methodId: c.payment.methodId,
          methodName: c.payment.methodName,
          route: c.route,
          amount: take,
          paymentLineId: c.payment.id,
        });
    }
    if (rest > 0)
      throw translatedError('amount_invalid', 'err.return.onlyLeft', {
        amount: money(total - rest, order.currency),
      });
    return parts;
  }

  const write = inUnitOfWork(
    deps.tx,
    (r: {
      id: string;
      order: Order | null;
      reason: string;
      approvedBy: string | null;
      lines: {
        position: number;
        productId: number | null;
        name: string;
        quantity: number;
        taxRateBp: number;
        amount: number;
        tax: number;
      }[];
      parts: Part[];
    }) => {
      const total = r.lines.reduce((sum, l) => sum + l.amount, 0);
      const actor = deps.actor();
      store.insertReturn({
        id: r.id,
        tillId: deps.tillId,
        shiftId: deps.shifts.current()?.id ?? null,
        orderId: r.order?.id ?? null,
        reason: r.reason,
        staff: actor?.name ?? null,
        approvedBy: r.approvedBy,
        total,
        at: deps.now(),
      });
      for (const l of r.lines) store.insertReturnLine({ returnId: r.id, ...l });
      r.parts.forEach((p, i) => {
        const refundId = p.route === 'card' ? crypto.randomUUID() : null;
        if (refundId)
          deps.refunds.record(
            {
              refundId,
              orderId: r.order!.id,
              paymentLineId: p.paymentLineId!,
              amount: p.amount,
              reason: 'requested_by_customer',
            },
            actor?.name ?? null,
          );
        store.insertReturnPayment({
          returnId: r.id,
          position: i + 1,
          methodId: p.methodId,
          methodName: p.methodName,
          route: p.route,
          amount: p.amount,
          paymentLineId: p.paymentLineId,
          refundId,
          voucherCode: p.route === 'voucher' ? randomBytes(5).toString('hex').toUpperCase() : null,
        });
      });
      deps.tx.afterCommit(() => deps.onGiven(record(r.id)));
      deps.audit.record({
        action: 'return.given',
        subject: r.order?.id ?? r.id,
        actor: actor?.name,
        details: {
          returnId: r.id,
          total,
          reason: r.reason,
          approvedBy: r.approvedBy,
          lines: r.lines.map((l) => [l.name, l.quantity, l.amount]),
          money: r.parts.map((p) => [p.route, p.methodName, p.amount]),
        },
      });
      deps.onRecorded?.(r.id);
    },
  );

  const record = (id: string): ReturnRecord => readReturn(store, id)!;

  /** The order's lines with what was sold, returned and is left, checked against the request. */
  function linesFromOrder(order: Order, request: RequestOf<'returns.create'>) {
    const state = returnable(order);
    const seen = new Set<number>();
    return request.lines.map((wanted, i) => {
      const found = state.find((s) => s.line.position === wanted.position);
      if (!found || wanted.position === undefined)
        throw translatedError(
          'not_found',
          'err.return.lineNotOnOrder',
          { line: i + 1 },
          `lines.${i}.position`,
        );
      if (seen.has(wanted.position))
        throw translatedError(
          'invalid_request',
          'err.return.listedTwice',
          { name: found.line.name },
          `lines.${i}.quantity`,
        );
      seen.add(wanted.position);
      const left = found.line.quantity - found.returnedQuantity;
      if (wanted.quantity > left)
        throw translatedError(
          'amount_invalid',
          left === 0 ? 'err.return.allReturned' : 'err.return.onlySomeLeft',
          { left, sold: found.line.quantity, name: found.line.name },
          `lines.${i}.quantity`,
        );
      return pricedShare(found, wanted.quantity);
    });
  }

  function pricedShare(
    s: { line: OrderLine; returnedQuantity: number; givenBack: number; taxGivenBack: number },
    quantity: number,
  ) {
    const { line } = s;
    return {
      position: line.position,
      productId: line.productId,
      name: line.name,
      quantity,
      taxRateBp: line.taxRateBp,
      amount: shareOf(line.total, line.quantity, s.returnedQuantity, s.givenBack, quantity),
      tax: shareOf(line.tax, line.quantity, s.returnedQuantity, s.taxGivenBack, quantity),
    };
  }

  return {
    forOrder(orderId: string): ResponseOf<'returns.forOrder'> {
      const order = deps.orders.get(orderId);
      return {
        lines: returnable(order).map((s) => ({
          position: s.line.position,
          name: s.line.name,
          unitPrice: s.line.unitPrice,
          sold: s.line.quantity,
          returned: s.returnedQuantity,
          left: s.line.total - s.givenBack,
        })),
        returns: store.returnsOfOrder(orderId).map((r) => record(r.id)),
      };
    },

    async create(request: RequestOf<'returns.create'>): Promise<ReturnRecord> {
      const existing = store.returnById(request.returnId);
      if (existing) return record(existing.id); // a retried request
      deps.shifts.assertMoneyMayMove('return');
      const currency = deps.storeSettings().currency;
      const actor = deps.actor();

      if (request.orderId === undefined) {
        // Without the order nothing says what was paid or how: a manager approves, and cash goes back.
        const found = deps.catalog.pricing(request.lines.map((l) => l.productId ?? 0));
        const lines = request.lines.map((l, i) => {
          const product = l.productId === undefined ? undefined : found.get(l.productId);
          if (!product)
            throw translatedError(
              'not_found',
              'err.return.productNotSold',
              { line: i + 1 },
              `lines.${i}.productId`,
            );
          const amount = product.price * l.quantity;
          const store = deps.storeSettings();
          // The receipt's rounding (shared/cart/tax.ts): exact integers, half-up.
          const tax = store.pricesIncludeTax
            ? taxIncludedIn(amount, product.rate_bp)
            : taxOn(amount, product.rate_bp);
          return {
            position: i + 1,
            productId: product.id,
            name: product.name,
            quantity: l.quantity,
            taxRateBp: product.rate_bp,
            amount: store.pricesIncludeTax ? amount : amount + tax,
            tax,
          };
        });
        const total = lines.reduce((sum, l) => sum + l.amount, 0);
        const approvedBy = deps.approvals.approve(
          'return.without_order',
          { key: 'err.approval.returnWithoutOrder', params: { amount: money(total, currency) } },
          { returnId: request.returnId, total, reason: request.reason, cashier: actor?.name ?? null },
          request.managerPin,
        );
        const drawer = deps.methods.active().find((m) => m.journal === 'cash');
        if (!drawer) throw translatedError('not_found', 'err.return.noCashMethod');
        write({
          id: request.returnId,
          order: null,
          reason: request.reason,
          approvedBy,
          lines,
          parts: [
            {
              methodId: drawer.id,
              methodName: drawer.name,
              route: 'cash',
              amount: total,
              paymentLineId: null,
            },
          ],
        });
        return record(request.returnId);
      }

      const order = deps.orders.get(request.orderId);
      if (order.status !== 'paid')
        throw translatedError('order_locked', 'err.return.onlyPaidOrders', { status: order.status });
      const lines = linesFromOrder(order, request);
      const total = lines.reduce((sum, l) => sum + l.amount, 0);
      const parts = allocate(order, total, request.cardToCash);
      // The card parts are checked with the provider's rules before anyone is asked for a PIN.
      for (const p of parts)
        if (p.route === 'card')
          deps.refunds.check({
            refundId: request.returnId,
            orderId: order.id,
            paymentLineId: p.paymentLineId!,
            amount: p.amount,
            reason: 'requested_by_customer',
          });
      const refundedBefore = store.returnsOfOrder(order.id).reduce((sum, r) => sum + r.total, 0);
      let approvedBy: string | null = null;
      const cashForCard = parts.some(
        (p) => p.route === 'cash' && order.payments.find((q) => q.id === p.paymentLineId)?.journal !== 'cash',
      );
      if (cashForCard)
        approvedBy = deps.approvals.approve(
          'return.cash_for_card',
          { key: 'err.approval.cashForCard', params: { amount: money(total, order.currency) } },
          { returnId: request.returnId, orderId: order.id, total, reason: request.reason },
          request.managerPin,
        );
      else
        deps.approvals.checkRefund(
          {
            refundId: request.returnId,
            orderId: order.id,
            amount: total,
            currency: order.currency,
            refundedBefore,
          },
          request.managerPin,
        );
      write({ id: request.returnId, order, reason: request.reason, approvedBy, lines, parts });
      const done = record(request.returnId);
      for (const p of done.payments) if (p.refundId) await deps.refunds.sendRecorded(p.refundId);
      return done;
    },
  };
}

export type ReturnService = ReturnType<typeof createReturnService>;
