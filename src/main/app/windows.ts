import { BrowserWindow, type Rectangle, type WebContents } from 'electron';
import type { WindowKind } from '../../shared/ipc/channel.ts';
import type { Logger } from '../core/logger.ts';
import type { AppPages } from './app-pages.ts';

const titles: Record<WindowKind, string> = {
  till: 'Kassa',
  preferences: 'Kassa — Preferences',
  'customer-display': 'Kassa — Customer display',
};

export interface WindowOptions {
  /** The single CommonJS preload file (sandboxed preloads cannot load ES modules or other files). */
  preloadFile: string;
  pages: AppPages;
  /** Only unpackaged builds may open the developer tools. */
  devTools: boolean;
  log: Logger;
}

/** The app's windows and the kind of each, which is what IPC trusts to decide what a caller may do. */
export interface Windows {
  /** `fullScreenOn`: the monitor's bounds a window fills (the customer display on its own screen). */
  open(kind: WindowKind, fullScreenOn?: Rectangle): BrowserWindow;
  /** The first open window of a kind, e.g. the till to focus when a second instance starts. */
  find(kind: WindowKind): BrowserWindow | null;
  /** The kind of the window showing these contents, or null when they are not one of ours. */
  kindOf(contents: WebContents): WindowKind | null;
  send(channel: string, ...args: unknown[]): void;
}

const crashWindowMs = 60_000;
const maxReloadsPerWindow = 3;

export function createWindows(options: WindowOptions): Windows {
  const open = new Map<number, { kind: WindowKind; window: BrowserWindow }>();

  return {
    open(kind, fullScreenOn) {
      const window = new BrowserWindow({
        title: titles[kind],
        ...(fullScreenOn
          ? // Frameless over the whole monitor: nothing for a customer to drag, close or type into.
            { ...fullScreenOn, fullscreen: true, frame: false, focusable: false, skipTaskbar: true }
          : { width: 1366, height: 768, minWidth: 1024, minHeight: 700 }),
        show: false,
        backgroundColor: '#ffffff',
        webPreferences: {
          preload: options.preloadFile,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webviewTag: false,
          spellcheck: false,
          devTools: options.devTools,
          safeDialogs: true,
          navigateOnDragDrop: false,
        },
      });
      const id = window.webContents.id;
      open.set(id, { kind, window });
      window.once('ready-to-show', () => window.show());
      window.on('closed', () => open.delete(id));
      reloadAfterCrash(window, kind, options.log);
      window.loadURL(options.pages.urlOf(kind)).catch((error: unknown) => {
        options.log.error('window.load_failed', { kind, error: String(error) });
      });
      return window;
    },
    find(kind) {
      for (const entry of open.values())
        if (entry.kind === kind && !entry.window.isDestroyed()) return entry.window;
      return null;
    },
    kindOf(contents) {
      // webContents ids are never reused within a run, so an id in the map is one of our windows.
      const entry = open.get(contents.id);
      return entry && !entry.window.isDestroyed() ? entry.kind : null;
    },
    send(channel, ...args) {
      for (const { window } of open.values()) {
        if (!window.isDestroyed()) window.webContents.send(channel, ...args);
      }
    },
  };
}

/**
 * A crashed page (out of memory, GPU reset) must not leave the counter with a blank window, so it is
 * reloaded; a page that keeps crashing is left alone after a few tries so it cannot spin forever.
 */
function reloadAfterCrash(window: BrowserWindow, kind: WindowKind, log: Logger): void {
  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error('window.renderer_gone', { kind, reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const now = Date.now();
    while (crashes.length > 0 && now - (crashes[0] ?? now) > crashWindowMs) crashes.shift();
    crashes.push(now);
    if (crashes.length > maxReloadsPerWindow) {
      log.error('window.renderer_gave_up', { kind, crashes: crashes.length });
      return;
    }
    window.webContents.reload();
  });
}
