import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir, testCore } from '../../support/core.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the data folder is private to the user Kassa runs as', () => {
  it('creates the data folder 700 and the database, its WAL and shared-memory files 600', async () => {
    const dataDir = join(tempDir(), 'fresh', 'kassa');
    const kassa = testCore(dataDir);
    // A sale, so the WAL holds frames.
    await kassa.call('session.current', {});
    expect(mode(dataDir)).toBe(0o700);
    const files = readdirSync(dataDir).filter((f) => f.startsWith('kassa.sqlite3'));
    expect(files).toEqual(
      expect.arrayContaining(['kassa.sqlite3', 'kassa.sqlite3-wal', 'kassa.sqlite3-shm']),
    );
    for (const file of files) expect(mode(join(dataDir, file)), file).toBe(0o600);
    await kassa.close();
  });

  it('tightens a folder and database an older Kassa left readable by all, and writes backups 600 in a 700 folder', () => {
    const dataDir = tempDir();
    chmodSync(dataDir, 0o755);
    const file = join(dataDir, 'kassa.sqlite3');
    openDatabase(file, { log: silentLogger, migrations: migrations.slice(0, 1) }).db.close();
    chmodSync(file, 0o644);
    mkdirSync(join(dataDir, 'backups'), { mode: 0o755 });

    const { db, backupFile } = openDatabase(file, { log: silentLogger });
    expect(backupFile).not.toBeNull();
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(mode(join(dataDir, 'backups'))).toBe(0o700);
    expect(mode(backupFile!)).toBe(0o600);
    db.close();
  });
});
