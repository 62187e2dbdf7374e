import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, screen, session } from 'electron';
import { KassaError } from '../../shared/errors.ts';
import { startCore, type KassaCore } from '../core/kassa-core.ts';
import type { Logger } from '../core/logger.ts';
import { providerSettingsFromEnv } from '../core/payments/provider-settings.ts';
import { createAppPages } from './app-pages.ts';
import { connectWindowsToCore } from './ipc.ts';
import { openLogFile, type LogFile } from './log-file.ts';
import { installMenu } from './menu.ts';
import { registerAppScheme, serveAppScheme } from './protocol.ts';
import { denyPermissions, hardenAllWebContents } from './security.ts';
import { createWindows, type Windows } from './windows.ts';
import { openKeychainSecrets, settleSecrets } from './keychain-secrets.ts';
import { dataFolder, moveEarlierDataFolder } from './data-folder.ts';
import { followUpdates, loadUpdater } from './updates.ts';
import { createDevicePreferences, openDeviceStore, type DeviceStore } from './device-preferences.ts';
import type { WindowKind } from '../../shared/ipc/channel.ts';
import { privateFolder } from '../core/db/private-files.ts';
import { createCustomerDisplayWindow } from './customer-display-window.ts';
import { createElectronSystemPrinter } from './system-printers.ts';
import { readRememberedLanguage } from '../core/system/display-language.ts';
import { languageForLocale } from '../../shared/i18n/languages.ts';
import { loadTranslator } from '../../shared/i18n/catalogs.ts';
import { isMessageKey, say } from '../../shared/i18n/errors.ts';
import { english, type Translator } from '../../shared/i18n/translate.ts';

export interface AppFiles {
  /** The built windows (out/renderer): the only folder the kassa:// scheme serves. */
  rendererDir: string;
  /** The bundled preload (out/preload/index.cjs). */
  preloadFile: string;
  /** Where device-local preferences live; electron-store by default. */
  deviceStore?: DeviceStore;
}

export interface RunningApp {
  core: KassaCore;
  windows: Windows;
  dataDir: string;
  logFile: string;
}

/**
 * Starts Kassa in Electron. Returns null when the app must not run: another instance already holds the
 * counter (that one is brought to the front instead), or the core could not start (the owner was told why).
 * The part before the first `await` runs synchronously, which is what lets Electron register the scheme
 * and the sandbox before it becomes ready; never `await` this at the top level of the entry module,
 * because Electron only becomes ready once the entry module has finished evaluating.
 */
