import { join } from 'node:path';
import { createDispatcher, type Dispatch } from './ipc/dispatcher.ts';
import { openDatabase } from './db/connection.ts';
import { checkIntegrityInBackground } from './db/integrity-check.ts';
import { createEventBus, type EventListener } from './events.ts';
import { createHandlers } from './handlers.ts';
import { createServices, type Services } from './services.ts';
import { seedDemoStore } from './settings/seed-demo-store.ts';
import type { Logger } from './logger.ts';
import { createCardPayments, type CardPayments } from './payments/card-payments.ts';
import type { ProviderSettings } from './payments/provider-settings.ts';

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
}

export interface KassaCore {
  dispatch: Dispatch;
  subscribe(listener: EventListener): () => void;
  services: Services;
  payments: CardPayments;
  /** Resolves when the background integrity check has finished (an alert is raised if it failed). */
  integrityChecked: Promise<void>;
  close(): Promise<void>;
}

export const databaseFileName = 'kassa.sqlite3';

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
    seedDemoStore(db);
    options.log.info('store.seeded_demo', { file });
  }

  const events = createEventBus();
  const providers = options.providers ?? { stripe: { mode: 'off' } };
  const services = createServices({ db, events, now, demo: providers.stripe.mode === 'demo' });
  const payments = createCardPayments({
    services,
    events,
    log: options.log,
    now,
    settings: providers,
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    ...(options.sweepIntervalMs ? { sweepIntervalMs: options.sweepIntervalMs } : {}),
  });
  const dispatch = createDispatcher(createHandlers(services, payments), options.log, {
    checkResponses: options.checkResponses ?? false,
  });

  let closed = false;
  const integrityChecked = checkIntegrityInBackground(file).then(
    (problems) => {
      if (problems.length === 0 || closed) return;
      options.log.error('db.integrity_failed', { problems });
      services.alerts.raise(
        'critical',
        'database_integrity',
        'The database failed its integrity check. Keep selling only cash, and ask IT to restore the latest backup.',
        { problems },
      );
    },
    (error: unknown) => options.log.warn('db.integrity_check_unavailable', { error: String(error) }),
  );

  return {
    dispatch,
    subscribe: events.subscribe,
    services,
    payments,
    integrityChecked,
    async close() {
      await payments.close();
      await integrityChecked;
      closed = true;
      db.close();
    },
  };
}
