import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

const upTo = (version: number) => migrations.filter((m) => m.version <= version);

describe('migration 9 (a UUID for each till)', () => {
  it('gives the till that called itself till-1 a UUID id, keeps its name, and moves its orders with it', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const old = openDatabase(file, { log: silentLogger, migrations: upTo(8) }).db;
    old.exec(`INSERT INTO tills (id, name, last_order_number) VALUES ('till-1', 'Front counter', 2);
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, paid, created_at, paid_at)
        VALUES ('o1', 'till-1', 1, 'paid', 'EUR', 1, 100, 0, 7, 100, 100, 1, 1),
               ('o2', 'till-1', 2, 'paid', 'EUR', 1, 200, 0, 13, 200, 200, 2, 2);`);
    old.close();

    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo(9) });
    expect(backupFile).not.toBeNull();
    const tills = db.prepare('SELECT id, name, last_order_number AS last FROM tills').all() as {
      id: string;
      name: string;
      last: number;
    }[];
    expect(tills).toHaveLength(1);
    expect(tills[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(tills[0]).toMatchObject({ name: 'Front counter', last: 2 });
    expect(db.prepare('SELECT DISTINCT till_id FROM orders').pluck().all()).toEqual([tills[0]!.id]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

describe('migration 10 (who sold each order)', () => {
  it('leaves orders sold before it without a seller, and keeps them', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const old = openDatabase(file, { log: silentLogger, migrations: upTo(9) }).db;
    old.exec(`INSERT INTO tills (id, name) VALUES ('t', 'Till 1');
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, paid, created_at, paid_at)
        VALUES ('o1', 't', 1, 'paid', 'EUR', 1, 100, 0, 7, 100, 100, 1, 1);`);
    old.close();
    const { db } = openDatabase(file, { log: silentLogger, migrations: upTo(10) });
    expect(db.prepare('SELECT id, sold_by, sold_by_name FROM orders').all()).toEqual([
      { id: 'o1', sold_by: null, sold_by_name: null },
    ]);
    db.close();
  });
});
