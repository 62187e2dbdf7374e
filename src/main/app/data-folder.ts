import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve, win32 } from 'node:path';
import type { Logger } from '../core/logger.ts';
import { databaseFileName } from '../core/kassa-core.ts';

/**
 * Where the shop's database lives. IT can name a folder (KASSA_DATA_DIR). Otherwise Electron's user-data
 * folder, except on Windows: there it is %APPDATA%, the roaming profile, which a domain copies to a server
 * at every sign-out and back at every sign-in (a live database must not travel, and can be overwritten by
 * an older copy); the database goes to %LOCALAPPDATA%\Kassa instead, which stays on the machine.
 */
export function dataFolder(options: {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  userData: string;
}): { dir: string; earlier: string | null } {
  const configured = options.env.KASSA_DATA_DIR?.trim();
  if (configured) return { dir: resolve(configured), earlier: null };
  const local = options.env.LOCALAPPDATA?.trim();
  if (options.platform === 'win32' && local)
    return { dir: win32.join(local, win32.basename(options.userData)), earlier: options.userData };
  return { dir: options.userData, earlier: null };
}

/** The files that make up the shop's data in a data folder: the database, its journal and its backups. */
const dataFiles = [databaseFileName, `${databaseFileName}-wal`, `${databaseFileName}-shm`, 'backups'];

/**
 * Moves the shop's data from the folder an earlier Kassa used, once: only when the new folder has no
 * database yet and the earlier one has. Runs before the database is opened, so nothing is open on either
 * side. A move across drives is a copy, and the earlier copy is then removed.
 */
export function moveEarlierDataFolder(from: string | null, to: string, log: Logger): void {
  if (!from || resolve(from) === resolve(to)) return;
  if (existsSync(join(to, databaseFileName)) || !existsSync(join(from, databaseFileName))) return;
  mkdirSync(to, { recursive: true });
  const moved: string[] = [];
  for (const name of dataFiles) {
    const source = join(from, name);
    if (!existsSync(source)) continue;
    try {
      renameSync(source, join(to, name));
    } catch {
      cpSync(source, join(to, name), { recursive: true, errorOnExist: true, force: false });
      rmSync(source, { recursive: true, force: true });
    }
    moved.push(name);
  }
  log.info('app.data_folder_moved', { from, to, files: moved });
}
