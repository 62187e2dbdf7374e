import type { Db } from './db/connection.ts';
import type { UnitOfWork } from './db/unit-of-work.ts';
import type { StoreInfo } from '../../shared/ipc/store.ts';
import { createCatalogRepo } from './catalog/catalog-repo.ts';
import { createOrderRepo } from './orders/order-repo.ts';
import { createOrderService } from './orders/order-service.ts';
import { createKeptOrders } from './orders/kept-orders.ts';
import { createKeptStore } from './orders/kept-store.ts';
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
import { createLinkStore } from './payments/links/link-store.ts';
import { createCardStore } from './payments/cards/card-store.ts';
import { createHoldStore } from './payments/holds/hold-store.ts';
import { createTaskStore } from './payments/autopilot/task-store.ts';
import { createPrintStore } from './printing/print-store.ts';
import { createRefundStore } from './payments/refunds.ts';
import { createReconciliationSeen } from './payments/reconciliation.ts';
import { searchOrders } from './orders/order-search.ts';
import { exportPayments } from './exports/payments-export.ts';
import { loadTranslator } from '../../shared/i18n/catalogs.ts';
import { languageForLocale } from '../../shared/i18n/languages.ts';
import { importStoreConfig } from './settings/provisioning.ts';
import type { StoreConfig } from '../../shared/ipc/provisioning.ts';
import type { RequestOf } from '../../shared/ipc/contract.ts';
import type { Order } from '../../shared/ipc/orders.ts';
import { createReceiptSource } from './receipts/receipt-source.ts';
import { translatedError } from '../../shared/i18n/errors.ts';
import { createReportReader } from './reports/read-in-worker.ts';
import type { ReturnRecord } from '../../shared/ipc/returns.ts';

export interface ServiceOptions {
  db: Db;
  tx: UnitOfWork;
  events: EventBus;
  now: () => number;
  demo: boolean;
  /** Who signed in last on this device; the app keeps it in electron-store. */
  lastStaff?: LastStaffMemory | undefined;
}

/**
 * Builds every service of the core over one database connection. The connection stays here: each table's
 * store is made from it once, in this function, and everything else asks the store or service that owns the
 * table (as Signal Desktop's one interface declares every SQL call). Nothing built here hands `db` on.
 */
