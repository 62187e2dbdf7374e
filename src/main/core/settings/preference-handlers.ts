import type { Handlers } from '../ipc/dispatcher.ts';
import type { Services } from '../services.ts';
import type { PreferenceServices } from './preference-services.ts';

type PreferenceChannels =
  | 'storeSettings.get'
  | 'storeSettings.save'
  | 'storeSettings.currencyChange'
  | 'terminalSettings.get'
  | 'terminalSettings.save'
  | 'approvals.get'
  | 'approvals.save'
  | 'mercadoPagoSettings.get'
  | 'mercadoPagoSettings.save'
  | 'exchangeRates.list'
  | 'exchangeRates.save'
  | 'exchangeRates.remove'
  | 'audit.list'
  | 'stripeProfiles.list'
  | 'stripeProfiles.save'
  | 'stripeProfiles.verify'
  | 'stripeProfiles.remove'
  | 'paymentMethods.all'
  | 'paymentMethods.save'
  | 'paymentMethods.reorder'
  | 'provisioning.import';

/**
 * The preferences window's channels (PREF-1 to PREF-5). Each one first checks that an owner unlocked the window
 * (and keeps it unlocked), and records that owner as the actor of every change.
 */
export function preferenceHandlers(s: Services, p: PreferenceServices): Pick<Handlers, PreferenceChannels> {
  const owner = (): string => s.session.requirePreferencesOwner().name;
  return {
    'storeSettings.get': () => (owner(), s.preferences.store()),
    'storeSettings.save': (input) => s.preferences.saveStore(input, owner()),
    'storeSettings.currencyChange': ({ currency }) => (owner(), s.preferences.currencyChange(currency)),
    'terminalSettings.get': () => (owner(), s.preferences.terminals()),
    'terminalSettings.save': (input) => s.preferences.saveTerminals(input, owner()),
    'approvals.get': () => (owner(), s.approvals.limits()),
    'approvals.save': (input) => s.approvals.save(input, owner()),
    'mercadoPagoSettings.get': () => (owner(), p.mercadoPago.view()),
    'mercadoPagoSettings.save': (input) => p.mercadoPago.save(input, owner()),
    'exchangeRates.list': () => (owner(), p.exchangeRates.list()),
    'exchangeRates.save': (input) => {
      const saved = p.exchangeRates.save(input, owner());
      p.changed('exchangeRates')();
      return saved;
    },
    'exchangeRates.remove': ({ currency }) => {
      p.exchangeRates.remove(currency, owner());
      p.changed('exchangeRates')();
      return {};
    },
    'audit.list': ({ limit, before }) => (owner(), s.audit.list(limit, before)),
    // The till lists profiles too (read-only, hints only), to explain which account a card method uses.
    'stripeProfiles.list': (_request, { window }) => {
      if (window === 'preferences') owner();
      return p.profiles.list();
    },
    'stripeProfiles.save': (input) => p.profiles.save(input, owner()),
    'stripeProfiles.verify': ({ id }) => p.profiles.verify(id, owner()),
    'stripeProfiles.remove': ({ id }) => {
      p.profiles.remove(id, owner());
      return {};
    },
    'paymentMethods.all': () => (owner(), p.methods.all()),
    'paymentMethods.save': (input) => p.methods.save(input, owner()),
    'paymentMethods.reorder': ({ ids }) => p.methods.reorder(ids, owner()),
    'provisioning.import': ({ config }) => {
      const summary = s.importStoreConfig(config, owner());
      p.changed('provisioning')();
      return summary;
    },
  };
}
