import type { Handlers } from '../../ipc/dispatcher.ts';
import type { CardPayments } from '../card-payments.ts';

type PaylinkChannel =
  'paylinks.choice' | 'paylinks.create' | 'paylinks.forOrder' | 'paylinks.cancel' | 'paylinks.renew';

/** Pay by link at the counter: the handlers only route to the link service. */
export function paylinkHandlers(cards: CardPayments): Pick<Handlers, PaylinkChannel> {
  const links = () => cards.links.links;
  return {
    'paylinks.choice': ({ orderId, methodId }) => {
      const order = cards.links.orderCurrency(orderId);
      const choice = links().choice(methodId, order);
      return { ...choice, expiryMinutes: links().settingsOf(links().accountOf(methodId)).expiryMinutes };
    },
    'paylinks.create': ({ orderId, methodId, expiryMinutes }) =>
      links().create(orderId, methodId, expiryMinutes),
    'paylinks.forOrder': ({ orderId }) => links().forOrder(orderId),
    'paylinks.cancel': ({ linkId }) => links().cancel(linkId),
    'paylinks.renew': ({ linkId }) => links().renew(linkId),
  };
}
