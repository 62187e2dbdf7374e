import { chmodSync, existsSync, mkdirSync } from 'node:fs';

/**
 * The shop's data (sales, customers, staff, encrypted keys) is readable by the user Kassa runs as, and nobody
 * else on the machine: folders 700, files 600. Windows has no such modes (its user profile is private already),
 * so there this does nothing. Applied again at every start, so a folder created by an older Kassa is tightened.
 */
const posix = process.platform !== 'win32';

export function privateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (posix) chmodSync(dir, 0o700);
}

/** Tightens each file that exists (the database and its -wal/-shm, a backup). */
export function privateFiles(...files: string[]): void {
  if (!posix) return;
  for (const file of files) if (existsSync(file)) chmodSync(file, 0o600);
}
