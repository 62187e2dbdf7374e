import type { Handlers } from '../../ipc/dispatcher.ts';
import type { CardPayments } from '../card-payments.ts';
import type { Services } from '../../services.ts';

type PaylinkChannel =
  | 'paylinks.settings'
  | 'paylinks.saveSettings'
  | 'paylinks.choice'
  | 'paylinks.create'
  | 'paylinks.forOrder'
  | 'paylinks.cancel'
  | 'paylinks.renew';

/** Pay by link at the counter: the handlers only route to the link service. */
export function paylinkHandlers(s: Services, cards: CardPayments): Pick<Handlers, PaylinkChannel> {
  const links = () => cards.links.links;
  return {
    'paylinks.choice': async ({ orderId, methodId }) => {
      const currency = cards.links.orderCurrency(orderId);
      const choice = links().choice(methodId, currency);
      // A payout check that cannot be made now does not stand in the way of the link.
      const payouts = await links()
        .payoutCheck(methodId)
        .catch(() => null);
      return {
        ...choice,
        expiryMinutes: links().settingsOf(links().accountOf(methodId)).expiryMinutes,
        payouts,
      };
    },
    'paylinks.create': ({ orderId, methodId, expiryMinutes }) =>
      links().create(orderId, methodId, expiryMinutes),
    'paylinks.forOrder': ({ orderId }) => links().forOrder(orderId),
    'paylinks.cancel': ({ linkId }) => links().cancel(linkId),
    'paylinks.renew': ({ linkId }) => links().renew(linkId),
    // The owner's choices, from the preferences window only, recorded with the owner who made them.
    'paylinks.settings': ({ account }) => {
      s.session.requirePreferencesOwner();
      return { account, ...links().settingsOf(account) };
    },
    'paylinks.saveSettings': ({ account, methods, expiryMinutes }) => {
      const owner = s.session.requirePreferencesOwner();
      links().saveSettings(account, methods, expiryMinutes);
      s.audit.record({
        action: 'paylink.settings_saved',
        actor: owner.name,
        details: { account, methods, expiryMinutes },
      });
      return { account, ...links().settingsOf(account) };
    },
  };
}
