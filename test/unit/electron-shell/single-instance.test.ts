import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, protocol } from './fake-electron.ts';
import { launch, type Launched } from './launch.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let launched: Launched | null = null;
afterEach(async () => {
  await launched?.close();
  launched = null;
});

describe('one Kassa per counter', () => {
  it('a second start quits at once, opening no window and not touching the database', async () => {
    launched = await launch({ secondInstance: true });
    expect(launched.running).toBeNull();
    expect(app.quitCalls).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(protocol.handlers.size).toBe(0);
    expect(existsSync(join(launched.root, 'user-data', 'kassa.sqlite3'))).toBe(false);
  });

  it('the running Kassa brings its till back to the front when someone starts it again', async () => {
    launched = await launch();
    const till = launched.till();
    till.emit('ready-to-show');
    till.minimize();

    app.emit('second-instance', {}, ['kassa'], '/', {});

    expect(till.isMinimized()).toBe(false);
    expect(till.visible).toBe(true);
    expect(till.focused).toBe(true);
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('opens a till when someone starts Kassa again while only the preferences window is open', async () => {
    launched = await launch();
    launched.openWindow('preferences');
    const till = launched.till();
    till.close();
    expect(
      BrowserWindow.instances.filter((w) => !w.isDestroyed() && w.loadedUrl?.includes('/till/')),
    ).toHaveLength(0);

    app.emit('second-instance', {}, ['kassa'], '/', {});

    const tills = BrowserWindow.instances.filter((w) => !w.isDestroyed() && w.loadedUrl?.includes('/till/'));
    expect(tills).toHaveLength(1);
  });
});
