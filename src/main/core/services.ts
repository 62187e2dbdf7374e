import type { Db } from './db/connection.ts';
import type { UnitOfWork } from './db/unit-of-work.ts';
import type { StoreInfo } from '../../shared/ipc/store.ts';
import { createCatalogRepo } from './catalog/catalog-repo.ts';
import { createOrderRepo } from './orders/order-repo.ts';
import { createOrderService } from './orders/order-service.ts';
import { createPaymentMethodRepo } from './payments/payment-methods.ts';
import { createSettingsRepo, storeSettings, type StoreSettings } from './settings/store-settings.ts';
import { createAuditLog } from './system/audit-log.ts';
import { createAlerts } from './system/alerts.ts';
import { createCustomerRepo } from './customers/customer-repo.ts';
import { createStaffDirectory } from './staff/staff-directory.ts';
import { createSession, type LastStaffMemory } from './staff/session.ts';
import { createStorePreferences } from './settings/store-preferences.ts';
import { createManagerPin } from './staff/manager-pin.ts';
import { createApprovals } from './staff/approvals.ts';
import { createPaymentJournal } from './payments/payment-journal.ts';
import type { EventBus } from './events.ts';
import { createShiftStore } from './shifts/shift-store.ts';
import { createShiftService } from './shifts/shift-service.ts';
import { KassaError } from '../../shared/errors.ts';
import { createReportReader } from './reports/read-in-worker.ts';

export interface ServiceOptions {
  db: Db;
  tx: UnitOfWork;
  events: EventBus;
  now: () => number;
  demo: boolean;
  /** Who signed in last on this device; the app keeps it in electron-store. */
  lastStaff?: LastStaffMemory | undefined;
}

/** Builds every service of the core over one database connection. */
export function createServices({ db, tx, events, now, demo, lastStaff }: ServiceOptions) {
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
  const customers = createCustomerRepo(db, now);
  const staff = createStaffDirectory(db, audit, now);
  const session = createSession(
    staff,
    now,
    () =>
      events.emit('session.changed', {
        tillStaffId: session.tillStaffId(),
        preferencesOpen: session.preferencesOpen(),
      }),
    lastStaff,
  );
  const preferences = createStorePreferences({
    db,
    settings,
    audit,
    onStoreChanged: () => {
      store = null;
      events.emit('settings.changed', { section: 'store' });
    },
    onTerminalsChanged: () => events.emit('settings.changed', { section: 'terminals' }),
  });
  const approvals = createApprovals({
    settings,
    audit,
    session,
    managerPin: createManagerPin(settings, audit, now),
    store: currentStore,
    // The till shows the limits (store.info), so it reloads them with the store.
    onChanged: () => events.emit('settings.changed', { section: 'store' }),
  });
  const terminalEnabled = (terminal: 'stripe' | 'mercadopago'): boolean => {
    const t = preferences.terminals();
    return terminal === 'stripe' ? t.stripeEnabled : t.mercadoPagoEnabled;
  };
  // The one writer of payment_attempts and provider_requests; others ask it, never the tables.
  const journal = createPaymentJournal(db, now);
  const orders = createOrderService({
    tx,
    heldOnCards: journal.heldOnCards,
    orders: createOrderRepo(db),
    catalog,
    methods,
    audit,
    customers,
    approvals,
    terminalEnabled,
    store: currentStore,
    tillId: till.id,
    seller: () => session.tillStaff(),
    now,
    onChanged: (order) => {
      events.emit('orders.changed', { orderId: order.id, status: order.status, number: order.number });
    },
  });
  const shiftStore = createShiftStore(db);
  const shifts = createShiftService({
    tx,
    store: shiftStore,
    settings,
    audit,
    approvals,
    methods,
    storeSettings: currentStore,
    till,
    actor: () => session.tillStaff(),
    now,
    onChanged: (shift) => events.emit('shifts.changed', { shiftId: shift.id, status: shift.status }),
    onSettingsChanged: () => events.emit('settings.changed', { section: 'store' }),
  });

  return {
    db,
    tx,
    now,
    catalog,
    methods,
    audit,
    alerts,
    orders,
    journal,
    settings,
    customers,
    staff,
    session,
    preferences,
    approvals,
    shifts,
    /** Reports read in a worker thread on a second, read-only connection; closed with the core. */
    reports: createReportReader(db.name),
    /** The shift tables' one writer, shared by the shift and return services. */
    shiftStore,
    terminalEnabled,
    /** The payment methods the till offers: active ones whose terminals are switched on, in order. */
    offeredMethods: () =>
      methods.active().filter((m) => m.terminal === 'none' || terminalEnabled(m.terminal)),
    /** Who did it, for the audit log: the member signed in at the till. */
    tillActor: (): string | undefined => session.tillStaff()?.name,
    store: currentStore,
    /** Forgets the cached store settings after an import replaced them. */
    reloadStore: () => void (store = null),
    storeInfo: (): StoreInfo => ({
      ...currentStore(),
      taxRates: taxRates.all(),
      till,
      approvals: approvals.limits(),
      demo,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
