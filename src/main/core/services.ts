import type { Db } from './db/connection.ts';
import type { StoreInfo } from '../../shared/ipc/store.ts';
import { createCatalogRepo } from './catalog/catalog-repo.ts';
import { createOrderRepo } from './orders/order-repo.ts';
import { createOrderService } from './orders/order-service.ts';
import { createPaymentMethodRepo } from './payments/payment-methods.ts';
import { createSettingsRepo, storeSettings, type StoreSettings } from './settings/store-settings.ts';
import { createAuditLog } from './system/audit-log.ts';
import { createAlerts } from './system/alerts.ts';
import type { EventBus } from './events.ts';
import { KassaError } from '../../shared/errors.ts';

export interface ServiceOptions {
  db: Db;
  events: EventBus;
  now: () => number;
  demo: boolean;
}

/** Builds every service of the core over one database connection. */
export function createServices({ db, events, now, demo }: ServiceOptions) {
  const settings = createSettingsRepo(db);
  let store: StoreSettings | null = null;
  const currentStore = (): StoreSettings => {
    store ??= settings.get('store', storeSettings);
    if (!store) throw new KassaError('not_found', 'This till has no store set up yet.');
    return store;
  };
  const till = db
    .prepare<[], { id: string; name: string }>('SELECT id, name FROM tills ORDER BY rowid LIMIT 1')
    .get();
  if (!till)
    throw new KassaError('not_found', 'This database has no till. Start Kassa with a fresh data folder.');
  const taxRates = db.prepare<[], { id: string; name: string; rateBp: number }>(
    'SELECT id, name, rate_bp AS rateBp FROM tax_rates ORDER BY rate_bp',
  );

  const catalog = createCatalogRepo(db);
  const methods = createPaymentMethodRepo(db);
  const audit = createAuditLog(db, now);
  const alerts = createAlerts(db, now, (alert) => events.emit('alerts.raised', alert));
  const orders = createOrderService({
    db,
    orders: createOrderRepo(db),
    catalog,
    methods,
    audit,
    store: currentStore,
    tillId: till.id,
    now,
    onChanged: (order) =>
      events.emit('orders.changed', { orderId: order.id, status: order.status, number: order.number }),
  });

  return {
    db,
    catalog,
    methods,
    audit,
    alerts,
    orders,
    settings,
    store: currentStore,
    storeInfo: (): StoreInfo => ({ ...currentStore(), taxRates: taxRates.all(), till, demo }),
  };
}

export type Services = ReturnType<typeof createServices>;
