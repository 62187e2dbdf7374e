import { join } from 'node:path';
import { createDispatcher, type Dispatch } from './ipc/dispatcher.ts';
import { openDatabase } from './db/connection.ts';
import { checkIntegrityInBackground } from './db/integrity-check.ts';
import { createEventBus, type EventListener } from './events.ts';
import { createHandlers } from './handlers.ts';
import { createServices, type Services } from './services.ts';
import { seedDemoStore } from './settings/seed-demo-store.ts';
import type { Logger } from './logger.ts';

export interface CoreOptions {
  /** Folder holding kassa.sqlite3 and its backups: Electron's userData, or --data-dir for the host. */
  dataDir: string;
  log: Logger;
  now?: () => number;
  /** Validate every response against the contract (tests and the host do; costs a little time). */
  checkResponses?: boolean;
}

export interface KassaCore {
  dispatch: Dispatch;
  subscribe(listener: EventListener): () => void;
  services: Services;
  /** Resolves when the background integrity check has finished (an alert is raised if it failed). */
  integrityChecked: Promise<void>;
  close(): void;
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
  const services = createServices({ db, events, now, demo: true });
  const dispatch = createDispatcher(createHandlers(services), options.log, {
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
    integrityChecked,
    close() {
      closed = true;
      db.close();
    },
  };
}
