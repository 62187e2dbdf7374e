import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

const upTo = (version: number) => migrations.filter((m) => m.version <= version);

describe('migration 6 (exchange rates)', () => {
  it('stores one rate per currency as the exact decimal text', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    openDatabase(file, { log: silentLogger, migrations: upTo(5) }).db.close();
    const { db } = openDatabase(file, { log: silentLogger, migrations: upTo(6) });
    db.exec(
      `INSERT INTO exchange_rates (currency, rate, date, updated_at) VALUES ('USD', '1.0834000001', '2025-01-31', 1)`,
    );
    expect(db.prepare(`SELECT rate FROM exchange_rates`).pluck().get()).toBe('1.0834000001');
    expect(() =>
      db.exec(
        `INSERT INTO exchange_rates (currency, rate, date, updated_at) VALUES ('USD', '1.1', '2025-02-01', 2)`,
      ),
    ).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});
