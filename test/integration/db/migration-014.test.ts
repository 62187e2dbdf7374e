import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

const upTo = (version: number) => migrations.filter((m) => m.version <= version);

describe('migration 14 (the mail outbox)', () => {
  it('adds an empty outbox to a database with orders, keeps them, and holds a mail to exactly one state', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const old = openDatabase(file, { log: silentLogger, migrations: upTo(11) }).db;
    old.exec(`INSERT INTO tills (id, name) VALUES ('t', 'Till 1');
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, paid, created_at, paid_at)
        VALUES ('o1', 't', 1, 'paid', 'EUR', 1, 100, 0, 7, 100, 100, 1, 1);`);
    old.close();

    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo(14) });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(14);
    expect(db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM mail_outbox').pluck().get()).toBe(0);

    const insert = db.prepare(
      `INSERT INTO mail_outbox (id, order_id, kind, to_address, message_id, subject, text_body, status, next_attempt_at, created_at)
       VALUES (?, ?, 'receipt', 'anna@example.com', ?, 'Receipt 1', 'text', ?, 0, 0)`,
    );
    insert.run('m1', 'o1', '<m1@example.com>', 'waiting');
    // A state the outbox does not know, a second row with the same Message-ID, an order that does not exist: refused.
    expect(() => insert.run('m2', 'o1', '<m2@example.com>', 'lost')).toThrow(/CHECK/);
    expect(() => insert.run('m3', 'o1', '<m1@example.com>', 'waiting')).toThrow(/UNIQUE/);
    expect(() => insert.run('m4', 'nope', '<m4@example.com>', 'waiting')).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
