import type { Handlers } from '../ipc/dispatcher.ts';
import type { Services } from '../services.ts';
import type { CardPayments } from '../payments/card-payments.ts';
import { createReturnService } from './return-service.ts';

/** Returns by line (TILL-6): the service is wired here because it needs the card refunds of the payments. */
export function returnHandlers(
  s: Services,
  cards: CardPayments,
): Pick<Handlers, 'returns.forOrder' | 'returns.create'> {
  const returns = createReturnService({
    tx: s.tx,
    store: s.shiftStore,
    orders: s.orders,
    catalog: s.catalog,
    methods: s.methods,
    refunds: cards.refunds,
    approvals: s.approvals,
    shifts: s.shifts,
    audit: s.audit,
    storeSettings: s.store,
    tillId: s.storeInfo().till.id,
    actor: () => s.session.tillStaff(),
    now: s.now,
    onGiven: s.returnGiven,
    onRecorded: s.returnRecorded,
  });
  return {
    'returns.forOrder': ({ orderId }) => returns.forOrder(orderId),
    'returns.create': (request) => returns.create(request),
  };
}
