import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataFolder, moveEarlierDataFolder } from '../../../src/main/app/data-folder.ts';
import { startCore } from '../../../src/main/core/kassa-core.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';

const tillId = (file: string): unknown => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT id FROM tills').pluck().all();
  } finally {
    db.close();
  }
};

const roaming = 'C:\\Users\\anna\\AppData\\Roaming\\Kassa';

describe('the data folder', () => {
  it('is in local app data on Windows, never in the roaming profile', () => {
    const folder = dataFolder({
      platform: 'win32',
      env: { LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local' },
      userData: roaming,
    });
    expect(folder.dir).toBe('C:\\Users\\anna\\AppData\\Local\\Kassa');
    expect(folder.earlier).toBe(roaming);
  });

  it('is the user-data folder elsewhere, and the folder IT names wherever it names one', () => {
    expect(dataFolder({ platform: 'linux', env: {}, userData: '/home/anna/.config/Kassa' })).toEqual({
      dir: '/home/anna/.config/Kassa',
      earlier: null,
    });
    expect(
      dataFolder({
        platform: 'win32',
        env: { KASSA_DATA_DIR: '/srv/kassa', LOCALAPPDATA: 'C:\\Local' },
        userData: roaming,
      }),
    ).toEqual({ dir: '/srv/kassa', earlier: null });
  });

  it("moves an earlier folder's database and backups once, and the shop's data opens from the new place", async () => {
    const root = mkdtempSync(join(tmpdir(), 'kassa-data-folder-'));
    const from = join(root, 'Roaming', 'Kassa');
    const to = join(root, 'Local', 'Kassa');
    const before = startCore({ dataDir: from, log: silentLogger, secretKeyFile: join(root, 'key') });
    await before.close();
    const tillBefore = tillId(join(from, 'kassa.sqlite3'));
    mkdirSync(join(from, 'backups'));
    writeFileSync(join(from, 'backups', 'kassa.sqlite3.v1.bak'), 'backup');
    writeFileSync(join(from, 'config.json'), '{}'); // Electron's own files stay where Electron keeps them

    moveEarlierDataFolder(from, to, silentLogger);

    expect(existsSync(join(from, 'kassa.sqlite3'))).toBe(false);
    expect(existsSync(join(from, 'config.json'))).toBe(true);
    expect(readFileSync(join(to, 'backups', 'kassa.sqlite3.v1.bak'), 'utf8')).toBe('backup');
    const after = startCore({ dataDir: to, log: silentLogger, secretKeyFile: join(root, 'key') });
    await after.close();
    expect(tillId(join(to, 'kassa.sqlite3'))).toEqual(tillBefore);
  });

  it('never overwrites a database already in the new place', () => {
    const root = mkdtempSync(join(tmpdir(), 'kassa-data-folder-'));
    const from = join(root, 'from');
    const to = join(root, 'to');
    mkdirSync(from);
    mkdirSync(to);
    writeFileSync(join(from, 'kassa.sqlite3'), 'earlier');
    writeFileSync(join(to, 'kassa.sqlite3'), 'current');
    moveEarlierDataFolder(from, to, silentLogger);
    expect(readFileSync(join(to, 'kassa.sqlite3'), 'utf8')).toBe('current');
    expect(readFileSync(join(from, 'kassa.sqlite3'), 'utf8')).toBe('earlier');
  });
});
