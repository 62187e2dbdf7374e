import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import type { Logger } from '../logger.ts';
import { migrations, type Migration } from './migrations/index.ts';
import { privateFiles, privateFolder } from './private-files.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

export type Db = Database.Database;

export interface OpenOptions {
  log: Logger;
  now?: () => number;
  /** Tests pass a shorter list to check one migration at a time. */
  migrations?: readonly Migration[];
}

export interface OpenedDatabase {
  db: Db;
  /** The backup written before migrating, if a migration ran on an existing database. */
  backupFile: string | null;
  schemaVersion: number;
}

/**
 * Opens the shop's database: WAL with FULL sync (every committed sale survives a power cut; the card payment
 * path relaxes only what it can rebuild from the provider, see withRelaxedSync and payment-journal.ts), foreign
 * keys on, and pending migrations applied in one transaction after a backup copy is written.
 * A database written by a newer Kassa is refused untouched, so a downgrade never corrupts it.
 */
export function openDatabase(file: string, options: OpenOptions): OpenedDatabase {
  const list = options.migrations ?? migrations;
  const latest = list.length === 0 ? 0 : list[list.length - 1]!.version;
  const existed = existsSync(file);
  privateFolder(dirname(file));
  // Created 600 before SQLite opens it: SQLite gives the -wal and -shm files the database file's mode.
  if (!existed) closeSync(openSync(file, 'a', 0o600));

  const db = new Database(file);
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) {
      throw translatedError('database_too_new', 'err.db.tooNew', {
        version: String(version),
        latest: String(latest),
      });
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    privateFiles(file, `${file}-wal`, `${file}-shm`);

    const pending = list.filter((m) => m.version > version);
    let backupFile: string | null = null;
    if (pending.length > 0) {
      if (existed && version > 0)
        backupFile = backupBeforeMigration(db, file, version, options.now ?? Date.now);
      applyMigrations(db, pending);
      options.log.info('db.migrated', { from: version, to: latest, backupFile });
    }
    return { db, backupFile, schemaVersion: latest };
  } catch (error) {
    db.close();
    throw error;
  }
}

function backupBeforeMigration(db: Db, file: string, version: number, now: () => number): string {
  const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(file), 'backups', `${basename(file)}.v${version}.${stamp}.bak`);
  privateFolder(dirname(target));
  // VACUUM INTO writes a consistent, compacted copy even while WAL frames are pending.
  db.prepare('VACUUM INTO ?').run(target);
  privateFiles(target);
  return target;
}

function applyMigrations(db: Db, pending: readonly Migration[]): void {
  const run = db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  run.immediate();
}

/**
 * Runs `write` with synchronous=NORMAL instead of FULL. Only for writes that can be rebuilt after a power
 * cut: a provider's answer recorded here can always be fetched again by re-sending the same idempotency key
 * or by looking, whereas the intent to send (written with FULL) cannot. In WAL mode the next FULL commit
 * makes these frames durable too.
 *
 * Process crash versus power cut: with WAL, a commit at NORMAL is in the WAL file (the operating system's
 * cache) when it returns, so it survives the process being killed or crashing; only a power cut or an
 * operating-system crash before the next sync of the WAL can take it back. FULL adds that sync (5–15 ms on
 * the shop PCs' disks) to the commit, on the main thread.
 */
export function withRelaxedSync<T>(db: Db, write: () => T): T {
  const pragmas = syncPragmas(db);
  pragmas.normal.run();
  try {
    return write();
  } finally {
    pragmas.full.run();
  }
}

/**
 * Runs `write` (a unit of work that commits) without SQLite's automatic checkpoint in its commit, and
 * checkpoints on the next turn of the event loop instead. Whichever commit pushes the WAL past its limit
 * (1000 pages) otherwise copies the WAL into the database file and syncs that file too, inside the commit: for
 * a commit someone stands waiting for after a busy day (the Z at closing), that checkpoint is most of the wait.
 * The commit itself keeps synchronous=FULL, so it is durable when `write` returns. A commit made before that
 * next turn (none is, on the main thread) would simply not checkpoint either.
 */
export function withCheckpointAfter<T>(db: Db, write: () => T): T {
  // A second close in the same turn finds the checkpoint already put off, and the limit already read.
  if (checkpointPutOff.has(db)) return write();
  const statements = checkpointPragmas(db);
  const limit = statements.read.get() as number;
  statements.off.run();
  checkpointPutOff.add(db);
  // Whatever follows the commit (putting the limit back, the checkpoint) waits for the next turn of the event
  // loop, after the answer has gone out: neither is needed for the commit to be durable.
  setImmediate(() => {
    checkpointPutOff.delete(db);
    if (!db.open) return;
    db.pragma(`wal_autocheckpoint = ${limit}`);
    statements.passive.get();
  });
  return write();
}

const checkpointPutOff = new WeakSet<Db>();

const checkpointStatements = new WeakMap<
  Db,
  { read: Database.Statement; off: Database.Statement; passive: Database.Statement }
>();
function checkpointPragmas(db: Db) {
  let statements = checkpointStatements.get(db);
  if (!statements) {
    statements = {
      read: db.prepare('PRAGMA wal_autocheckpoint').pluck(),
      off: db.prepare('PRAGMA wal_autocheckpoint = 0'),
      passive: db.prepare('PRAGMA wal_checkpoint(PASSIVE)'),
    };
    checkpointStatements.set(db, statements);
  }
  return statements;
}

// Prepared once per connection: db.pragma() compiles its statement on every call, twice per relaxed write.
const syncStatements = new WeakMap<Db, { normal: Database.Statement; full: Database.Statement }>();
function syncPragmas(db: Db) {
  let statements = syncStatements.get(db);
  if (!statements) {
    statements = {
      normal: db.prepare('PRAGMA synchronous = NORMAL'),
      full: db.prepare('PRAGMA synchronous = FULL'),
    };
    syncStatements.set(db, statements);
  }
  return statements;
}

/**
 * Makes every commit so far durable against a power cut without holding the main thread: the WAL file is
 * synced on a worker thread of libuv (SQLite writes committed frames to the WAL; syncing that file is what
 * synchronous=FULL would have done inside the commit). Frames a checkpoint has meanwhile copied into the
 * database file were synced by the checkpoint itself. Each call syncs what was committed before it.
 */
export async function syncWal(db: Db): Promise<void> {
  if (db.memory) return;
  let handle;
  try {
    handle = await open(`${db.name}-wal`, 'r+');
  } catch (error) {
    // No WAL file: nothing was committed since the last checkpoint removed it, so everything is in the database.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
