import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { cheaperLineTotals } from '../../../src/main/core/db/migrations/038-cheaper-line-totals.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';
import { sellADay } from '../../support/sales-day.ts';

describe('migration 38 (cheaper sales-totals trigger for the lines of a paid order)', () => {
  it('counts a day of sales exactly as the trigger it replaces', () => {
    const before = migrations.filter((m) => m.version < cheaperLineTotals.version);
    const old = openDatabase(join(tempDir(), 'old.sqlite3'), { log: silentLogger, migrations: before }).db;
    const expected = sellADay(old);
    old.close();

    const { db } = openDatabase(join(tempDir(), 'new.sqlite3'), { log: silentLogger, migrations });
    expect(db.pragma('user_version', { simple: true })).toBe(cheaperLineTotals.version);
    const got = sellADay(db);
    db.close();
    expect(got).toEqual(expected);
    // The lines of the order paid after midnight count on the next day, in its first hour, for nobody.
    expect(got.totals).toContainEqual(
      expect.objectContaining({ dimension: 'hour', day: '2025-05-06', key: '00', quantity: 5, gross: 1400 }),
    );
    expect(got.totals).toContainEqual(
      expect.objectContaining({ dimension: 'staff', day: '2025-05-06', key: '—', orders: 1, gross: 1400 }),
    );
    expect(got.totals).toContainEqual(
      expect.objectContaining({
        dimension: 'product',
        day: '2025-05-06',
        key: 'Tea',
        orders: 1,
        quantity: 3,
      }),
    );
    expect(got.totals).toContainEqual(
      expect.objectContaining({ dimension: 'category', day: '2025-05-06', key: '', orders: 1, gross: 650 }),
    );
  });
});
