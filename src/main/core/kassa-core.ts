import { createUpdates, type Updates } from './system/updates.ts';
import { createDisplayLanguage, type DisplayLanguageHost } from './system/display-language.ts';
import { isOnTerminal } from '../../shared/payments/attempt-states.ts';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from './ipc/dispatcher.ts';
import { loadContract } from './ipc/contract-loader.ts';
import { openDatabase, type Db } from './db/connection.ts';
import { createUnitOfWork } from './db/unit-of-work.ts';
import { createSignal } from './signal.ts';
import { lateBound } from './late-bound.ts';
import { createSettlementCurrency } from './payments/settlement-currency.ts';
import { checkIntegrityInBackground } from './db/integrity-check.ts';
import { createEventBus, type EventListener } from './events.ts';
import { createHandlers } from './handlers.ts';
import { createServices, type Services } from './services.ts';
import { seedDemoStore } from './settings/seed-demo-store.ts';
import type { Logger } from './logger.ts';
import { createCardPayments, type CardPayments } from './payments/card-payments.ts';
import type { ProviderSettings } from './payments/provider-settings.ts';
import { createFileSecretBox, defaultSecretKeyFile, type SecretBox } from './secrets/secret-box.ts';
import { createPreferenceServices, type PreferenceServices } from './settings/preference-services.ts';
import { importStoreConfig, readStoreConfigFile } from './settings/provisioning.ts';
import { createStaffDirectory } from './staff/staff-directory.ts';
import type { LastStaffMemory } from './staff/session.ts';
import { createAuditLog } from './system/audit-log.ts';
import { viewFor } from './staff/role-views.ts';
import type { ChannelName } from '../../shared/ipc/contract.ts';
import { createMailOutboxStore } from './mail/mail-outbox-store.ts';
import { createSmtpSettings } from './mail/smtp-settings.ts';
import { createSmtpSender } from './mail/smtp-sender.ts';
import { createMailOutbox, type MailOutbox } from './mail/mail-outbox.ts';
import {
  createCustomerDisplay,
  type CustomerDisplay,
  type DisplayMonitors,
} from './display/customer-display.ts';
import { developerError } from '../../shared/i18n/errors.ts';
import { createPrinting, type Printing } from './printing/printing.ts';
import type { SerialPorts, SystemPrinter } from './printing/print-queue.ts';
import { systemSerialPorts } from './printing/serial-port.ts';

export interface CoreOptions {
  /** Folder holding kassa.sqlite3 and its backups: Electron's userData, or --data-dir for the host. */
  dataDir: string;
  log: Logger;
  now?: () => number;
  /** Validate every response against the contract (tests and the host do; costs a little time). */
  checkResponses?: boolean;
  /** Card providers; off unless given (the host and the app read them from the environment). */
  providers?: ProviderSettings;
  /** Test knobs: how often open payments are polled and the recovery sweep runs. */
  pollIntervalMs?: number;
  sweepIntervalMs?: number;
  /** Test knob: how long an off-session charge waiting for the customer is polled before the sweep takes over. */
  offSessionHandOverMs?: number;
  /** Test knob: the autopilot's first pause before another attempt (default 30 s, doubling). */
  autopilotBackoffMs?: number;
  /**
   * Encrypts API keys and tokens before they reach the database (PREF-3). The app passes Electron safeStorage;
   * without one, an AES-256-GCM key file outside the data folder is used (`secretKeyFile`).
   */
  secretBox?: SecretBox;
  /** The host's key file; default KASSA_SECRET_KEY_FILE or ~/.config/kassa-host/secret.key. */
  secretKeyFile?: string;
  /**
   * A store file (PREF-5) imported on the first start instead of the demo shop, when it exists: the app passes
   * KASSA_STORE_CONFIG or resources/store-config.json.
   */
  storeConfigFile?: string;
  /** Where the integrity check's worker loads better-sqlite3 from; default: next to the app (unpacked). */
  integrityCheckDriver?: string;
  /** Opens the preferences window (the app), or answers its address (the host). */
  openPreferences?: () => { url: string | null };
  /** Where Stripe keys are verified; a simulator's address in tests. Default: the environment key's apiUrl. */
  stripeApiUrl?: string;
  /** Where saved Mercado Pago credentials are used; a simulator's address in tests. Default: the environment's. */
  mercadoPagoApiUrl?: string;
  /** Who signed in last on this device (the app keeps it in electron-store); in memory otherwise. */
  lastStaff?: LastStaffMemory;
  /** The computer's monitors for the customer display (the app: Electron's screen API). */
  displayMonitors?: DisplayMonitors;
  /** Where a second browser opens the customer display (the headless host). */
  customerDisplayUrl?: () => string | null;
  /** Test knob: the first wait before an e-mail that could not be sent is tried again (doubling after). */
  mailRetryBaseMs?: number;
  /**
   * Certificates (PEM) the mail sender trusts besides the system's: a shop's own mail server with a private
   * authority, or a test server's self-signed certificate. Default: the system's authorities only.
   */
  mailTrustedCertificates?: string[];
  /** Silent printing to system printers (the app); without it a system printer's job is written as a PDF. */
  systemPrinter?: SystemPrinter;
  /** Test knob: how often waiting print jobs are tried again. */
  printRetryMs?: number;
  /** Serial ports for serial receipt printers; without it a serial printer's jobs wait, saying why. */
  serialPorts?: SerialPorts;
  /**
   * Where the display language is remembered for the next start and how to restart (the app: userData and
   * app.relaunch); default: the data folder, no restart (the headless host).
   */
  displayLanguage?: Partial<Omit<DisplayLanguageHost, 'cardPaymentOnTerminal'>>;
}

