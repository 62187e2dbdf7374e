/**
 * Launches the real Kassa main process (bootstrap, real core, real database in a temporary folder) against
 * the fake Electron. Test files must call `vi.mock('electron', () => import('./fake-electron.ts'))` first.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKassaApp, type RunningApp } from '../../../src/main/app/bootstrap.ts';
import { memoryDeviceStore, type DeviceStore } from '../../../src/main/app/device-preferences.ts';
import type { WindowKind } from '../../../src/shared/ipc/channel.ts';
import { app, BrowserWindow, resetFakeElectron, safeStorage, type FakeInvokeEvent } from './fake-electron.ts';

export const tillPage = '<!doctype html><html><head><title>Till</title></head><body>till</body></html>';
export const secretText = 'not for the windows';

export interface Launched {
  running: RunningApp | null;
  /** The temporary folder holding renderer/, data/, logs/ and secret.txt (outside the renderer folder). */
  root: string;
  rendererDir: string;
  preloadFile: string;
  till(): BrowserWindow;
  /** Opens another window of ours through the app's own window factory. */
  openWindow(kind: WindowKind): BrowserWindow;
  /** An invoke event as Electron would build it for a call from this window's main frame. */
  callFrom(window: BrowserWindow): FakeInvokeEvent;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Play the second instance: another Kassa already holds the single-instance lock. */
  secondInstance?: boolean;
  packaged?: boolean;
  env?: Record<string, string | undefined>;
  /** A user-data folder kept across launches (default: a fresh one in the temporary folder). */
  userDataDir?: string;
  /** The keychain this run finds (fake-electron's safeStorage). */
  keychain?: { backend?: string; keyring?: string };
  /** Runs on the temporary folder before the app starts, e.g. to plant a database. */
  prepare?: (root: string) => void;
  /** The device's electron-store, to carry it over a restart; a fresh in-memory one by default. */
  deviceStore?: DeviceStore;
}

const envKeys = [
  'KASSA_DATA_DIR',
  'ELECTRON_RENDERER_URL',
  'KASSA_DEMO',
  'KASSA_STRIPE_SECRET_KEY',
  'KASSA_SECRET_KEY_FILE',
] as const;
/** The shell's tests are not about payments: no simulated terminals unless a test asks for them. */
const defaultEnv = { KASSA_DEMO: 'off' };

export async function launch(options: LaunchOptions = {}): Promise<Launched> {
  resetFakeElectron();
  const root = mkdtempSync(join(tmpdir(), 'kassa-shell-'));
  const rendererDir = join(root, 'renderer');
  const preloadFile = join(root, 'preload', 'index.cjs');
  mkdirSync(join(rendererDir, 'till'), { recursive: true });
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'till', 'index.html'), tillPage);
  writeFileSync(join(rendererDir, 'assets', 'till.js'), 'console.log("till")');
  writeFileSync(join(root, 'secret.txt'), secretText);
  options.prepare?.(root);

  app.isPackaged = options.packaged ?? true;
  app.holdsLock = !options.secondInstance;
  app.paths = { userData: options.userDataDir ?? join(root, 'user-data'), logs: join(root, 'logs') };
  Object.assign(safeStorage, options.keychain ?? {});
  const savedEnv = Object.fromEntries(envKeys.map((k) => [k, process.env[k]]));
  for (const key of envKeys) delete process.env[key];
  // Without a keyring the core falls back to a key file: never the real one in the home folder.
  const keyFile = { KASSA_SECRET_KEY_FILE: join(root, 'host-key', 'secret.key') };
  for (const [key, value] of Object.entries({ ...defaultEnv, ...keyFile, ...options.env })) {
    if (value !== undefined) process.env[key] = value;
  }

  const running = await startKassaApp({
    rendererDir,
    preloadFile,
    deviceStore: options.deviceStore ?? memoryDeviceStore(),
  });

  return {
    running,
    root,
    rendererDir,
    preloadFile,
    till() {
      const till = BrowserWindow.instances.find((w) => w.loadedUrl?.includes('/till/'));
      if (!till) throw new Error('no till window was opened');
      return till;
    },
    openWindow(kind) {
      if (!running) throw new Error('Kassa did not start');
      // The app's factory builds the fake's BrowserWindow, because `electron` is the fake here.
      return running.windows.open(kind) as unknown as BrowserWindow;
    },
    callFrom(window) {
      return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    },
    async close() {
      if (running && !app.quitted) {
        app.quit();
        await app.whenQuit();
      }
      for (const key of envKeys) {
        if (savedEnv[key] === undefined) delete process.env[key];
        else process.env[key] = savedEnv[key];
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