export async function startKassaApp(files: AppFiles): Promise<RunningApp | null> {
  // Everything up to whenReady() has to happen before Electron is ready.
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  app.enableSandbox();
  // Chromium's own controls (date inputs) speak the language the process starts with: the one last chosen.
  const startLanguage = readRememberedLanguage(app.getPath('userData'));
  if (startLanguage !== null) app.commandLine.appendSwitch('lang', startLanguage);

  const packaged = app.isPackaged;
  const logs = openLogFile(app.getPath('logs'), { echo: !packaged });
  const log = logs.log;
  const pages = createAppPages(packaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null));
  hardenAllWebContents(pages, log);

  let windows: Windows | null = null;
  let openTill: (() => void) | null = null;
  app.on('second-instance', () => {
    const till = windows?.find('till');
    // Started again while only the preferences window was open: the person wants a till.
    if (!till) return openTill?.();
    if (till.isMinimized()) till.restore();
    till.show();
    till.focus();
  });

  await app.whenReady();
  const folder = dataFolder({
    platform: process.platform,
    env: process.env,
    userData: app.getPath('userData'),
  });
  const dataDir = folder.dir;
  try {
    log.info('app.starting', { version: app.getVersion(), packaged, dataDir });
    moveEarlierDataFolder(folder.earlier, dataDir, log);
    denyPermissions(session.defaultSession, log, pages, process.env.KASSA_DOWNLOADS_DIR ?? null);
    serveAppScheme(files.rendererDir);
    privateFolder(dataDir);
    const device = createDevicePreferences(files.deviceStore ?? (await openDeviceStore()));
    // The keychain guards a key kept next to the device preferences (useless without this user's keychain).
    const keychain = await openKeychainSecrets(join(app.getPath('userData'), 'secret-key.keychain'));
    // The customer display goes full screen on the monitor the owner chose, and follows it being plugged in.
    const customerDisplay = createCustomerDisplayWindow({
      screen,
      chosen: device.customerDisplay,
      open: (bounds) => windows!.open('customer-display', bounds),
      log,
    });
    const openWindow = (kind: WindowKind) => {
      const window = windows!.open(kind);
      device.rememberBounds(window, kind);
      if (kind === 'till') {
        customerDisplay.start();
        // The display faces the customer of a till: with no till left it closes, so Kassa can quit.
        window.on('closed', () => {
          if (!windows?.find('till')) customerDisplay.stop();
        });
      }
      return window;
    };
    const core = startCore({
      dataDir,
      log,
      providers: providerSettingsFromEnv(process.env),
      ...(keychain.box ? { secretBox: keychain.box } : {}),
      lastStaff: device.lastStaff,
      displayLanguage: {
        dir: app.getPath('userData'),
        running: () => startLanguage ?? languageForLocale(app.getLocale()),
        // Quitting (not exiting) closes the windows and the database the usual way before the new start.
        relaunch: () => {
          app.relaunch();
          app.quit();
        },
      },
      displayMonitors: customerDisplay,
      // Office and system printers: silent printing through a hidden, sandboxed window.
      systemPrinter: createElectronSystemPrinter({ createWindow: (o) => new BrowserWindow(o), log }),
      // A per-store build carries its store file in resources (electron-builder.yml); IT can also name one.
      storeConfigFile:
        process.env.KASSA_STORE_CONFIG ??
        // (process.resourcesPath exists only inside Electron; the shell tests run under plain Node.)
        (packaged && process.resourcesPath
          ? join(process.resourcesPath, 'store-config.json')
          : resolve('resources/store-config.json')),
      openPreferences: () => {
        const existing = windows?.find('preferences');
        if (existing) existing.focus();
        else openWindow('preferences').on('closed', () => core.services.session.lockPreferences());
        return { url: null };
      },
    });
    log.info('app.secrets', { box: core.secretBoxDescription });
    await settleSecrets(core, keychain, dataDir, log);

    const opened = createWindows({ preloadFile: files.preloadFile, pages, devTools: !packaged, log });
    windows = opened;
    const disconnect = connectWindowsToCore({ core, windows: opened, pages, log });
    installMenu(process.platform, packaged);
    openWindow('till');

    openTill = () => void openWindow('till');
    app.on('activate', () => {
      if (!opened.find('till')) openWindow('till');
    });
    app.on('window-all-closed', () => app.quit());
    const updater = packaged ? await loadUpdater(process.resourcesPath) : null;
    if (updater) {
      const following = followUpdates({ updater, updates: core.updates, log });
      app.on('before-quit', () => following.beforeQuit());
    }
    closeBeforeQuitting(core, disconnect, logs);
    return { core, windows: opened, dataDir, logFile: logs.file };
  } catch (error) {
    log.error('app.start_failed', { dataDir, error: String(error), stack: (error as Error).stack });
    // In the language last chosen on this till (the store's is in the database, which may be what failed).
    const tr = await loadTranslator(startLanguage ?? 'en').catch(() => english);
    dialog.showErrorBox(tr.t('app.startFailedTitle'), startFailureMessage(tr, error, dataDir, logs.file));
    logs.close();
    app.exit(1);
    return null;
  }
}

/**
 * Electron exits as soon as its 'will-quit' handlers return, so the first quit is held back until the core
 * has stopped its pollers and closed the database; then Kassa quits for real. A provider that does not
 * answer cannot hold the quit for more than a few seconds: the payment journal makes a hard stop safe.
 */
function closeBeforeQuitting(core: KassaCore, disconnect: () => void, logs: LogFile): void {
  let closing = false;
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    disconnect();
    void closeWithin(core, closeTimeoutMs, logs.log).then(() => {
      closed = true;
      logs.log.info('app.quit');
      logs.close();
      app.quit();
    });
  });
}

const closeTimeoutMs = 5000;

async function closeWithin(core: KassaCore, ms: number, log: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((done) => {
    timer = setTimeout(() => done('timeout'), ms);
  });
  try {
    const outcome = await Promise.race([core.close().then(() => 'closed' as const), timeout]);
    if (outcome === 'timeout') log.warn('app.core_close_timeout', { ms });
  } catch (error) {
    log.error('app.core_close_failed', { error: String(error) });
  } finally {
    clearTimeout(timer);
  }
}

/** Why Kassa did not start, with what to do; an error Kassa words itself is said in the dialog's language. */
export function startFailureMessage(
  tr: Translator,
  error: unknown,
  dataDir: string,
  logFile: string,
): string {
  const reason =
    error instanceof KassaError
      ? error.words && isMessageKey(error.words.messageKey)
        ? say(tr, error.words.messageKey, error.words.params)
        : error.message
      : tr.t('app.startFailed', {
          folder: dataDir,
          reason: error instanceof Error ? error.message : String(error),
        });
  return `${reason}\n\n${tr.t('app.startFailedLog', { file: logFile })}`;
}
