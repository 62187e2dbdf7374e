/*
 * The display language as the process sees it (issue 10.4). The windows switch their words at once, but
 * Chromium's own controls (the date inputs' day and month names, their order) speak the language the process
 * was started with (`--lang`), which cannot change in a running process. So the chosen language is remembered
 * in a small file that the app reads synchronously before Electron is ready, to start with `--lang` set to
 * it; after a switch the till offers a restart, when the app can restart itself and no card payment is on a
 * terminal. The headless host has no process of its own to restart: the browser that opens it reads the same
 * file (see the e2e harness) and starts with that language.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { translatedError } from '../../../shared/i18n/errors.ts';
import { isLanguage, type Language } from '../../../shared/i18n/languages.ts';
import type { DisplayLanguageStatus } from '../../../shared/ipc/system.ts';

const fileName = 'display-language.json';

/** The language remembered in `dir`, or null when none was (or the file is unreadable: the OS locale rules). */
export function readRememberedLanguage(dir: string): Language | null {
  try {
    const saved = JSON.parse(readFileSync(join(dir, fileName), 'utf8')) as { language?: unknown };
    return isLanguage(saved.language) ? saved.language : null;
  } catch {
    return null;
  }
}

/** Writes the file whole or not at all (a crash mid-write leaves the previous language). */
export function writeRememberedLanguage(dir: string, language: Language): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, fileName);
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ language })}\n`);
  renameSync(`${file}.tmp`, file);
}

export interface DisplayLanguageHost {
  /** Where the language is remembered: Electron's userData, the host's data folder. */
  dir: string;
  /** The language Chromium's own controls speak in this process, or null where Kassa cannot tell (the host). */
  running: () => Language | null;
  /** Starts Kassa again (the app); null where it cannot (the host). */
  relaunch: (() => void) | null;
  /** Whether a card payment is on a terminal now: a restart then waits, like an update. */
  cardPaymentOnTerminal: () => boolean;
}

export function createDisplayLanguage(host: DisplayLanguageHost) {
  let remembered = readRememberedLanguage(host.dir);
  const status = (): DisplayLanguageStatus => {
    const running = host.running();
    return {
      remembered,
      restartForDates: remembered !== null && running !== null && running !== remembered,
      canRestart: host.relaunch !== null,
    };
  };
  return {
    status,
    /** Remembers the language a window switched to; answers whether the date inputs need a restart. */
    remember(language: Language): DisplayLanguageStatus {
      if (language !== remembered) writeRememberedLanguage(host.dir, language);
      remembered = language;
      return status();
    },
    relaunch(): void {
      if (host.relaunch === null) throw translatedError('conflict', 'err.display.cannotRestart');
      if (host.cardPaymentOnTerminal()) throw translatedError('conflict', 'err.display.restartWaits');
      host.relaunch();
    },
  };
}

export type DisplayLanguageMemory = ReturnType<typeof createDisplayLanguage>;
