import { describe, expect, it } from 'vitest';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { openDatabase, withCheckpointAfter } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

const open = () =>
  openDatabase(join(tempDir(), 'kassa.sqlite3'), { log: silentLogger, migrations: migrations.slice(0, 1) })
    .db;
const autocheckpoint = (db: ReturnType<typeof open>) => db.pragma('wal_autocheckpoint', { simple: true });

describe('a commit someone waits for (the Z) checkpoints after its answer', () => {
  it('commits durably at once, and puts the checkpoint limit back and checkpoints on the next turn', async () => {
    const db = open();
    db.exec('CREATE TABLE t (v INTEGER)');
    const before = autocheckpoint(db);
    const written = withCheckpointAfter(db, () => db.prepare('INSERT INTO t VALUES (1)').run().changes);
    expect(written).toBe(1);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(1);
    expect(autocheckpoint(db)).toBe(0); // still put off while the answer goes out
    await nextTurn();
    expect(autocheckpoint(db)).toBe(before);
    db.close();
  });

  it('two such commits in one turn still leave the limit as it was', async () => {
    const db = open();
    db.exec('CREATE TABLE t (v INTEGER)');
    const before = autocheckpoint(db);
    withCheckpointAfter(db, () => withCheckpointAfter(db, () => db.exec('INSERT INTO t VALUES (1)')));
    withCheckpointAfter(db, () => db.exec('INSERT INTO t VALUES (2)'));
    await nextTurn();
    await nextTurn();
    expect(autocheckpoint(db)).toBe(before);
    db.close();
  });

  it('a write that fails changes nothing and still gets its limit back', async () => {
    const db = open();
    const before = autocheckpoint(db);
    expect(() => withCheckpointAfter(db, () => db.exec('INSERT INTO missing VALUES (1)'))).toThrow();
    await nextTurn();
    expect(autocheckpoint(db)).toBe(before);
    db.close();
  });
});
