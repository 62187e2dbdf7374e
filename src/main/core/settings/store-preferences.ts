import { cashRoundingIncrement } from '../../../shared/money/cash-rounding.ts';
import type { RequestOf } from '../../../shared/ipc/contract.ts';
import { terminalSettingsSchema } from '../../../shared/settings/terminal-settings.ts';
import type {
  CurrencyChangeView,
  StoreSettingsView,
  TerminalSettings,
} from '../../../shared/ipc/preferences.ts';
import type { Db } from '../db/connection.ts';
import type { AuditLog } from '../system/audit-log.ts';
import { storeSettings, type SettingsRepo, type StoreSettings } from './store-settings.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

export interface StorePreferenceDeps {
  db: Db;
  settings: SettingsRepo;
  audit: AuditLog;
  /** Drops the services' cached copy of the store settings. */
  onStoreChanged: () => void;
  onTerminalsChanged: () => void;
  /** Card payments Kassa still follows with a provider (the payment journal answers). */
  unresolvedCardPayments: () => number;
}

/** Terminals are on unless the owner switches them off, so a demo or an upgraded till keeps taking cards. */
const terminalsDefault: TerminalSettings = { stripeEnabled: true, mercadoPagoEnabled: true };

/** The store section (PREF-1): name, country, currency, locale, tax and cash rounding; and the terminals switch. */
export function createStorePreferences(deps: StorePreferenceDeps) {
  const { db, settings, audit } = deps;
  const store = (): StoreSettings => {
    const s = settings.get('store', storeSettings);
    if (!s) throw translatedError('not_found', 'err.store.notSetUp');
    return s;
  };
  const toView = (s: StoreSettings): StoreSettingsView => ({
    ...s,
    suggestedCashRounding: cashRoundingIncrement(s.country, s.currency),
  });
  const terminals = (): TerminalSettings =>
    settings.get('terminals', terminalSettingsSchema()) ?? terminalsDefault;

  const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
  /** What a new currency touches (issue 15.2). Reads other domains' tables; writes none of them. */
  const currencyChange = (currency: string): CurrencyChangeView => {
    const from = store().currency;
    const recordedOrders = count(`SELECT count(*) FROM orders WHERE status <> 'open'`);
    const openOrders = count(`SELECT count(*) FROM orders WHERE status = 'open'`);
    const openCardPayments =
      deps.unresolvedCardPayments() + count(`SELECT count(*) FROM refunds WHERE state = 'pending'`);
    return {
      from,
      to: currency,
      recordedOrders,
      openOrders,
      openCardPayments,
      needsConfirmation: currency !== from && (recordedOrders > 0 || openCardPayments > 0),
    };
  };

  return {
    store: (): StoreSettingsView => toView(store()),
    currencyChange,
    saveStore(input: RequestOf<'storeSettings.save'>, actor: string): StoreSettingsView {
      const saved = db.transaction(() => {
        const before = store();
        if (input.currency !== before.currency) {
          const open = db
            .prepare(`SELECT count(*) FROM orders WHERE status = 'open'`)
            .pluck()
            .get() as number;
          if (open > 0)
            throw translatedError(
              'conflict',
              'err.store.ordersStillOpen',
              { count: open, currency: before.currency },
              'currency',
            );
          const change = currencyChange(input.currency);
          if (change.needsConfirmation && !input.currencyChangeConfirmed)
            throw translatedError(
              'conflict',
              change.openCardPayments > 0 ? 'err.store.confirmCurrencyRunning' : 'err.store.confirmCurrency',
              {
                orders: change.recordedOrders,
                running: change.openCardPayments,
                currency: before.currency,
                next: input.currency,
              },
              'currencyChangeConfirmed',
            );
        }
        const next: StoreSettings = {
          name: input.name,
          country: input.country,
          currency: input.currency,
          locale: input.locale,
          pricesIncludeTax: input.pricesIncludeTax,
          cashRoundingIncrement:
            input.cashRoundingIncrement ?? cashRoundingIncrement(input.country, input.currency),
        };
        settings.set('store', storeSettings.parse(next));
        audit.record({ action: 'settings.store_changed', actor, details: { old: before, new: next } });
        return toView(next);
      })();
      deps.onStoreChanged();
      return saved;
    },
    terminals,
    saveTerminals(input: TerminalSettings, actor: string): TerminalSettings {
      const before = terminals();
      db.transaction(() => {
        settings.set('terminals', input);
        audit.record({ action: 'settings.terminals_changed', actor, details: { old: before, new: input } });
      })();
      deps.onTerminalsChanged();
      return terminals();
    },
  };
}

export type StorePreferences = ReturnType<typeof createStorePreferences>;
