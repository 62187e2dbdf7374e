import { closeSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, type Logger } from '../core/logger.ts';

export const logFileName = 'kassa.log';
const rotateAtBytes = 10 * 1024 * 1024;

export interface LogFile {
  log: Logger;
  file: string;
  close(): void;
}

/**
 * The app's log: one JSON line per event in `<logs>/kassa.log`, written synchronously so the lines
 * before a crash are on disk when IT reads them. At start a log over 10 MB becomes kassa.1.log, so a
 * counter PC never fills its disk with logs. `echo` mirrors lines to stderr in unpackaged runs.
 */
export function openLogFile(dir: string, options: { echo?: boolean } = {}): LogFile {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, logFileName);
  try {
    if (statSync(file).size > rotateAtBytes) renameSync(file, join(dir, 'kassa.1.log'));
  } catch {
    // no log yet: nothing to rotate
  }
  let fd: number | null = openSync(file, 'a');
  const log = createLogger((line) => {
    if (fd !== null) writeSync(fd, line + '\n');
    if (options.echo) process.stderr.write(line + '\n');
  });
  return {
    log,
    file,
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
