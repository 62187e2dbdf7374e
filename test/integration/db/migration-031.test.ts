import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { cardRefundReceiptsAndSerialSpeed } from '../../../src/main/core/db/migrations/031-card-refund-receipts-and-serial-speed.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 31 (card refund receipts, serial printer speed)', () => {
  it('keeps printers and jobs as they were; a card refund is printed by one job at most; a speed is a baud rate', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < cardRefundReceiptsAndSerialSpeed.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.exec(`INSERT INTO printers (id, name, kind, address, columns, paper_mm, codepage, drawer_pin, receipts, created_at, updated_at)
        VALUES ('p1', 'P', 'network', '127.0.0.1:9100', 48, 80, 'auto', 2, 1, 1, 1);
      INSERT INTO print_jobs (id, kind, printer_id, state, created_at, updated_at)
        VALUES ('j1', 'test', 'p1', 'printed', 5, 6);`);
    old.close();

    const { db } = openDatabase(file, { log: silentLogger, migrations });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations[migrations.length - 1]!.version);
    expect(db.prepare('SELECT id, refund_id FROM print_jobs').all()).toEqual([{ id: 'j1', refund_id: null }]);
    expect(db.prepare('SELECT id, baud FROM printers').all()).toEqual([{ id: 'p1', baud: null }]);

    const job = db.prepare(
      `INSERT INTO print_jobs (id, kind, refund_id, printer_id, state, created_at, updated_at) VALUES (?, 'refund', ?, 'p1', 'waiting', 1, 1)`,
    );
    job.run('r1', 'refund-1');
    expect(() => job.run('r2', 'refund-1')).toThrow(/UNIQUE/);
    job.run('r3', null);
    job.run('r4', null);

    db.prepare(`UPDATE printers SET kind = 'serial', address = 'COM3', baud = 9600 WHERE id = 'p1'`).run();
    expect(() => db.prepare(`UPDATE printers SET baud = 7 WHERE id = 'p1'`).run()).toThrow(/CHECK/);
    db.close();
  });
});