export interface KassaCore {
  dispatch: Dispatch;
  /**
   * The connection itself, for tests and benchmarks that set up or inspect rows directly. No service receives
   * it: the core's own code reaches each table through the store that owns it.
   */
  db: Db;
  subscribe(listener: EventListener): () => void;
  services: Services;
  payments: CardPayments;
  preferences: PreferenceServices;
  /** Printers, the print queue and the drawer. */
  printing: Printing;
  /** Which secret box protects the stored keys, for the start-up message. */
  secretBoxDescription: string;
  /** Whether an update may install now, and what the app's updater found (shown in the till's header). */
  updates: Updates;
  /** Resolves when the background integrity check has finished (an alert is raised if it failed). */
  integrityChecked: Promise<void>;
  /** What the customer display shows; pay by link offers its QR code through it. */
  customerDisplay: CustomerDisplay;
  /** The mail outbox (e-mail receipts). */
  mail: MailOutbox;
  close(): Promise<void>;
}

export const databaseFileName = 'kassa.sqlite3';

/** A card payment in one of these states is at the terminal or on its way: not a time to install. */

/**
 * Starts the Electron-free core: opens (and if needed migrates) the database, seeds the demo shop on a
 * first start, and returns the one dispatch function that Electron's IPC and the headless host both use.
 */
