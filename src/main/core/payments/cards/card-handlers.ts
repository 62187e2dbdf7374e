import type { CardSettings, CardSettingsInput } from '../../../../shared/ipc/cards-on-file.ts';
import { cardBrands, type CardBrand } from '../../../../shared/ipc/constants.ts';
import type { Handlers } from '../../ipc/dispatcher.ts';
import type { Services } from '../../services.ts';
import type { CardPayments } from '../card-payments.ts';
import { builtInAccount } from '../links/pay-links.ts';

type CardChannel =
  | 'cards.forCustomer'
  | 'cards.saveAtReader'
  | 'cards.saveByLink'
  | 'cards.setup'
  | 'cards.simulateCard'
  | 'cards.cancelSetup'
  | 'cards.settings'
  | 'cards.saveSettings'
  | 'cards.remove';

/** Cards on file at the counter and their settings: the handlers only route to the cards service. */
export function cardOnFileHandlers(
  s: Pick<Services, 'session' | 'audit' | 'tx' | 'store'>,
  payments: CardPayments,
): Pick<Handlers, CardChannel> {
  const cards = payments.cards;
  const settingsOf = (account: string): CardSettings => {
    const saved = cards.settings(account);
    // Only the brands this Kassa knows are offered; the store keeps what Stripe calls them.
    const brands = saved.brands.filter((b): b is CardBrand => (cardBrands as readonly string[]).includes(b));
    return { account, currency: s.store().currency, ...saved, brands };
  };
  return {
    'cards.forCustomer': ({ customerId }) => cards.cards(customerId),
    'cards.saveAtReader': async ({ customerId, methodId }) => {
      await payments.ready;
      return cards.saveAtMethod(customerId, methodId);
    },
    'cards.saveByLink': async ({ customerId, account }) => {
      await payments.ready;
      return cards.saveByLink(account ?? builtInAccount, customerId);
    },
    'cards.setup': ({ setupId }) => cards.advance(setupId),
    'cards.simulateCard': ({ setupId, card }) => cards.simulateCard(setupId, card),
    'cards.cancelSetup': ({ setupId }) => cards.cancelSetup(setupId),
    'cards.settings': ({ account }) => {
      s.session.requirePreferencesOwner();
      return settingsOf(account);
    },
    'cards.saveSettings': (input: CardSettingsInput) => {
      const owner = s.session.requirePreferencesOwner();
      const { account, ...settings } = input;
      // The settings and their audit entry commit together.
      s.tx.run(() => {
        cards.saveSettings(account, settings);
        s.audit.record({ action: 'settings.cards_saved', actor: owner.name, details: { ...input } });
      });
      return settingsOf(account);
    },
    'cards.remove': async ({ paymentMethod }) => {
      await cards.remove(paymentMethod);
      return null;
    },
  };
}
