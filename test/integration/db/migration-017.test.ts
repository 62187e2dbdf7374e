import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { cardsOnFile } from '../../../src/main/core/db/migrations/017-cards-on-file.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 17 (cards on file)', () => {
  it('adds the card tables to a database with customers; one Stripe Customer per customer and account', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < cardsOnFile.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.exec(
      `INSERT INTO customers (id, name, email, phone, created_at) VALUES ('c1', 'Erika', NULL, NULL, 1)`,
    );
    old.close();

    const upTo = migrations.filter((m) => m.version <= cardsOnFile.version);
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(cardsOnFile.version);
    expect(db.prepare('SELECT name FROM customers').pluck().get()).toBe('Erika');
    const customer = db.prepare(
      `INSERT INTO stripe_customers (customer_id, account, idempotency_key, created_at) VALUES ('c1', ?, ?, 1)`,
    );
    customer.run('default', 'k1');
    expect(() => customer.run('default', 'k2')).toThrow(/UNIQUE|PRIMARY/);
    customer.run('profile-2', 'k3');
    const setup = db.prepare(
      `INSERT INTO card_setups (id, customer_id, account, channel, reader, state, idempotency_key, created_at, updated_at)
       VALUES (?, 'c1', 'default', ?, ?, 'creating', ?, 1, 1)`,
    );
    setup.run('s1', 'reader', 'tmr_1', 'ks1');
    expect(() => setup.run('s2', 'reader', null, 'ks2')).toThrow(/CHECK/);
    setup.run('s2', 'link', null, 'ks2');
    const card = db.prepare(
      `INSERT INTO saved_cards (payment_method, customer_id, account, setup_id, brand, last4, exp_month, exp_year, state, created_at)
       VALUES (?, 'c1', 'default', ?, 'visa', ?, 12, 2030, 'saved', 1)`,
    );
    card.run('pm_1', 's1', '4242');
    expect(() => card.run('pm_2', 's2', '42')).toThrow(/CHECK/);
    expect(() => card.run('pm_2', 's1', '4444')).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO card_settings (account, validating_amount, require_cvc, billing_address, brands) VALUES ('x', -1, 0, 0, '[]')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