export function createServices({ db, tx, events, now, demo, lastStaff }: ServiceOptions) {
  const settings = createSettingsRepo(db);
  let store: StoreSettings | null = null;
  const currentStore = (): StoreSettings => {
    store ??= settings.get('store', storeSettings);
    if (!store) throw translatedError('not_found', 'err.store.notSetUp');
    return store;
  };
  const till = db
    .prepare<[], { id: string; name: string }>('SELECT id, name FROM tills ORDER BY rowid LIMIT 1')
    .get();
  if (!till) throw translatedError('not_found', 'err.store.noTill');
  const taxRates = db.prepare<[], { id: string; name: string; rateBp: number }>(
    'SELECT id, name, rate_bp AS rateBp FROM tax_rates ORDER BY rate_bp',
  );

  const catalog = createCatalogRepo(db);
  const methods = createPaymentMethodRepo(db);
  const audit = createAuditLog(db, now);
  // An alert's amounts and days are said in the store's locale; one raised before the store is set up, in English.
  const storeLocale = () => {
    try {
      return currentStore().locale;
    } catch {
      return 'en';
    }
  };
  const alerts = createAlerts(db, now, storeLocale, (alert) => events.emit('alerts.raised', alert));
  const customers = createCustomerRepo(db, now);
  const staff = createStaffDirectory(db, audit, now);
  const managerPin = createManagerPin(staff, audit);
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
    unresolvedCardPayments: () => journal.unresolvedCount(),
  });
  const approvals = createApprovals({
    tx,
    settings,
    audit,
    session,
    managerPin,
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
  const refundStore = createRefundStore(db);
  // Who else acts in the transaction that marks an order paid (the print queue queues its receipt).
  const paidHooks: ((order: Order) => void)[] = [];
  // … and in the transaction that records a return (the print queue queues its refund receipt).
  const returnHooks: ((returnId: string) => void)[] = [];
  const cardRefundHooks: ((refundId: string) => void)[] = [];
  const shiftClosedHooks: ((zNumber: number) => void)[] = [];
  const orders = createOrderService({
    onPaid: (order) => {
      for (const hook of paidHooks) hook(order);
    },
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
  const holdStore = createHoldStore(db, now);
  const cardStore = createCardStore(db, now);
  // Orders kept open for later (tabs, pickups) and the owner's guarantee policies (issue 13.3 and 13.6).
  const keptOrders = createKeptOrders({
    tx,
    store: createKeptStore(db),
    orders,
    settings,
    audit,
    approvals,
    checkManagerPin: (pin) => void staff.verifyOverride(pin, 'order.keep_open'),
    heldOn: (orderId) =>
      holdStore
        .forOrder(orderId)
        .filter((h) => h.state === 'held')
        .map((h) => ({ id: h.id, amount: h.amount })),
    cardsOnFile: (customerId) => cardStore.cardsOf(customerId).filter((c) => c.state === 'saved').length,
    storeSettings: currentStore,
    seller: () => session.tillStaff(),
    now,
    onPoliciesChanged: () => events.emit('settings.changed', { section: 'store' }),
  });
  const shiftStore = createShiftStore(db);
  const shifts = createShiftService({
    tx,
    store: shiftStore,
    settings,
    audit,
    approvals,
    methods,
    journal,
    storeSettings: currentStore,
    till,
    actor: () => session.tillStaff(),
    taxRates: () => taxRates.all(),
    now,
    onChanged: (shift) => events.emit('shifts.changed', { shiftId: shift.id, status: shift.status }),
    onSettingsChanged: () => events.emit('settings.changed', { section: 'store' }),
    onClosed: (zNumber) => {
      for (const hook of shiftClosedHooks) hook(zNumber);
    },
  });

  // Receipts (issue 11): built from the stored order, with the card's reference from the journal.
  const receipts = createReceiptSource({
    settings,
    store: currentStore,
    till,
    orders,
    referenceOf: (paymentLineId) => journal.forLine(paymentLineId)?.provider_ref ?? null,
    cardRefund: (refundId) => refundStore.given(refundId),
    taxRates: () => taxRates.all(),
  });

  return {
    tx,
    receipts,
    /** Tells the windows of a return once it is written (the return service runs in the handlers). */
    returnGiven: (r: ReturnRecord) =>
      events.emit('returns.given', {
        returnId: r.id,
        orderId: r.orderId,
        shiftId: r.shiftId,
        total: r.total,
      }),
    /** Adds work to the transaction that marks an order paid. */
    onOrderPaid: (hook: (order: Order) => void) => void paidHooks.push(hook),
    /** Adds work to the transaction that records a return. */
    onReturnGiven: (hook: (returnId: string) => void) => void returnHooks.push(hook),
    /** Adds work to the transaction that records a card refund as given (from History, or a return's card part). */
    onCardRefundGiven: (hook: (refundId: string) => void) => void cardRefundHooks.push(hook),
    /** Called by the refunds inside that transaction. */
    cardRefundGiven: (refundId: string) => {
      for (const hook of cardRefundHooks) hook(refundId);
    },
    /** Adds work to the transaction that closes a shift (its Z report is written). */
    onShiftClosed: (hook: (zNumber: number) => void) => void shiftClosedHooks.push(hook),
    /** Called by the return service inside that transaction. */
    returnRecorded: (returnId: string) => {
      for (const hook of returnHooks) hook(returnId);
    },
    now,
    catalog,
    methods,
    audit,
    alerts,
    orders,
    journal,
    /** The refunds table's one writer (card payments' refunds); preferences ask it what is still being sent. */
    refundStore,
    /** Which provider payments reconciliation has raised already. */
    reconciliationSeen: createReconciliationSeen(db),
    /** Pay by link's tables' one writer: links, remote orders, link settings, the event sweep's cursors and seen events. */
    linkStore: createLinkStore(db, now),
    /** Cards on file's tables' one writer: Stripe customers, card setups, saved cards, card settings. */
    cardStore,
    /** The holds table's one writer (card authorizations kept open on orders). */
    holdStore,
    keptOrders,
    /** The autopilot_tasks table's one writer (the payment autopilot's durable tasks). */
    autopilotStore: createTaskStore(db, now),
    /** The printers and print_jobs tables' one writer (the print queue asks it). */
    printStore: createPrintStore(db, now),
    settings,
    customers,
    staff,
    /** The one check of a manager's or owner's PIN for overrides (force done, readers, refunds, limits). */
    managerPin,
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
    /** The history search (read-only, across orders, lines and payment lines; every filter hits an index). */
    searchOrders: (query: RequestOf<'orders.search'>) => searchOrders(db, query),
    /** The accountant's bookkeeping file of the days asked for (read-only). */
    exportPayments: async (days: RequestOf<'exports.payments'>) =>
      // In the store's language, as the Z's CSV.
      exportPayments(db, days, await loadTranslator(languageForLocale(currentStore().locale))),
    /** Imports a store file (PREF-5): each table is written by its own store inside the import. */
    importStoreConfig: (config: StoreConfig, actor: string) => {
      const summary = importStoreConfig(db, config, { staff, audit, actor, now });
      store = null;
      return summary;
    },
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
