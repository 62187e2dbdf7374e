import type { Handlers } from '../../ipc/dispatcher.ts';
import type { CardPayments } from '../card-payments.ts';
import { builtInAccount } from '../links/pay-links.ts';

type CardChannel =
  'cards.forCustomer' | 'cards.saveAtReader' | 'cards.saveByLink' | 'cards.setup' | 'cards.remove';

/** Cards on file at the counter: the handlers only route to the cards service and audit what changed. */
export function cardOnFileHandlers(payments: CardPayments): Pick<Handlers, CardChannel> {
  const cards = payments.cards;
  return {
    'cards.forCustomer': ({ customerId }) => cards.cards(customerId),
    'cards.saveAtReader': async ({ customerId, readerId, account }) => {
      await payments.ready;
      return cards.saveAtReader(account ?? builtInAccount, customerId, readerId);
    },
    'cards.saveByLink': async ({ customerId, account }) => {
      await payments.ready;
      return cards.saveByLink(account ?? builtInAccount, customerId);
    },
    'cards.setup': ({ setupId }) => cards.advance(setupId),
    'cards.remove': async ({ paymentMethod }) => {
      await cards.remove(paymentMethod);
      return null;
    },
  };
}
