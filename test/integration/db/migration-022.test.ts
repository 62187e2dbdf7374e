import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

const upTo = (version: number) => migrations.filter((m) => m.version <= version);

describe('migration 22 (the facts of a shift at its blind count)', () => {
  it('keeps the shifts, leaves a shift counted before it without facts, and holds only JSON', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const old = openDatabase(file, { log: silentLogger, migrations: upTo(16) }).db;
    old.exec(`INSERT INTO tills (id, name) VALUES ('t', 'Till 1');
      INSERT INTO shifts (id, till_id, status, currency, opened_at, opening_float, counted_at)
        VALUES ('s1', 't', 'counted', 'EUR', 1, 10000, 2);`);
    old.close();

    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo(22) });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(22);
    expect(db.prepare('SELECT status, counted_at, counted_facts FROM shifts').get()).toEqual({
      status: 'counted',
      counted_at: 2,
      counted_facts: null,
    });
    const setFacts = db.prepare(`UPDATE shifts SET counted_facts = ? WHERE id = 's1'`);
    expect(() => setFacts.run('{"sales":')).toThrow(/CHECK/);
    setFacts.run('{"sales":{},"salesTaxes":[],"taken":[]}');
    db.close();
  });
});
