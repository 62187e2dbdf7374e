import type { Handlers } from '../ipc/dispatcher.ts';
import type { Services } from '../services.ts';

type KeptChannel =
  | 'keptOrders.list'
  | 'keptOrders.policies'
  | 'keptOrders.keep'
  | 'keptOrders.check'
  | 'keptOrders.addLines'
  | 'guaranteePolicies.get'
  | 'guaranteePolicies.save';

/** Orders kept open and the guarantee policies: the handlers only route; the preferences ones check the owner. */
export function keptOrderHandlers(s: Services): Pick<Handlers, KeptChannel> {
  const owner = (): string => s.session.requirePreferencesOwner().name;
  return {
    'keptOrders.list': () => s.keptOrders.list(),
    'keptOrders.policies': () => s.keptOrders.policies(),
    'keptOrders.keep': (request) => s.keptOrders.keep(request),
    'keptOrders.check': (request) => s.keptOrders.check(request),
    'keptOrders.addLines': ({ orderId, lines }) => s.keptOrders.addLines(orderId, lines),
    'guaranteePolicies.get': () => (owner(), s.keptOrders.policies()),
    'guaranteePolicies.save': (input) => s.keptOrders.savePolicies(input, owner()),
  };
}