export function startCore(options: CoreOptions): KassaCore {
  const now = options.now ?? Date.now;
  const file = join(options.dataDir, databaseFileName);
  const { db } = openDatabase(file, { log: options.log, now });
  const firstStart = db.prepare('SELECT count(*) AS n FROM tills').pluck().get() === 0;
  if (firstStart) {
    let config;
    try {
      config = options.storeConfigFile ? readStoreConfigFile(options.storeConfigFile) : null;
    } catch (error) {
      db.close();
      throw error;
    }
    if (config) {
      const audit = createAuditLog(db, now);
      importStoreConfig(db, config, {
        staff: createStaffDirectory(db, audit, now),
        audit,
        actor: 'provisioning',
        now,
      });
      options.log.info('store.provisioned', { file, from: options.storeConfigFile });
    } else {
      seedDemoStore(db);
      options.log.info('store.seeded_demo', { file });
    }
  }

  const secretBox =
    options.secretBox ??
    createFileSecretBox(options.secretKeyFile ?? defaultSecretKeyFile(), options.dataDir);
  options.log.info('secrets.box', { box: secretBox.description });

  // Events raised inside a transaction reach the windows only once it has committed.
  const tx = createUnitOfWork(db);
  const events = createEventBus(tx.afterCommit);
  const providers = effectiveProviders(db, options.providers ?? { stripe: { mode: 'off' } });
  const services = createServices({
    db,
    tx,
    events,
    now,
    demo: providers.stripe.mode === 'demo',
    lastStaff: options.lastStaff,
  });
  // The one real cycle of the composition: card payments read the preferences' Stripe profiles, exchange rates
  // and saved Mercado Pago credentials while being built, and the preferences ask card payments two things only
  // when called (has a Mercado Pago switch settled; where does the demo's simulator listen). So preferences are
  // built first and reach card payments through this port, bound once card payments exist.
  const cardPayments = lateBound<Pick<CardPayments, 'settled' | 'demoStripeApiUrl'>>('card payments');
  // In demo mode, profiles verify and pay against the in-process simulator, never against api.stripe.com.
  const stripeApiUrl = (): string | undefined =>
    options.stripeApiUrl ??
    (providers.stripe.mode === 'account'
      ? providers.stripe.apiUrl
      : providers.stripe.mode === 'demo'
        ? cardPayments.get().demoStripeApiUrl()
        : undefined);
  // Saved Mercado Pago preferences reach card payments through this, not through the windows' events.
  const mercadoPagoSaved = createSignal();
  const preferences = createPreferenceServices({
    services,
    db,
    events,
    mercadoPagoSaved,
    secretBox,
    providers,
    stripeApiUrl,
    mercadoPagoSettled: () => cardPayments.get().settled(),
    openPreferences:
      options.openPreferences ??
      (() => {
        throw developerError('internal', 'This Kassa cannot open a preferences window.');
      }),
  });
  const payments = createCardPayments({
    services,
    events,
    mercadoPagoSaved,
    log: options.log,
    now,
    settings: withSavedMercadoPago(providers, preferences, options),
    // Read again after every save in the Mercado Pago preferences, so new credentials take effect at once.
    mercadoPagoSettings: () =>
      withSavedMercadoPago(providers, preferences, options).mercadopago ?? { mode: 'off' },
    settlementFor: createSettlementCurrency({
      methods: services.methods,
      profiles: preferences.profiles,
      exchangeRates: preferences.exchangeRates,
    }),
    stripeProfiles: {
      ids: () => preferences.profiles.idsWithKey(),
      version: (id) => preferences.profiles.keyVersion(id),
      key: (id) => preferences.profiles.secretKeyOf(id),
      apiUrl: stripeApiUrl,
      hasPublishableKey: (id) => {
        try {
          return preferences.profiles.get(id).publishableKey !== null;
        } catch {
          return false;
        }
      },
    },
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    ...(options.sweepIntervalMs ? { sweepIntervalMs: options.sweepIntervalMs } : {}),
    ...(options.offSessionHandOverMs ? { offSessionHandOverMs: options.offSessionHandOverMs } : {}),
    ...(options.autopilotBackoffMs ? { autopilotBackoffMs: options.autopilotBackoffMs } : {}),
  });
  cardPayments.bind(payments);
  const updates = createUpdates((status) => events.emit('updates.changed', status));
  // A card payment under way at a terminal holds an update back (a shift will add its own blocker).
  updates.addBlocker('card_payment', () =>
    services.journal.unresolved().some((attempt) => isOnTerminal(attempt.state)) ? 'card_payment' : null,
  );
  events.subscribe((name) => {
    if (name === 'payments.updated') updates.refresh();
  });
  const printing = createPrinting({
    services,
    events,
    log: options.log,
    dataDir: options.dataDir,
    systemPrinter: options.systemPrinter,
    // Serial printers through the system's device files unless the caller brings its own ports (tests do).
    serialPorts: options.serialPorts ?? systemSerialPorts(),
    demo: providers.stripe.mode === 'demo',
    retryMs: options.printRetryMs,
  });
  const customerDisplay = createCustomerDisplay({
    services,
    events,
    monitors: options.displayMonitors,
    url: options.customerDisplayUrl,
  });
  // An open payment link shows as a QR code on the customer display, so the customer can pay from their phone.
  events.subscribe((name, payload) => {
    if (name !== 'paylinks.updated') return;
    const link = payload as { orderId: string; state: string; url: string | null };
    customerDisplay.offerPayByLink(link.orderId, link.state === 'open' ? link.url : null);
  });
  const smtp = createSmtpSettings({
    settings: services.settings,
    secrets: preferences.secrets,
    audit: services.audit,
  });
  const mail = createMailOutbox({
    store: createMailOutboxStore(db),
    tx,
    events,
    smtp,
    sender: createSmtpSender(
      options.mailTrustedCertificates ? { trustedCertificates: options.mailTrustedCertificates } : {},
    ),
    log: options.log,
    now,
    ...(options.mailRetryBaseMs ? { retryBaseMs: options.mailRetryBaseMs } : {}),
  });
  // The preferences window is where reports are asked for: the report thread starts while the owner chooses.
  events.subscribe((name, payload) => {
    if (name === 'session.changed' && (payload as { preferencesOpen?: boolean }).preferencesOpen)
      services.reports.warm();
  });
  const displayLanguage = createDisplayLanguage({
    dir: options.displayLanguage?.dir ?? options.dataDir,
    running: options.displayLanguage?.running ?? (() => null),
    relaunch: options.displayLanguage?.relaunch ?? null,
    cardPaymentOnTerminal: () => services.journal.unresolved().some((attempt) => isOnTerminal(attempt.state)),
  });
  const dispatchCall = createDispatcher(
    createHandlers(
      services,
      payments,
      preferences,
      updates,
      customerDisplay,
      { outbox: mail, smtp },
      printing,
      displayLanguage,
    ),
    options.log,
    {
      checkResponses: options.checkResponses ?? false,
      signedIn: () => services.session.tillStaff() !== null,
    },
  );
  // Every call from the till counts as using it: a cashier's session resumes after a restart only if recent.
  const dispatch: Dispatch = async (name, payload, context) => {
    if (context.window !== 'till') return dispatchCall(name, payload, context);
    services.session.touch();
    const result = await dispatchCall(name, payload, context);
    // (An unknown channel fails in dispatchCall, so `name` is a channel of the contract here.)
    return result.ok
      ? { ok: true, value: viewFor(name as ChannelName, result.value, services.session.tillStaff()) }
      : result;
  };

  let closed = false;
  const integrityChecked = checkIntegrityInBackground(file, options.integrityCheckDriver).then((result) => {
    if (closed || result.status === 'ok') return;
    if (result.status === 'unchecked') {
      // Says nothing about the data: the till keeps working normally, and IT is told the check did not run.
      options.log.warn('db.integrity_check_unavailable', { reason: result.reason });
      services.alerts.raise(
        'warning',
        'database_integrity_unchecked',
        { key: 'alert.integrityUnchecked' },
        { reason: result.reason },
      );
      return;
    }
    options.log.error('db.integrity_failed', { problems: result.problems });
    services.alerts.raise(
      'critical',
      'database_integrity',
      { key: 'alert.integrityFailed' },
      { problems: result.problems },
    );
  });

  // The till's window takes a moment to load: the contract's schemas are built meanwhile, off the start.
  setImmediate(() => void loadContract());

  return {
    dispatch,
    db,
    subscribe: events.subscribe,
    services,
    payments,
    preferences,
    printing,
    secretBoxDescription: secretBox.description,
    updates,
    integrityChecked,
    customerDisplay,
    mail,
    async close() {
      await mail.close();
      await payments.close();
      await printing.close();
      await services.reports.close();
      await integrityChecked;
      closed = true;
      db.close();
    },
  };
}

