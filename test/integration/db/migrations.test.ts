import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { startCore } from '../../../src/main/core/kassa-core.ts';
import { integrityCheckDriver } from '../../../src/main/core/db/integrity-check.ts';
import { tempDir } from '../../support/core.ts';

const log = silentLogger;

describe('the database', () => {
  it('lists its migrations in version order, each version once and named after its file', () => {
    // Branches take migration numbers ahead of time; a merge that lists them out of order would leave a
    // shop's database at a lower user_version than the tables it already has.
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    const files = readdirSync(join(import.meta.dirname, '../../../src/main/core/db/migrations'))
      .filter((name) => /^\d{3}-/.test(name))
      .map((name) => Number(name.slice(0, 3)));
    expect(files.sort((a, b) => a - b)).toEqual(versions);
  });

  it('adds new migrations only above the last released version, so an upgraded till runs every one', () => {
    // The runner applies versions above the database's user_version. A branch that took a free number below the
    // last released one (tills at 34 already) would never run on an upgraded till. Raise this when a release ships.
    const lastReleased = 34;
    const released = [...range(2, 17), 20, 22, 23, 24, 25, 31, 32, 33, 34];
    const gapsFilledLater = migrations
      .map((m) => m.version)
      .filter((v) => v < lastReleased && v > 1 && !released.includes(v));
    expect(gapsFilledLater).toEqual([]);
  });

  it('is created with WAL, full sync, foreign keys and the latest schema', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const { db, schemaVersion, backupFile } = openDatabase(file, { log });
    expect(schemaVersion).toBe(migrations.at(-1)!.version);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(backupFile).toBeNull(); // nothing to back up on a brand-new file
    db.close();
  });

  it('refuses a database written by a newer Kassa and leaves it untouched', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const newer = new Database(file);
    newer.pragma('user_version = 999');
    newer.exec('CREATE TABLE from_the_future (x)');
    newer.close();
    expect(() => openDatabase(file, { log })).toThrow(/newer version of Kassa/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(999);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete'); // not even switched to WAL
    check.close();
  });

  it('writes a backup before migrating an existing database, and migrates in one transaction', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const [first] = migrations;
    openDatabase(file, { log, migrations: [first!] }).db.close();
    const failing = {
      version: 2,
      name: 'breaks halfway',
      up: (db: Database.Database) => {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('power cut');
      },
    };
    expect(() => openDatabase(file, { log, migrations: [first!, failing] })).toThrow('power cut');
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
    const backups = readdirSync(join(file, '..', 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^kassa\.sqlite3\.v1\..*\.bak$/);
    const backup = new Database(join(file, '..', 'backups', backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });

  describe('migration 1 (initial schema)', () => {
    it('creates the tables a shop needs and keeps product search in step with products', () => {
      const { db } = openDatabase(join(tempDir(), 'k.sqlite3'), { log, migrations: migrations.slice(0, 1) });
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      for (const t of [
        'categories',
        'products',
        'product_barcodes',
        'orders',
        'order_lines',
        'payment_lines',
        'payment_journal',
        'audit_log',
        'store_settings',
        'tills',
        'alerts',
      ]) {
        expect(tables).toContain(t);
      }
      db.exec(`INSERT INTO tax_rates VALUES ('std', 'VAT', 1900);
               INSERT INTO products (id, name, price, tax_rate_id) VALUES (7, 'Blue Cheese', 300, 'std');`);
      const find = (q: string) =>
        db.prepare('SELECT rowid FROM product_search WHERE product_search MATCH ?').pluck().all(q);
      expect(find('"che"*')).toEqual([7]);
      db.exec("UPDATE products SET name = 'Goat Milk' WHERE id = 7");
      expect(find('"che"*')).toEqual([]);
      expect(find('"goa"*')).toEqual([7]);
      expect(() => db.exec("INSERT INTO product_barcodes VALUES ('123', 999)")).toThrow(/FOREIGN KEY/);
      db.close();
    });
  });

  it('raises a critical alert when the integrity check finds damage', async () => {
    const dir = tempDir();
    const core = startCore({ dataDir: dir, log });
    await core.integrityChecked;
    expect(core.services.alerts.open()).toEqual([]);
    await core.close();

    // Damage a table page in the middle of the file, behind SQLite's back.
    const file = join(dir, 'kassa.sqlite3');
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const root = db
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'products'")
      .pluck()
      .get() as number;
    db.close();
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (root - 1) * pageSize + 8);
    closeSync(fd);

    const damaged = startCore({ dataDir: dir, log });
    await damaged.integrityChecked;
    const alerts = damaged.services.alerts.open();
    expect(alerts.map((a) => [a.severity, a.kind])).toEqual([['critical', 'database_integrity']]);
    await damaged.close();
  });

  it('reports a database it could not check as a warning, never as damage', async () => {
    const dir = tempDir();
    // A driver that does not load, as when a packaged worker looked for it inside app.asar.
    const core = startCore({ dataDir: dir, log, integrityCheckDriver: join(dir, 'no-such-driver.js') });
    await core.integrityChecked;
    const alerts = core.services.alerts.open();
    expect(alerts.map((a) => [a.severity, a.kind])).toEqual([['warning', 'database_integrity_unchecked']]);
    expect(alerts[0]!.message).toMatch(/could not be checked/);
    expect(alerts[0]!.message).not.toMatch(/failed its integrity check|only cash/);
    await core.close();
  });

  it('loads the integrity check driver from outside app.asar in a packaged app', () => {
    expect(
      integrityCheckDriver('/opt/Kassa/resources/app.asar/node_modules/better-sqlite3/lib/index.js'),
    ).toBe('/opt/Kassa/resources/app.asar.unpacked/node_modules/better-sqlite3/lib/index.js');
    expect(
      integrityCheckDriver(
        'C:\\Program Files\\Kassa\\resources\\app.asar\\node_modules\\better-sqlite3\\lib\\index.js',
      ),
    ).toBe(
      'C:\\Program Files\\Kassa\\resources\\app.asar.unpacked\\node_modules\\better-sqlite3\\lib\\index.js',
    );
    // Outside a package (tests, the headless host) the driver is used where npm put it.
    expect(integrityCheckDriver('/work/kassa/node_modules/better-sqlite3/lib/index.js')).toBe(
      '/work/kassa/node_modules/better-sqlite3/lib/index.js',
    );
  });

  it('writes no backup when there is nothing to migrate', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'IT was here');
    const core = startCore({ dataDir: dir, log });
    await core.close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
