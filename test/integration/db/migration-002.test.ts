import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 2 (payment attempts and provider requests)', () => {
  it('upgrades a version-1 database with orders in it, keeping them, after a backup', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const v1 = openDatabase(file, { log: silentLogger, migrations: migrations.slice(0, 1) }).db;
    v1.exec(`INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, created_at)
      VALUES ('o1', 'till-1', 1, 'paid', 'EUR', 1, 100, 0, 7, 100, 1);`);
    v1.close();

    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: migrations.slice(0, 2) });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['payment_attempts', 'provider_requests', 'refunds', 'reconciliation_seen']),
    );
    expect(tables).not.toContain('payment_journal');
    // An idempotency key can be journaled once only: a second send of the same step reuses the row.
    db.exec(
      `INSERT INTO provider_requests (step, idempotency_key, outcome, sent_at) VALUES ('capture', 'k1', 'sent', 1)`,
    );
    expect(() =>
      db.exec(
        `INSERT INTO provider_requests (step, idempotency_key, outcome, sent_at) VALUES ('capture', 'k1', 'sent', 2)`,
      ),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.exec(
        `INSERT INTO provider_requests (step, idempotency_key, outcome, sent_at) VALUES ('x', 'k2', 'maybe', 2)`,
      ),
    ).toThrow(/CHECK/);
    db.close();
    const backup = new Database(backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });
});
