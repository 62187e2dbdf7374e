import type { Handlers } from '../../ipc/dispatcher.ts';
import type { CardPayments } from '../card-payments.ts';

type HoldChannel =
  | 'holds.list'
  | 'holds.forOrder'
  | 'holds.openAtReader'
  | 'holds.openOnCard'
  | 'holds.get'
  | 'holds.capture'
  | 'holds.increase'
  | 'holds.release'
  | 'holds.simulateCard';

/** Holds at the counter: the handlers only route to the holds service. */
export function holdHandlers(payments: CardPayments): Pick<Handlers, HoldChannel> {
  const holds = payments.holds;
  return {
    'holds.list': () => holds.list(),
    'holds.forOrder': ({ orderId }) => holds.forOrder(orderId),
    'holds.openAtReader': async (request) => {
      await payments.ready;
      return holds.openAtReader(request);
    },
    'holds.openOnCard': async (request) => {
      await payments.ready;
      return holds.openOnCard(request);
    },
    'holds.get': ({ holdId }) => holds.get(holdId),
    'holds.capture': ({ holdId, amount }) => holds.capture(holdId, amount),
    'holds.increase': ({ holdId, amount }) => holds.increase(holdId, amount),
    'holds.release': ({ holdId }) => holds.release(holdId),
    'holds.simulateCard': ({ holdId, card }) => holds.simulateCard(holdId, card),
  };
}
