import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { hashPin, pinHash, pinMatches } from '../../../src/main/core/staff/pin.ts';
import { tempDir } from '../../support/core.ts';

const upTo = (version: number) => migrations.filter((m) => m.version <= version);

function storeAtVersion2(managerPin: string | null) {
  const file = join(tempDir(), 'kassa.sqlite3');
  const v2 = openDatabase(file, { log: silentLogger, migrations: upTo(2) }).db;
  if (managerPin !== null)
    v2.prepare(`INSERT INTO store_settings (key, value) VALUES ('managerPin', ?)`).run(
      JSON.stringify(hashPin(managerPin)),
    );
  v2.close();
  return file;
}

interface StaffRow {
  name: string;
  role: string;
  pin_hash: string | null;
  pin_is_demo: number;
  active: number;
}

describe('migration 3 (staff members)', () => {
  it('turns the demo shop manager PIN into the Demo Owner, flagged as still on the demo PIN', () => {
    const { db, backupFile } = openDatabase(storeAtVersion2('1234'), {
      log: silentLogger,
      migrations: upTo(3),
    });
    expect(backupFile).not.toBeNull();
    const rows = db.prepare<[], StaffRow>('SELECT * FROM staff').all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Demo Owner', role: 'owner', pin_is_demo: 1, active: 1 });
    expect(pinMatches('1234', pinHash.parse(JSON.parse(rows[0]!.pin_hash!)))).toBe(true);
    expect(db.prepare(`SELECT count(*) FROM store_settings WHERE key = 'managerPin'`).pluck().get()).toBe(0);
    db.close();
  });

  it('keeps a changed manager PIN working as an owner PIN, without the demo flag', () => {
    const { db } = openDatabase(storeAtVersion2('80417'), { log: silentLogger, migrations: upTo(3) });
    const row = db.prepare<[], StaffRow>('SELECT * FROM staff').get()!;
    expect(row).toMatchObject({ name: 'Owner', role: 'owner', pin_is_demo: 0 });
    expect(pinMatches('80417', pinHash.parse(JSON.parse(row.pin_hash!)))).toBe(true);
    db.close();
  });

  it('creates no member for a store without a manager PIN, and refuses unknown roles', () => {
    const { db } = openDatabase(storeAtVersion2(null), { log: silentLogger, migrations: upTo(3) });
    expect(db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(0);
    expect(() =>
      db.exec(`INSERT INTO staff (id, name, role, created_at) VALUES ('x', 'Eve', 'boss', 1)`),
    ).toThrow(/CHECK/);
    db.close();
  });
});
