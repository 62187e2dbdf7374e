import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

const upTo = (version: number) => migrations.filter((m) => m.version <= version);

describe('migration 5 (secrets and Stripe profiles)', () => {
  it('adds the tables; a profile can only point at a stored secret', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    openDatabase(file, { log: silentLogger, migrations: upTo(4) }).db.close();
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo(5) });
    expect(backupFile).not.toBeNull();
    db.prepare(
      `INSERT INTO secrets (name, ciphertext, hint, box, updated_at) VALUES ('stripe_profile:p1', ?, 'sk_test_…abcd', 'file', 1)`,
    ).run(Buffer.from([1, 2, 3]));
    db.exec(`INSERT INTO stripe_profiles (id, name, secret_name, settlement_currency, production, created_at)
      VALUES ('p1', 'Shop', 'stripe_profile:p1', 'EUR', 0, 1)`);
    expect(db.prepare(`SELECT live, active FROM stripe_profiles`).get()).toEqual({ live: 0, active: 0 });
    expect(() =>
      db.exec(`INSERT INTO stripe_profiles (id, name, secret_name, settlement_currency, production, created_at)
        VALUES ('p2', 'Other', 'missing', 'EUR', 0, 1)`),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
