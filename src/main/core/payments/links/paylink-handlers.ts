import type { Handlers } from '../../ipc/dispatcher.ts';
import type { CardPayments } from '../card-payments.ts';
import type { Services } from '../../services.ts';
import type { MailOutbox } from '../../mail/mail-outbox.ts';
import type { SmtpSettingsService } from '../../mail/smtp-settings.ts';
import { linkMail } from './remote-orders.ts';
import { translatedError } from '../../../../shared/i18n/errors.ts';

type PaylinkChannel =
  | 'paylinks.settings'
  | 'paylinks.saveSettings'
  | 'paylinks.choice'
  | 'paylinks.create'
  | 'paylinks.forOrder'
  | 'paylinks.cancel'
  | 'paylinks.renew'
  | 'paylinks.saveRemote'
  | 'paylinks.remoteOrders'
  | 'paylinks.mailLink'
  | 'paylinks.payouts';

/** Pay by link at the counter: the handlers only route to the link service. */
export function paylinkHandlers(
  s: Services,
  cards: CardPayments,
  mail: { outbox: MailOutbox; smtp: SmtpSettingsService },
): Pick<Handlers, PaylinkChannel> {
  const links = () => cards.links.links;
  const remote = () => cards.links.remote;
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
    'paylinks.create': ({ orderId, methodId, expiryMinutes, payoutsUnderstood }) =>
      links().create(orderId, methodId, expiryMinutes, payoutsUnderstood),
    'paylinks.saveRemote': (contact) => remote().save(contact, s.session.tillStaff()?.name ?? 'till'),
    'paylinks.remoteOrders': () => remote().list(),
    'paylinks.mailLink': async ({ orderId }) => {
      const order = remote().get(orderId);
      if (!order) throw translatedError('not_found', 'err.remote.unknown');
      const store = s.store();
      const message = await linkMail(order, store.name, store.locale);
      if (!mail.smtp.current()) throw translatedError('invalid_request', 'err.remote.noSmtp');
      mail.outbox.enqueue(orderId, message);
      return { queued: true };
    },
    // Preferences: whether Stripe pays out on a profile (seed 004); null when Stripe cannot be asked now.
    'paylinks.payouts': async ({ account }) => {
      s.session.requirePreferencesOwner();
      return links()
        .accountPayouts(account)
        .catch(() => null);
    },
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
