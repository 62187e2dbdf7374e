import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { menuTemplate } from '../../../src/main/app/menu.ts';
import { app, BrowserWindow, dialog, Menu } from './fake-electron.ts';
import { launch, type Launched } from './launch.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let launched: Launched | null = null;
afterEach(async () => {
  await launched?.close();
  launched = null;
});

describe('the till window', () => {
  it('opens sandboxed, isolated and without Node, with the single-file preload', async () => {
    launched = await launch();
    expect(BrowserWindow.instances).toHaveLength(1);
    const prefs = launched.till().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(prefs.preload).toBe(launched.preloadFile);
    expect(String(prefs.preload)).toMatch(/index\.cjs$/);
    expect(app.sandboxEnabledBeforeReady).toBe(true);
  });

  it('loads its page from the app scheme and stays hidden until it is ready to show', async () => {
    launched = await launch();
    const till = launched.till();
    expect(till.loadedUrl).toBe('kassa://app/till/index.html');
    expect(till.visible).toBe(false);
    till.emit('ready-to-show');
    expect(till.visible).toBe(true);
  });

  it('fits a counter screen: 1366×768 by default and never smaller than 1024×700', async () => {
    launched = await launch();
    expect(launched.till().options).toMatchObject({
      width: 1366,
      height: 768,
      minWidth: 1024,
      minHeight: 700,
    });
  });

  it('keeps the shop data in userData, or where KASSA_DATA_DIR says', async () => {
    launched = await launch();
    expect(existsSync(join(launched.root, 'user-data', 'kassa.sqlite3'))).toBe(true);
    await launched.close();

    const dataDir = mkdtempSync(join(tmpdir(), 'kassa-shell-data-'));
    try {
      launched = await launch({ env: { KASSA_DATA_DIR: dataDir } });
      expect(launched.running?.dataDir).toBe(dataDir);
      expect(existsSync(join(dataDir, 'kassa.sqlite3'))).toBe(true);
      expect(existsSync(join(launched.root, 'user-data', 'kassa.sqlite3'))).toBe(false);
    } finally {
      await launched?.close();
      launched = null;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('writes its log to the logs folder', async () => {
    launched = await launch();
    const log = readFileSync(join(launched.root, 'logs', 'kassa.log'), 'utf8');
    expect(log).toContain('"event":"app.starting"');
  });

  it('reloads a crashed page, but gives up on a page that keeps crashing', async () => {
    launched = await launch();
    const contents = launched.till().webContents;
    for (let i = 0; i < 5; i += 1)
      contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(contents.reloads).toBe(3);
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reloads).toBe(3);
  });

  it('quits when the last window closes, after closing the database', async () => {
    launched = await launch();
    const running = launched.running!;
    launched.till().close();
    app.emit('window-all-closed');
    expect(app.quitted).toBe(false);
    await app.whenQuit();
    const afterQuit = await running.core.dispatch('alerts.list', {}, { window: 'till' });
    expect(afterQuit.ok).toBe(false);
    expect(readFileSync(join(launched.root, 'logs', 'kassa.log'), 'utf8')).toContain('"event":"app.quit"');
  });

  it('tells the owner why it cannot start when the database is from a newer Kassa', async () => {
    launched = await launch({
      prepare(root) {
        mkdirSync(join(root, 'user-data'), { recursive: true });
        const db = new Database(join(root, 'user-data', 'kassa.sqlite3'));
        db.pragma('user_version = 9999');
        db.close();
      },
    });
    expect(launched.running).toBeNull();
    expect(dialog.errorBoxes).toHaveLength(1);
    expect(dialog.errorBoxes[0]?.content).toMatch(/newer version of Kassa/);
    expect(dialog.errorBoxes[0]?.content).toContain(join(launched.root, 'logs', 'kassa.log'));
    expect(app.exitCodes).toEqual([1]);
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});

describe('the application menu', () => {
  it.skipIf(process.platform === 'darwin')(
    'has none on a packaged Windows or Linux till, so no shortcut can reload a sale away',
    async () => {
      launched = await launch({ packaged: true });
      expect(Menu.current).toBeNull();
    },
  );

  it('offers reload and developer tools only to unpackaged builds', async () => {
    const roles = (template: ReturnType<typeof menuTemplate>) => JSON.stringify(template ?? []);
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      expect(roles(menuTemplate(platform, true))).not.toMatch(/toggleDevTools|reload/i);
      expect(roles(menuTemplate(platform, false))).toMatch(/toggleDevTools/);
    }
    expect(roles(menuTemplate('darwin', true))).toMatch(/editMenu/);
  });
});
