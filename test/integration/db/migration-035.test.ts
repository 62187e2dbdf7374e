import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { zReportFormat } from '../../../src/main/core/db/migrations/035-z-report-format.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { createShiftStore } from '../../../src/main/core/shifts/shift-store.ts';
import { verifyZChain } from '../../../src/main/core/shifts/z-chain.ts';
import { tempDir } from '../../support/core.ts';

/** A Z 1 as the version before format 2 wrote it: its hash is the one that version's zHash computed (SHA-256 of the
 * canonical JSON of till, number, shift, time, previous hash and body). */
const oldZ = {
  till_id: 'till-1',
  number: 1,
  shift_id: 's1',
  created_at: 1_750_000_000_000,
  body: '{"kind":"Z","sales":{"taxes":[{"gross":119,"net":100,"rateBp":1900,"tax":19}]}}',
  prev_hash: '0'.repeat(64),
  hash: '9c83e00582a20f5c022a484c13a04d81c4016a3bca95fa4434c2325d5d4fd6e1',
};

describe('migration 35 (Z report format)', () => {
  it('keeps every Z as it was, in format 1, still verifying; new rows can say their format', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < zReportFormat.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.exec(`INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');
      INSERT INTO shifts (id, till_id, status, currency, opened_at, opening_float, closed_at, z_number)
        VALUES ('s1', 'till-1', 'closed', 'EUR', 1, 0, 2, 1), ('s2', 'till-1', 'closed', 'EUR', 3, 0, 4, 2);`);
    old
      .prepare(
        `INSERT INTO z_reports (till_id, number, shift_id, created_at, body, prev_hash, hash)
         VALUES (@till_id, @number, @shift_id, @created_at, @body, @prev_hash, @hash)`,
      )
      .run(oldZ);
    old.close();

    const upTo = migrations.filter((m) => m.version <= zReportFormat.version);
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(zReportFormat.version);
    expect(db.prepare('SELECT * FROM z_reports').all()).toEqual([{ ...oldZ, format: 1 }]);
    expect(verifyZChain(createShiftStore(db).allZ())).toEqual({ intact: true, checked: 1, problems: [] });
    // Still immutable; a format is a positive number.
    expect(() => db.prepare('UPDATE z_reports SET format = 2').run()).toThrow('Z reports cannot be changed');
    const insert = db.prepare(
      `INSERT INTO z_reports (till_id, number, shift_id, created_at, body, prev_hash, hash, format)
       VALUES ('till-1', 2, 's2', 5, '{}', ?, 'x', ?)`,
    );
    expect(() => insert.run(oldZ.hash, 0)).toThrow(/CHECK/);
    insert.run(oldZ.hash, 2);
    expect(db.prepare('SELECT format FROM z_reports ORDER BY number').pluck().all()).toEqual([1, 2]);
    db.close();
  });
});
