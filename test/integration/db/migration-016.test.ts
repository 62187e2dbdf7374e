import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { paymentLinks } from '../../../src/main/core/db/migrations/016-payment-links.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 16 (payment links, remote orders and the Stripe event sweep)', () => {
  it('adds the link tables to a database with sales and allows one live link per order', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < paymentLinks.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.exec(`INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');
      INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, position) VALUES ('m', 'Card', 'bank', 'stripe', 'r', 1);
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, paid, created_at, paid_at)
        VALUES ('o1', 'till-1', NULL, 'open', 'EUR', 1, 400, 0, 26, 400, 0, 1, NULL);
      INSERT INTO payment_lines (id, order_id, method_id, method_name, journal, amount, status, created_at)
        VALUES ('l1', 'o1', 'm', 'Card', 'bank', 400, 'pending', 1), ('l2', 'o1', 'm', 'Card', 'bank', 400, 'pending', 1);`);
    old.close();

    const upTo = migrations.filter((m) => m.version <= paymentLinks.version);
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(paymentLinks.version);
    expect(db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(1);
    const insert = db.prepare(
      `INSERT INTO payment_links (id, order_id, payment_line_id, method_id, account, amount, currency, methods, state,
         idempotency_key, expires_at, next_check_at, created_at, updated_at)
       VALUES (?, 'o1', ?, 'm', 'default', 400, 'EUR', '["card"]', ?, ?, 1, 1, 1, 1)`,
    );
    insert.run('a', 'l1', 'open', 'k-a');
    expect(() => insert.run('b', 'l2', 'creating', 'k-b')).toThrow(/UNIQUE/);
    db.prepare(`UPDATE payment_links SET state = 'expired' WHERE id = 'a'`).run();
    insert.run('b', 'l2', 'creating', 'k-b');
    expect(() =>
      db.prepare(`INSERT INTO link_settings (account, methods, expiry_minutes) VALUES ('x', '[]', 10)`).run(),
    ).toThrow(/CHECK/);
    for (const table of ['remote_orders', 'stripe_event_cursors', 'stripe_events_seen'])
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    db.close();
  });
});