/**
 * A store set up from a store file is a real shop: the demo simulators the environment falls back to when it
 * names no keys are not started there (its card methods wait for keys in preferences instead).
 */
function effectiveProviders(db: Db, fromEnvironment: ProviderSettings): ProviderSettings {
  const origin = db
    .prepare<[], string>(`SELECT value FROM store_settings WHERE key = 'origin'`)
    .pluck()
    .get();
  if (origin !== JSON.stringify('provisioned')) return fromEnvironment;
  return {
    stripe: fromEnvironment.stripe.mode === 'demo' ? { mode: 'off' } : fromEnvironment.stripe,
    mercadopago:
      fromEnvironment.mercadopago?.mode === 'demo'
        ? { mode: 'off' }
        : (fromEnvironment.mercadopago ?? { mode: 'off' }),
  };
}

/**
 * Mercado Pago credentials saved in preferences take precedence over the environment's (MP-2); the API address
 * and the notification receiver stay as IT configured them. Read at start and again after each save.
 */
function withSavedMercadoPago(
  providers: ProviderSettings,
  prefs: PreferenceServices,
  options: Pick<CoreOptions, 'log' | 'mercadoPagoApiUrl'>,
): ProviderSettings {
  let saved;
  try {
    saved = prefs.mercadoPago.saved();
  } catch (error) {
    options.log.error('mercadopago.credentials_unreadable', { error: String(error) });
    return providers;
  }
  if (!saved) return providers;
  const env = providers.mercadopago;
  const fromEnv = env?.mode === 'account' ? env : null;
  const receiver = fromEnv?.receiver && saved.webhookSecret ? { receiver: fromEnv.receiver } : {};
  const apiUrl = options.mercadoPagoApiUrl ?? fromEnv?.apiUrl;
  return {
    ...providers,
    mercadopago: {
      mode: 'account',
      accessToken: saved.accessToken,
      country: saved.country,
      ...(apiUrl ? { apiUrl } : {}),
      ...(saved.webhookSecret ? { webhookSecret: saved.webhookSecret } : {}),
      ...receiver,
    },
  };
}
