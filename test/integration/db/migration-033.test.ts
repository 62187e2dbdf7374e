import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { cheaperSalesTotals } from '../../../src/main/core/db/migrations/033-cheaper-sales-totals.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';
import { sellADay } from '../../support/sales-day.ts';

describe('migration 33 (cheaper sales-totals triggers)', () => {
  it('counts a day of sales exactly as the triggers it replaces', () => {
    const before = migrations.filter((m) => m.version < cheaperSalesTotals.version);
    const old = openDatabase(join(tempDir(), 'old.sqlite3'), { log: silentLogger, migrations: before }).db;
    const expected = sellADay(old);
    old.close();

    const { db } = openDatabase(join(tempDir(), 'new.sqlite3'), { log: silentLogger, migrations });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const got = sellADay(db);
    db.close();
    expect(got).toEqual(expected);
    expect(got.totals).toContainEqual(
      expect.objectContaining({ dimension: 'method', key: 'Card X', orders: 2, quantity: 2, gross: 1200 }),
    );
    expect(got.totals).toContainEqual(
      expect.objectContaining({ dimension: 'product', key: 'Tea', orders: 2, quantity: 5, gross: 1250 }),
    );
  });
});
