import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../core/logger.ts';
import type { Updates } from '../core/system/updates.ts';

/** The part of electron-updater's autoUpdater Kassa uses (the real one, or a test's stand-in). */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  checkForUpdates(): Promise<unknown>;
  on(event: 'update-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'update-not-available', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

const fourHours = 4 * 60 * 60 * 1000;

/**
 * Follows the update feed baked into this build (resources/app-update.yml: IT's generic feed and the
 * channel, stable or pilot). Downloads in the background; installs only when Kassa quits and nothing is in
 * progress that an install would cut short (the core's blockers: a card payment, later a shift). The feed
 * decides the version: IT pins a channel by leaving its file at a version, rolls back by putting an older
 * version's file there (downgrades are allowed for that), and stages a rollout with `stagingPercentage`.
 */
export function followUpdates(options: {
  updater: Updater;
  updates: Updates;
  log: Logger;
  checkEveryMs?: number;
}): { beforeQuit(): void; stop(): void } {
  const { updater, updates, log } = options;
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.allowDowngrade = true;
  updater.on('update-available', (info) => {
    log.info('updates.downloading', { version: info.version });
    updates.found('downloading', info.version);
  });
  updater.on('update-not-available', () => updates.found('none', null));
  updater.on('update-downloaded', (info) => {
    log.info('updates.ready', { version: info.version, waitingFor: updates.status().waitingFor });
    updates.found('ready', info.version);
  });
  // A feed that cannot be reached is retried at the next check; the till goes on as it is.
  updater.on('error', (error) => log.warn('updates.check_failed', { error: error.message }));
  const check = () => void updater.checkForUpdates().catch(() => undefined);
  check();
  const timer = setInterval(check, options.checkEveryMs ?? fourHours);
  timer.unref();
  let decided = false;
  return {
    /** At the first quit request, while the core is still open: install now only if nothing is under way. */
    beforeQuit() {
      if (decided) return;
      decided = true;
      clearInterval(timer);
      const waitingFor = updates.status().waitingFor;
      updater.autoInstallOnAppQuit = updates.mayInstall();
      if (updates.status().state === 'ready')
        log.info('updates.on_quit', { install: updater.autoInstallOnAppQuit, waitingFor });
    },
    stop: () => clearInterval(timer),
  };
}

/** electron-updater, only in a packaged build that names a feed (npm run dist -- --update-url …). */
export async function loadUpdater(resourcesPath: string | undefined): Promise<Updater | null> {
  if (!resourcesPath || !existsSync(join(resourcesPath, 'app-update.yml'))) return null;
  const electronUpdater = (await import('electron-updater')).default;
  return electronUpdater.autoUpdater;
}
